// apps/pipeline.h: the streaming document pipeline of `isnad code` and `isnad
// ingest`: one reader, N coding workers, and results delivered in input order,
// with at most a few batches of documents in flight whatever the input size.
// Thread-safety: Run() is called once, from one thread; the callbacks run on that
// thread.
#ifndef ISNAD_APPS_PIPELINE_H_
#define ISNAD_APPS_PIPELINE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common.h"
#include "events/writer.h"

namespace isnad::app {

struct PipelineOptions {
  // Worker threads; 0 = all cores (std::thread::hardware_concurrency()).
  int threads = 0;
  // Batches read ahead of the writer, per worker (default 4): bounds memory.
  int queue_per_thread = 4;
  // A batch (the unit handed between threads) holds at most this many
  // documents and, past the first document, this many bytes of text; it is
  // handed over sooner when a worker is idle. Standard input is not batched.
  int batch_documents = 64;
  size_t batch_bytes = size_t{256} << 10;
  // Before the coding starts (Pipeline::Run), the reader reads ahead up to this
  // many bytes of text, while the caller loads the dictionaries (see Pipeline).
  size_t preload_bytes = size_t{32} << 20;
  text::AnalyzerOptions analyzer;
  ingest::ReaderOptions reader;
  // When not empty ("jsonl", "csv", "gdelt"): each worker formats the events of
  // the documents it codes into DocumentResult::output, the exact bytes an
  // events::EventWriter of this format writes for them (no header), and frees
  // the events and the text on its own thread, so that delivering a document
  // is writing bytes. Must be a format events::ParseOutputFormat accepts.
  std::string output_format;
  events::WriterOptions output_options;
};

// What happened to one input item, delivered in input order.
struct DocumentResult {
  ingest::Document doc;             // The document (text included) or what is known of a rejected one.
  Status error;                     // Not OK: the document was rejected for this reason.
  bool file_error = false;          // The error is about a whole file (cannot open, truncated archive).
  std::string file;                 // The file the item came from.
  std::vector<events::Event> events;  // Empty when output_format is set.
  std::string output;                 // When output_format is set: the events, formatted.
  size_t event_count = 0;             // How many events were coded (also when output_format is set).
};

// A pipeline whose reader starts before the engine exists: constructing it
// starts reading `files` (up to options.preload_bytes of text, on its own
// thread) so that the caller can load the dictionaries meanwhile, on a machine
// where reading would otherwise wait for the load and then take CPU from the
// workers. Standard input ("-") is not read before Run(): a reader blocked on a
// terminal could not be stopped if the load fails.
class Pipeline {
 public:
  Pipeline(const std::vector<std::string>& files, const PipelineOptions& options);
  // Stops the reader (what it read is dropped) and waits for it.
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Codes every document with `engine` and calls `on_result` for each item in
  // input order. Returns when every item was delivered, or early (after the items
  // in flight) when `on_result` returns false. Called at most once.
  void Run(const Engine& engine, const std::function<bool(DocumentResult&)>& on_result);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Reads `files` in order, codes every document with `engine`, and calls
// `on_result` for each item in input order: Pipeline(files, options).Run(...).
void RunPipeline(const Engine& engine, const std::vector<std::string>& files, const PipelineOptions& options,
                 const std::function<bool(DocumentResult&)>& on_result);

}  // namespace isnad::app

#endif  // ISNAD_APPS_PIPELINE_H_
