#include "common.h"

#include <thread>

#include "util/files.h"

namespace isnad::app {

int ParseArgs(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    std::printf("%s", app.help().c_str());
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "%s: %s\nRun '%s --help' for the options.\n", app.get_name().c_str(), e.what(),
                 app.get_name().c_str());
    return kExitUsage;
  }
  return -1;
}

void AddEngineOptions(CLI::App& app, EngineOptions* o) {
  app.add_option("--data-dir", o->data_dir, "isnad data directory (default: found beside the binary)");
  app.add_option("--dict", o->dicts, "extra dictionary file (isnad TSV or TABARI/PETRARCH); repeatable")
      ->allow_extra_args(false);  // One file per --dict, so a later "-" stays an input.
  app.add_option("--dict-format", o->dict_format,
                 "format of --dict files: auto, isnad, tabari-actors, tabari-agents, tabari-verbs, tabari-discards")
      ->capture_default_str();
  app.add_flag("--no-default-dicts", o->no_default_dicts, "do not load isnad's own dictionaries");
  app.add_flag("--keep-negated", o->keep_negated, "also emit events whose certainty is 'negated'");
}

StatusOr<std::unique_ptr<Engine>> LoadEngine(const EngineOptions& options) {
  auto engine = std::make_unique<Engine>();
  auto dir = FindDataDir(options.data_dir);
  if (!dir.ok()) return dir.status();
  engine->data_dir = *dir;
  auto format = lexicon::ParseDictFormat(options.dict_format);
  if (!format.ok()) return format.status();
  // The loads that depend on nothing loaded before them run on helper threads
  // while our own dictionaries load on this one: the peer (TABARI/PETRARCH)
  // files, appended below in order, and the CAMEO and modality tables. The
  // result is the same as loading everything in order on one thread.
  std::vector<lexicon::ParsedFile> peer;
  std::thread peer_thread([&] { peer = lexicon::ParseIndependentFiles(options.dicts, *format); });
  StatusOr<events::CameoTable> cameo = Status::Internal("not loaded");
  StatusOr<coder::ModalityTable> modality = Status::Internal("not loaded");
  std::thread table_thread([&] {
    cameo = events::CameoTable::Load(engine->data_dir);
    modality = coder::ModalityTable::Load(engine->data_dir);
  });
  lexicon::Dictionary dict;
  Status ours = options.no_default_dicts ? Status::OK() : dict.LoadDataDir(engine->data_dir);
  peer_thread.join();
  table_thread.join();
  if (!ours.ok()) return ours;
  for (size_t i = 0; i < options.dicts.size(); ++i) {
    const std::string& path = options.dicts[i];
    size_t issues_before = dict.issues().size();
    Status s;
    if (peer[i].parsed) {
      dict.Append(std::move(peer[i].dict));
      s = peer[i].status;
    } else {
      s = dict.LoadFile(path, *format);
    }
    if (s.ok()) continue;
    if (s.code() != StatusCode::kCorruption) return s;  // Unreadable, unknown format.
    // Our own format is strict. Peer (TABARI/PETRARCH) files have known faults that
    // their own programs skip: load what is valid and say how much was not.
    auto contents = ReadFile(path, size_t{512} << 20);
    bool is_ours = *format == lexicon::DictFormat::kIsnad ||
                   (*format == lexicon::DictFormat::kAuto && contents.ok() &&
                    lexicon::DetectDictFormat(path, *contents) == lexicon::DictFormat::kIsnad);
    if (is_ours) return s;
    std::fprintf(stderr, "isnad: warning: %s: %zu problems, the rest loaded (see 'isnad dict lint %s')\n",
                 path.c_str(), dict.issues().size() - issues_before, path.c_str());
  }
  auto lex = lexicon::Lexicon::Compile(std::move(dict));
  if (!lex.ok()) return lex.status();
  engine->lexicon = std::move(lex).value();
  if (!cameo.ok()) return cameo.status();
  engine->cameo = std::make_unique<events::CameoTable>(std::move(cameo).value());
  if (!modality.ok()) return modality.status();
  engine->modality = std::make_unique<coder::ModalityTable>(std::move(modality).value());
  coder::CoderOptions coder_options;
  coder_options.keep_negated = options.keep_negated;
  coder_options.modality = engine->modality.get();
  engine->coder = std::make_unique<coder::Coder>(*engine->lexicon, coder_options);
  return engine;
}

Status CodeDocument(const Engine& engine, text::Analyzer& analyzer, const ingest::Document& doc,
                    std::vector<events::Event>* events, coder::Trace* trace) {
  text::AnalyzedDocument analyzed;
  Status s = analyzer.Analyze(doc, &analyzed);
  if (!s.ok()) return s;
  size_t first = events->size();
  engine.coder->Code(doc, analyzed, events, trace);
  for (size_t i = first; i < events->size(); ++i) {
    // A code missing from the table is a dictionary error; the event keeps its code.
    (void)engine.cameo->Annotate(&(*events)[i]);
  }
  return Status::OK();
}

void PrintError(const std::string& what, const Status& status) {
  std::fprintf(stderr, "isnad: %s: %s\n", what.c_str(), status.message().c_str());
}

bool IsIsoDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

}  // namespace isnad::app
