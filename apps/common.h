// apps/common.h: what several subcommands share: option parsing conventions (exit
// code 2 for usage errors), loading the dictionaries, the compiled lexicon and the
// CAMEO table, and the document -> events pipeline.
#ifndef ISNAD_APPS_COMMON_H_
#define ISNAD_APPS_COMMON_H_

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "coder/coder.h"
#include "coder/modality.h"
#include "events/cameo.h"
#include "ingest/reader.h"
#include "lexicon/lexicon.h"
#include "text/analyzer.h"
#include "util/status.h"

namespace isnad::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Parses `argc/argv` with `app`. Returns -1 to go on, or the exit code to return
// (0 after --help, 2 after a usage error, which is printed).
int ParseArgs(CLI::App& app, int argc, char** argv);

// Options that choose the dictionaries, shared by code, explain, ingest and eval.
struct EngineOptions {
  std::string data_dir;                 // --data-dir; "" = find it.
  std::vector<std::string> dicts;       // --dict FILE...
  std::string dict_format = "auto";     // --dict-format
  bool no_default_dicts = false;        // --no-default-dicts
  bool keep_negated = false;            // --keep-negated
};
void AddEngineOptions(CLI::App& app, EngineOptions* options);

// The loaded engine: lexicon, CAMEO table, coder.
struct Engine {
  std::string data_dir;
  std::unique_ptr<lexicon::Lexicon> lexicon;
  std::unique_ptr<events::CameoTable> cameo;
  std::unique_ptr<coder::ModalityTable> modality;  // data/cameo/modality.tsv
  std::unique_ptr<coder::Coder> coder;
};
StatusOr<std::unique_ptr<Engine>> LoadEngine(const EngineOptions& options);

// Codes one document: analyze, code, annotate. Returns the analysis error, if any.
Status CodeDocument(const Engine& engine, text::Analyzer& analyzer, const ingest::Document& doc,
                    std::vector<events::Event>* events, coder::Trace* trace = nullptr);

// Prints "isnad: <what>: <status message>" on stderr.
void PrintError(const std::string& what, const Status& status);

// True when `date` is YYYY-MM-DD.
bool IsIsoDate(const std::string& date);

}  // namespace isnad::app

#endif  // ISNAD_APPS_COMMON_H_
