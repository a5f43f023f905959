// apps/input_options.h: the options that say how documents are read and
// analysed, shared by `isnad code` and `isnad ingest` (one definition, the same
// names, defaults and help in both), and the messages both print for a rejected
// document or file.
#ifndef ISNAD_APPS_INPUT_OPTIONS_H_
#define ISNAD_APPS_INPUT_OPTIONS_H_

#include <cstddef>
#include <string>

#include <CLI/CLI.hpp>

#include "ingest/document.h"
#include "ingest/reader.h"
#include "text/analyzer.h"
#include "util/status.h"

namespace isnad::app {

// The values of the input options, with their defaults.
struct InputFlags {
  std::string lang = "auto";            // --lang: auto, ar, fr or en.
  std::string date;                     // --date YYYY-MM-DD for documents without one; "" = none.
  std::string input_format = "auto";    // --input-format: auto, text, jsonl, html or warc.
  bool repair_utf8 = false;             // --repair-utf8.
  size_t max_document_bytes = size_t{64} << 20;   // --max-document-bytes (64 MiB).
  size_t max_inflated_bytes = size_t{4} << 30;    // --max-inflated-bytes (4 GiB), per gzip member.
  size_t max_sentence_tokens = 512;               // --max-sentence-tokens.
};

// Adds --lang, --date, --input-format, --repair-utf8, --max-document-bytes,
// --max-inflated-bytes and --max-sentence-tokens to `app`, bound to `*flags`.
void AddInputOptions(CLI::App& app, InputFlags* flags);

// The reader and analyzer options of parsed `flags`. kInvalidArgument with the
// message to print (exit code 2) for a bad --lang, --date or --input-format.
// REQUIRES: reader != nullptr, analyzer != nullptr.
Status FinishInputOptions(const InputFlags& flags, ingest::ReaderOptions* reader, text::AnalyzerOptions* analyzer);

// Prints "isnad: <file>: <reason>" on stderr for an error about a whole file,
// naming the file once whether or not `status` names it already.
void PrintFileError(const std::string& file, const Status& status);

// Prints "isnad: <origin> (document <id>): <reason>" on stderr, or
// "isnad: <origin>: <reason>" when the id is the origin (WARC records) or empty.
void PrintDocumentError(const ingest::Document& doc, const Status& status);

// The text PrintFileError prints (without "isnad: " and the newline).
std::string FileErrorMessage(const std::string& file, const Status& status);

// The text PrintDocumentError prints (without "isnad: " and the newline).
std::string DocumentErrorMessage(const ingest::Document& doc, const Status& status);

}  // namespace isnad::app

#endif  // ISNAD_APPS_INPUT_OPTIONS_H_
