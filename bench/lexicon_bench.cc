// Benchmarks of the lexicon and the coder over news text from ../shared/bench
// (skipped with a message when absent). Throughput is bytes of document text per
// second, so the ratios between benchmarks of one corpus are the figures to read:
//   BM_Compile/ours        load and compile isnad's own dictionaries
//   BM_Compile/ours+peer   the same plus the English peer dictionaries of
//                          ../shared/bench/dicts-petrarch/en (TABARI/PETRARCH format)
//   BM_Analyze/<corpus>    text stage alone (tokens, sentences, languages)
//   BM_Match/<corpus>      text stage + dictionary matching of every sentence
//   BM_Code/<corpus>       text stage + matching + coding (no output writing)
//   BM_Matcher/<lang>      the matcher alone over analyzed sentences (items: sentences)
//   BM_Coder/<lang>        the coder alone (matching included) over analyzed documents
// Counters: peak_rss_mb (the process's peak resident memory after the run),
// tokens/s, sentences/s.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "coder/coder.h"
#include "lexicon/lexicon.h"
#include "text/analyzer.h"

namespace {

namespace fs = std::filesystem;
using isnad::text::Lang;

constexpr size_t kMaxBytesPerCorpus = size_t{4} << 20;

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

std::unique_ptr<isnad::lexicon::Lexicon> Compile(bool with_peer) {
  isnad::lexicon::Dictionary dict;
  (void)dict.LoadDataDir(ISNAD_BUILD_DATA_DIR);
  if (with_peer) {
    std::string dir = std::string(ISNAD_SHARED_DIR) + "/bench/dicts-petrarch/en";
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) (void)dict.LoadFile(f);
  }
  auto lex = isnad::lexicon::Lexicon::Compile(std::move(dict));
  return lex.ok() ? std::move(lex).value() : nullptr;
}

const isnad::lexicon::Lexicon& Ours() {
  static auto* lex = Compile(false).release();
  return *lex;
}

struct Corpus {
  std::vector<isnad::ingest::Document> docs;
  size_t bytes = 0;
};

const Corpus* Load(const std::string& name) {
  static std::map<std::string, Corpus> cache;
  auto it = cache.find(name);
  if (it != cache.end()) return it->second.docs.empty() ? nullptr : &it->second;
  Corpus& c = cache[name];
  std::ifstream in(std::string(ISNAD_SHARED_DIR) + "/bench/corpus/" + name + ".jsonl");
  std::string line;
  while (c.bytes < kMaxBytesPerCorpus && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    isnad::ingest::Document d;
    d.id = j.value("id", "");
    d.text = j["text"].get<std::string>();
    if (j.contains("lang") && j["lang"].is_string()) d.lang = j["lang"].get<std::string>();
    c.bytes += d.text.size();
    c.docs.push_back(std::move(d));
  }
  return c.docs.empty() ? nullptr : &c;
}

void BM_Compile(benchmark::State& state, bool with_peer) {
  if (with_peer && !fs::exists(std::string(ISNAD_SHARED_DIR) + "/bench/dicts-petrarch/en")) {
    state.SkipWithError("../shared/bench/dicts-petrarch is absent");
    return;
  }
  size_t phrases = 0;
  for (auto _ : state) {
    auto lex = Compile(with_peer);
    phrases = lex ? lex->stats().phrases : 0;
    benchmark::DoNotOptimize(lex.get());
  }
  state.counters["phrases"] = static_cast<double>(phrases);
  state.counters["peak_rss_mb"] = PeakRssMb();
}

enum class Stage { kAnalyze, kMatch, kCode };

void BM_Stage(benchmark::State& state, const std::string& corpus_name, Stage stage) {
  const Corpus* corpus = Load(corpus_name);
  if (corpus == nullptr) {
    state.SkipWithError("../shared/bench/corpus is absent");
    return;
  }
  const auto& lex = Ours();
  isnad::text::Analyzer analyzer({}, &lex.vocabulary());
  isnad::coder::Coder coder(lex, {});
  isnad::text::AnalyzedDocument analyzed;
  std::vector<isnad::lexicon::Match> matches;
  std::vector<isnad::events::Event> events;
  size_t tokens = 0, sentences = 0;
  for (auto _ : state) {
    for (const auto& doc : corpus->docs) {
      (void)analyzer.Analyze(doc, &analyzed);
      tokens += analyzed.tokens.size();
      sentences += analyzed.sentences.size();
      if (stage == Stage::kMatch) {
        for (const auto& s : analyzed.sentences) {
          matches.clear();
          lex.Match(analyzed, s, &matches);
        }
      } else if (stage == Stage::kCode) {
        events.clear();
        coder.Code(doc, analyzed, &events);
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus->bytes));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["peak_rss_mb"] = PeakRssMb();
}

// The matcher alone and the coder alone, over documents analyzed beforehand
// (so the text stage is not in the time): items are sentences.
struct Analyzed {
  std::vector<isnad::text::AnalyzedDocument> docs;
  size_t sentences = 0;
};

const Analyzed* AnalyzedCorpus(const std::string& name) {
  static std::map<std::string, Analyzed> cache;
  auto it = cache.find(name);
  if (it != cache.end()) return &it->second;
  const Corpus* corpus = Load(name);
  if (corpus == nullptr) return nullptr;
  Analyzed& a = cache[name];
  isnad::text::Analyzer analyzer({}, &Ours().vocabulary());
  a.docs.resize(corpus->docs.size());
  for (size_t i = 0; i < corpus->docs.size(); ++i) {
    (void)analyzer.Analyze(corpus->docs[i], &a.docs[i]);
    a.sentences += a.docs[i].sentences.size();
  }
  return &a;
}

void BM_Matcher(benchmark::State& state, const std::string& corpus_name) {
  const Analyzed* a = AnalyzedCorpus(corpus_name);
  if (a == nullptr) {
    state.SkipWithError("../shared/bench/corpus is absent");
    return;
  }
  const auto& lex = Ours();
  std::vector<isnad::lexicon::Match> matches;
  size_t found = 0;
  for (auto _ : state) {
    for (const auto& d : a->docs) {
      for (const auto& s : d.sentences) {
        matches.clear();
        lex.Match(d, s, &matches);
        found += matches.size();
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * a->sentences));
  state.counters["matches/sentence"] =
      static_cast<double>(found) / static_cast<double>(state.iterations() * a->sentences);
}

void BM_Coder(benchmark::State& state, const std::string& corpus_name) {
  const Analyzed* a = AnalyzedCorpus(corpus_name);
  const Corpus* corpus = Load(corpus_name);
  if (a == nullptr || corpus == nullptr) {
    state.SkipWithError("../shared/bench/corpus is absent");
    return;
  }
  isnad::coder::Coder coder(Ours(), {});
  std::vector<isnad::events::Event> events;
  for (auto _ : state) {
    for (size_t i = 0; i < a->docs.size(); ++i) {
      events.clear();
      coder.Code(corpus->docs[i], a->docs[i], &events);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * a->sentences));
}

}  // namespace

BENCHMARK_CAPTURE(BM_Matcher, ar, std::string("ar_saudinewsnet"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Matcher, en, std::string("en_reuters21578"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Coder, ar, std::string("ar_saudinewsnet"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Coder, en, std::string("en_reuters21578"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Compile, ours, false)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_Compile, ours_plus_peer_en, true)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_Stage, analyze_ar, std::string("ar_saudinewsnet"), Stage::kAnalyze)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, match_ar, std::string("ar_saudinewsnet"), Stage::kMatch)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, code_ar, std::string("ar_saudinewsnet"), Stage::kCode)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, analyze_en, std::string("en_reuters21578"), Stage::kAnalyze)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, match_en, std::string("en_reuters21578"), Stage::kMatch)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Stage, code_en, std::string("en_reuters21578"), Stage::kCode)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
