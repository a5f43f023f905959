// The JSON event record, written by hand: it is the hot path of `isnad code`,
// and appending literal keys and escaped values to one buffer costs no
// allocation per field. writer_test.cc parses the output back with
// nlohmann::json.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "events/writer.h"
#include "events/writer_internal.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace isnad::events {
namespace {

// True if any byte of the eight in `word` is below 0x20, a quote or a
// backslash (bytes below 0x80; exact for the question "any").
inline bool AnyJsonSpecial(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  auto any_zero = [](uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
  const bool below_space = ((word - 0x20 * kOnes) & ~word & kHigh) != 0;
  return below_space || any_zero(word ^ ('"' * kOnes)) || any_zero(word ^ ('\\' * kOnes));
}

// The high bit of each byte of `word` whose top three bits are `110` (a
// two-byte lead, C0..DF) and of each byte whose top two bits are `10` (a
// continuation byte); `*other_lead` is set when a byte is E0..FF (a longer
// sequence or no lead at all).
struct WordClasses {
  uint64_t lead2 = 0;
  uint64_t continuation = 0;
  bool other_lead = false;
};
inline WordClasses ClassifyBytes(uint64_t word) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  const uint64_t b7 = word & kHigh;
  const uint64_t b6 = (word << 1) & kHigh;  // Bit 6 of each byte, moved to its bit 7.
  const uint64_t b5 = (word << 2) & kHigh;
  return {b7 & b6 & ~b5, b7 & ~b6, (b7 & b6 & b5) != 0};
}

// True if any byte of `word` is C0 or C1 (a lead that only starts overlong forms).
inline bool AnyOverlongLead(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const uint64_t v = (word & (0xFE * kOnes)) ^ (0xC0 * kOnes);
  return ((v - kOnes) & ~v & kHigh) != 0;
}

// The length of the longest prefix of `s` that can go between JSON quotes as
// it is: valid UTF-8 without quotes, backslashes or control characters; it
// ends where `s` does or at the byte that needs escaping (an ASCII special or
// the first byte of an invalid sequence, which AppendJsonEscaped writes as
// U+FFFD one byte at a time). One pass, sixteen (SSE2) or eight bytes at a
// time while they are ASCII and two-byte sequences (Arabic letters, accented Latin): a word is
// accepted when each two-byte lead is followed by a continuation byte and each
// continuation byte follows a lead, all in the word (a lead in its last byte
// is read again with the next word). Anything else is decoded one character
// at a time by utf8::Decode.
#if defined(__SSE2__)
// How many of the sixteen bytes at `p` JsonSafePrefix may step over at once: 16
// (or 15, when the last is a two-byte lead, read again with the next block)
// when they hold no JSON special and only ASCII and well-formed two-byte
// sequences, else 0. The same test as the eight-byte one below, on bit masks of
// the bytes' classes (signed compares: bytes from 0x80 up are negative).
inline size_t SafeBlock16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i below_space = _mm_cmplt_epi8(_mm_xor_si128(v, _mm_set1_epi8(static_cast<char>(0x80))),
                                             _mm_set1_epi8(static_cast<char>(0x20 ^ 0x80)));
  const __m128i special = _mm_or_si128(below_space, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                                  _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
  if (_mm_movemask_epi8(special) != 0) return 0;
  const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
  if (high == 0) return 16;
  // Leads C2..DF are -62..-33; continuation bytes 80..BF are -128..-65.
  const unsigned lead2 = static_cast<unsigned>(_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32)))));
  const unsigned continuation = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))));
  if ((high & ~lead2 & ~continuation) != 0 || ((lead2 << 1) & 0xFFFFu) != continuation) return 0;
  return (lead2 & 0x8000u) != 0 ? 15 : 16;
}
#endif

size_t JsonSafePrefix(std::string_view s) {
  const size_t n = s.size();
  size_t pos = 0;
  while (pos < n) {
#if defined(__SSE2__)
    if (pos + 16 <= n) {
      const size_t step = SafeBlock16(s.data() + pos);
      if (step != 0) {
        pos += step;
        continue;
      }
    }
#endif
    if (pos + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s.data() + pos, 8);
      const bool special = AnyJsonSpecial(word);
      if (!special && (word & 0x8080808080808080ULL) == 0) {
        pos += 8;
        continue;
      }
      const WordClasses c = ClassifyBytes(word);
      if (!special && !c.other_lead && (c.lead2 << 8) == c.continuation && !AnyOverlongLead(word)) {
        pos += (c.lead2 >> 63) != 0 ? 7 : 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
      if (c == '"' || c == '\\' || c < 0x20) return pos;
      ++pos;
    } else if (c >= 0xC2 && c <= 0xDF && pos + 1 < n && (static_cast<unsigned char>(s[pos + 1]) & 0xC0) == 0x80) {
      pos += 2;
    } else {
      // An invalid sequence decodes as U+FFFD one byte long; the character
      // U+FFFD itself is three bytes long.
      const size_t at = pos;
      if (utf8::Decode(s, &pos) == utf8::kReplacementChar && pos - at == 1) return at;
    }
  }
  return n;
}

// `s` as a JSON string: its safe runs copied as they are, each byte between
// them written by AppendJsonEscaped (so the output is AppendJsonEscaped's).
void AppendString(std::string_view s, std::string* out) {
  out->push_back('"');
  while (true) {
    const size_t safe = JsonSafePrefix(s);
    out->append(s.data(), safe);
    if (safe == s.size()) break;
    AppendJsonEscaped(s.substr(safe, 1), out);
    s.remove_prefix(safe + 1);
  }
  out->push_back('"');
}

// A string, or null when empty.
void AppendStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->append("null");
  } else {
    AppendString(s, out);
  }
}

void AppendNumberOrNull(const std::optional<double>& v, std::string* out) {
  if (v.has_value() && std::isfinite(*v)) {
    internal::AppendDouble(*v, out);
  } else {
    out->append("null");
  }
}

void AppendActor(const EventActor& actor, std::string* out) {
  out->append("{\"code\":");
  AppendStringOrNull(actor.code, out);
  out->append(",\"text\":");
  AppendStringOrNull(actor.text, out);
  out->push_back('}');
}

void AppendLocation(const std::optional<Location>& location, std::string* out) {
  if (!location.has_value()) {
    out->append("null");
    return;
  }
  out->append("{\"name\":");
  AppendStringOrNull(location->name, out);
  out->append(",\"country\":");
  AppendStringOrNull(location->country, out);
  out->append(",\"lat\":");
  AppendNumberOrNull(location->lat, out);
  out->append(",\"lon\":");
  AppendNumberOrNull(location->lon, out);
  out->append(",\"alternatives\":[");
  for (size_t i = 0; i < location->alternatives.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendString(location->alternatives[i], out);
  }
  out->append("]}");
}

}  // namespace

void AppendEventJson(const Event& e, std::string* out) {
  out->append("{\"doc_id\":");
  AppendString(e.doc_id, out);
  out->append(",\"sentence_index\":");
  internal::AppendUint(e.sentence_index, out);
  out->append(",\"sentence\":");
  AppendString(e.sentence, out);
  out->append(",\"lang\":");
  AppendStringOrNull(e.lang, out);
  out->append(",\"span\":[");
  internal::AppendUint(e.span_begin, out);
  out->push_back(',');
  internal::AppendUint(e.span_end, out);
  out->append("],\"source\":");
  AppendActor(e.source, out);
  out->append(",\"target\":");
  AppendActor(e.target, out);

  out->append(",\"event\":{\"code\":");
  AppendStringOrNull(e.code, out);
  out->append(",\"root\":");
  AppendStringOrNull(e.root, out);
  out->append(",\"name\":");
  AppendStringOrNull(e.name, out);
  out->append(",\"quad_class\":");
  if (e.quad_class > 0) {
    internal::AppendUint(static_cast<uint64_t>(e.quad_class), out);
  } else {
    out->append("null");
  }
  out->append(",\"goldstein\":");
  AppendNumberOrNull(e.goldstein, out);
  out->append(",\"text\":");
  AppendStringOrNull(e.trigger_text, out);

  out->append("},\"plover\":{\"type\":");
  AppendStringOrNull(e.plover_type, out);
  out->append(",\"mode\":");
  AppendStringOrNull(e.plover_mode, out);

  out->append("},\"date\":");
  if (e.date.has_value()) {
    AppendStringOrNull(*e.date, out);
  } else {
    out->append("null");
  }
  out->append(",\"date_text\":");
  AppendStringOrNull(e.date_text, out);
  out->append(",\"location\":");
  AppendLocation(e.location, out);

  out->append(",\"attribution\":[");
  for (size_t i = 0; i < e.attribution.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->append("{\"text\":");
    AppendStringOrNull(e.attribution[i].text, out);
    out->append(",\"kind\":");
    AppendStringOrNull(e.attribution[i].kind, out);
    out->push_back('}');
  }
  out->append("],\"certainty\":\"");
  out->append(CertaintyName(e.certainty));
  out->append("\",\"background\":");
  out->append(e.background ? "true" : "false");
  out->push_back('}');
}

}  // namespace isnad::events
