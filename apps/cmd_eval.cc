// isnad eval: scores against the gold sets. `seed` scores the seed article;
// `arabic-gsr` scores ASSAULT and PROTEST detection and actors on the Open Event
// Data Alliance's Arabic gold standard (eval/arabic_gsr.h has the definitions);
// `petrarch` scores the TABARI/PETRARCH validation records (eval/petrarch_eval.h).
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>

#include "commands.h"
#include "common.h"
#include "eval/arabic_gsr.h"
#include "eval/petrarch_eval.h"
#include "eval/seed_gold.h"
#include "eval/sentence_gold.h"
#include "util/files.h"
#include "util/strings.h"

namespace isnad::app {
namespace {

int EvalSeed(const std::string& dir, const EngineOptions& engine_options, bool verbose) {
  namespace fs = std::filesystem;
  std::string text_path, gold_path = (fs::path(dir) / "gold.json").string();
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (it->path().extension() == ".txt") text_path = it->path().string();
  }
  if (ec || text_path.empty()) {
    std::fprintf(stderr, "isnad eval seed: %s: no article (.txt) found\n", dir.c_str());
    return kExitFailure;
  }
  auto gold_json = ReadFile(gold_path);
  if (!gold_json.ok()) {
    PrintError("eval seed", gold_json.status());
    return kExitFailure;
  }
  auto gold = eval::ParseSeedGold(*gold_json);
  if (!gold.ok()) {
    PrintError(gold_path, gold.status());
    return kExitFailure;
  }
  auto engine = LoadEngine(engine_options);
  if (!engine.ok()) {
    PrintError("loading dictionaries", engine.status());
    return kExitFailure;
  }
  auto reader = ingest::OpenReader(text_path, {});
  ingest::ReadItem item;
  if (!reader.ok() || !(*reader)->Next(&item) || !item.error.ok()) {
    std::fprintf(stderr, "isnad eval seed: cannot read %s\n", text_path.c_str());
    return kExitFailure;
  }
  item.doc.date = gold->doc_date;
  text::Analyzer analyzer({}, &(*engine)->lexicon->vocabulary());
  std::vector<events::Event> evs;
  Status s = CodeDocument(**engine, analyzer, item.doc, &evs);
  if (!s.ok()) {
    PrintError(text_path, s);
    return kExitFailure;
  }
  eval::SeedScore score = eval::ScoreSeed(*gold, evs);
  if (verbose) {
    for (const auto& line : score.lines) std::printf("%s\n", line.c_str());
    std::printf("\n");
  }
  std::printf("seed article: %s\n", text_path.c_str());
  std::printf("required events found\t%zu/%zu\trecall\t%.3f\n", score.found, score.required, score.recall);
  std::printf("events emitted\t%zu\tmatching required\t%zu\toptional only\t%zu\tfalse positives\t%zu\tprecision\t%.3f\n",
              score.emitted, score.true_positives, score.optional_matches, score.false_positives, score.precision);
  std::printf("attribution right\t%zu/%zu\n", score.attribution.right, score.attribution.asked);
  std::printf("certainty right\t%zu/%zu\n", score.certainty.right, score.certainty.asked);
  std::printf("date right\t%zu/%zu\n", score.date.right, score.date.asked);
  std::printf("location right\t%zu/%zu\n", score.location.right, score.location.asked);
  return kExitOk;
}

// Codes each evaluated record of a PETRARCH validation file as one English
// sentence dated by the record, with the dictionaries its <Environment> names
// (read from the file's folder) plus --dict, and scores it (eval/petrarch_eval.h).
int EvalPetrarch(const std::string& path, const std::vector<std::string>& extra_dicts, const std::string& category,
                 const std::string& trace_id, bool verbose) {
  auto suite = eval::ReadPetrarchSuite(path);
  if (!suite.ok()) {
    PrintError(path, suite.status());
    return kExitFailure;
  }
  std::vector<std::string> dicts = suite->dictionaries;
  dicts.insert(dicts.end(), extra_dicts.begin(), extra_dicts.end());
  // The suite's files hold lines PETRARCH itself skips: they are reported and
  // loading goes on, as it does in PETRARCH.
  lexicon::Dictionary dict;
  for (const auto& f : dicts) {
    size_t before = dict.issues().size();
    Status s = dict.LoadFile(f);
    if (!s.ok() && dict.issues().size() == before) {
      PrintError("loading " + f, s);
      return kExitFailure;
    }
  }
  if (verbose) {
    for (const auto& issue : dict.issues()) std::fprintf(stderr, "isnad: %s\n", issue.ToString().c_str());
    for (const auto& issue : suite->issues) std::fprintf(stderr, "isnad: %s\n", issue.c_str());
  }
  auto lex = lexicon::Lexicon::Compile(std::move(dict));
  if (!lex.ok()) {
    PrintError("compiling dictionaries", lex.status());
    return kExitFailure;
  }
  std::optional<lexicon::PicoTable> pico;
  if (!suite->pico_path.empty()) {
    auto contents = ReadFile(suite->pico_path);
    auto table = contents.ok() ? lexicon::PicoTable::Parse(*contents, suite->pico_path)
                               : StatusOr<lexicon::PicoTable>(contents.status());
    if (!table.ok()) {
      PrintError("loading " + suite->pico_path, table.status());
      return kExitFailure;
    }
    pico = std::move(table).value();
  }
  // The suite's require_dyad option switches between two coders.
  coder::CoderOptions dyadic;
  dyadic.pico = pico ? &*pico : nullptr;
  coder::CoderOptions monadic = dyadic;
  monadic.allow_missing_actor = true;
  coder::Coder dyadic_coder(**lex, dyadic), monadic_coder(**lex, monadic);
  text::Analyzer analyzer({}, &(*lex)->vocabulary());
  eval::PetrarchScore score;
  for (const auto& c : suite->cases) {
    if (!c.scored || (!category.empty() && c.category != category) || (!trace_id.empty() && c.id != trace_id)) {
      continue;
    }
    ingest::Document doc;
    doc.id = c.id;
    doc.text = c.text;
    doc.date = c.date;
    doc.lang = "en";
    text::AnalyzedDocument analyzed;
    std::vector<events::Event> evs;
    if (analyzer.Analyze(doc, &analyzed).ok()) {
      coder::Trace trace;
      (c.require_dyad ? dyadic_coder : monadic_coder).Code(doc, analyzed, &evs, trace_id.empty() ? nullptr : &trace);
      for (const auto& line : trace.lines) std::printf("%s\n", line.c_str());
    }
    std::vector<eval::PetrarchEvent> produced;
    auto code_of = [](const std::string& code) { return code.empty() ? std::string("---") : code; };
    for (const auto& ev : evs) produced.push_back({ev.code, code_of(ev.source.code), code_of(ev.target.code)});
    eval::ScorePetrarchCase(c, produced, &score);
  }
  if (verbose) {
    for (const auto& line : score.failures) std::printf("%s\n", line.c_str());
    std::printf("\n");
  }
  std::printf("category\trecords\texpected\tproduced\trecall\tprecision\n");
  for (const auto& [name, counts] : score.categories) {
    std::printf("%s\t%zu\t%zu\t%zu\t%.3f\t%.3f\n", name.c_str(), counts.records, counts.expected, counts.produced,
                counts.Recall(), counts.Precision());
  }
  const auto& t = score.total;
  std::printf("total\t%zu\t%zu\t%zu\t%.3f\t%.3f\n", t.records, t.expected, t.produced, t.Recall(), t.Precision());
  return kExitOk;
}

struct GsrOptions {
  std::string dir = "../shared/eval/arabic-gsr/dev";
  bool verbose = false;
  bool json = false;
  bool dyadic = false;
  bool all = false;
  std::string errors_path;
};

// Tabs and line breaks inside a TSV field become spaces.
std::string TsvField(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

// A string as a JSON literal's contents; invalid UTF-8 becomes U+FFFD, so that a
// directory name in another encoding still gives valid JSON.
std::string JsonEscape(std::string_view s) {
  std::string out;
  AppendJsonEscaped(s, &out);
  return out;
}

// Reads the gold file at `path` and parses it with `parse` (eval::ParseGsrCsv
// or eval::ParseGsrSpans), appending its records to `*files`. On error prints
// it (naming the file) and returns false.
template <typename Parse, typename Records>
bool ReadGsrFile(const std::string& path, Parse parse, std::vector<Records>* files) {
  auto text = ReadFile(path);
  if (!text.ok()) {
    PrintError(path, text.status());
    return false;
  }
  auto records = parse(*text, path);
  if (!records.ok()) {
    PrintError("eval arabic-gsr", records.status());
    return false;
  }
  files->push_back(std::move(records).value());
  return true;
}

int EvalArabicGsr(const GsrOptions& opt, const EngineOptions& engine_options) {
  namespace fs = std::filesystem;
  auto start = std::chrono::steady_clock::now();
  // The files present, in a fixed order: <type>_gsr.csv and <type>_spans.json.
  std::vector<std::vector<eval::GsrSentence>> sentence_files;
  std::vector<std::vector<eval::GsrSpanRecord>> span_files;
  for (const char* type : {"assault", "protest"}) {
    std::string csv_path = (fs::path(opt.dir) / (std::string(type) + "_gsr.csv")).string();
    std::string json_path = (fs::path(opt.dir) / (std::string(type) + "_spans.json")).string();
    if (fs::exists(csv_path) && !ReadGsrFile(csv_path, eval::ParseGsrCsv, &sentence_files)) return kExitFailure;
    if (fs::exists(json_path) && !ReadGsrFile(json_path, eval::ParseGsrSpans, &span_files)) return kExitFailure;
  }
  if (sentence_files.empty() && span_files.empty()) {
    std::fprintf(stderr, "isnad eval arabic-gsr: %s: no assault/protest _gsr.csv or _spans.json found\n",
                 opt.dir.c_str());
    return kExitFailure;
  }
  auto engine = LoadEngine(engine_options);
  if (!engine.ok()) {
    PrintError("loading dictionaries", engine.status());
    return kExitFailure;
  }
  if (!opt.dyadic) {
    // The gold standard asks whether a sentence reports an event, named actors or
    // not ("a car bomb killed ten people"), so events with one or no known actor
    // count here; --dyadic scores isnad's default output instead.
    coder::CoderOptions coder_options;
    coder_options.keep_negated = engine_options.keep_negated;
    coder_options.allow_missing_actor = true;
    (*engine)->coder = std::make_unique<coder::Coder>(*(*engine)->lexicon, coder_options);
  }
  text::Analyzer analyzer({}, &(*engine)->lexicon->vocabulary());
  auto code = [&](const std::string& id, const std::string& text, std::vector<events::Event>* evs) {
    ingest::Document doc;
    doc.id = id;
    doc.text = text;
    doc.lang = "ar";
    doc.date = eval::GsrIdDate(id);  // Dated actor codes (e.g. Taliban) follow the news date.
    evs->clear();
    Status s = CodeDocument(**engine, analyzer, doc, evs);
    if (!s.ok()) PrintError(id, s);  // Counted as coding nothing.
  };
  eval::GsrScorer scorer(opt.all);
  std::vector<events::Event> evs;
  size_t coded = 0;
  for (const auto& file : sentence_files) {
    for (const auto& sentence : file) {
      code(sentence.id, sentence.text, &evs);
      scorer.AddSentence(sentence, evs);
      ++coded;
    }
  }
  for (const auto& file : span_files) {
    for (const auto& record : file) {
      code(record.id, record.text, &evs);
      scorer.AddSpanRecord(record, evs);
      ++coded;
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  if (!opt.errors_path.empty()) {
    std::FILE* f = std::fopen(opt.errors_path.c_str(), "w");
    if (f == nullptr) {
      std::fprintf(stderr, "isnad eval arabic-gsr: cannot write %s\n", opt.errors_path.c_str());
      return kExitFailure;
    }
    std::fprintf(f, "event_type\tkind\tlabel\tid\tevents\ttext\n");
    for (const auto& e : scorer.errors()) {
      std::fprintf(f, "%s\t%s\t%s\t%s\t%s\t%s\n", e.event_type.c_str(), e.kind.c_str(), e.label.c_str(),
                   TsvField(e.id).c_str(), TsvField(e.events).c_str(), TsvField(e.text).c_str());
    }
    std::fclose(f);
  }
  auto detection = scorer.Detection();
  auto spans = scorer.Spans();
  if (opt.json) {
    std::printf("{\"dir\": \"%s\", \"sentences_coded\": %zu, \"seconds\": %.2f, \"dyadic\": %s, \"detection\": [",
                JsonEscape(opt.dir).c_str(), coded, seconds, opt.dyadic ? "true" : "false");
    for (size_t i = 0; i < detection.size(); ++i) {
      const auto& d = detection[i];
      std::printf("%s{\"event_type\": \"%s\", \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, "
                  "\"tp\": %zu, \"fp\": %zu, \"fn\": %zu, \"tn\": %zu, \"labels\": {",
                  i ? ", " : "", d.event_type.c_str(), d.precision, d.recall, d.f1, d.true_positives,
                  d.false_positives, d.false_negatives, d.true_negatives);
      for (int l = 0; l < eval::kGsrLabelCount; ++l) {
        std::printf("%s\"%s\": {\"sentences\": %zu, \"detected\": %zu}", l ? ", " : "",
                    eval::GsrLabelName(static_cast<eval::GsrLabel>(l)), d.labelled[l], d.detected[l]);
      }
      std::printf("}}");
    }
    std::printf("], \"spans\": [");
    for (size_t i = 0; i < spans.size(); ++i) {
      const auto& s = spans[i];
      std::printf("%s{\"event_type\": \"%s\", \"records\": %zu, \"detected\": %zu, \"class_recall\": %.4f, "
                  "\"news_detected\": %zu, \"news_class_recall\": %.4f, \"with_roles\": %zu, \"agreeing\": %zu, \"actor_agreement\": %.4f, \"country_agreeing\": %zu, "
                  "\"country_agreement\": %.4f}",
                  i ? ", " : "", s.event_type.c_str(), s.records, s.detected, s.class_recall, s.news_detected,
                  s.news_class_recall, s.with_roles,
                  s.agreeing, s.actor_agreement, s.country_agreeing, s.country_agreement);
    }
    std::printf("]}\n");
    return kExitOk;
  }
  if (opt.verbose) {
    for (const auto& e : scorer.errors()) {
      std::printf("%s\t%s\t%s\t%s\t%s\n", e.event_type.c_str(), e.kind.c_str(), e.label.c_str(), e.id.c_str(),
                  TsvField(e.events).c_str());
    }
    std::printf("\n");
  }
  std::printf("arabic gold standard: %s (%zu sentences coded in %.1f s)\n", opt.dir.c_str(), coded, seconds);
  std::printf("detection: an event of the class, certainty asserted/reported/alleged, not background; "
              "'ambiguous' left out; %s\n",
              opt.dyadic ? "only events with both actors known (--dyadic)" : "events with a missing actor count");
  for (const auto& d : detection) {
    std::printf("%s\tprecision\t%.3f\trecall\t%.3f\tF1\t%.3f\t(tp %zu, fp %zu, fn %zu, tn %zu)\n",
                d.event_type.c_str(), d.precision, d.recall, d.f1, d.true_positives, d.false_positives,
                d.false_negatives, d.true_negatives);
    for (int l = 0; l < eval::kGsrLabelCount; ++l) {
      std::printf("  %-13s detected %zu/%zu%s\n", eval::GsrLabelName(static_cast<eval::GsrLabel>(l)),
                  d.detected[l], d.labelled[l], l == static_cast<int>(eval::GsrLabel::kAmbiguous) ? " (not scored)" : "");
    }
  }
  for (const auto& s : spans) {
    std::printf("%s spans\tclass recall\t%.3f (%zu/%zu; as news %.3f)\tactor agreement\t%.3f (%zu/%zu)\tcountry "
                "agreement\t%.3f\n",
                s.event_type.c_str(), s.class_recall, s.detected, s.records, s.news_class_recall, s.actor_agreement,
                s.agreeing, s.with_roles, s.country_agreement);
  }
  return kExitOk;
}

// Scores a sentence-level gold set (tests/gold/<lang>/gold.jsonl): each sentence
// coded as its own document, in the given language.
int EvalGold(const std::string& path, const std::string& lang, bool strict, bool verbose,
             const EngineOptions& engine_options) {
  auto contents = ReadFile(path);
  if (!contents.ok()) {
    PrintError("eval gold", contents.status());
    return kExitFailure;
  }
  auto gold = eval::ParseSentenceGold(*contents, path);
  if (!gold.ok()) {
    PrintError("eval gold", gold.status());
    return kExitFailure;
  }
  auto engine = LoadEngine(engine_options);
  if (!engine.ok()) {
    PrintError("loading dictionaries", engine.status());
    return kExitFailure;
  }
  text::AnalyzerOptions analyzer_options;
  analyzer_options.force_lang = text::ParseLang(lang);
  text::Analyzer analyzer(analyzer_options, &(*engine)->lexicon->vocabulary());
  std::vector<std::vector<events::Event>> emitted(gold->size());
  for (size_t i = 0; i < gold->size(); ++i) {
    ingest::Document doc;
    doc.id = (*gold)[i].id;
    doc.text = (*gold)[i].text;
    doc.date = (*gold)[i].date;
    Status s = CodeDocument(**engine, analyzer, doc, &emitted[i]);
    if (!s.ok()) PrintError(doc.id, s);
  }
  eval::SentenceGoldScore score = eval::ScoreSentenceGold(*gold, emitted, strict);
  if (verbose) {
    for (const auto& line : score.lines) std::printf("%s\n", line.c_str());
    std::printf("\n");
  }
  std::printf("gold set: %s (%zu sentences, %s matching)\n", path.c_str(), gold->size(),
              strict ? "strict" : "3-letter actors and CAMEO roots");
  std::printf("%-24s %8s %8s %8s %10s %8s %8s\n", "", "expected", "matched", "emitted", "precision", "recall", "F1");
  auto row = [](const std::string& name, const eval::PRCount& c) {
    std::printf("%-24s %8zu %8zu %8zu %10.3f %8.3f %8.3f\n", name.c_str(), c.expected, c.matched, c.emitted,
                c.precision(), c.recall(), c.f1());
  };
  row("total", score.total);
  for (const auto& [name, c] : score.by_construction) row("  " + name, c);
  std::printf("certainty right on matched events\t%zu/%zu\n", score.certainty_right, score.certainty_checked);
  return kExitOk;
}

}  // namespace

int RunEval(int argc, char** argv) {
  CLI::App app{"Score isnad against gold sets."};
  app.name("isnad eval");
  app.require_subcommand(1);
  EngineOptions options;
  std::string seed_dir = "../shared/eval/seed";
  bool verbose = false;
  auto* seed = app.add_subcommand("seed", "score the seed article against its hand-coded gold.json");
  seed->add_option("dir", seed_dir, "folder with the article (.txt) and gold.json")->capture_default_str();
  seed->add_flag("-v,--verbose", verbose, "list every gold entry and every false positive");
  AddEngineOptions(*seed, &options);
  std::string petrarch_file, petrarch_category, petrarch_id;
  std::vector<std::string> petrarch_dicts;
  auto* petrarch = app.add_subcommand("petrarch", "score PETRARCH validation records (their own dictionaries)");
  petrarch->add_option("file", petrarch_file, "PETR_Validate_records_*.xml")->required();
  petrarch->add_option("--category", petrarch_category, "score only this category (DEMO, ACTOR, ...)");
  petrarch->add_option("--id", petrarch_id, "score only this record and show how it was coded");
  petrarch->add_flag("-v,--verbose", verbose, "list each failing record with expected and produced events");
  petrarch->add_option("--dict", petrarch_dicts, "more dictionary files");
  GsrOptions gsr_options;
  auto* gsr = app.add_subcommand("arabic-gsr",
                                 "score ASSAULT and PROTEST detection and actors on the Arabic gold standard");
  gsr->add_option("dir", gsr_options.dir, "folder with assault/protest _gsr.csv and _spans.json")
      ->capture_default_str();
  gsr->add_flag("-v,--verbose", gsr_options.verbose, "list every miss and false positive with its label and id");
  gsr->add_option("--errors", gsr_options.errors_path, "write every miss and false positive to FILE (TSV)");
  gsr->add_flag("--all", gsr_options.all, "with --errors or -v: list the right answers too (for analysis)");
  gsr->add_flag("--json", gsr_options.json, "print the figures as one JSON object");
  gsr->add_flag("--dyadic", gsr_options.dyadic,
                "count only events with both actors known (isnad's default output); by default an event with "
                "a missing actor counts, as the gold standard labels events, not dyads");
  AddEngineOptions(*gsr, &options);
  std::string gold_path = "tests/gold/fr/gold.jsonl", gold_lang = "auto";
  bool gold_strict = false;
  auto* gold = app.add_subcommand("gold", "score a sentence-level gold set (tests/gold/<lang>/gold.jsonl)");
  gold->add_option("file", gold_path, "the gold set (JSONL, format in tests/gold/fr/README.md)")->capture_default_str();
  gold->add_option("--lang", gold_lang, "language of the sentences: auto, ar, fr or en")->capture_default_str();
  gold->add_flag("--strict", gold_strict, "compare full actor and event codes, not 3-letter actors and roots");
  gold->add_flag("-v,--verbose", verbose, "list every missed and every false event");
  AddEngineOptions(*gold, &options);
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  if (gold->parsed()) return EvalGold(gold_path, gold_lang, gold_strict, verbose, options);
  if (seed->parsed()) return EvalSeed(seed_dir, options, verbose);
  if (petrarch->parsed()) return EvalPetrarch(petrarch_file, petrarch_dicts, petrarch_category, petrarch_id, verbose);
  if (gsr->parsed()) return EvalArabicGsr(gsr_options, options);
  return kExitUsage;
}

}  // namespace isnad::app
