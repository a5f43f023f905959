// store/store.h: the event store, the sixth stage of the pipeline (ingest ->
// text -> lexicon -> coder -> events -> store -> serve). Coded documents go in
// with their sentences and events ("mentions": one row per event record, every
// field kept); the store links reports of the same event into deduplicated
// events (store/dedup.h) and keeps actors, attribution and a full-text index.
// Queries live in store/query.h, exports in store/export.h; the schema is in
// store/schema.h and docs/formats.md ("Event store").
//
// Durability: the database runs in WAL mode with synchronous=NORMAL. Each batch
// is one transaction and each document a savepoint inside it, so a process
// killed at any moment (kill -9) leaves whole documents only: those of the
// committed batches. Re-ingesting skips documents already present (same id or
// same content hash), so running the same ingest again resumes it.
//
// Thread-safety: a Store is used by one thread at a time. Several processes
// may open the same file; writers wait up to busy_timeout_ms for each other.
#ifndef ISNAD_STORE_STORE_H_
#define ISNAD_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "events/event.h"
#include "ingest/document.h"
#include "store/dedup.h"
#include "store/sqlite.h"
#include "util/status.h"

namespace isnad::store {

struct StoreOptions {
  // How reports are merged into events. If a store was built with other
  // options, Open() re-applies the new rule to every stored mention (Rededup)
  // in one transaction. Default: window of 3 days, country level.
  DedupOptions dedup;
  // When true and the store has events already, `dedup` is ignored and the
  // rule the store was built with is kept (readers use this so that opening a
  // store never rewrites it). Default: false.
  bool adopt_stored_dedup = false;
  // How long a write waits for another process's lock, in milliseconds.
  // Default: 10000.
  int busy_timeout_ms = 10000;
  // SQLite page cache of this connection, in MiB. Default: 64 (SQLite's own
  // default of 2 MiB makes a large ingest read the same index pages over and
  // over).
  int cache_mib = 64;
  // When true the database is opened read-only (SQLITE_OPEN_READONLY through a
  // "file:...?mode=ro" URI, and PRAGMA query_only): the file must exist and
  // have the current schema (no migration), the stored dedup rule is adopted
  // and any write fails with an error. For readers such as `isnad serve`.
  // Default: false.
  bool read_only = false;
};

// One sentence of a document, as the text stage split it.
struct SentenceInput {
  uint32_t index = 0;       // 0-based, as Event::sentence_index.
  std::string text;         // The sentence text.
  std::string lang;         // "ar", "fr", "en" or "".
  uint32_t begin = 0;       // Byte span in the document text.
  uint32_t end = 0;
  // Extra normalized words to index for search (e.g. clitic-free stems from
  // the analyzer); NormalizeForSearch(text) is always indexed. May be empty.
  std::string extra_search_words;
};

// A coded document: what the store writes in one go.
struct DocumentInput {
  ingest::Document doc;                // id, text (hashed, not stored), date, lang, source, url, title.
  std::vector<SentenceInput> sentences;  // May be empty: sentences of events are then taken from the events.
  std::vector<events::Event> events;   // As CameoTable::Annotate left them.
};

enum class IngestOutcome {
  kInserted,     // Written.
  kSameId,       // A document with this id is stored already; nothing changed.
  kSameContent,  // A document with the same text (content hash) is stored under another id; nothing changed.
  kFailed,       // Rejected (IngestResult::status says why); nothing of it was written.
};

struct IngestResult {
  IngestOutcome outcome = IngestOutcome::kFailed;
  Status status;        // Not OK only for kFailed.
  size_t mentions = 0;  // Events written (0 unless kInserted).
};

// Row counts of the main tables.
struct StoreCounts {
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t mentions = 0;
  int64_t events = 0;
  int64_t actors = 0;
};

// The hex FNV-1a 128-bit hash of `text` (32 lowercase hex digits), the
// documents.content_hash column.
std::string ContentHash(std::string_view text);

class Store {
 public:
  // Opens or creates the store at `path` (":memory:" for a private in-memory
  // database), migrating an older schema. Errors name the path: kIoError when
  // the file cannot be opened or is locked, kCorruption for a file that is not
  // a database or comes from a newer isnad. With options.read_only, a store
  // whose schema needs migrating is kUnsupported.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options = StoreOptions());
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Writes `docs` in one transaction, each document all or nothing. Fills
  // `*results` with one entry per document (in order). A document that fails
  // (an empty id, an event without a CAMEO code) is
  // rolled back alone and reported in its result; the others are written. The
  // returned Status is not OK only when the transaction itself failed (disk
  // full, lock timeout): then nothing of the batch was written.
  // REQUIRES: results != nullptr.
  Status IngestBatch(std::span<const DocumentInput> docs, std::vector<IngestResult>* results);

  // IngestBatch of one document.
  IngestResult Ingest(const DocumentInput& doc);

  // kSameId or kSameContent when the document would be skipped, kInserted when
  // it is new (nothing is written). Lets a caller skip coding what is stored.
  StatusOr<IngestOutcome> Probe(std::string_view id, std::string_view text);

  // Re-applies the deduplication rule `options` to every stored mention, in
  // ingest order, in one transaction; the store uses `options` from then on.
  Status Rededup(const DedupOptions& options);

  StatusOr<StoreCounts> Counts();

  const DedupOptions& dedup_options() const { return options_.dedup; }
  // The connection, for the queries of store/query.h and for tests.
  Db& db() { return *db_; }

 private:
  struct Statements;
  Store(std::unique_ptr<Db> db, const StoreOptions& options);
  static StatusOr<std::unique_ptr<Store>> OpenReadOnly(const std::string& path, const StoreOptions& options);
  Status Prepare();
  Status WriteDocument(const DocumentInput& input, IngestResult* result);
  // Links mention `mention_id` to an event by the dedup rule, creating one if
  // none matches, and updates the event's aggregates.
  Status LinkMention(int64_t mention_id, const DedupKey& key, const events::Event& event,
                     std::string_view doc_date, std::string_view outlet);
  Status UpsertActor(const events::EventActor& actor);

  std::unique_ptr<Db> db_;
  StoreOptions options_;
  std::unique_ptr<Statements> stmts_;  // Destroyed before db_ (declared after).
};

}  // namespace isnad::store

#endif  // ISNAD_STORE_STORE_H_
