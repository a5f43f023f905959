// End-to-end throughput of `raw text -> JSONL events` on one thread, beside ICU
// word segmentation over the same text in the same run, per language and per
// dictionary set. The budget is a ratio to ICU, so the ratio is the
// figure to read on a shared machine; times are the thread's CPU time.
//
//   e2e_bench [--mb=50] [--rounds=10] [--data-dir=build/data] [--peer-only|--ours-only]
//       Text: the news corpus of ../shared/bench/corpus (Arabic: ar_saudinewsnet
//       and the Arabic gold standard's sentences; English: en_reuters21578 and
//       en_bbc), its documents cycled until --mb megabytes have gone through
//       each measurement. Prints one Markdown table: per stage (two ICU
//       baselines: word boundaries alone, and word segmentation as a tokenizer
//       uses it; then analyze, +match, +code, +JSONL), MB/s, sentences/s, and the
//       ratio of each stage's time to both baselines, and the spread of the
//       end-to-end ratio over the rounds; then the dictionary load time (wall,
//       and CPU of every thread: the load runs partly on helper threads). The
//       stages run interleaved: --rounds rounds, each giving every stage the
//       same slice of the text, so that other work on the machine slows every
//       stage alike instead of one.
//   e2e_bench --callgrind --lang=ar|en [--docs=300] [--peer]
//       A fixed sample (the first --docs documents) coded once with callgrind
//       instrumentation on only around the coding loop: run it under
//       `valgrind --tool=callgrind --instr-atstart=no` (scripts/bench-callgrind.sh),
//       which divides the instruction count by the sentences printed here.
//
// Skips with a message (exit 0) when ../shared/bench is absent.
#include <time.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

#include "common.h"
#include "eval/arabic_gsr.h"
#include "events/writer.h"

namespace {

namespace fs = std::filesystem;
using isnad::ingest::Document;

const std::string kShared = ISNAD_SHARED_DIR;

double Seconds(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
double ThreadCpuSeconds() { return Seconds(CLOCK_THREAD_CPUTIME_ID); }

struct Corpus {
  std::string name;
  std::vector<Document> docs;
  size_t bytes = 0;
};

void LoadJsonl(const std::string& path, const char* lang, size_t max_docs, Corpus* c) {
  std::ifstream in(path);
  std::string line;
  size_t n = 0;
  while (n < max_docs && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    Document d;
    d.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : std::to_string(n);
    d.text = j["text"].get<std::string>();
    d.lang = lang;
    if (j.contains("date") && j["date"].is_string()) d.date = j["date"].get<std::string>();
    c->bytes += d.text.size();
    c->docs.push_back(std::move(d));
    ++n;
  }
}

void LoadGsrSentences(Corpus* c) {
  for (const char* file : {"assault_gsr.csv", "protest_gsr.csv"}) {
    const std::string path = kShared + "/eval/arabic-gsr/dev/" + file;
    std::ifstream f(path, std::ios::binary);
    if (!f) continue;
    std::string contents((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    auto rows = isnad::eval::ParseGsrCsv(contents, path);
    if (!rows.ok()) continue;
    for (auto& r : *rows) {
      Document d;
      d.id = "gsr" + std::to_string(c->docs.size());
      d.text = std::move(r.text);
      d.lang = "ar";
      c->bytes += d.text.size();
      c->docs.push_back(std::move(d));
    }
  }
}

Corpus LoadCorpus(const std::string& lang, size_t max_docs) {
  Corpus c;
  c.name = lang;
  if (lang == "ar") {
    LoadJsonl(kShared + "/bench/corpus/ar_saudinewsnet.jsonl", "ar", max_docs, &c);
    if (max_docs == SIZE_MAX) LoadGsrSentences(&c);
  } else {
    LoadJsonl(kShared + "/bench/corpus/en_reuters21578.jsonl", "en", max_docs, &c);
    if (max_docs == SIZE_MAX) LoadJsonl(kShared + "/bench/corpus/en_bbc.jsonl", "en", max_docs, &c);
  }
  return c;
}

std::vector<std::string> PeerDicts() {
  std::vector<std::string> files;
  for (const char* lang : {"en", "ar"}) {
    const std::string dir = kShared + "/bench/dicts-petrarch/" + lang;
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// kIcu: ICU's word boundaries of a UText over the UTF-8 text (no copies, no
// words kept): the cheapest use of ICU's word break rules. kIcuTokenizer: ICU
// word segmentation as a plain tokenizer on ICU uses it (the 25-30 MB/s
// floor): the text to UTF-16 (icu::UnicodeString), a word BreakIterator,
// getRuleStatus() per segment to keep the words (letters, numbers, kana,
// ideographs), each word converted back to a UTF-8 std::string into a reused vector.
enum class Stage { kIcu, kIcuTokenizer, kAnalyze, kMatch, kCode, kJsonl };
const char* StageName(Stage s) {
  switch (s) {
    case Stage::kIcu: return "ICU word boundaries alone (UText over UTF-8)";
    case Stage::kIcuTokenizer: return "ICU word segmentation as a tokenizer uses it";
    case Stage::kAnalyze: return "text stage (analyze)";
    case Stage::kMatch: return "+ dictionary matching";
    case Stage::kCode: return "+ coding (events)";
    case Stage::kJsonl: return "+ JSONL output = end to end";
  }
  return "";
}

struct Result {
  double cpu_seconds = 0;
  size_t bytes = 0;
  size_t sentences = 0;
  size_t events = 0;
};

// One stage's state, kept across rounds: its own analyzer (and so its own warm
// Arabic word cache), matcher and writer buffers, ICU iterator.
class StageRunner {
 public:
  StageRunner(const isnad::app::Engine& engine, Stage stage)
      : engine_(engine), stage_(stage), analyzer_({}, &engine.lexicon->vocabulary()) {
    writer_ = std::move(isnad::events::NewWriter("jsonl", &out_)).value();
    UErrorCode status = U_ZERO_ERROR;
    words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  }
  ~StageRunner() { utext_close(ut_); }
  StageRunner(const StageRunner&) = delete;
  StageRunner& operator=(const StageRunner&) = delete;

  // Runs the stage over docs[first, last) and adds its CPU time to result().
  void RunSlice(const std::vector<Document>& docs, size_t first, size_t last) {
    const double start = ThreadCpuSeconds();
    for (size_t i = first; i < last; ++i) RunDocument(docs[i]);
    r_.cpu_seconds += ThreadCpuSeconds() - start;
  }
  const Result& result() const { return r_; }

 private:
  void RunDocument(const Document& doc) {
    r_.bytes += doc.text.size();
    if (stage_ == Stage::kIcu) {
      UErrorCode status = U_ZERO_ERROR;
      ut_ = utext_openUTF8(ut_, doc.text.data(), static_cast<int64_t>(doc.text.size()), &status);
      words_->setText(ut_, status);
      size_t n = 0;
      for (int32_t b = words_->first(); b != icu::BreakIterator::DONE; b = words_->next()) ++n;
      r_.events += n == 0;  // Keeps the loop.
      return;
    }
    if (stage_ == Stage::kIcuTokenizer) {
      utf16_ = icu::UnicodeString::fromUTF8(icu::StringPiece(doc.text.data(), static_cast<int32_t>(doc.text.size())));
      words_->setText(utf16_);
      tokens_.clear();
      int32_t begin = words_->first();
      for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; begin = end, end = words_->next()) {
        if (words_->getRuleStatus() == UBRK_WORD_NONE) continue;  // Spaces and punctuation.
        std::string& w = tokens_.emplace_back();
        utf16_.tempSubStringBetween(begin, end).toUTF8String(w);
      }
      r_.events += tokens_.size();
      return;
    }
    (void)analyzer_.Analyze(doc, &analyzed_);
    r_.sentences += analyzed_.sentences.size();
    if (stage_ == Stage::kMatch) {
      for (const auto& s : analyzed_.sentences) {
        matches_.clear();
        engine_.lexicon->Match(analyzed_, s, &matches_);
      }
    } else if (stage_ == Stage::kCode || stage_ == Stage::kJsonl) {
      events_.clear();
      engine_.coder->Code(doc, analyzed_, &events_);
      for (auto& e : events_) (void)engine_.cameo->Annotate(&e);
      r_.events += events_.size();
      if (stage_ == Stage::kJsonl) {
        for (const auto& e : events_) (void)writer_->Write(e);
        out_.clear();
      }
    }
  }

  const isnad::app::Engine& engine_;
  Stage stage_;
  Result r_;
  isnad::text::Analyzer analyzer_;
  isnad::text::AnalyzedDocument analyzed_;
  std::vector<isnad::lexicon::Match> matches_;
  std::vector<isnad::events::Event> events_;
  std::string out_;
  std::unique_ptr<isnad::events::EventWriter> writer_;
  std::unique_ptr<icu::BreakIterator> words_;
  UText* ut_ = nullptr;
  icu::UnicodeString utf16_;
  std::vector<std::string> tokens_;
};

// Every stage over the corpus's documents, cycled until `target_bytes`, in
// `rounds` interleaved rounds: each round gives every stage the same slice of
// about target_bytes / rounds, the stages taking turns to go first, so that a
// burst of other work on the machine falls on all stages alike and the ratios
// between them hold. `round_ratios` receives, per round, the last stage's time
// over the second's (end to end over the ICU tokenizer).
std::vector<Result> RunInterleaved(const isnad::app::Engine& engine, const Corpus& c, const std::vector<Stage>& stages,
                                   size_t target_bytes, size_t rounds, std::vector<double>* round_ratios) {
  std::vector<std::unique_ptr<StageRunner>> runners;
  for (Stage s : stages) runners.push_back(std::make_unique<StageRunner>(engine, s));
  const size_t per_round = std::max<size_t>(1, target_bytes / rounds);
  size_t cursor = 0, done = 0;
  for (size_t round = 0; done < target_bytes; ++round) {
    // This round's slice: whole documents from the cursor, wrapping at the end.
    std::vector<std::pair<size_t, size_t>> slices;
    size_t bytes = 0;
    while (bytes < per_round && done + bytes < target_bytes) {
      size_t last = cursor;
      while (last < c.docs.size() && bytes < per_round && done + bytes < target_bytes) {
        bytes += c.docs[last].text.size();
        ++last;
      }
      slices.emplace_back(cursor, last);
      cursor = last == c.docs.size() ? 0 : last;
    }
    done += bytes;
    std::vector<double> before(runners.size());
    for (size_t i = 0; i < runners.size(); ++i) before[i] = runners[i]->result().cpu_seconds;
    for (size_t k = 0; k < runners.size(); ++k) {
      const size_t i = (k + round) % runners.size();
      for (const auto& [first, last] : slices) runners[i]->RunSlice(c.docs, first, last);
    }
    const double base = runners[1]->result().cpu_seconds - before[1];
    if (base > 0) round_ratios->push_back((runners.back()->result().cpu_seconds - before.back()) / base);
  }
  std::vector<Result> results;
  for (const auto& r : runners) results.push_back(r->result());
  return results;
}

struct Config {
  std::string name;
  std::unique_ptr<isnad::app::Engine> engine;
  double load_seconds = 0;       // Wall time of the load.
  double load_cpu_seconds = 0;   // CPU time of every thread of the process during it.
  size_t phrases = 0;
};

bool LoadConfig(const std::string& data_dir, bool peer, Config* c) {
  isnad::app::EngineOptions options;
  options.data_dir = data_dir;
  if (peer) options.dicts = PeerDicts();
  c->name = peer ? "ours + peer (ar, en)" : "ours";
  // The load runs on helper threads too: its CPU is the process's, not this thread's.
  const double start = Seconds(CLOCK_MONOTONIC), start_cpu = Seconds(CLOCK_PROCESS_CPUTIME_ID);
  auto engine = isnad::app::LoadEngine(options);
  c->load_seconds = Seconds(CLOCK_MONOTONIC) - start;
  c->load_cpu_seconds = Seconds(CLOCK_PROCESS_CPUTIME_ID) - start_cpu;
  if (!engine.ok()) {
    std::fprintf(stderr, "e2e_bench: %s\n", engine.status().message().c_str());
    return false;
  }
  c->engine = std::move(engine).value();
  c->phrases = c->engine->lexicon->stats().phrases;
  return true;
}

std::string Flag(int argc, char** argv, const std::string& name, const std::string& def) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--" + name) return "1";
    if (a.rfind("--" + name + "=", 0) == 0) return a.substr(name.size() + 3);
  }
  return def;
}

int Callgrind(const std::string& data_dir, const std::string& lang, size_t docs, bool peer) {
  Config config;
  if (!LoadConfig(data_dir, peer, &config)) return 1;
  Corpus c = LoadCorpus(lang, docs);
  const auto& engine = *config.engine;
  isnad::text::Analyzer analyzer({}, &engine.lexicon->vocabulary());
  isnad::text::AnalyzedDocument analyzed;
  std::vector<isnad::events::Event> events;
  std::string out;
  auto writer = isnad::events::NewWriter("jsonl", &out);
  size_t sentences = 0, tokens = 0, n_events = 0;
  CALLGRIND_START_INSTRUMENTATION;
  for (const Document& doc : c.docs) {
    (void)analyzer.Analyze(doc, &analyzed);
    sentences += analyzed.sentences.size();
    tokens += analyzed.tokens.size();
    events.clear();
    engine.coder->Code(doc, analyzed, &events);
    for (auto& e : events) (void)engine.cameo->Annotate(&e);
    n_events += events.size();
    for (const auto& e : events) (void)(*writer)->Write(e);
    out.clear();
  }
  CALLGRIND_STOP_INSTRUMENTATION;
  std::printf("lang=%s docs=%zu bytes=%zu sentences=%zu tokens=%zu events=%zu\n", lang.c_str(), c.docs.size(),
              c.bytes, sentences, tokens, n_events);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string data_dir = Flag(argc, argv, "data-dir", ISNAD_BUILD_DATA_DIR);
  if (!fs::exists(kShared + "/bench/corpus")) {
    std::printf("e2e_bench: skipped, ../shared/bench/corpus is absent\n");
    return 0;
  }
  if (Flag(argc, argv, "callgrind", "") == "1") {
    return Callgrind(data_dir, Flag(argc, argv, "lang", "en"), std::stoul(Flag(argc, argv, "docs", "300")),
                     Flag(argc, argv, "peer", "") == "1");
  }
  const size_t target = static_cast<size_t>(std::stod(Flag(argc, argv, "mb", "50")) * 1e6);
  const size_t rounds = std::max<size_t>(1, std::stoul(Flag(argc, argv, "rounds", "10")));
  std::vector<bool> peers;
  if (Flag(argc, argv, "peer-only", "") != "1") peers.push_back(false);
  if (Flag(argc, argv, "ours-only", "") != "1" && !PeerDicts().empty()) peers.push_back(true);
  Corpus corpora[2] = {LoadCorpus("ar", SIZE_MAX), LoadCorpus("en", SIZE_MAX)};
  std::printf("Text cycled to %.0f MB per measurement; Arabic corpus %.1f MB (%zu documents), English %.1f MB "
              "(%zu documents). CPU time of the measuring thread; the stages interleaved in %zu rounds.\n\n",
              static_cast<double>(target) / 1e6, static_cast<double>(corpora[0].bytes) / 1e6,
              corpora[0].docs.size(), static_cast<double>(corpora[1].bytes) / 1e6, corpora[1].docs.size(), rounds);
  std::vector<std::string> loads;
  for (bool peer : peers) {
    Config config;
    if (!LoadConfig(data_dir, peer, &config)) return 1;
    char line[256];
    std::snprintf(line, sizeof line, "| %s | %zu | %.2f s | %.2f s |", config.name.c_str(), config.phrases,
                  config.load_seconds, config.load_cpu_seconds);
    loads.push_back(line);
    std::printf("Dictionaries: %s\n\n", config.name.c_str());
    std::printf("| language | stage | MB/s | sentences/s | time / ICU boundaries | time / ICU tokenizer (the "
                "issue's floor) |\n|---|---|---|---|---|---|\n");
    for (const Corpus& c : corpora) {
      // Every stage first, then the table: each row's ratio is to both baselines of this run.
      const Stage stages[] = {Stage::kIcu, Stage::kIcuTokenizer, Stage::kAnalyze,
                              Stage::kMatch, Stage::kCode,         Stage::kJsonl};
      std::vector<double> round_ratios;
      const std::vector<Result> results = RunInterleaved(*config.engine, c, std::vector<Stage>(std::begin(stages),
                                                         std::end(stages)), target, rounds, &round_ratios);
      auto per_byte = [](const Result& r) { return r.cpu_seconds / static_cast<double>(r.bytes); };
      const double icu = per_byte(results[0]), icu_tok = per_byte(results[1]);
      for (size_t i = 0; i < results.size(); ++i) {
        const Result& r = results[i];
        const bool baseline = i < 2;
        std::printf("| %s | %s | %.1f | %s | %.2fx | %.2fx |\n", c.name.c_str(), StageName(stages[i]),
                    static_cast<double>(r.bytes) / 1e6 / r.cpu_seconds,
                    baseline ? "-" : std::to_string(static_cast<long>(r.sentences / r.cpu_seconds)).c_str(),
                    per_byte(r) / icu, per_byte(r) / icu_tok);
      }
      std::sort(round_ratios.begin(), round_ratios.end());
      if (!round_ratios.empty()) {
        std::printf("| %s | end to end / ICU tokenizer per round (%zu rounds): min, median, max | | | | %.2fx, %.2fx, "
                    "%.2fx |\n",
                    c.name.c_str(), round_ratios.size(), round_ratios.front(),
                    round_ratios[round_ratios.size() / 2], round_ratios.back());
      }
      std::fflush(stdout);
    }
    std::printf("\n");
  }
  std::printf("| dictionaries | phrases | load and compile (wall) | (CPU, every thread) |\n|---|---|---|---|\n");
  for (const auto& l : loads) std::printf("%s\n", l.c_str());
  return 0;
}
