// text/normalize.h: the normalized form of a word, the key every dictionary lookup
// uses. Dictionaries and running text go through the same function, so a key
// computed for a dictionary entry matches the same word in text.
//
// Arabic: diacritics (U+064B..U+0652, U+0670) and tatweel dropped; أ إ آ ٱ -> ا;
// ى -> ي; ة -> ه; ؤ -> و and ئ -> ي; Arabic-Indic and Eastern digits -> 0-9;
// zero-width and bidi marks dropped. Latin scripts: lowercase (full Unicode case
// folding) and accents removed (é -> e, Ç -> c), ’ -> '. Other scripts: case folded.
// Thread-safety: pure functions.
#ifndef ISNAD_TEXT_NORMALIZE_H_
#define ISNAD_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

#include "text/lang.h"

namespace isnad::text {

// Appends the normalized form of `word` to `*out`. `word` must be valid UTF-8.
// The result never contains spaces for a word without spaces.
void AppendNormalized(std::string_view word, std::string* out);

inline std::string NormalizeWord(std::string_view word) {
  std::string out;
  AppendNormalized(word, &out);
  return out;
}

}  // namespace isnad::text

#endif  // ISNAD_TEXT_NORMALIZE_H_
