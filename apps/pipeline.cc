// The pipeline: a reader thread fills a bounded queue of numbered items; workers
// (each with its own text::Analyzer, whose word cache is per thread) code them
// and park the results in a map keyed by number; the calling thread delivers the
// results in order. The queue bound and the in-order delivery together bound the
// documents in memory to about threads * queue_per_thread.
#include "pipeline.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace isnad::app {
namespace {

struct Shared {
  std::mutex mu;
  std::condition_variable can_read, can_work, can_deliver;
  std::deque<std::pair<uint64_t, DocumentResult>> queue;
  std::map<uint64_t, DocumentResult> done;
  size_t max_queue = 8;
  size_t max_done = 8;
  bool reading_finished = false;
  bool stop = false;
  uint64_t total = 0;      // Items read so far (final when reading_finished).
  uint64_t delivered = 0;  // Next item number to deliver.
};

void ReadAll(const std::vector<std::string>& files, const ingest::ReaderOptions& reader_options, Shared* sh) {
  uint64_t seq = 0;
  auto push = [&](DocumentResult item) {
    std::unique_lock<std::mutex> lock(sh->mu);
    sh->can_read.wait(lock, [&] { return sh->stop || (sh->queue.size() < sh->max_queue &&
                                                       sh->done.size() < sh->max_done); });
    if (sh->stop) return false;
    sh->queue.emplace_back(seq++, std::move(item));
    sh->total = seq;
    sh->can_work.notify_one();
    return true;
  };
  for (const auto& path : files) {
    auto reader = ingest::OpenReader(path, reader_options);
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
  std::lock_guard<std::mutex> lock(sh->mu);
  sh->reading_finished = true;
  sh->can_work.notify_all();
  sh->can_deliver.notify_all();
}

void Work(const Engine& engine, const text::AnalyzerOptions& analyzer_options, Shared* sh) {
  text::Analyzer analyzer(analyzer_options, &engine.lexicon->vocabulary());
  for (;;) {
    std::pair<uint64_t, DocumentResult> item;
    {
      std::unique_lock<std::mutex> lock(sh->mu);
      sh->can_work.wait(lock, [&] { return sh->stop || !sh->queue.empty() || sh->reading_finished; });
      if (sh->stop || (sh->queue.empty() && sh->reading_finished)) return;
      item = std::move(sh->queue.front());
      sh->queue.pop_front();
      sh->can_read.notify_one();
    }
    DocumentResult& r = item.second;
    if (r.error.ok()) r.error = CodeDocument(engine, analyzer, r.doc, &r.events);
    std::lock_guard<std::mutex> lock(sh->mu);
    sh->done.emplace(item.first, std::move(r));
    sh->can_deliver.notify_one();
  }
}

}  // namespace

void RunPipeline(const Engine& engine, const std::vector<std::string>& files, const PipelineOptions& options,
                 const std::function<bool(DocumentResult&)>& on_result) {
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  if (threads <= 0) threads = 1;
  Shared sh;
  sh.max_queue = static_cast<size_t>(threads * std::max(1, options.queue_per_thread));
  sh.max_done = sh.max_queue;
  std::thread reader([&] { ReadAll(files, options.reader, &sh); });
  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) workers.emplace_back([&] { Work(engine, options.analyzer, &sh); });
  for (;;) {
    DocumentResult r;
    {
      std::unique_lock<std::mutex> lock(sh.mu);
      sh.can_deliver.wait(lock, [&] {
        return sh.done.count(sh.delivered) > 0 || (sh.reading_finished && sh.delivered >= sh.total);
      });
      auto it = sh.done.find(sh.delivered);
      if (it == sh.done.end()) break;  // Everything delivered.
      r = std::move(it->second);
      sh.done.erase(it);
      ++sh.delivered;
      sh.can_read.notify_one();
    }
    if (!on_result(r)) {
      std::lock_guard<std::mutex> lock(sh.mu);
      sh.stop = true;
      sh.can_read.notify_all();
      sh.can_work.notify_all();
      break;
    }
  }
  reader.join();
  for (auto& w : workers) w.join();
}

}  // namespace isnad::app
