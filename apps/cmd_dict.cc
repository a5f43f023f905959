// isnad dict: dictionary tools (stats; lint and import land with the
// TABARI/PETRARCH readers).
#include "commands.h"
#include "common.h"
#include "util/files.h"

#include <array>
#include <map>
#include <set>

namespace isnad::app {

namespace {

int Stats(const EngineOptions& options) {
  auto engine = LoadEngine(options);
  if (!engine.ok()) {
    PrintError("loading dictionaries", engine.status());
    return kExitFailure;
  }
  const auto& lex = *(*engine)->lexicon;
  const auto& d = lex.dictionary();
  // Named actors are the actors that are not countries, capitals or demonyms.
  size_t countries = 0, named = 0;
  std::set<std::string> country_codes;
  for (const auto& a : d.actors()) {
    if (a.type == lexicon::ActorType::kCountry) {
      ++countries;
    } else if (a.type != lexicon::ActorType::kCapital && a.type != lexicon::ActorType::kDemonym) {
      ++named;
    }
  }
  size_t names_by_lang[4] = {};
  for (const auto& p : d.phrases()) {
    if (p.kind == lexicon::EntryKind::kActor) ++names_by_lang[static_cast<int>(p.lang) & 3];
  }
  std::printf("data directory\t%s\n", (*engine)->data_dir.c_str());
  std::printf("files\t%zu\n", d.stats().files);
  std::printf("countries\t%zu\n", countries);
  std::printf("named actors\t%zu\n", named);
  std::printf("actor names\tar %zu\tfr %zu\ten %zu\tall %zu\n", names_by_lang[1], names_by_lang[2], names_by_lang[3],
              names_by_lang[0]);
  std::printf("agents\t%zu\n", d.agents().size());
  std::printf("places\t%zu\n", d.places().size());
  // Event words per CAMEO root and language.
  std::map<std::string, std::array<size_t, 4>> roots;
  for (const auto& p : d.phrases()) {
    if (p.kind != lexicon::EntryKind::kEvent) continue;
    const auto& e = d.events()[p.index];
    std::string code = !e.code.empty() ? e.code : (e.patterns.empty() ? "" : e.patterns[0].code);
    if (code.size() < 2) continue;
    roots[code.substr(0, 2)][static_cast<int>(p.lang) & 3]++;
  }
  std::printf("event words by root\tar\tfr\ten\n");
  for (const auto& [root, n] : roots) std::printf("  %s\t%zu\t%zu\t%zu\n", root.c_str(), n[1], n[2], n[3]);
  std::printf("cues\t%zu\n", d.cues().size());
  std::printf("phrases\t%zu\n", d.stats().phrases);
  std::printf("compiled keys\t%zu\ttrie nodes\t%zu\tvocabulary\t%zu\n", lex.stats().keys, lex.stats().trie_nodes,
              lex.stats().vocabulary);
  return kExitOk;
}

}  // namespace

int RunDict(int argc, char** argv) {
  CLI::App app{"Dictionary tools."};
  app.name("isnad dict");
  app.require_subcommand(1);
  EngineOptions options;
  auto* stats = app.add_subcommand("stats", "count what the dictionaries hold (countries, actors, places, event words)");
  AddEngineOptions(*stats, &options);
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  if (stats->parsed()) return Stats(options);
  return kExitUsage;
}

}  // namespace isnad::app
