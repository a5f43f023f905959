// isnad dict: dictionary tools: stats (what our dictionaries hold), lint (problems
// of any dictionary, ours or TABARI/PETRARCH, with file:line) and import (a
// TABARI/PETRARCH dictionary converted to isnad's format).
#include "commands.h"
#include "common.h"
#include "lexicon/isnad_writer.h"
#include "lexicon/lint.h"
#include "util/files.h"

#include <array>
#include <filesystem>
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

// Loads `files` (or, with none, our default dictionaries) into one Dictionary,
// keeping every issue (the load errors are part of the report, not a failure).
StatusOr<lexicon::Dictionary> LoadForTools(const std::vector<std::string>& files, const std::string& format_name,
                                           const std::string& data_dir) {
  auto format = lexicon::ParseDictFormat(format_name);
  if (!format.ok()) return format.status();
  lexicon::Dictionary dict;
  if (files.empty()) {
    auto dir = FindDataDir(data_dir);
    if (!dir.ok()) return dir.status();
    (void)dict.LoadDataDir(*dir);
  }
  for (const auto& f : files) {
    Status s = dict.LoadFile(f, *format);
    if (!s.ok() && s.code() != StatusCode::kCorruption) return s;
  }
  return dict;
}

int Lint(const std::vector<std::string>& files, const std::string& format, const std::string& data_dir,
         size_t max_listed) {
  auto dict = LoadForTools(files, format, data_dir);
  if (!dict.ok()) {
    PrintError("dict lint", dict.status());
    return kExitFailure;
  }
  lexicon::DictionaryReport report = lexicon::LintDictionary(*dict);
  lexicon::PrintReport(report, stdout, max_listed);
  return report.errors() > 0 ? kExitFailure : kExitOk;
}

int Import(const std::vector<std::string>& files, const std::string& format, const std::string& out_dir,
           const std::string& id_prefix) {
  auto dict = LoadForTools(files, format, "");
  if (!dict.ok()) {
    PrintError("dict import", dict.status());
    return kExitFailure;
  }
  for (const auto& issue : dict->issues()) std::fprintf(stderr, "%s\n", issue.ToString().c_str());
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  lexicon::IsnadWriteOptions options;
  options.id_prefix = id_prefix;
  lexicon::IsnadFiles written;
  Status s = lexicon::WriteIsnadDir(*dict, out_dir, options, &written);
  if (!s.ok()) {
    PrintError("dict import", s);
    return kExitFailure;
  }
  std::printf("wrote %zu actors, %zu agents, %zu event words, %zu discards to %s\n", dict->actors().size(),
              dict->agents().size(), dict->events().size(), dict->discards().size(), out_dir.c_str());
  for (const auto& [what, n] : written.lost) std::printf("not expressible in isnad's format: %s: %zu\n", what.c_str(), n);
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
  std::vector<std::string> lint_files, import_files;
  std::string lint_format = "auto", import_format = "auto", out_dir, id_prefix = "tabari";
  size_t max_listed = 50;
  auto* lint = app.add_subcommand("lint", "check dictionaries (ours or TABARI/PETRARCH): malformed lines, duplicates, "
                                          "conflicting codes, unreachable patterns, with file:line");
  lint->add_option("files", lint_files, "dictionary files (default: isnad's own dictionaries)");
  lint->add_option("--dict-format", lint_format, "auto, isnad, tabari-actors, tabari-agents, tabari-verbs, tabari-discards")
      ->capture_default_str();
  lint->add_option("--max-listed", max_listed, "problems listed per kind")->capture_default_str();
  lint->add_option("--data-dir", options.data_dir, "isnad data directory (when no files are given)");
  auto* import = app.add_subcommand("import", "convert TABARI/PETRARCH dictionaries to isnad's TSV format");
  import->add_option("files", import_files, "dictionary files")->required();
  import->add_option("-o,--output", out_dir, "folder for actors.tsv, agents.tsv, events.tsv, discards.tsv")->required();
  import->add_option("--dict-format", import_format, "auto, tabari-actors, tabari-agents, tabari-verbs, tabari-discards")
      ->capture_default_str();
  import->add_option("--id-prefix", id_prefix, "prefix of the generated actor ids")->capture_default_str();
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  if (stats->parsed()) return Stats(options);
  if (lint->parsed()) return Lint(lint_files, lint_format, options.data_dir, max_listed);
  if (import->parsed()) return Import(import_files, import_format, out_dir, id_prefix);
  return kExitUsage;
}

}  // namespace isnad::app
