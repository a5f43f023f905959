// isnad ingest: documents in, coded and stored in an event store (an SQLite
// file, or PostgreSQL for a --db postgresql:// URI: store/backend.h).
// Documents already stored (same id or same text) are skipped before coding, so
// running the same command again after an interruption resumes it.
#include <unistd.h>

#include "commands.h"
#include "common.h"
#include "input_options.h"
#include "store/backend.h"
#include "store/store.h"

namespace isnad::app {
namespace {

// The sentences of `analyzed` for the store, with the clitic-free stems of
// their words as extra search words.
void CollectSentences(const text::AnalyzedDocument& analyzed, std::vector<store::SentenceInput>* out) {
  out->clear();
  for (size_t i = 0; i < analyzed.sentences.size(); ++i) {
    const text::Sentence& s = analyzed.sentences[i];
    store::SentenceInput& in = out->emplace_back();
    in.index = static_cast<uint32_t>(i);
    in.text = std::string(analyzed.SentenceText(s));
    in.lang = s.lang == text::Lang::kUnknown ? "" : std::string(text::LangCode(s.lang));
    in.begin = s.begin;
    in.end = s.end;
    for (uint32_t t = s.token_begin; t < s.token_end && t < analyzed.tokens.size(); ++t) {
      std::string_view stem = analyzed.Stem(analyzed.tokens[t]);
      if (stem.empty() || stem == analyzed.Norm(analyzed.tokens[t])) continue;
      if (!in.extra_search_words.empty()) in.extra_search_words += ' ';
      in.extra_search_words += stem;
    }
  }
}

}  // namespace

int RunIngest(int argc, char** argv) {
  CLI::App app{"Code documents and store them, with their sentences, events, actors and sources, in an SQLite\n"
               "event store. Documents already stored (same id or same text) are skipped, so re-running an\n"
               "interrupted ingest resumes it. Reports of one event are merged (see --dedup)."};
  app.name("isnad ingest");
  std::vector<std::string> files;
  std::string db_path, dedup = "window", level = "country";
  int batch = 64, window_days = 3;
  bool one_a_day = false;
  InputFlags input;
  EngineOptions engine_options;
  app.add_option("files", files, "input files ('-' for standard input)")->required();
  app.add_option("--db", db_path,
                 "the SQLite database (created if absent), or a PostgreSQL database as a\n"
                 "postgresql://USER@HOST/DBNAME URI (several workers may ingest into it at once)")
      ->required();
  app.add_option("--batch", batch, "documents per transaction")->capture_default_str()->check(CLI::PositiveNumber);
  app.add_option("--dedup", dedup,
                 "how reports become events: window (same dyad, CAMEO root, place, dates within\n"
                 "--dedup-window-days), one-a-day (same day, full codes) or none")
      ->capture_default_str();
  app.add_option("--dedup-window-days", window_days, "days either side of an event's first date")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  app.add_option("--dedup-level", level, "actor level for dedup: country (LBYMIL = LBY) or agent")
      ->capture_default_str();
  app.add_flag("--one-a-day", one_a_day, "same as --dedup one-a-day (Phoenix-style filtering)");
  AddInputOptions(app, &input);
  AddEngineOptions(app, &engine_options);
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  ingest::ReaderOptions reader_options;
  text::AnalyzerOptions analyzer_options;
  if (Status s = FinishInputOptions(input, &reader_options, &analyzer_options); !s.ok()) {
    std::fprintf(stderr, "isnad ingest: %s\n", s.message().c_str());
    return kExitUsage;
  }
  store::StoreOptions store_options;
  auto mode = store::ParseDedupMode(one_a_day ? "one-a-day" : dedup);
  auto actor_level = store::ParseActorLevel(level);
  for (const Status& s : {mode.status(), actor_level.status()}) {
    if (!s.ok()) {
      std::fprintf(stderr, "isnad ingest: %s\n", s.message().c_str());
      return kExitUsage;
    }
  }
  store_options.dedup.mode = *mode;
  store_options.dedup.level = *actor_level;
  store_options.dedup.window_days = window_days;
  auto engine = LoadEngine(engine_options);
  if (!engine.ok()) {
    PrintError("loading dictionaries", engine.status());
    return kExitFailure;
  }
  auto db = store::OpenEventStore(db_path, store_options);
  if (!db.ok()) {
    PrintError("opening the store", db.status());
    return kExitFailure;
  }
  text::Analyzer analyzer(analyzer_options, &(*engine)->lexicon->vocabulary());

  const bool progress = isatty(STDERR_FILENO);
  size_t stored = 0, skipped = 0, rejected = 0, event_count = 0;
  bool failed = false;
  std::vector<store::DocumentInput> pending;
  std::vector<store::IngestResult> results;
  text::AnalyzedDocument analyzed;
  auto flush = [&]() {
    if (pending.empty()) return;
    Status s = (*db)->IngestBatch(pending, &results);
    if (!s.ok()) {
      PrintError("writing to the store", s);
      failed = true;
    } else {
      for (size_t i = 0; i < results.size(); ++i) {
        switch (results[i].outcome) {
          case store::IngestOutcome::kInserted:
            ++stored;
            event_count += results[i].mentions;
            break;
          case store::IngestOutcome::kSameId:
          case store::IngestOutcome::kSameContent:
            ++skipped;
            break;
          case store::IngestOutcome::kFailed:
            PrintDocumentError(pending[i].doc, results[i].status);
            ++rejected;
            break;
        }
      }
    }
    pending.clear();
    if (progress) {
      std::fprintf(stderr, "\risnad: %zu documents stored, %zu skipped, %zu events", stored, skipped, event_count);
    }
  };
  for (const auto& path : files) {
    if (failed) break;
    auto reader = ingest::OpenReader(path, reader_options);
    if (!reader.ok()) {
      PrintFileError(path, reader.status());
      ++rejected;
      continue;
    }
    ingest::ReadItem item;
    while (!failed && (*reader)->Next(&item)) {
      if (!item.error.ok()) {
        PrintDocumentError(item.doc, item.error);
        ++rejected;
        continue;
      }
      auto probe = (*db)->Probe(item.doc.id, item.doc.text);
      if (!probe.ok()) {
        PrintError("reading the store", probe.status());
        failed = true;
        break;
      }
      if (*probe != store::IngestOutcome::kInserted) {
        ++skipped;
        continue;
      }
      store::DocumentInput& in = pending.emplace_back();
      in.doc = item.doc;
      Status s = analyzer.Analyze(in.doc, &analyzed);
      if (s.ok()) {
        (*engine)->coder->Code(in.doc, analyzed, &in.events);
        for (auto& ev : in.events) (void)(*engine)->cameo->Annotate(&ev);
        CollectSentences(analyzed, &in.sentences);
      }
      analyzed.Clear();
      if (!s.ok()) {
        PrintDocumentError(item.doc, s);
        ++rejected;
        pending.pop_back();
        continue;
      }
      if (pending.size() >= static_cast<size_t>(batch)) flush();
    }
    if (!(*reader)->status().ok()) {
      PrintFileError(path, (*reader)->status());
      ++rejected;
    }
  }
  if (!failed) flush();
  if (progress) std::fprintf(stderr, "\n");
  if (progress || rejected > 0) {
    std::fprintf(stderr, "isnad: %zu document%s stored (%zu events), %zu skipped as already stored, %zu rejected\n",
                 stored, stored == 1 ? "" : "s", event_count, skipped, rejected);
  }
  return (failed || rejected > 0) ? kExitFailure : kExitOk;
}

}  // namespace isnad::app
