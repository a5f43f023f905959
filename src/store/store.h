// store/store.h: the event store in an SQLite file, the sixth stage of the
// pipeline (ingest -> text -> lexicon -> coder -> events -> store -> serve).
// What goes in and the ingest contract are those of store/event_store.h; the
// store also keeps actors, attribution and a full-text index (FTS5). Queries
// live in store/query.h, exports in store/export.h; the schema is in
// store/schema.h and docs/formats.md ("Event store").
//
// Durability: the database runs in WAL mode with synchronous=NORMAL, so a
// process killed at any moment (kill -9) leaves whole documents only: those of
// the committed batches.
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
#include "store/dedup.h"
#include "store/event_store.h"
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

class Store final : public EventStore {
 public:
  // Opens or creates the store at `path` (":memory:" for a private in-memory
  // database), migrating an older schema. Errors name the path: kIoError when
  // the file cannot be opened or is locked, kCorruption for a file that is not
  // a database or comes from a newer isnad. With options.read_only, a store
  // whose schema needs migrating is kUnsupported.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options = StoreOptions());
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The EventStore interface. Writers wait up to busy_timeout_ms for another
  // process's lock; Rededup re-links the mentions in ingest order.
  Status IngestBatch(std::span<const DocumentInput> docs, std::vector<IngestResult>* results) override;
  StatusOr<IngestOutcome> Probe(std::string_view id, std::string_view text) override;
  Status Rededup(const DedupOptions& options) override;
  StatusOr<StoreCounts> Counts() override;
  const DedupOptions& dedup_options() const override { return options_.dedup; }
  Store* sqlite() override { return this; }
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
