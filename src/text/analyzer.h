// text/analyzer.h: turns a Document into an AnalyzedDocument: paragraphs (language
// per paragraph by script, function words and CLD2; boilerplate detection),
// sentences (our rules for Arabic punctuation, quotes, abbreviations, initials,
// headlines; see sentences.h) and
// tokens (per-language rules: Arabic folding and clitic segmentation validated
// against a Vocabulary, French elision, English possessives).
//
// Second stage of the pipeline. Design notes live in analyzer.cc.
// Thread-safety: an Analyzer keeps a per-instance word cache, so one Analyzer is
// used by one thread at a time; make one per worker. The Vocabulary it points to is
// shared read-only.
#ifndef ISNAD_TEXT_ANALYZER_H_
#define ISNAD_TEXT_ANALYZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"
#include "text/analysis.h"
#include "text/vocabulary.h"
#include "util/status.h"

namespace isnad::text {

struct AnalyzerOptions {
  // Language of every paragraph when not kUnknown (from --lang); otherwise the
  // document's declared language is a hint and each paragraph is detected.
  Lang force_lang = Lang::kUnknown;
  // Documents with more bytes are rejected with kResourceExhausted (default 64 MiB).
  size_t max_document_bytes = size_t{64} << 20;
  // Sentences with more tokens are split at the limit, and the split is counted in
  // AnalyzerStats (default 512 tokens). Never silently dropped.
  size_t max_sentence_tokens = 512;
  // Slots of the per-word analysis cache for Arabic (default 1<<18, 64 bytes each,
  // allocated on the first Arabic word): a direct-mapped table, so a new word
  // replaces the one in its slot and memory stays bounded.
  size_t word_cache_entries = size_t{1} << 18;
};

// Counters over the documents an Analyzer has seen (since construction).
struct AnalyzerStats {
  uint64_t documents = 0;
  uint64_t bytes = 0;
  uint64_t paragraphs = 0;
  uint64_t boilerplate_paragraphs = 0;
  uint64_t sentences = 0;
  uint64_t tokens = 0;
  // Sentences cut because they reached max_sentence_tokens.
  uint64_t long_sentence_cuts = 0;
  // Arabic word cache.
  uint64_t word_cache_hits = 0;
  uint64_t word_cache_misses = 0;
};

class Analyzer {
 public:
  // `vocabulary` may be null (no clitic validation: only the article and the
  // unambiguous و+ال / ب+ال / ل+ال / ف+ال / ك+ال combinations are split).
  // The vocabulary must outlive the Analyzer.
  Analyzer(const AnalyzerOptions& options, const Vocabulary* vocabulary);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Analyzes `doc` into `*out` (cleared first). `doc.text` must be valid UTF-8 and
  // must outlive `*out` (out->text views it). Errors: kResourceExhausted over
  // max_document_bytes (or 4 GiB, the limit of the 32-bit offsets); `*out` is then
  // empty. Reusing one AnalyzedDocument across calls keeps its buffers' capacity.
  Status Analyze(const ingest::Document& doc, AnalyzedDocument* out);

  // Tokenizes one phrase of a dictionary entry in `lang` and appends the stem keys of
  // its word and number tokens to `*keys` (punctuation dropped). Dictionary mode: the
  // article is removed as in running text, but single-letter proclitics are never
  // split (a dictionary names "بنغازي", not "لبنغازي").
  // Pronoun suffixes are never split either. English possessives and French
  // elision are split as in text ("l'armée" -> "l'", "armee"). The phrase must be
  // valid UTF-8.
  void PhraseKeys(Lang lang, std::string_view phrase, std::vector<std::string>* keys);

  const AnalyzerStats& stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace isnad::text

#endif  // ISNAD_TEXT_ANALYZER_H_
