// isnad eval: scores against the gold sets. `seed` scores the seed article.
#include <filesystem>

#include "commands.h"
#include "common.h"
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
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  if (seed->parsed()) return EvalSeed(seed_dir, options, verbose);
  return kExitUsage;
}

}  // namespace isnad::app
