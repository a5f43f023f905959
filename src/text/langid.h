// text/langid.h: the language of one paragraph. Part of the text stage: the
// Analyzer asks once per paragraph (unless the language is forced).
//
// The script decides first, from a byte scan: a paragraph written mostly in Arabic
// letters is Arabic, short or long (never French or English because it is short),
// unless it uses the letters of Persian or Urdu and CLD2 is confident it is one of
// them (kOther). Latin-script paragraphs with clear evidence from English or French
// function words are that language. A short one (under kShortParagraphLetters) in
// a document declared English or French keeps that language, unless one of its
// words is a function word of the other language and none is of the declared one.
// The others go to CLD2 with the declared language as a hint; when CLD2 is unsure
// and the paragraph is short, the result is kUnknown. A paragraph without letters
// takes the declared language.
// Thread-safety: stateless; CLD2 is thread-safe.
#ifndef ISNAD_TEXT_LANGID_H_
#define ISNAD_TEXT_LANGID_H_

#include <cstddef>
#include <string_view>

#include "text/lang.h"

namespace isnad::text {

// Letters below which a paragraph is "short": CLD2 is not trusted on its own.
inline constexpr size_t kShortParagraphLetters = 24;

// Detects the language of `paragraph` (valid UTF-8). `document_lang` is the
// declared language of the document (kUnknown when none).
Lang DetectParagraphLanguage(std::string_view paragraph, Lang document_lang);

}  // namespace isnad::text

#endif  // ISNAD_TEXT_LANGID_H_
