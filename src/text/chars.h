// text/chars.h: code point classes and the Arabic letter folding shared by the
// normalizer, the tokenizer and the Arabic clitic segmenter (internal to the text
// stage; other stages use normalize.h and analysis.h).
//
// The common cases (ASCII, the Arabic block, the spaces and marks of web text) are
// decided by switch and range tests; only other scripts ask ICU's character
// properties, which are table lookups and do not allocate.
// Thread-safety: pure functions.
#ifndef ISNAD_TEXT_CHARS_H_
#define ISNAD_TEXT_CHARS_H_

#include <unicode/uchar.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "util/utf8.h"

namespace isnad::text::chars {

// Decodes the code point at byte `*pos` of valid UTF-8 `s` and advances `*pos`.
// Faster than utf8::Decode for the ASCII and two-byte cases that dominate.
// REQUIRES: *pos < s.size().
inline char32_t Next(std::string_view s, size_t* pos) {
  const auto b0 = static_cast<unsigned char>(s[*pos]);
  if (b0 < 0x80) {
    ++*pos;
    return b0;
  }
  if ((b0 & 0xE0) == 0xC0 && *pos + 1 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[*pos + 1]);
    if ((b1 & 0xC0) == 0x80 && b0 >= 0xC2) {
      *pos += 2;
      return (char32_t{b0 & 0x1Fu} << 6) | (b1 & 0x3Fu);
    }
  }
  return utf8::Decode(s, pos);
}

namespace internal {

// The definitions of the Arabic classes below, by ranges; they build the table of
// the Arabic block (U+0600..U+06FF) and answer for code points outside it.
constexpr bool IsArabicMarkByRange(char32_t cp) {
  return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 ||
         (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x06D6 && cp <= 0x06DC) ||
         (cp >= 0x06DF && cp <= 0x06E8) || (cp >= 0x06EA && cp <= 0x06ED) ||
         (cp >= 0x08D3 && cp <= 0x08FF);
}

constexpr bool IsArabicLetterByRange(char32_t cp) {
  return (cp >= 0x0620 && cp <= 0x063F) || (cp >= 0x0641 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x066F) ||
         (cp >= 0x0671 && cp <= 0x06D3) || cp == 0x06D5 || (cp >= 0x06EE && cp <= 0x06EF) ||
         (cp >= 0x06FA && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
         (cp >= 0x08A0 && cp <= 0x08C9);
}

constexpr char32_t FoldArabicBySwitch(char32_t cp) {
  switch (cp) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
      return 0x0627;  // آ أ إ ٱ and wavy-hamza alefs -> ا
    case 0x0624: case 0x0626:
      return 0x0621;  // ؤ ئ -> ء (مسؤول = مسئول)
    case 0x0649: case 0x06CC: case 0x06D2:
      return 0x064A;  // ى and Persian/Urdu yeh -> ي
    case 0x0629:
      return 0x0647;  // ة -> ه
    case 0x06A9:
      return 0x0643;  // Persian keheh -> ك
    default:
      break;
  }
  if (IsArabicMarkByRange(cp)) return 0;
  return cp;
}

// One entry per code point of U+0600..U+06FF, where nearly all Arabic text lies:
// a table lookup instead of a chain of range tests on the hot paths.
struct ArabicBlockEntry {
  uint16_t folded;  // FoldArabicBySwitch(cp).
  bool letter;
  bool mark;
};
inline constexpr char32_t kArabicBlockBegin = 0x0600;
inline constexpr std::array<ArabicBlockEntry, 256> kArabicBlock = [] {
  std::array<ArabicBlockEntry, 256> table{};
  for (char32_t i = 0; i < table.size(); ++i) {
    const char32_t cp = kArabicBlockBegin + i;
    table[i] = ArabicBlockEntry{static_cast<uint16_t>(FoldArabicBySwitch(cp)),
                                IsArabicLetterByRange(cp), IsArabicMarkByRange(cp)};
  }
  return table;
}();

// The folded form of a letter of the block is in the block (two UTF-8 bytes), and
// a letter is never a mark: the segmenter's fast path relies on both.
static_assert([] {
  for (const ArabicBlockEntry& e : kArabicBlock) {
    if (e.letter && (e.mark || e.folded < kArabicBlockBegin || e.folded >= kArabicBlockBegin + 256)) {
      return false;
    }
  }
  return true;
}());

}  // namespace internal

// The classes of the two-byte UTF-8 sequence lead, cont: a code point of the Arabic
// block, read without decoding. REQUIRES: 0xD8 <= lead <= 0xDB.
inline const internal::ArabicBlockEntry& ArabicBlockPair(unsigned char lead, unsigned char cont) {
  return internal::kArabicBlock[((lead & 3u) << 6) | (cont & 0x3Fu)];
}

// Arabic harakat, Quranic annotation marks, superscript alef and tatweel: they
// carry nothing for matching and are dropped by the normalizer.
inline bool IsArabicMark(char32_t cp) {
  if (cp - internal::kArabicBlockBegin < internal::kArabicBlock.size()) {
    return internal::kArabicBlock[cp - internal::kArabicBlockBegin].mark;
  }
  return internal::IsArabicMarkByRange(cp);
}

// Letters of the Arabic script (base block, supplement, extended-A), without the
// tatweel (U+0640), which is a mark for our purposes. Presentation forms are
// handled separately (they are folded through NFKC).
inline bool IsArabicLetter(char32_t cp) {
  if (cp - internal::kArabicBlockBegin < internal::kArabicBlock.size()) {
    return internal::kArabicBlock[cp - internal::kArabicBlockBegin].letter;
  }
  return internal::IsArabicLetterByRange(cp);
}

inline bool IsArabicPresentationForm(char32_t cp) {
  return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
}

// Format characters that web text puts inside or between words and that mean
// nothing for matching: ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings and isolates,
// soft hyphen, word joiner, BOM. Inside a word they are kept in the token's span
// and dropped from its key; between words they are skipped.
inline bool IsIgnorable(char32_t cp) {
  if (cp < 0x00AD) return false;  // ASCII and most of Latin-1: one test.
  return cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F || cp == 0x061C ||
         cp == 0x00AD || cp == 0x2060 || cp == 0xFEFF || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

// Spaces, including the no-break spaces of French and Arabic typography
// (U+00A0, U+202F) and the zero-width space, which marks a word boundary.
inline bool IsSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  return cp == 0x00A0 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x205F || cp == 0x3000 || cp == 0x1680 || cp == 0x0085;
}

// The value 0..9 of a decimal digit of any script, or -1.
inline int DigitValue(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp < 0x80) return -1;
  if (cp >= 0x0660 && cp <= 0x0669) return static_cast<int>(cp - 0x0660);
  if (cp >= 0x06F0 && cp <= 0x06F9) return static_cast<int>(cp - 0x06F0);
  if (cp < 0x07C0) return -1;
  return u_charDigitValue(static_cast<UChar32>(cp)) >= 0 && u_isdigit(static_cast<UChar32>(cp))
             ? u_charDigitValue(static_cast<UChar32>(cp))
             : -1;
}

// Combining marks of any script (they continue the word they follow).
inline bool IsCombiningMark(char32_t cp) {
  if (cp < 0x0300) return false;
  if (cp <= 0x036F) return true;
  if (IsArabicMark(cp)) return true;
  const int8_t type = u_charType(static_cast<UChar32>(cp));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK;
}

// Letters of any script (ASCII and Arabic decided inline, others by ICU).
inline bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp >= 0x0600 && cp <= 0x06FF) return IsArabicLetter(cp);
  if (cp >= 0x00C0 && cp <= 0x024F) return cp != 0x00D7 && cp != 0x00F7;
  if (IsArabicPresentationForm(cp)) return u_isalpha(static_cast<UChar32>(cp)) != 0;
  return u_isalpha(static_cast<UChar32>(cp)) != 0;
}

inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0x0600 && cp <= 0x06FF) return false;
  return u_isupper(static_cast<UChar32>(cp)) != 0;
}

// Apostrophes: ASCII ' and the typographic ’ (U+2019), ʼ (U+02BC), and ‘ (U+2018),
// which some French sites use for elision.
inline bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018;
}

// Hyphens that join compounds (al-Sisi, cease-fire): ASCII -, U+2010, U+2011.
inline bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// Punctuation that can end a sentence: . ! ? … and the Arabic question mark ؟, the
// Urdu full stop ۔ and the doubled forms ‼ ⁇ ⁈ ⁉.
inline bool IsTerminal(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x061F || cp == 0x2026 || cp == 0x06D4 ||
         cp == 0x203C || (cp >= 0x2047 && cp <= 0x2049);
}

// Folds one Arabic-block code point for matching: 0 means "drop" (marks, tatweel),
// otherwise the folded letter. Alef forms -> ا, ى -> ي, ة -> ه, ؤ ئ -> ء, Persian
// yeh/kaf -> Arabic. REQUIRES: 0x0600 <= cp <= 0x08FF.
inline char32_t FoldArabic(char32_t cp) {
  if (cp - internal::kArabicBlockBegin < internal::kArabicBlock.size()) {
    return internal::kArabicBlock[cp - internal::kArabicBlockBegin].folded;
  }
  return internal::FoldArabicBySwitch(cp);
}

}  // namespace isnad::text::chars

#endif  // ISNAD_TEXT_CHARS_H_
