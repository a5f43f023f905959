// Benchmarks of the text stage over news text from ../shared/bench/corpus (one
// JSONL file per language; skipped with a message when absent). Each benchmark
// reports bytes of document text per second, so the ratios between them are the
// ratios of throughput:
//   BM_Normalize  AppendNormalized over the space-separated words
//   BM_Tokenize   the Tokenizer over whole documents (no langid, no sentences)
//   BM_Analyze    Analyzer::Analyze (paragraphs, langid, tokens, boilerplate,
//                 sentences) with a vocabulary of the corpus's frequent words
//   BM_IcuWords   ICU's word BreakIterator over the same UTF-8 (UText, no copy)
//   BM_IcuSentences  ICU's sentence BreakIterator, likewise
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/document.h"
#include "text/analyzer.h"
#include "text/normalize.h"
#include "text/tokenizer.h"
#include "text/vocabulary.h"

namespace {

using isnad::text::Lang;

// Text read per corpus: enough for stable figures, small enough to load quickly.
constexpr size_t kMaxBytesPerCorpus = size_t{8} << 20;

struct Corpus {
  const char* name = "";
  Lang lang = Lang::kUnknown;
  std::vector<isnad::ingest::Document> docs;
  size_t bytes = 0;
  std::unique_ptr<isnad::text::Vocabulary> vocabulary;
};

std::vector<Corpus>& Corpora() {
  static auto* corpora = [] {
    auto* v = new std::vector<Corpus>(3);
    (*v)[0].name = "ar_saudinewsnet";
    (*v)[0].lang = Lang::kAr;
    (*v)[1].name = "en_reuters21578";
    (*v)[1].lang = Lang::kEn;
    (*v)[2].name = "fr_masakhanews";
    (*v)[2].lang = Lang::kFr;
    return v;
  }();
  return *corpora;
}

bool Load(Corpus* c) {
  if (!c->docs.empty()) return true;
  const std::string path = std::string(ISNAD_SHARED_DIR) + "/bench/corpus/" + c->name + ".jsonl";
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (c->bytes < kMaxBytesPerCorpus && std::getline(in, line)) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    isnad::ingest::Document d;
    d.text = j["text"].get<std::string>();
    d.lang = isnad::text::LangCode(c->lang);
    c->bytes += d.text.size();
    c->docs.push_back(std::move(d));
  }
  // A vocabulary like the lexicon's: the stems seen at least 3 times.
  c->vocabulary = std::make_unique<isnad::text::Vocabulary>();
  isnad::text::Tokenizer tokenizer(nullptr, 1 << 16);
  std::unordered_map<std::string, int> counts;
  for (const auto& d : c->docs) {
    isnad::text::AnalyzedDocument a;
    a.text = d.text;
    tokenizer.Tokenize(d.text, 0, static_cast<uint32_t>(d.text.size()), c->lang,
                       isnad::text::Tokenizer::Mode::kText, &a.tokens, &a.norm_buffer);
    for (const auto& t : a.tokens) ++counts[std::string(a.Stem(t))];
  }
  for (const auto& [w, n] : counts) {
    if (n >= 3) c->vocabulary->Add(c->lang, w);
  }
  return !c->docs.empty();
}

Corpus* Get(benchmark::State& state) {
  Corpus& c = Corpora()[static_cast<size_t>(state.range(0))];
  if (!Load(&c)) {
    state.SkipWithError((std::string("../shared/bench/corpus/") + c.name +
                         ".jsonl is absent: benchmark skipped")
                            .c_str());
    return nullptr;
  }
  state.SetLabel(c.name);
  return &c;
}

void BM_Normalize(benchmark::State& state) {
  Corpus* c = Get(state);
  if (c == nullptr) return;
  std::string out;
  for (auto _ : state) {
    for (const auto& d : c->docs) {
      out.clear();
      const std::string_view t = d.text;
      size_t pos = 0;
      while (pos < t.size()) {
        size_t sp = t.find(' ', pos);
        if (sp == std::string_view::npos) sp = t.size();
        isnad::text::AppendNormalized(t.substr(pos, sp - pos), &out);
        pos = sp + 1;
      }
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c->bytes));
}

void BM_Tokenize(benchmark::State& state) {
  Corpus* c = Get(state);
  if (c == nullptr) return;
  isnad::text::Tokenizer tokenizer(c->vocabulary.get(), 1 << 18);
  std::vector<isnad::text::Token> tokens;
  std::string norm;
  for (auto _ : state) {
    for (const auto& d : c->docs) {
      tokens.clear();
      norm.clear();
      tokenizer.Tokenize(d.text, 0, static_cast<uint32_t>(d.text.size()), c->lang,
                         isnad::text::Tokenizer::Mode::kText, &tokens, &norm);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c->bytes));
}

void BM_Analyze(benchmark::State& state) {
  Corpus* c = Get(state);
  if (c == nullptr) return;
  isnad::text::Analyzer analyzer(isnad::text::AnalyzerOptions(), c->vocabulary.get());
  isnad::text::AnalyzedDocument out;
  for (auto _ : state) {
    for (const auto& d : c->docs) {
      if (!analyzer.Analyze(d, &out).ok()) state.SkipWithError("Analyze failed");
      benchmark::DoNotOptimize(out.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c->bytes));
  const auto& stats = analyzer.stats();
  if (stats.word_cache_hits + stats.word_cache_misses > 0) {
    state.counters["cache_hit_%"] = 100.0 * static_cast<double>(stats.word_cache_hits) /
                                    static_cast<double>(stats.word_cache_hits + stats.word_cache_misses);
  }
  state.counters["sentences/doc"] =
      static_cast<double>(analyzer.stats().sentences) / static_cast<double>(analyzer.stats().documents);
}

void BM_IcuWords(benchmark::State& state) {
  Corpus* c = Get(state);
  if (c == nullptr) return;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU word break iterator unavailable");
    return;
  }
  UText* ut = nullptr;
  for (auto _ : state) {
    for (const auto& d : c->docs) {
      status = U_ZERO_ERROR;
      ut = utext_openUTF8(ut, d.text.data(), static_cast<int64_t>(d.text.size()), &status);
      it->setText(ut, status);
      int32_t words = 0;
      for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) ++words;
      benchmark::DoNotOptimize(words);
    }
  }
  utext_close(ut);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c->bytes));
}

// ICU's sentence BreakIterator alone, to compare with our sentence splitting (which
// is part of BM_Analyze): the reason sentences.cc does not use it.
void BM_IcuSentences(benchmark::State& state) {
  Corpus* c = Get(state);
  if (c == nullptr) return;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU sentence break iterator unavailable");
    return;
  }
  UText* ut = nullptr;
  for (auto _ : state) {
    for (const auto& d : c->docs) {
      status = U_ZERO_ERROR;
      ut = utext_openUTF8(ut, d.text.data(), static_cast<int64_t>(d.text.size()), &status);
      it->setText(ut, status);
      int32_t sentences = 0;
      for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) ++sentences;
      benchmark::DoNotOptimize(sentences);
    }
  }
  utext_close(ut);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c->bytes));
}

BENCHMARK(BM_Normalize)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuWords)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuSentences)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
