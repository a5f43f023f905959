// Design of the text stage.
//
// One pass per paragraph, in document order:
//   1. SplitParagraphs (sentences.h) cuts the text on blank lines and on single
//      newlines that end a block (final punctuation, a short title-like line, a
//      bullet), so a headline and a dateline are paragraphs of their own.
//   2. DetectParagraphLanguage (langid.h) decides by script, then by English and
//      French function words, and asks CLD2 only when those leave a choice, with
//      the document's declared language as a hint; options.force_lang overrides it.
//   3. The Tokenizer (tokenizer.h) turns the paragraph into tokens with the rules
//      of its language: Arabic clitics validated against the Vocabulary (with a
//      per-word cache), French elision, English possessives. Keys go to the
//      document's norm_buffer, so no token allocates.
//   4. BoilerplateDetector (boilerplate.h) looks at short paragraphs only and
//      marks comment forms, share lines, copyright and cookie notices.
//   5. SplitSentences (sentences.h) groups the tokens into sentences: the tokenizer
//      has already attached the periods of abbreviations and initials to their
//      words, so only real sentence punctuation is left to decide on; quotes and
//      brackets hold a sentence together; the first short unpunctuated paragraph
//      is the headline.
// The document's language is the one covering most bytes of non-boilerplate
// paragraphs (ties and no detection: the declared language).
//
// ICU is not called per token: letter classes and folding are tables (chars.h,
// normalize.cc); ICU serves the rare code points outside ASCII, Arabic and Latin.
// Sentence splitting is our own rather than ICU's BreakIterator: see sentences.cc.
#include "text/analyzer.h"

#include <array>
#include <limits>
#include <string>

#include "text/boilerplate.h"
#include "text/langid.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace isnad::text {

struct Analyzer::Impl {
  Impl(const AnalyzerOptions& opts, const Vocabulary* vocabulary)
      : options(opts), tokenizer(vocabulary, opts.word_cache_entries) {}

  AnalyzerOptions options;
  Tokenizer tokenizer;
  BoilerplateDetector boilerplate;
  std::string scratch;
  AnalyzedDocument phrase_doc;
  AnalyzerStats stats;
};

Analyzer::Analyzer(const AnalyzerOptions& options, const Vocabulary* vocabulary)
    : impl_(std::make_unique<Impl>(options, vocabulary)) {}

Analyzer::~Analyzer() = default;

const AnalyzerStats& Analyzer::stats() const {
  impl_->stats.word_cache_hits = impl_->tokenizer.arabic().cache_hits();
  impl_->stats.word_cache_misses = impl_->tokenizer.arabic().cache_misses();
  return impl_->stats;
}

Status Analyzer::Analyze(const ingest::Document& doc, AnalyzedDocument* out) {
  out->Clear();
  const std::string_view text = doc.text;
  if (text.size() > impl_->options.max_document_bytes ||
      text.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::ResourceExhausted("document " + doc.id + ": " + std::to_string(text.size()) +
                                     " bytes, over the limit of " +
                                     std::to_string(impl_->options.max_document_bytes));
  }
  out->text = text;
  AnalyzerStats& stats = impl_->stats;
  ++stats.documents;
  stats.bytes += text.size();
  // Keys are about as long as the text; reserving avoids regrowth on big documents.
  out->norm_buffer.reserve(text.size() + text.size() / 8);
  // News text averages over five bytes per token in all three languages.
  out->tokens.reserve(text.size() / 4);

  const Lang forced = impl_->options.force_lang;
  const Lang declared = ParseLang(doc.lang);
  SplitParagraphs(text, &out->paragraphs);
  std::array<uint64_t, 5> lang_bytes{};
  for (uint32_t i = 0; i < out->paragraphs.size(); ++i) {
    Paragraph& p = out->paragraphs[i];
    const std::string_view ptext = text.substr(p.begin, p.end - p.begin);
    p.lang = forced != Lang::kUnknown ? forced : DetectParagraphLanguage(ptext, declared);
    const auto first_token = static_cast<uint32_t>(out->tokens.size());
    impl_->tokenizer.Tokenize(text, p.begin, p.end, p.lang, Tokenizer::Mode::kText, &out->tokens,
                              &out->norm_buffer);
    const auto last_token = static_cast<uint32_t>(out->tokens.size());
    p.boilerplate =
        impl_->boilerplate.IsBoilerplate(*out, first_token, last_token, &impl_->scratch);
    if (p.boilerplate) {
      ++stats.boilerplate_paragraphs;
    } else {
      lang_bytes[static_cast<size_t>(p.lang)] += p.end - p.begin;
    }
    stats.long_sentence_cuts += SplitSentences(i, first_token, last_token, /*first_paragraph=*/i == 0,
                                               impl_->options.max_sentence_tokens, out);
  }
  // The dominant language of the article text; kUnknown paragraphs do not vote.
  Lang best = Lang::kUnknown;
  uint64_t best_bytes = 0;
  for (size_t l = 1; l < lang_bytes.size(); ++l) {
    if (lang_bytes[l] > best_bytes) {
      best_bytes = lang_bytes[l];
      best = static_cast<Lang>(l);
    }
  }
  if (best == Lang::kUnknown) best = forced != Lang::kUnknown ? forced : declared;
  out->lang = best;
  stats.paragraphs += out->paragraphs.size();
  stats.sentences += out->sentences.size();
  stats.tokens += out->tokens.size();
  return Status::OK();
}

void Analyzer::PhraseKeys(Lang lang, std::string_view phrase, std::vector<std::string>* keys) {
  AnalyzedDocument& d = impl_->phrase_doc;
  d.Clear();
  if (phrase.size() >= std::numeric_limits<uint32_t>::max()) return;
  d.text = phrase;
  impl_->tokenizer.Tokenize(phrase, 0, static_cast<uint32_t>(phrase.size()), lang,
                            Tokenizer::Mode::kDictionary, &d.tokens, &d.norm_buffer);
  for (const Token& t : d.tokens) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    keys->emplace_back(d.Stem(t));
  }
  d.Clear();
}

}  // namespace isnad::text
