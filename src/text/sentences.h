// text/sentences.h: paragraph and sentence boundaries. Part of the text stage: the
// Analyzer splits the document into paragraphs first (each gets a language and a
// boilerplate flag), tokenizes each paragraph, then groups its tokens into
// sentences here.
//
// Paragraphs: a blank line (only spaces) always ends one. A single newline ends one
// when the line before it looks finished or like a block of its own: it ends with
// sentence-final punctuation or a colon (after closing quotes), or it is short
// (under kShortLineCodePoints, a title or a dateline) and does not end with a comma
// or hyphen, or the next line starts with a bullet (- • * – —). Otherwise the line
// is a hard wrap and the paragraph continues (wire copy wrapped at 70 columns).
//
// Sentences are cut on tokens, after the tokenizer has decided which periods
// belong to words (U.S., Mr., W.): a run of . ! ? ؟ … ends a sentence, together
// with the closing quotes and brackets that follow it, except
//   - inside quotes “ ” „ ‹ › or brackets ( [ {, or between two guillemets or two
//     ASCII quotes (« » alternate between opening and closing, because Arabic
//     sites write « », » « and » » alike), unless the quotation has grown past
//     kLongQuoteTokens tokens (an unbalanced or very long quote);
//   - in Latin-script text, before a word that starts with a lowercase letter
//     ("... and so on", "Yahoo! said");
// ، ؛ ; : never end a sentence. The document's first paragraph is a headline when
// it has at most kMaxHeadlineTokens tokens and does not end with final
// punctuation: it is one sentence with Sentence::headline set. A sentence longer
// than max_sentence_tokens is cut at the limit.
// Thread-safety: pure functions.
#ifndef ISNAD_TEXT_SENTENCES_H_
#define ISNAD_TEXT_SENTENCES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/analysis.h"

namespace isnad::text {

inline constexpr size_t kShortLineCodePoints = 60;
inline constexpr size_t kLongQuoteTokens = 60;
inline constexpr size_t kMaxHeadlineTokens = 30;

// Appends the paragraphs of `text` (valid UTF-8, < 4 GiB) to `*out` with their
// byte spans, trimmed of surrounding whitespace; lang and boilerplate are left at
// their defaults. Empty text gives no paragraph.
void SplitParagraphs(std::string_view text, std::vector<Paragraph>* out);

// Groups doc.tokens[token_begin, token_end), the tokens of paragraph
// `paragraph_index`, into sentences appended to doc->sentences (lang and
// boilerplate copied from the paragraph). `first_paragraph` allows the headline
// rule. Returns the number of sentences that were cut at `max_sentence_tokens`
// (0 means no limit).
size_t SplitSentences(uint32_t paragraph_index, uint32_t token_begin, uint32_t token_end,
                      bool first_paragraph, size_t max_sentence_tokens, AnalyzedDocument* doc);

}  // namespace isnad::text

#endif  // ISNAD_TEXT_SENTENCES_H_
