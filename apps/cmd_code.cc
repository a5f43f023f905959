// isnad code: documents in, events out.
#include <unistd.h>

#include "commands.h"
#include "common.h"
#include "pipeline.h"
#include "events/writer.h"

namespace isnad::app {

int RunCode(int argc, char** argv) {
  CLI::App app{"Code documents into CAMEO events.\n"
               "Reads plain text, JSONL ({\"id\",\"text\",\"date\"?,\"lang\"?,...} a line), HTML or WARC; '-' is standard input."};
  app.name("isnad code");
  std::vector<std::string> files;
  std::string format = "jsonl", lang = "auto", date, output, input_format = "auto";
  int threads = 0;
  bool repair_utf8 = false;
  EngineOptions engine_options;
  app.add_option("files", files, "input files ('-' for standard input; default: standard input)");
  app.add_option("--format", format, "output format: jsonl, csv or gdelt")->capture_default_str();
  app.add_option("--lang", lang, "language of every document: auto, ar, fr or en")->capture_default_str();
  app.add_option("--date", date, "date (YYYY-MM-DD) for documents that carry none; resolves relative dates");
  app.add_option("--input-format", input_format, "auto (from the extension), text, jsonl, html or warc")
      ->capture_default_str();
  app.add_flag("--repair-utf8", repair_utf8, "replace invalid UTF-8 with U+FFFD instead of rejecting the document");
  app.add_option("--threads", threads, "worker threads (0 = all cores)")->capture_default_str();
  size_t max_document_bytes = size_t{64} << 20, max_sentence_tokens = 512;
  app.add_option("--max-document-bytes", max_document_bytes,
                 "documents larger than this are rejected (never truncated)")->capture_default_str();
  size_t max_inflated_bytes = size_t{4} << 30;
  app.add_option("--max-inflated-bytes", max_inflated_bytes,
                 "a gzip member that inflates past this is rejected (zip bombs)")->capture_default_str();
  app.add_option("--max-sentence-tokens", max_sentence_tokens,
                 "longer sentences are cut into pieces of this many tokens")->capture_default_str();
  app.add_option("-o,--output", output, "write events to this file instead of standard output");
  AddEngineOptions(app, &engine_options);
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  if (files.empty()) files.push_back("-");
  if (!date.empty() && !IsIsoDate(date)) {
    std::fprintf(stderr, "isnad code: --date must be YYYY-MM-DD, got '%s'\n", date.c_str());
    return kExitUsage;
  }
  auto out_format = events::ParseOutputFormat(format);
  if (!out_format.ok()) {
    std::fprintf(stderr, "isnad code: %s\n", out_format.status().message().c_str());
    return kExitUsage;
  }
  auto in_format = ingest::ParseInputFormat(input_format);
  if (!in_format.ok()) {
    std::fprintf(stderr, "isnad code: %s\n", in_format.status().message().c_str());
    return kExitUsage;
  }
  text::Lang forced = text::ParseLang(lang);
  if (forced == text::Lang::kOther) {
    std::fprintf(stderr, "isnad code: --lang must be auto, ar, fr or en, got '%s'\n", lang.c_str());
    return kExitUsage;
  }
  auto engine = LoadEngine(engine_options);
  if (!engine.ok()) {
    PrintError("loading dictionaries", engine.status());
    return kExitFailure;
  }
  std::FILE* out = stdout;
  if (!output.empty()) {
    out = std::fopen(output.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "isnad code: cannot write %s\n", output.c_str());
      return kExitFailure;
    }
  }
  auto writer = events::NewWriter(format, out);
  if (!writer.ok()) {
    PrintError("output", writer.status());
    return kExitFailure;
  }
  PipelineOptions pipeline;
  pipeline.threads = threads;
  pipeline.analyzer.force_lang = forced;
  pipeline.reader.format = *in_format;
  pipeline.reader.repair_utf8 = repair_utf8;
  pipeline.reader.default_date = date;
  pipeline.reader.max_document_bytes = max_document_bytes;
  pipeline.reader.max_inflated_member_bytes = max_inflated_bytes;
  pipeline.analyzer.max_document_bytes = max_document_bytes;
  pipeline.analyzer.max_sentence_tokens = max_sentence_tokens;
  const bool progress = isatty(STDERR_FILENO) && out != stdout;
  size_t documents = 0, rejected = 0, event_count = 0;
  bool failed = false;
  RunPipeline(**engine, files, pipeline, [&](DocumentResult& r) {
    if (!r.error.ok()) {
      if (r.file_error) {
        PrintError(r.file, r.error);
      } else {
        std::fprintf(stderr, "isnad: %s (document %s): %s\n", r.doc.origin.c_str(), r.doc.id.c_str(),
                     r.error.message().c_str());
      }
      ++rejected;
      return true;
    }
    for (const auto& ev : r.events) {
      Status w = (*writer)->Write(ev);
      if (!w.ok()) {
        PrintError("writing events", w);
        failed = true;
        return false;
      }
    }
    event_count += r.events.size();
    ++documents;
    if (progress && documents % 100 == 0) {
      std::fprintf(stderr, "\risnad: %zu documents, %zu events", documents, event_count);
    }
    return true;
  });
  Status fin = (*writer)->Finish();
  if (!fin.ok()) {
    PrintError("writing events", fin);
    failed = true;
  }
  if (out != stdout && std::fclose(out) != 0) failed = true;
  if (progress) std::fprintf(stderr, "\risnad: %zu documents, %zu events\n", documents, event_count);
  if (rejected > 0) {
    std::fprintf(stderr, "isnad: %zu document%s rejected; %zu coded\n", rejected, rejected == 1 ? "" : "s", documents);
  }
  return (failed || rejected > 0) ? kExitFailure : kExitOk;
}

}  // namespace isnad::app
