// isnad eval: scores against the gold sets. `seed` scores the seed article.
#include <algorithm>
#include <filesystem>
#include <optional>

#include "commands.h"
#include "common.h"
#include "eval/petrarch_eval.h"
#include "eval/seed_gold.h"
#include "util/files.h"

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
  namespace fs = std::filesystem;
  auto set = eval::ReadPetrarchRecords(path);
  if (!set.ok()) {
    PrintError(path, set.status());
    return kExitFailure;
  }
  const auto& env = set->environment;
  fs::path dir = fs::path(path).parent_path();
  std::vector<std::string> named = env.actor_files;
  for (const auto* f : {&env.verb_file, &env.agent_file, &env.discard_file}) named.push_back(*f);
  std::vector<std::string> dicts;
  for (const auto& f : named) {
    if (!f.empty()) dicts.push_back((dir / f).string());
  }
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
  }
  auto lex = lexicon::Lexicon::Compile(std::move(dict));
  if (!lex.ok()) {
    PrintError("compiling dictionaries", lex.status());
    return kExitFailure;
  }
  std::optional<lexicon::PicoTable> pico;
  if (!env.pico_file.empty()) {
    auto contents = ReadFile((dir / env.pico_file).string());
    if (contents.ok()) {
      auto table = lexicon::PicoTable::Parse(*contents, env.pico_file);
      if (table.ok()) pico = std::move(table).value();
    }
  }
  // The suite's require_dyad option switches between two coders.
  coder::CoderOptions dyadic;
  dyadic.pico = pico ? &*pico : nullptr;
  coder::CoderOptions monadic = dyadic;
  monadic.allow_missing_actor = true;
  coder::Coder dyadic_coder(**lex, dyadic), monadic_coder(**lex, monadic);
  bool require_dyad = true;
  text::Analyzer analyzer({}, &(*lex)->vocabulary());
  eval::PetrarchScore score;
  std::vector<const eval::PetrarchRecord*> evaluated = set->Evaluated();
  for (const auto& record : set->records) {
    for (const auto& [option, value] : record.config) {
      if (option == "require_dyad") require_dyad = value != "false" && value != "False" && value != "FALSE";
    }
    if (std::find(evaluated.begin(), evaluated.end(), &record) == evaluated.end()) continue;
    if (!category.empty() && record.category != category) continue;
    if (!trace_id.empty() && record.id != trace_id) continue;
    ingest::Document doc;
    doc.id = record.id;
    doc.text = record.text;
    doc.date = record.date;
    doc.lang = "en";
    text::AnalyzedDocument analyzed;
    std::vector<events::Event> evs;
    if (analyzer.Analyze(doc, &analyzed).ok()) {
      coder::Trace trace;
      (require_dyad ? dyadic_coder : monadic_coder).Code(doc, analyzed, &evs, trace_id.empty() ? nullptr : &trace);
      for (const auto& line : trace.lines) std::printf("%s\n", line.c_str());
    }
    std::vector<eval::ExpectedEvent> produced;
    for (const auto& ev : evs) {
      auto code_of = [](const std::string& c) { return c.empty() ? std::string("---") : c; };
      produced.push_back({ev.code, code_of(ev.source.code), code_of(ev.target.code)});
    }
    eval::ScorePetrarchRecord(record, produced, &score);
  }
  if (verbose) {
    for (const auto& line : score.failures) std::printf("%s\n", line.c_str());
    std::printf("\n");
  }
  std::printf("category\trecords\texpected\tproduced\trecall\tprecision\n");
  for (const auto& [name, c] : score.categories) {
    std::printf("%s\t%zu\t%zu\t%zu\t%.3f\t%.3f\n", name.c_str(), c.records, c.expected, c.produced, c.Recall(),
                c.Precision());
  }
  const auto& t = score.total;
  std::printf("total\t%zu\t%zu\t%zu\t%.3f\t%.3f\n", t.records, t.expected, t.produced, t.Recall(), t.Precision());
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
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  if (seed->parsed()) return EvalSeed(seed_dir, options, verbose);
  if (petrarch->parsed()) return EvalPetrarch(petrarch_file, petrarch_dicts, petrarch_category, petrarch_id, verbose);
  return kExitUsage;
}

}  // namespace isnad::app
