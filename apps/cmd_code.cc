// isnad code: documents in, events out.
#include <unistd.h>

#include "commands.h"
#include "common.h"
#include "input_options.h"
#include "pipeline.h"
#include "events/writer.h"

namespace isnad::app {

int RunCode(int argc, char** argv) {
  CLI::App app{"Code documents into CAMEO events.\n"
               "Reads plain text, JSONL ({\"id\",\"text\",\"date\"?,\"lang\"?,...} a line), HTML or WARC; '-' is standard input."};
  app.name("isnad code");
  std::vector<std::string> files;
  std::string format = "jsonl", output;
  int threads = 0;
  InputFlags input;
  EngineOptions engine_options;
  app.add_option("files", files, "input files ('-' for standard input; default: standard input)");
  app.add_option("--format", format, "output format: jsonl, csv or gdelt")->capture_default_str();
  AddInputOptions(app, &input);
  app.add_option("--threads", threads, "worker threads (0 = all cores)")->capture_default_str();
  app.add_option("-o,--output", output, "write events to this file instead of standard output");
  AddEngineOptions(app, &engine_options);
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  if (files.empty()) files.push_back("-");
  PipelineOptions pipeline;
  pipeline.threads = threads;
  if (Status s = FinishInputOptions(input, &pipeline.reader, &pipeline.analyzer); !s.ok()) {
    std::fprintf(stderr, "isnad code: %s\n", s.message().c_str());
    return kExitUsage;
  }
  auto out_format = events::ParseOutputFormat(format);
  if (!out_format.ok()) {
    std::fprintf(stderr, "isnad code: %s\n", out_format.status().message().c_str());
    return kExitUsage;
  }
  pipeline.output_format = format;
  // The reader starts on the input while the dictionaries load.
  Pipeline reading(files, pipeline);
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
  // The workers format the events (PipelineOptions::output_format); this thread
  // writes the header, if the format has one, then each document's bytes in order.
  auto writer = events::NewWriter(format, out);
  if (!writer.ok()) {
    PrintError("output", writer.status());
    return kExitFailure;
  }
  bool failed = false;
  const bool progress = isatty(STDERR_FILENO) && out != stdout;
  size_t documents = 0, rejected = 0, event_count = 0;
  reading.Run(**engine, [&](DocumentResult& r) {
    if (!r.error.ok()) {
      if (r.file_error) {
        PrintFileError(r.file, r.error);
      } else {
        PrintDocumentError(r.doc, r.error);
      }
      ++rejected;
      return true;
    }
    Status w = (*writer)->WriteFormatted(r.output);
    if (!w.ok()) {
      PrintError("writing events", w);
      failed = true;
      return false;
    }
    event_count += r.event_count;
    ++documents;
    if (progress && documents % 100 == 0) {
      std::fprintf(stderr, "\risnad: %zu documents, %zu events", documents, event_count);
    }
    return true;
  });
  Status fin = (*writer)->Finish();
  if (!fin.ok() && !failed) {
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
