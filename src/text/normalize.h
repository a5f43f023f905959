// text/normalize.h: the normalized form of a word, the key every dictionary lookup
// uses. Dictionaries and running text go through the same function, so a key
// computed for a dictionary entry matches the same word in text.
//
// Arabic: diacritics (U+064B..U+065F, U+0670, Quranic marks) and tatweel dropped;
// أ إ آ ٱ -> ا; ى -> ي; ة -> ه; the hamza seats ؤ and ئ -> ء (so مسؤول = مسئول and
// إسرائيل = اسرائيل); Arabic-Indic and Eastern digits -> 0-9; presentation forms
// through NFKC. Everywhere: ZWNJ, ZWJ, bidi marks (U+200E, U+200F, U+061C,
// embeddings, isolates), soft hyphen, word joiner and BOM dropped; ’ ʼ ‘ -> ';
// U+2010/U+2011 -> -; spaces (including U+00A0 and U+202F) -> one ASCII space.
// Latin scripts: lowercase (full case folding: ß -> ss) and accents removed (é -> e,
// Ç -> c, œ -> oe). Other scripts: simple case folding, combining marks dropped.
// ASCII and Arabic are folded by table; only other code points ask ICU, and Latin-1
// and Latin Extended-A/B come from a table computed once with ICU.
// Thread-safety: pure functions (the Latin table is built on first use, thread-safe).
#ifndef ISNAD_TEXT_NORMALIZE_H_
#define ISNAD_TEXT_NORMALIZE_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "text/lang.h"
#include "util/word_table.h"

namespace isnad::text {

// Appends the normalized form of `word` to `*out`. `word` must be valid UTF-8.
// The result never contains spaces for a word without spaces.
void AppendNormalized(std::string_view word, std::string* out);

// Appends the normalized form of one code point (possibly nothing, possibly several
// bytes: ß -> "ss"). The building block of AppendNormalized.
void AppendNormalizedCodePoint(char32_t cp, std::string* out);

inline std::string NormalizeWord(std::string_view word) {
  std::string out;
  AppendNormalized(word, &out);
  return out;
}

// The normalized form of a word the program holds for its whole life (a string
// literal or a static table entry), computed once per thread and cached by the
// pointer's address: word lists of the coder compare a token's key to it on every
// token without normalizing or allocating again. REQUIRES: `literal` is a valid
// UTF-8 C string whose address and contents never change while the program runs
// (never a buffer that is reused). The view stays valid for the thread's life.
std::string_view NormalizedLiteral(const char* literal);

// True when `normalized` equals the normalized form of one of `literals`: the
// same answer as comparing it with NormalizedLiteral(w) for each w, but each
// distinct list (told apart by its pointers) is normalized into a hash set once
// per thread, so a check costs a pass over the list's pointers and one lookup
// (most keys are rejected by length alone). Same REQUIRES as NormalizedLiteral
// for every element.
bool InNormalizedList(std::string_view normalized, std::initializer_list<const char*> literals);

// A fixed word list, normalized once into a hash set: the same answers as
// InNormalizedList over the same literals, without finding the list again on
// every call (InNormalizedList compares the list's pointers each time). For the
// lists asked of every token of a sentence, held in a function-local static:
//   static const WordList kDays = {"أمس", "اليوم"};  if (kDays.Contains(key))
//   ...
// Read-only after construction, so one instance serves every thread. Same
// REQUIRES as NormalizedLiteral for every element.
class WordList {
 public:
  WordList(std::initializer_list<const char*> literals) {
    Add(literals.begin(), literals.end());
  }
  explicit WordList(const std::vector<const char*>& literals) {
    Add(literals.data(), literals.data() + literals.size());
  }
  bool Contains(std::string_view normalized) const {
    if ((lengths_ >> (normalized.size() < 63 ? normalized.size() : 63) & 1) ==
        0)
      return false;
    return words_.Contains(normalized);
  }

 private:
  void Add(const char* const* begin, const char* const* end);
  WordTable words_;  // Normalized.
  uint64_t lengths_ = 0;  // Bit n: a word of n bytes (n < 63); bit 63: longer.
};

// True for a token made only of double quotation marks: the French guillemets
// « » ‹ ›, the double quotes “ ” „ ‟ and the straight ". The phrase matcher and
// the French patterns step over such tokens ("s'est dit « optimiste »"). Single
// marks (' ’ ‘) are not quotation marks here: in French and English they are
// also apostrophes. False for an empty token.
bool IsQuotationMarkToken(std::string_view token);

}  // namespace isnad::text

#endif  // ISNAD_TEXT_NORMALIZE_H_
