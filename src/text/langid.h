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

namespace langid_internal {

// The shortcut DetectParagraphLanguage takes before its full scan (exposed for
// tests): true when every byte of `text` is ASCII, a continuation byte, a lead
// byte the full scan counts as nothing (C0 C1 C2 E2 EF: no-break space,
// typographic quotes and format marks, presentation forms) or the lead of a
// well-formed two-byte code point of U+0600..U+067F other than the Persian/Urdu
// letters پ ٹ, and the Arabic letters among them outnumber the ASCII letters.
// Then the full scan would count no Persian/Urdu letter and no other script, and
// decide Arabic. False means "scan fully", never "not Arabic"; false at once when
// the first byte past leading ASCII non-letters is an ASCII letter (Latin-script
// text, which needs the full scan anyway). Sixteen bytes at a time; about a third
// of the instructions of the full scan on Arabic news.
bool ArabicByQuickScan(std::string_view text);

}  // namespace langid_internal

}  // namespace isnad::text

#endif  // ISNAD_TEXT_LANGID_H_
