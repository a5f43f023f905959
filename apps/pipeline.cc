// The pipeline: a reader thread fills a bounded queue of numbered batches of
// items; workers (each with its own text::Analyzer, whose word cache is per
// thread) code a whole batch and park it in a map keyed by number; the calling
// thread delivers the batches' items in order. The queue bound and the in-order
// delivery together bound the batches in memory to about threads *
// queue_per_thread, and a batch holds at most batch_documents documents and
// batch_bytes bytes of text.
//
// Why batches: with one document per hand-over, each document cost the three
// threads a wake-up and a context switch (0.8 s of system time for 38 MB), work
// that does not scale with the workers. A batch is handed over early, whatever
// its size, when a worker is idle, so a slow input (a pipe) is coded as it comes;
// standard input is read one document at a time.
//
// Why the wake-ups are counted: every notify of a sleeping thread is a futex call
// and, on a machine with as many cores as workers, a context switch that preempts
// a worker. A thread is woken only when it sleeps and can go on: the writer for
// the next batch in order (not for any batch done), a worker when one is idle,
// and the reader, once full, when half the queue is free, so that one wake-up
// refills several batches. With 16-document batches and a wake-up per hand-over,
// 2 workers on 100 MB made 26,000 context switches and 0.42 s of system time.
//
// Why workers format the events (PipelineOptions::output_format): the calling
// thread then only writes bytes, and a document's events and text are freed by
// the thread that coded them rather than by the writer, whose frees of memory
// from other threads' malloc arenas contend with those threads.
#include "pipeline.h"

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

namespace isnad::app {
namespace {

using Batch = std::vector<DocumentResult>;

struct Shared {
  std::mutex mu;
  std::condition_variable can_read, can_work, can_deliver;
  std::deque<std::pair<uint64_t, Batch>> queue;
  std::map<uint64_t, Batch> done;
  size_t max_queue = 8;
  size_t max_done = 8;
  int idle_workers = 0;
  bool reader_waiting = false;  // The reader sleeps on can_read.
  bool writer_waiting = false;  // The calling thread sleeps on can_deliver.
  bool reading_finished = false;
  bool stop = false;
  // Before Run(): no worker yet; the reader may queue up to preload_bytes of text.
  bool started = false;
  size_t preload_bytes = 0;
  size_t queued_bytes = 0;  // Text in `queue`, counted until started.
  uint64_t total = 0;      // Batches read so far (final when reading_finished).
  uint64_t delivered = 0;  // Next batch number to deliver.
};

// Whether the reader may queue one more batch.
bool HasRoom(const Shared& sh) {
  if (!sh.started) return sh.queued_bytes < sh.preload_bytes;
  return sh.queue.size() < sh.max_queue && sh.done.size() < sh.max_done;
}

// Whether a full reader may wake: half the queue and half the done map are free
// (the queue filled before Run() drains first).
bool HasRoomAfterDrain(const Shared& sh) {
  if (!sh.started) return sh.stop;
  return sh.queue.size() <= sh.max_queue / 2 && sh.done.size() <= sh.max_done / 2;
}

// Wakes the reader when it sleeps and may go on; called with sh->mu held.
void WakeReader(Shared* sh) {
  if (sh->reader_waiting && HasRoomAfterDrain(*sh)) sh->can_read.notify_one();
}

void ReadAll(const std::vector<std::string>& files, const PipelineOptions& options, Shared* sh) {
  uint64_t seq = 0;
  Batch batch;
  size_t batch_bytes = 0;
  size_t max_documents = static_cast<size_t>(std::max(1, options.batch_documents));
  // Hands `batch` to the workers: at once when `force` or when a worker waits
  // for work; otherwise only when full. Returns false when the pipeline stops.
  auto flush = [&](bool force) {
    if (batch.empty()) return true;
    std::unique_lock<std::mutex> lock(sh->mu);
    const bool full = batch.size() >= max_documents || batch_bytes >= options.batch_bytes;
    if (!force && !full && !(sh->idle_workers > 0 && sh->queue.empty())) return true;
    if (!sh->stop && !HasRoom(*sh)) {
      // Full: sleep until the workers and the writer have drained half of it, so
      // that one wake-up refills several batches.
      sh->reader_waiting = true;
      sh->can_read.wait(lock, [&] { return sh->stop || HasRoomAfterDrain(*sh); });
      sh->reader_waiting = false;
    }
    if (sh->stop) return false;
    if (!sh->started) sh->queued_bytes += batch_bytes;
    sh->queue.emplace_back(seq++, std::move(batch));
    sh->total = seq;
    if (sh->idle_workers > 0) sh->can_work.notify_one();
    batch.clear();
    batch_bytes = 0;
    return true;
  };
  auto push = [&](DocumentResult item) {
    batch_bytes += item.doc.text.size();
    batch.push_back(std::move(item));
    return flush(/*force=*/false);
  };
  for (const auto& path : files) {
    std::error_code ec;
    if (path == "-" || !std::filesystem::is_regular_file(path, ec)) {
      // Hand over what was read, then wait for Run(): a read from a terminal or a
      // pipe cannot be interrupted if the caller gives up before. (A file that
      // does not exist also waits: its error is reported in order either way.)
      if (!flush(/*force=*/true)) break;
      std::unique_lock<std::mutex> lock(sh->mu);
      sh->can_read.wait(lock, [&] { return sh->stop || sh->started; });
      if (sh->stop) break;
    }
    // A document from a pipe may be the last for a while: no batching.
    max_documents = path == "-" ? 1 : static_cast<size_t>(std::max(1, options.batch_documents));
    auto reader = ingest::OpenReader(path, options.reader);
    if (!reader.ok()) {
      DocumentResult r;
      r.file = path;
      r.file_error = true;
      r.error = reader.status();
      if (!push(std::move(r))) break;
      continue;
    }
    ingest::ReadItem item;
    bool go_on = true;
    while (go_on && (*reader)->Next(&item)) {
      DocumentResult r;
      r.file = path;
      r.doc = std::move(item.doc);
      r.error = item.error;
      go_on = push(std::move(r));
    }
    if (!go_on) break;
    if (!(*reader)->status().ok()) {
      DocumentResult r;
      r.file = path;
      r.file_error = true;
      r.error = (*reader)->status();
      if (!push(std::move(r))) break;
    }
  }
  flush(/*force=*/true);
  std::lock_guard<std::mutex> lock(sh->mu);
  sh->reading_finished = true;
  sh->can_work.notify_all();
  sh->can_deliver.notify_all();
}

// Formats the events of coded documents into their output, on a worker thread.
class OutputFormatter {
 public:
  explicit OutputFormatter(const PipelineOptions& options) {
    if (options.output_format.empty()) return;
    events::WriterOptions writer_options = options.output_options;
    writer_options.header = false;  // The caller writes the header, once.
    writer_options.csv_bom = false;
    auto writer = events::NewWriter(options.output_format, &buffer_, writer_options);
    if (writer.ok()) writer_ = std::move(writer).value();
  }

  // Moves `r`'s events into r->output as formatted bytes and frees its text.
  void Format(DocumentResult* r) {
    r->event_count = r->events.size();
    if (writer_ == nullptr || !r->error.ok()) return;
    for (const auto& ev : r->events) (void)writer_->Write(ev);  // A string sink cannot fail.
    r->output = buffer_;
    buffer_.clear();
    std::vector<events::Event>().swap(r->events);
    std::string().swap(r->doc.text);
  }

 private:
  std::string buffer_;
  std::unique_ptr<events::EventWriter> writer_;
};

void Work(const Engine& engine, const PipelineOptions& options, Shared* sh) {
  text::Analyzer analyzer(options.analyzer, &engine.lexicon->vocabulary());
  OutputFormatter formatter(options);
  for (;;) {
    std::pair<uint64_t, Batch> item;
    {
      std::unique_lock<std::mutex> lock(sh->mu);
      ++sh->idle_workers;
      sh->can_work.wait(lock, [&] { return sh->stop || !sh->queue.empty() || sh->reading_finished; });
      --sh->idle_workers;
      if (sh->stop || (sh->queue.empty() && sh->reading_finished)) return;
      item = std::move(sh->queue.front());
      sh->queue.pop_front();
      WakeReader(sh);
    }
    for (DocumentResult& r : item.second) {
      if (r.error.ok()) r.error = CodeDocument(engine, analyzer, r.doc, &r.events);
      formatter.Format(&r);
    }
    std::lock_guard<std::mutex> lock(sh->mu);
    // The writer waits only for the next batch in order.
    if (sh->writer_waiting && item.first == sh->delivered) sh->can_deliver.notify_one();
    sh->done.emplace(item.first, std::move(item.second));
  }
}

}  // namespace

struct Pipeline::State {
  PipelineOptions options;
  std::vector<std::string> files;
  int threads = 1;
  Shared sh;
  std::thread reader;
};

Pipeline::Pipeline(const std::vector<std::string>& files, const PipelineOptions& options)
    : state_(std::make_unique<State>()) {
  State& st = *state_;
  st.options = options;
  st.files = files;
  st.threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  if (st.threads <= 0) st.threads = 1;
  st.sh.max_queue = static_cast<size_t>(st.threads * std::max(1, options.queue_per_thread));
  st.sh.max_done = st.sh.max_queue;
  st.sh.preload_bytes = options.preload_bytes;
  st.reader = std::thread([&st] { ReadAll(st.files, st.options, &st.sh); });
}

Pipeline::~Pipeline() {
  State& st = *state_;
  if (!st.reader.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(st.sh.mu);
    st.sh.stop = true;
    st.sh.can_read.notify_all();
  }
  st.reader.join();
}

void Pipeline::Run(const Engine& engine, const std::function<bool(DocumentResult&)>& on_result) {
  State& st = *state_;
  Shared& sh = st.sh;
  {
    std::lock_guard<std::mutex> lock(sh.mu);
    sh.started = true;
    sh.can_read.notify_all();  // The reader may wait for room or for standard input.
  }
  const PipelineOptions& options = st.options;
  std::vector<std::thread> workers;
  for (int i = 0; i < st.threads; ++i) workers.emplace_back([&] { Work(engine, options, &sh); });
  bool stopped = false;
  while (!stopped) {
    Batch batch;
    {
      std::unique_lock<std::mutex> lock(sh.mu);
      sh.writer_waiting = true;
      sh.can_deliver.wait(lock, [&] {
        return sh.done.count(sh.delivered) > 0 || (sh.reading_finished && sh.delivered >= sh.total);
      });
      sh.writer_waiting = false;
      auto it = sh.done.find(sh.delivered);
      if (it == sh.done.end()) break;  // Everything delivered.
      batch = std::move(it->second);
      sh.done.erase(it);
      ++sh.delivered;
      WakeReader(&sh);
    }
    for (DocumentResult& r : batch) {
      if (!on_result(r)) {
        std::lock_guard<std::mutex> lock(sh.mu);
        sh.stop = true;
        sh.can_read.notify_all();
        sh.can_work.notify_all();
        stopped = true;
        break;
      }
    }
  }
  st.reader.join();
  for (auto& w : workers) w.join();
}

void RunPipeline(const Engine& engine, const std::vector<std::string>& files, const PipelineOptions& options,
                 const std::function<bool(DocumentResult&)>& on_result) {
  Pipeline(files, options).Run(engine, on_result);
}

}  // namespace isnad::app
