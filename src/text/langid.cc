// Design: most paragraphs are decided without CLD2, because CLD2 costs more than
// all the rest of the text stage together (measured: 25% of Analyze on English
// news when asked on every paragraph).
//   - One byte scan counts letters by script (UTF-8 lead bytes: ASCII letters and
//     U+00C0..U+027F are Latin; U+0600..U+06FF without digits, marks and
//     punctuation, and the Arabic supplements, are Arabic; other letters "other"),
//     the letters that Persian and Urdu use and Arabic does not (پ چ ژ گ ک ی ے ٹ ڈ
//     ڑ ں ہ ھ), and, for short ASCII words, hits in three closed lists of frequent
//     function words: English, French, and other Latin-script languages (Spanish,
//     Italian, Portuguese, German, Dutch), so that those are not taken for French.
//   - Arabic script without Persian/Urdu letters is Arabic (short or long: never
//     French because it is short). With them, CLD2 decides.
//   - Latin script with clear function-word evidence for English or French (at
//     least kMinFunctionWordHits hits, a fifth of the words, four times the other
//     candidates) is that language. Otherwise CLD2 decides, with the declared
//     language as a hint; when it is unsure on short text, the declared language
//     (if Latin-script) is used, else kUnknown. Short text with a Latin-script
//     declared language does not go to CLD2 at all (it is unreliable there): it
//     keeps the declared language unless a function word of the other says
//     otherwise.
#include "text/langid.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <array>
#include <climits>
#include <cstdint>
#include <cstring>

namespace isnad::text {
namespace {

constexpr size_t kMinFunctionWordHits = 3;
constexpr size_t kMaxScanBytes = 600;
constexpr size_t kMaxLangIdBytes = 2048;

enum WordClass : uint8_t { kNoClass = 0, kEnglish = 1, kFrench = 2, kOtherLatin = 3 };

// Packs a lowercase ASCII word of 1..8 letters into an integer key.
constexpr uint64_t Pack(std::string_view w) {
  uint64_t k = 0;
  for (char c : w) k = (k << 8) | static_cast<unsigned char>(c);
  return k;
}

struct FunctionWord {
  std::string_view word;
  WordClass cls;
};

// Frequent words that tell the languages apart. Words shared by several of them
// ("a", "on", "de", "la", "en", "que", "il") are left out or given to French only
// when the others have their own, more frequent markers (Spanish "el", "los", "y").
constexpr FunctionWord kFunctionWords[] = {
    {"the", kEnglish},   {"of", kEnglish},    {"and", kEnglish},  {"to", kEnglish},
    {"is", kEnglish},    {"that", kEnglish},  {"for", kEnglish},  {"was", kEnglish},
    {"with", kEnglish},  {"said", kEnglish},  {"it", kEnglish},   {"he", kEnglish},
    {"by", kEnglish},    {"from", kEnglish},  {"his", kEnglish},  {"have", kEnglish},
    {"has", kEnglish},   {"be", kEnglish},    {"are", kEnglish},  {"were", kEnglish},
    {"which", kEnglish}, {"its", kEnglish},   {"this", kEnglish}, {"an", kEnglish},
    {"would", kEnglish}, {"will", kEnglish},  {"not", kEnglish},  {"but", kEnglish},
    {"they", kEnglish},  {"been", kEnglish},  {"had", kEnglish},  {"their", kEnglish},
    {"at", kEnglish},    {"as", kEnglish},    {"in", kEnglish},   {"pct", kEnglish},
    {"le", kFrench},     {"la", kFrench},     {"les", kFrench},   {"des", kFrench},
    {"du", kFrench},     {"et", kFrench},     {"est", kFrench},   {"une", kFrench},
    {"qui", kFrench},    {"dans", kFrench},   {"pour", kFrench},  {"pas", kFrench},
    {"sur", kFrench},    {"au", kFrench},     {"aux", kFrench},   {"par", kFrench},
    {"elle", kFrench},   {"ont", kFrench},    {"sont", kFrench},  {"ce", kFrench},
    {"cette", kFrench},  {"avec", kFrench},   {"ses", kFrench},   {"ne", kFrench},
    {"plus", kFrench},   {"mais", kFrench},   {"nous", kFrench},  {"vous", kFrench},
    {"leur", kFrench},   {"aussi", kFrench},  {"selon", kFrench}, {"ou", kFrench},
    {"el", kOtherLatin}, {"los", kOtherLatin}, {"las", kOtherLatin}, {"y", kOtherLatin},
    {"del", kOtherLatin}, {"por", kOtherLatin}, {"con", kOtherLatin}, {"una", kOtherLatin},
    {"para", kOtherLatin}, {"es", kOtherLatin}, {"lo", kOtherLatin}, {"der", kOtherLatin},
    {"die", kOtherLatin}, {"und", kOtherLatin}, {"das", kOtherLatin}, {"den", kOtherLatin},
    {"ist", kOtherLatin}, {"nicht", kOtherLatin}, {"mit", kOtherLatin}, {"von", kOtherLatin},
    {"zu", kOtherLatin}, {"ein", kOtherLatin}, {"eine", kOtherLatin}, {"im", kOtherLatin},
    {"di", kOtherLatin}, {"che", kOtherLatin}, {"della", kOtherLatin}, {"non", kOtherLatin},
    {"sono", kOtherLatin}, {"gli", kOtherLatin}, {"nel", kOtherLatin}, {"do", kOtherLatin},
    {"da", kOtherLatin}, {"os", kOtherLatin}, {"em", kOtherLatin}, {"com", kOtherLatin},
    {"het", kOtherLatin}, {"een", kOtherLatin}, {"van", kOtherLatin}, {"niet", kOtherLatin},
};

// Open-addressing table over the packed keys, built once.
class FunctionWordTable {
 public:
  FunctionWordTable() {
    for (const FunctionWord& fw : kFunctionWords) {
      const uint64_t key = Pack(fw.word);
      size_t i = Slot(key);
      while (keys_[i] != 0) i = (i + 1) & (kSize - 1);
      keys_[i] = key;
      classes_[i] = fw.cls;
    }
  }
  WordClass Find(uint64_t key) const {
    for (size_t i = Slot(key);; i = (i + 1) & (kSize - 1)) {
      if (keys_[i] == key) return classes_[i];
      if (keys_[i] == 0) return kNoClass;
    }
  }

 private:
  static constexpr size_t kSize = 512;  // Power of two, over 4x the word count.
  static size_t Slot(uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> 55; }
  std::array<uint64_t, kSize> keys_{};
  std::array<WordClass, kSize> classes_{};
};

const FunctionWordTable& FunctionWords() {
  static const FunctionWordTable* const table = new FunctionWordTable();
  return *table;
}

struct ScriptCounts {
  size_t latin = 0;
  size_t arabic = 0;
  size_t persian = 0;  // Of which Persian/Urdu-only letters.
  size_t other = 0;
  size_t words = 0;    // ASCII-letter words.
  std::array<size_t, 4> hits{};  // By WordClass.
  size_t total() const { return latin + arabic + other; }
};

// The letters Persian and Urdu use and Arabic does not, as bits of their
// continuation byte (minus 0x80) under lead bytes 0xD8..0xDB: پ ٹ (D9), چ ڈ ڑ ژ
// ک گ ں ھ (DA), ہ ی ے (DB).
constexpr uint64_t Bit(unsigned char b1) { return uint64_t{1} << (b1 - 0x80); }
constexpr uint64_t kPersianOnly[4] = {
    0,
    Bit(0xBE) | Bit(0xB9),
    Bit(0x86) | Bit(0x88) | Bit(0x91) | Bit(0x98) | Bit(0xA9) | Bit(0xAF) | Bit(0xBA) | Bit(0xBE),
    Bit(0x81) | Bit(0x8C) | Bit(0x92),
};

// REQUIRES: 0xD8 <= b <= 0xDB.
constexpr bool IsPersianOnly(unsigned char b, unsigned char b1) {
  return b1 >= 0x80 && b1 < 0xC0 && ((kPersianOnly[b - 0xD8] >> (b1 - 0x80)) & 1) != 0;
}

// Whether the two-byte code point b b1 (U+0600..U+06FF) counts as an Arabic letter:
// not U+060C..U+061F punctuation, U+064B..U+065F marks, U+0660..U+066D digits.
// REQUIRES: 0xD8 <= b <= 0xDB.
constexpr bool IsArabicBlockLetter(unsigned char b, unsigned char b1) {
  return !((b == 0xD8 && b1 >= 0x8C && b1 <= 0x9F) || (b == 0xD9 && b1 >= 0x8B && b1 <= 0xAD));
}

ScriptCounts CountScripts(std::string_view s) {
  const FunctionWordTable& table = FunctionWords();
  ScriptCounts c;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  uint64_t key = 0;
  size_t word_len = 0;
  bool word_ascii = true;
  auto end_word = [&] {
    if (word_len > 0) {
      ++c.words;
      if (word_ascii && word_len <= 8) ++c.hits[table.Find(key)];
    }
    key = 0;
    word_len = 0;
    word_ascii = true;
  };
  for (size_t i = 0; i < n; ++i) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      const unsigned char lower = b | 0x20;
      if (lower >= 'a' && lower <= 'z') {
        ++c.latin;
        key = (key << 8) | lower;
        ++word_len;
      } else if (b != '\'' && b != '-') {
        end_word();
      }
      continue;
    }
    if (b < 0xC0) continue;  // Continuation byte.
    if (b >= 0xC3 && b <= 0xC9) {
      ++c.latin;
      word_ascii = false;  // "été": not a list word, still a word.
      ++word_len;
      continue;
    }
    end_word();
    if (b >= 0xD8 && b <= 0xDB) {
      // A run of two-byte code points of the Arabic block (most of an Arabic
      // word) is counted in one tight loop; i stops on the lead byte of its last
      // code point, whose continuation byte the outer loop then skips.
      while (i + 1 < n) {
        const unsigned char lead = p[i];
        const unsigned char b1 = p[i + 1];
        if (IsArabicBlockLetter(lead, b1)) {
          ++c.arabic;
          if (IsPersianOnly(lead, b1)) ++c.persian;
        }
        if ((b1 & 0xC0) != 0x80 || i + 2 >= n || p[i + 2] < 0xD8 || p[i + 2] > 0xDB) break;
        i += 2;
      }
      if (i + 1 >= n && IsArabicBlockLetter(b, 0)) ++c.arabic;  // A cut lead byte.
    } else if (b == 0xDD || (b == 0xE0 && i + 1 < n && p[i + 1] == 0xA2)) {
      ++c.arabic;  // Arabic Supplement, Extended-A.
    } else if ((b >= 0xCA && b <= 0xD7) || (b >= 0xDC && b <= 0xDF) || b == 0xE0 || b == 0xE1 ||
               (b >= 0xE3 && b <= 0xEE) || (b >= 0xF0 && b <= 0xF4)) {
      ++c.other;
    }
  }
  end_word();
  return c;
}

CLD2::Language ToCld2(Lang lang) {
  switch (lang) {
    case Lang::kAr: return CLD2::ARABIC;
    case Lang::kFr: return CLD2::FRENCH;
    case Lang::kEn: return CLD2::ENGLISH;
    default: return CLD2::UNKNOWN_LANGUAGE;
  }
}

Lang FromCld2(CLD2::Language lang) {
  switch (lang) {
    case CLD2::ARABIC: return Lang::kAr;
    case CLD2::FRENCH: return Lang::kFr;
    case CLD2::ENGLISH: return Lang::kEn;
    case CLD2::UNKNOWN_LANGUAGE: case CLD2::TG_UNKNOWN_LANGUAGE: return Lang::kUnknown;
    default: return Lang::kOther;
  }
}

struct Cld2Result {
  Lang lang = Lang::kUnknown;
  bool reliable = false;
};

Cld2Result RunCld2(std::string_view text, Lang hint) {
  // CLD2 takes an int length; a paragraph over 2 GiB is judged on its start.
  const int length = text.size() > INT_MAX ? INT_MAX : static_cast<int>(text.size());
  // No content-language string: CLD2 parses it and looks each name up linearly on
  // every call, which cost more than the detection itself on short paragraphs.
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, ToCld2(hint)};
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      text.data(), length, /*is_plain_text=*/true, &hints, /*flags=*/0, language3, percent3,
      scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable);
  return Cld2Result{FromCld2(lang), reliable};
}

bool IsLatinLanguage(Lang lang) { return lang == Lang::kFr || lang == Lang::kEn; }

// English or French when the function words say so clearly, else kUnknown.
Lang FromFunctionWords(const ScriptCounts& c) {
  const size_t en = c.hits[kEnglish];
  const size_t fr = c.hits[kFrench];
  const size_t other = c.hits[kOtherLatin];
  if (en >= kMinFunctionWordHits && en * 5 >= c.words && en >= 4 * (fr + other)) return Lang::kEn;
  if (fr >= kMinFunctionWordHits && fr * 5 >= c.words && fr >= 4 * (en + other)) return Lang::kFr;
  return Lang::kUnknown;
}

}  // namespace

namespace langid_internal {
namespace {

// The byte classes of ArabicByQuickScan, for one byte `b` followed by `next`:
// whether it is an ASCII letter, the lead of an Arabic letter, or a byte that
// makes the quick scan give up. Written once for a byte (masks are bools) and for
// a vector of bytes (masks are lanes of all ones or zeros), so that the vector
// loop and the scalar tail cannot disagree. Every byte result is cast back to
// Byte, so that scalar arithmetic wraps like the lanes do.
template <typename Byte, typename Mask = decltype(Byte() == Byte())>
struct QuickClasses {
  Mask latin;
  Mask arabic;
  Mask bail;
};

template <typename Byte, typename Mask = decltype(Byte() == Byte())>
QuickClasses<Byte, Mask> ClassifyQuick(Byte b, Byte next) {
  const Mask ascii_letter = Byte(Byte(b | 0x20) - 'a') <= 25;
  const Mask is_d8 = b == 0xD8;
  const Mask is_d9 = b == 0xD9;
  const Mask ar_lead = is_d8 | is_d9;  // U+0600..U+067F.
  const Mask bad_pair = ar_lead & (Byte(next & 0xC0) != 0x80);
  // Letters: not the punctuation U+060C..U+061F nor the marks and digits
  // U+064B..U+066D, which the full scan does not count.
  const Mask d8_letter = is_d8 & (Byte(next - 0x8C) > 0x9F - 0x8C);
  const Mask d9_letter = is_d9 & (Byte(next - 0x8B) > 0xAD - 0x8B);
  const Mask persian = is_d9 & ((next == 0xBE) | (next == 0xB9));  // پ ٹ
  const Mask ignored_lead = ar_lead | (b == 0xE2) | (b == 0xEF);
  const Mask other_lead = (b >= 0xC3) & (ignored_lead == 0);
  const Mask arabic_letter = d8_letter | d9_letter;
  const Mask bail = other_lead | bad_pair | persian;
  return {ascii_letter, arabic_letter, bail};
}

}  // namespace

bool ArabicByQuickScan(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // A lead byte at the end (a cut code point) is the full scan's business; so
  // every lead byte below has a next byte.
  if (n == 0 || p[n - 1] >= 0xC0) return false;
  // A paragraph whose first letter is an ASCII one is Latin-script text far more
  // often than not: the full scan, which it needs anyway, starts at once.
  for (size_t k = 0; k < n && p[k] < 0x80; ++k) {
    if (static_cast<unsigned char>((p[k] | 0x20) - 'a') <= 25) return false;
  }
  size_t latin = 0;
  size_t arabic = 0;
  size_t i = 0;
#if defined(__GNUC__)
  using V = unsigned char __attribute__((vector_size(16)));
  constexpr size_t kLanes = sizeof(V);
  // Per lane, Arabic letters minus ASCII letters, in one signed byte: flushed
  // at least every 127 blocks. The last bytes (at most 16) are copied into a
  // zeroed block of their own: zero bytes count as nothing.
  using M = decltype(V() == V());
  M balance = {};
  M bail = {};
  size_t blocks = 0;
  auto block = [&](const unsigned char* at) {
    V b;
    V next;
    std::memcpy(&b, at, kLanes);
    std::memcpy(&next, at + 1, kLanes);
    const QuickClasses<V> c = ClassifyQuick<V>(b, next);
    balance += c.latin - c.arabic;  // Lanes of all ones are -1.
    bail |= c.bail;
    ++blocks;
  };
  auto flush = [&] {
    uint64_t bail_words[2];
    std::memcpy(bail_words, &bail, sizeof bail_words);
    if ((bail_words[0] | bail_words[1]) != 0) return false;
    for (size_t l = 0; l < kLanes; ++l) {
      const int lane = balance[l];
      if (lane > 0) {
        arabic += static_cast<size_t>(lane);
      } else {
        latin += static_cast<size_t>(-lane);
      }
    }
    balance = M{};
    blocks = 0;
    return true;
  };
  for (; i + kLanes + 1 <= n; i += kLanes) {
    block(p + i);
    if (blocks == 127 && !flush()) return false;
  }
  unsigned char last[kLanes + 1] = {};
  std::memcpy(last, p + i, n - i);
  block(last);
  if (!flush()) return false;
#else
  for (; i < n; ++i) {
    // The last byte is not a lead byte, so its `next` (0) is never looked at.
    const unsigned char next = i + 1 < n ? p[i + 1] : 0;
    const QuickClasses<unsigned char> c = ClassifyQuick<unsigned char>(p[i], next);
    if (c.bail) return false;
    latin += c.latin;
    arabic += c.arabic;
  }
#endif
  return arabic > latin;
}

}  // namespace langid_internal

Lang DetectParagraphLanguage(std::string_view paragraph, Lang document_lang) {
  // The start of a long paragraph says enough about its language: its first
  // kMaxScanBytes for the script and function words, kMaxLangIdBytes for CLD2.
  auto prefix = [](std::string_view s, size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut);
  };
  const std::string_view scanned = prefix(paragraph, kMaxScanBytes);
  if (langid_internal::ArabicByQuickScan(scanned)) return Lang::kAr;
  const ScriptCounts counts = CountScripts(scanned);
  paragraph = prefix(paragraph, kMaxLangIdBytes);
  const size_t letters = counts.total();
  if (letters == 0) return document_lang == Lang::kOther ? Lang::kUnknown : document_lang;
  const bool short_text = letters < kShortParagraphLetters;

  if (counts.arabic * 2 > letters) {
    // Persian and Urdu write letters Arabic does not use; a few in names
    // (transliterated "گ") do not make a paragraph Persian.
    if (short_text || counts.persian * 50 < counts.arabic) return Lang::kAr;
    const Cld2Result r = RunCld2(paragraph, Lang::kAr);
    if (r.reliable && r.lang == Lang::kOther) return Lang::kOther;
    return Lang::kAr;
  }
  if (counts.latin * 2 > letters) {
    if (const Lang fast = FromFunctionWords(counts); fast != Lang::kUnknown) return fast;
    const Lang hint = IsLatinLanguage(document_lang) ? document_lang : Lang::kUnknown;
    if (short_text && hint != Lang::kUnknown) {
      // A few words ("Shr 34 cts vs 1.19 dlrs"): CLD2 would not be reliable either.
      // One function word of the other language and none of the declared one is
      // the only evidence strong enough to leave the declared language.
      const size_t en = counts.hits[kEnglish];
      const size_t fr = counts.hits[kFrench];
      if (hint == Lang::kEn && fr > 0 && en == 0) return Lang::kFr;
      if (hint == Lang::kFr && en > 0 && fr == 0) return Lang::kEn;
      return hint;
    }
    const Cld2Result r = RunCld2(paragraph, hint);
    if (r.lang == Lang::kAr) return hint;  // Arabic in Latin letters is not what we read.
    if (r.reliable || (!short_text && r.lang != Lang::kUnknown)) return r.lang;
    if (short_text) {
      if (hint != Lang::kUnknown) return hint;
      return r.lang == Lang::kOther ? Lang::kUnknown : r.lang;
    }
    return hint;
  }
  const Cld2Result r = RunCld2(paragraph, document_lang);
  return r.reliable ? r.lang : (short_text ? Lang::kUnknown : r.lang);
}

}  // namespace isnad::text
