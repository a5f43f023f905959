// store/pg_store.h: the event store in PostgreSQL, the sixth stage of the
// pipeline (ingest -> text -> lexicon -> coder -> events -> store -> serve) for
// deployments where several `isnad ingest` workers, possibly on several
// machines, fill one database at once. It keeps the tables of the SQLite store
// (store/store.h; documents, sentences, mentions with every event field,
// deduplicated events, attributions, actors, actor names) in PostgreSQL's
// dialect (both generated from store/schema_def.h), with a tsvector
// full-text index, versioned by a schema_version table (docs/formats.md, "PostgreSQL").
//
// Contract: that of store/event_store.h (documents are subtransactions here).
//
// Concurrency: any number of processes may ingest into one database at once.
// Documents are claimed by the unique constraints on documents(id) and
// documents(content_hash); reports are linked into events under a
// per-dedup-group transaction lock, and the grouping is defined so that it does
// not depend on which worker came first: the final rows are exactly those of
// one worker ingesting the same documents (ids aside). The rule is that of
// store/dedup.h applied to the mentions of a group sorted by (date, document
// id, order in the document), i.e. what the SQLite store gives when documents
// arrive in date order. pg_store.cc explains how.
//
// Thread-safety: a PgStore (one connection) is used by one thread at a time.
#ifndef ISNAD_STORE_PG_STORE_H_
#define ISNAD_STORE_PG_STORE_H_

#include <memory>
#include <pqxx/connection>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/event_store.h"
#include "store/schema_def.h"  // kPgSchemaVersion.
#include "util/status.h"

namespace isnad::store {

struct PgStoreOptions {
  // How reports are merged into events, as StoreOptions::dedup. Default: window
  // of 3 days, country level. A store built with another rule is re-linked
  // with this one on Open (Rededup) unless adopt_stored_dedup.
  DedupOptions dedup;
  // When true and the store has a rule already, `dedup` is ignored and the
  // stored rule is kept. Default: false.
  bool adopt_stored_dedup = false;
  // Times a batch is retried after a deadlock or serialization failure between
  // workers. Default: 5.
  int max_retries = 5;
};

class PgStore final : public EventStore {
 public:
  // Connects to `uri` (a libpq URI, see NamesPostgres in store/backend.h), creating or migrating
  // the schema under a lock so that workers starting together do it once.
  // Errors: kIoError when the server cannot be reached (the message names the
  // URI without its password), kCorruption for a schema from a newer isnad.
  static StatusOr<std::unique_ptr<PgStore>> Open(const std::string& uri, const PgStoreOptions& options = {});
  ~PgStore() override;
  PgStore(const PgStore&) = delete;
  PgStore& operator=(const PgStore&) = delete;

  // The EventStore interface. IngestBatch retries a batch after a deadlock
  // with another worker (up to max_retries); Rededup locks out ingest while it
  // re-links. Server errors are kIoError naming the URI without its password.
  Status IngestBatch(std::span<const DocumentInput> docs, std::vector<IngestResult>* results) override;
  StatusOr<IngestOutcome> Probe(std::string_view id, std::string_view text) override;
  Status Rededup(const DedupOptions& options) override;
  StatusOr<StoreCounts> Counts() override;
  const DedupOptions& dedup_options() const override { return options_.dedup; }
  PgStore* postgres() override { return this; }
  // The connection, for store/pg_query.h and tests.
  pqxx::connection& connection() { return *conn_; }
  // The URI without its password, for messages.
  const std::string& name() const { return name_; }

 private:
  struct Batch;
  PgStore(std::unique_ptr<pqxx::connection> conn, std::string name, const PgStoreOptions& options);
  Status TryBatch(std::span<const DocumentInput> docs, std::vector<IngestResult>* results);

  std::unique_ptr<pqxx::connection> conn_;
  std::string name_;
  PgStoreOptions options_;
};

}  // namespace isnad::store

#endif  // ISNAD_STORE_PG_STORE_H_
