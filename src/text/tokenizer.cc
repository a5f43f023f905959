// Design: one forward pass over the bytes, deciding the token class from the first
// code point (letter, digit, terminal punctuation, other punctuation, symbol) and
// extending it with a small state machine (inner apostrophes/hyphens/dots for
// words, separators between digits for numbers). Keys are appended to the
// document's norm_buffer; when the stem key equals the normalized token (every
// Latin word, Arabic words without clitics) it shares the same bytes, and an Arabic
// stem is a substring of the token's key, so a token costs one append. Arabic words
// go through ArabicSegmenter, whose cache makes repeated words a hash lookup plus
// a copy. French elision and English contractions split one scanned word into
// several tokens whose spans are adjacent slices of the word.
#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>

#include "text/chars.h"
#include "text/normalize.h"

namespace isnad::text {
namespace {

// Abbreviations whose period is part of the word (English and French), lowercase.
// Only words that are rarely a sentence's last word: no "est", "vol", "no".
constexpr std::string_view kAbbreviations[] = {
    "mr",   "mrs",  "ms",  "dr",   "gen",  "lt",   "col",  "sen",   "rep",  "gov",
    "st",   "jan",  "feb", "mar",  "apr",  "jun",  "jul",  "aug",   "sep",  "sept",
    "oct",  "nov",  "dec", "jr",   "sr",   "inc",  "corp", "ltd",   "co",   "vs",
    "etc",  "maj",  "capt", "sgt", "adm",  "prof", "rev",  "brig",  "cmdr", "messrs",
    "mt",   "ft",   "dept", "pres", "gens", "lieut", "sens", "reps", "govt", "approx",
};
// French-only abbreviations (English words otherwise: "me").
constexpr std::string_view kFrenchAbbreviations[] = {"mme", "mmes", "mlle", "mlles", "mm",
                                                     "pr",  "me",   "cf",   "av",   "bd"};

// French elided words (before the apostrophe), lowercase.
constexpr std::string_view kElisions[] = {"l",  "d",     "j",      "m",       "n",      "s",
                                          "t",  "c",     "qu",     "jusqu",   "lorsqu", "puisqu",
                                          "quoiqu"};
// French words with an inner apostrophe that are not elisions (lowercase, ASCII
// apostrophe, accents removed: compared against the normalized word).
constexpr std::string_view kFrenchWholeWords[] = {"aujourd'hui", "prud'homme", "prud'hommes",
                                                  "presqu'ile",  "presqu'iles", "quelqu'un",
                                                  "quelqu'une",  "entr'acte"};
// English pronouns and adverbs before which 's is "is"/"has"/"us", not a possessive.
constexpr std::string_view kNonPossessiveBeforeS[] = {"it", "he", "she", "that", "what", "there",
                                                      "here", "who", "where", "how", "let"};

// Whether `word` may hold an apostrophe (chars::IsApostrophe): an ASCII ' or a
// non-ASCII byte (the typographic ones). Most words have neither, and this byte
// test spares them the decoding loop that looks for one.
bool MayHoldApostrophe(std::string_view word) {
  for (const char c : word) {
    if (c == '\'' || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

template <size_t N>
bool InList(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Lowercase ASCII copy of a short word into `buf`; false when not short ASCII.
bool LowerAscii(std::string_view word, char* buf, size_t cap, std::string_view* out) {
  if (word.size() > cap) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) return false;
    buf[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  *out = std::string_view(buf, word.size());
  return true;
}

// The run class of every pair of bytes, indexed by the pair read as a
// little-endian 16-bit number (first byte low): for a first byte D8..DB, bit 0
// when the pair is a letter of the Arabic block (chars::ArabicBlockPair), bit 1
// when it is a letter or a mark (it continues an Arabic word); 0 for any other
// first byte. One load per code point in ScanArabicRun, with no test of the
// lead byte. 64 KiB, of which Arabic text touches 64 cache lines (one per
// continuation byte).
constexpr std::array<uint8_t, 65536> kArabicRunClass = [] {
  std::array<uint8_t, 65536> table{};
  for (unsigned lead = 0xD8; lead <= 0xDB; ++lead) {
    for (unsigned second = 0; second < 256; ++second) {
      const chars::internal::ArabicBlockEntry& e =
          chars::internal::kArabicBlock[((lead & 3u) << 6) | (second & 0x3Fu)];
      table[lead | (second << 8)] =
          static_cast<uint8_t>((e.letter ? 1 : 0) | (e.letter || e.mark ? 2 : 0));
    }
  }
  return table;
}();

// Advances from byte `pos` over a run of two-byte Arabic letters and marks (most
// of an Arabic word) while pos < limit and pos + 1 < end, adding the letters to
// `*letters`; returns the position after the run. A tight loop of its own, so that
// its state stays in registers.
size_t ScanArabicRun(std::string_view text, size_t pos, size_t limit, size_t end,
                     size_t* letters) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  // pos < limit && pos + 1 < end, as one comparison (end > pos >= 0 here).
  const size_t stop = end > 0 ? std::min(limit, end - 1) : 0;
  size_t count = 0;
  while (pos < stop) {
    uint16_t pair;  // The two bytes in one load (the table's order: first byte low).
    if constexpr (std::endian::native == std::endian::little) {
      std::memcpy(&pair, p + pos, 2);
    } else {
      pair = static_cast<uint16_t>(p[pos] | (unsigned{p[pos + 1]} << 8));
    }
    const uint8_t cls = kArabicRunClass[pair];
    if (cls == 0) break;
    count += cls & 1u;
    pos += 2;
  }
  *letters += count;
  return pos;
}

char32_t PeekAt(std::string_view text, size_t pos, size_t end, size_t* next) {
  if (pos >= end) {
    *next = pos;
    return 0;
  }
  *next = pos;
  return chars::Next(text, next);
}

bool IsArabicStart(char32_t cp) {
  return (cp >= 0x0600 && cp <= 0x08FF) || chars::IsArabicPresentationForm(cp);
}

bool IsPunctuation(char32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;  // Control characters are symbols.
  if (cp < 0x80) {
    switch (cp) {
      case '$': case '+': case '<': case '=': case '>': case '^': case '`': case '|': case '~':
        return false;
      default:
        return true;
    }
  }
  return u_ispunct(static_cast<UChar32>(cp)) != 0;
}

uint16_t Clamp16(size_t n) {
  return static_cast<uint16_t>(std::min<size_t>(n, std::numeric_limits<uint16_t>::max()));
}

void Push(std::vector<Token>* tokens, TokenKind kind, uint32_t begin, uint32_t end,
          uint32_t norm_offset, size_t norm_size, uint16_t clitics, bool capitalized) {
  Token t;
  t.begin = begin;
  t.end = end;
  t.stem_begin = begin;
  t.stem_end = end;
  t.norm_offset = norm_offset;
  t.stem_offset = norm_offset;
  t.norm_size = Clamp16(norm_size);
  t.stem_size = t.norm_size;
  t.clitics = clitics;
  t.kind = kind;
  t.capitalized = capitalized;
  tokens->push_back(t);
}

// Appends the key of a number: ASCII digits; a comma followed by exactly three
// digits is a thousands separator (dropped), another comma a decimal point; the
// Arabic decimal separator ٫ -> ".", the Arabic thousands separator ٬ dropped.
void AppendNumberKey(std::string_view s, std::string* out) {
  for (size_t pos = 0; pos < s.size();) {
    const char32_t cp = chars::Next(s, &pos);
    const int digit = chars::DigitValue(cp);
    if (digit >= 0) {
      out->push_back(static_cast<char>('0' + digit));
    } else if (cp == ',') {
      // Count the digits up to the next separator or the end of the number.
      size_t digits = 0;
      size_t q = pos;
      while (q < s.size() && chars::DigitValue(chars::Next(s, &q)) >= 0) ++digits;
      if (digits != 3) out->push_back('.');
    } else if (cp == 0x066B) {
      out->push_back('.');
    } else if (cp == 0x066C) {
      // Thousands separator: dropped.
    } else {
      AppendNormalizedCodePoint(cp, out);
    }
  }
}

}  // namespace

Tokenizer::Tokenizer(const Vocabulary* vocabulary, size_t word_cache_entries)
    : arabic_(vocabulary, word_cache_entries) {}

void Tokenizer::EmitLatinWord(std::string_view text, uint32_t begin, uint32_t end,
                              uint16_t clitics, std::vector<Token>* tokens,
                              std::string* norm_buffer) {
  const std::string_view surface = text.substr(begin, end - begin);
  const auto norm_offset = static_cast<uint32_t>(norm_buffer->size());
  AppendNormalized(surface, norm_buffer);
  size_t first = 0;
  const char32_t cp = chars::Next(surface, &first);
  Push(tokens, TokenKind::kWord, begin, end, norm_offset, norm_buffer->size() - norm_offset,
       clitics, chars::IsUpper(cp));
}

// Inlined into Tokenize, its only caller: saving and restoring registers around
// the call cost about twenty instructions per Arabic word.
[[gnu::always_inline]] inline void Tokenizer::EmitArabicWord(std::string_view text, uint32_t begin,
                                                             uint32_t end, Mode mode,
                                                             std::vector<Token>* tokens,
                                                             std::string* norm_buffer) {
  const ArabicWord& w = arabic_.Analyze(
      text.substr(begin, end - begin),
      mode == Mode::kText ? ArabicSegmenter::Mode::kText : ArabicSegmenter::Mode::kDictionary);
  const auto norm_offset = static_cast<uint32_t>(norm_buffer->size());
  // The token is filled in place, and before the key is appended: the append may
  // write anywhere as far as the compiler knows, so `w` is read first.
  Token& t = tokens->emplace_back();
  t.begin = begin;
  t.end = end;
  t.stem_begin = begin + w.stem_begin;
  t.stem_end = begin + w.stem_end;
  t.norm_offset = norm_offset;
  t.norm_size = Clamp16(w.norm.size());
  t.stem_offset = norm_offset + w.stem_offset;
  t.stem_size = Clamp16(w.stem_size);
  if (t.stem_offset + t.stem_size > norm_offset + t.norm_size) {
    // Only reachable for keys clamped to 64 KiB: keep the stem inside the key.
    t.stem_offset = norm_offset;
    t.stem_size = t.norm_size;
  }
  t.clitics = w.clitics;
  t.pronoun = w.pronoun;
  t.kind = TokenKind::kWord;
  norm_buffer->append(w.norm);
}

void Tokenizer::EmitWord(std::string_view text, uint32_t begin, uint32_t end, Lang lang,
                         std::vector<Token>* tokens, std::string* norm_buffer) {
  char buf[16];
  std::string_view lower;
  if (lang == Lang::kFr) {
    // Peel elided words off the front: l'armée, qu'il, jusqu'à, d'aujourd'hui.
    while (true) {
      const std::string_view word = text.substr(begin, end - begin);
      size_t apos_begin = 0;
      size_t apos_end = 0;
      const bool may_hold = MayHoldApostrophe(word);
      for (size_t pos = 0; may_hold && pos < word.size();) {
        const size_t at = pos;
        if (chars::IsApostrophe(chars::Next(word, &pos))) {
          apos_begin = at;
          apos_end = pos;
          break;
        }
      }
      if (apos_end == 0 || apos_end >= word.size() ||
          !LowerAscii(word.substr(0, apos_begin), buf, sizeof buf, &lower) ||
          !InList(lower, kElisions)) {
        break;
      }
      // Only words with an elision-like start get here, and they are short: the
      // string stays in its inline buffer.
      std::string whole;
      AppendNormalized(word, &whole);
      if (InList(whole, kFrenchWholeWords)) break;
      const auto norm_offset = static_cast<uint32_t>(norm_buffer->size());
      norm_buffer->append(lower);
      norm_buffer->push_back('\'');
      Push(tokens, TokenKind::kWord, begin, begin + static_cast<uint32_t>(apos_end), norm_offset,
           lower.size() + 1, kCliticElided, chars::IsUpper(static_cast<unsigned char>(word[0])));
      begin += static_cast<uint32_t>(apos_end);
    }
  } else if (lang == Lang::kEn) {
    const std::string_view word = text.substr(begin, end - begin);
    // The last apostrophe decides: Gondor's, they're, we've, I'll, she'd, I'm, didn't.
    size_t apos_begin = std::string_view::npos;
    size_t apos_end = 0;
    const bool may_hold = MayHoldApostrophe(word);
    for (size_t pos = 0; may_hold && pos < word.size();) {
      const size_t at = pos;
      if (chars::IsApostrophe(chars::Next(word, &pos))) {
        apos_begin = at;
        apos_end = pos;
      }
    }
    if (apos_begin != std::string_view::npos && apos_begin > 0 &&
        LowerAscii(word.substr(apos_end), buf, sizeof buf, &lower)) {
      uint32_t split = 0;  // Byte offset in `word` where the clitic starts.
      const char* key = nullptr;
      uint16_t clitics = kCliticNone;
      if (lower == "t" && apos_begin >= 2 && (word[apos_begin - 1] | 0x20) == 'n') {
        split = static_cast<uint32_t>(apos_begin - 1);  // did|n't, ca|n't, wo|n't
        key = "n't";
      } else if (lower == "s") {
        split = static_cast<uint32_t>(apos_begin);
        key = "'s";
        std::string_view stem_lower;
        char buf2[16];
        if (!LowerAscii(word.substr(0, apos_begin), buf2, sizeof buf2, &stem_lower) ||
            !InList(stem_lower, kNonPossessiveBeforeS)) {
          clitics = kCliticPossessive;
        }
      } else if (lower == "re" || lower == "ve" || lower == "ll" || lower == "d" || lower == "m") {
        split = static_cast<uint32_t>(apos_begin);
      }
      if (split > 0) {
        EmitLatinWord(text, begin, begin + split, kCliticNone, tokens, norm_buffer);
        const auto norm_offset = static_cast<uint32_t>(norm_buffer->size());
        if (key != nullptr) {
          norm_buffer->append(key);
        } else {
          norm_buffer->push_back('\'');
          norm_buffer->append(lower);
        }
        Push(tokens, TokenKind::kWord, begin + split, end, norm_offset,
             norm_buffer->size() - norm_offset, clitics, false);
        return;
      }
    }
  }
  if (begin < end) EmitLatinWord(text, begin, end, kCliticNone, tokens, norm_buffer);
}

void Tokenizer::Tokenize(std::string_view text, uint32_t begin, uint32_t end, Lang lang,
                         Mode mode, std::vector<Token>* tokens, std::string* norm_buffer) {
  size_t pos = begin;
  while (pos < end) {
    if (text[pos] == ' ') {  // The commonest byte between tokens.
      ++pos;
      continue;
    }
    const size_t start = pos;
    const char32_t cp = chars::Next(text, &pos);
    // Letters first: most tokens start with one, and no letter is a space or an
    // ignorable format character.
    const bool letter = chars::IsLetter(cp);
    if (!letter && (chars::IsSpace(cp) || chars::IsIgnorable(cp))) continue;

    if (letter) {
      size_t wend = pos;
      size_t segment_letters = 1;  // Letters since the start or the last inner dot.
      bool inner_dot = false;
      const size_t limit = std::min<size_t>(end, start + kMaxTokenBytes);
      while (wend < limit) {
        auto lead = static_cast<unsigned char>(text[wend]);
        // Fast path for runs of two-byte Arabic letters and marks: no generic
        // decoding and classification.
        if (lead >= 0xD8 && lead <= 0xDB) {
          wend = ScanArabicRun(text, wend, limit, end, &segment_letters);
          if (wend >= limit) break;
          lead = static_cast<unsigned char>(text[wend]);
          // Most Arabic words end on a space: no need for the tests below.
          if (lead == ' ') break;
        }
        // And for ASCII letters (most of a Latin word).
        if (static_cast<unsigned>((lead | 0x20) - 'a') < 26u) {
          ++wend;
          ++segment_letters;
          continue;
        }
        // Any other ASCII byte but a digit, an apostrophe, a hyphen or a dot (a
        // space, most often) ends the word: every test below would fail for it.
        if (lead < 0x80 && static_cast<unsigned>(lead - '0') >= 10u && lead != '\'' &&
            lead != '-' && lead != '.') {
          break;
        }
        size_t q;
        const char32_t c = PeekAt(text, wend, end, &q);
        if (chars::IsLetter(c)) {
          wend = q;
          ++segment_letters;
          continue;
        }
        if (chars::IsCombiningMark(c) || chars::DigitValue(c) >= 0) {
          wend = q;
          continue;
        }
        size_t r;
        const char32_t after = PeekAt(text, q, end, &r);
        if (chars::IsIgnorable(c)) {
          // Inside a word (ZWNJ in Persian-style spelling, a stray bidi mark); at
          // its end it is left out of the span.
          if (chars::IsLetter(after) || chars::IsCombiningMark(after)) {
            wend = q;
            continue;
          }
          break;
        }
        if (chars::IsApostrophe(c) && chars::IsLetter(after)) {
          wend = q;
          continue;
        }
        if (chars::IsHyphen(c) && (chars::IsLetter(after) || chars::DigitValue(after) >= 0)) {
          wend = q;
          continue;
        }
        if (c == '.' && segment_letters == 1 && chars::IsLetter(after) &&
            !IsArabicStart(after)) {
          // U.S., U.N., e.g.: single letters joined by dots.
          wend = q;
          segment_letters = 0;
          inner_dot = true;
          continue;
        }
        break;
      }
      // The period that belongs to the word: initialisms, single initials,
      // abbreviations.
      if (wend < end && text[wend] == '.' && !IsArabicStart(cp)) {
        const std::string_view word = text.substr(start, wend - start);
        bool absorb = false;
        if (inner_dot && segment_letters == 1) {
          absorb = true;
        } else if (word.size() == 1 && chars::IsUpper(cp)) {
          absorb = true;  // George W. Bush, M. Macron.
        } else {
          char buf[16];
          std::string_view lower;
          if (LowerAscii(word, buf, sizeof buf, &lower)) {
            absorb = InList(lower, kAbbreviations) ||
                     (lang == Lang::kFr && InList(lower, kFrenchAbbreviations));
          }
        }
        if (absorb) ++wend;
      }
      if (IsArabicStart(cp)) {
        EmitArabicWord(text, static_cast<uint32_t>(start), static_cast<uint32_t>(wend), mode,
                       tokens, norm_buffer);
      } else {
        EmitWord(text, static_cast<uint32_t>(start), static_cast<uint32_t>(wend), lang, tokens,
                 norm_buffer);
      }
      pos = wend;
      // English plural possessive: Israelis' -> Israelis + '.
      if (lang == Lang::kEn && wend < end && (text[wend - 1] | 0x20) == 's') {
        size_t q;
        const char32_t c = PeekAt(text, wend, end, &q);
        size_t r;
        const char32_t after = PeekAt(text, q, end, &r);
        if (chars::IsApostrophe(c) && !chars::IsLetter(after) && chars::DigitValue(after) < 0) {
          const auto norm_offset = static_cast<uint32_t>(norm_buffer->size());
          norm_buffer->append("'s");
          Push(tokens, TokenKind::kWord, static_cast<uint32_t>(wend), static_cast<uint32_t>(q),
               norm_offset, 2, kCliticPossessive, false);
          pos = q;
        }
      }
      continue;
    }

    if (chars::DigitValue(cp) >= 0) {
      size_t nend = pos;
      while (nend < end && nend - start < kMaxTokenBytes) {
        size_t q;
        const char32_t c = PeekAt(text, nend, end, &q);
        if (chars::DigitValue(c) >= 0) {
          nend = q;
          continue;
        }
        if (c == ',' || c == '.' || c == ':' || c == '/' || c == 0x066B || c == 0x066C) {
          size_t r;
          if (chars::DigitValue(PeekAt(text, q, end, &r)) >= 0) {
            nend = r;
            continue;
          }
        }
        break;
      }
      const auto norm_offset = static_cast<uint32_t>(norm_buffer->size());
      AppendNumberKey(text.substr(start, nend - start), norm_buffer);
      Push(tokens, TokenKind::kNumber, static_cast<uint32_t>(start), static_cast<uint32_t>(nend),
           norm_offset, norm_buffer->size() - norm_offset, kCliticNone, false);
      pos = nend;
      continue;
    }

    TokenKind kind = TokenKind::kPunct;
    if (chars::IsTerminal(cp)) {
      // "?!", "...", "؟!" are one token.
      while (pos < end) {
        size_t q;
        if (!chars::IsTerminal(PeekAt(text, pos, end, &q))) break;
        pos = q;
      }
    } else {
      kind = IsPunctuation(cp) ? TokenKind::kPunct : TokenKind::kSymbol;
    }
    // Marks after a punctuation or symbol (emoji modifiers, stray harakat) stay with it.
    while (pos < end) {
      size_t q;
      const char32_t c = PeekAt(text, pos, end, &q);
      if (!chars::IsCombiningMark(c) && c != 0xFE0F && c != 0x200D) break;
      pos = q;
    }
    const auto norm_offset = static_cast<uint32_t>(norm_buffer->size());
    AppendNormalized(text.substr(start, pos - start), norm_buffer);
    Push(tokens, kind, static_cast<uint32_t>(start), static_cast<uint32_t>(pos), norm_offset,
         norm_buffer->size() - norm_offset, kCliticNone, false);
  }
}

}  // namespace isnad::text
