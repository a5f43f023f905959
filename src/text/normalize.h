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

#include <initializer_list>
#include <string>
#include <string_view>

#include "text/lang.h"

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

}  // namespace isnad::text

#endif  // ISNAD_TEXT_NORMALIZE_H_
