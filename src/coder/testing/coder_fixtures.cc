#include "coder/testing/coder_fixtures.h"

#include <gtest/gtest.h>

#include <utility>

#include "ingest/document.h"
#include "lexicon/dictionary.h"

namespace isnad::testing {

StatusOr<std::unique_ptr<lexicon::Lexicon>> CompileTestLexicon(std::initializer_list<const char*> tsv_texts) {
  lexicon::Dictionary d;
  int n = 0;
  for (const char* text : tsv_texts) {
    ISNAD_RETURN_IF_ERROR(d.ParseIsnadTsv(text, "test-dict-" + std::to_string(++n) + ".tsv"));
  }
  return lexicon::Lexicon::Compile(std::move(d));
}

std::vector<events::Event> CodeText(const lexicon::Lexicon& lexicon, const std::string& text, text::Lang lang,
                                    const coder::CoderOptions& options, const std::string& date) {
  ingest::Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = date;
  text::AnalyzerOptions ao;
  ao.force_lang = lang;
  text::Analyzer analyzer(ao, &lexicon.vocabulary());
  text::AnalyzedDocument analyzed;
  Status s = analyzer.Analyze(doc, &analyzed);
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::vector<events::Event> out;
  if (!s.ok()) return out;
  coder::Coder coder(lexicon, options);
  coder.Code(doc, analyzed, &out);
  return out;
}

std::string Dyads(const std::vector<events::Event>& events) {
  std::string out;
  for (const auto& e : events) {
    if (!out.empty()) out += " ";
    out += e.source.code + ">" + e.target.code + ":" + e.code;
  }
  return out;
}

}  // namespace isnad::testing
