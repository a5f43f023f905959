// store/backend.h: the event store behind `--db`, whichever database it is.
// The CLI writes through this interface; OpenEventStore picks the backend by
// the value of --db: a "postgresql://" or "postgres://" URI opens the
// PostgreSQL store (store/pg_store.h, when this build has libpqxx), anything
// else the SQLite file store (store/store.h). Both keep the same tables and the
// same ingest contract (each document all or nothing; a document stored already
// by id or content hash is skipped).
//
// The interface both stores implement is EventStore (store/event_store.h).
// Thread-safety: one thread at a time per EventStore.
#ifndef ISNAD_STORE_BACKEND_H_
#define ISNAD_STORE_BACKEND_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/event_store.h"
#include "store/store.h"
#include "util/status.h"

namespace isnad::store {

// True when `db` names a PostgreSQL database ("postgresql://..." or
// "postgres://..."), whether or not this build has the backend.
bool NamesPostgres(std::string_view db);

// True when this build has the PostgreSQL backend.
bool HavePostgres();

// Opens the store named by `db` (see above) with `options` (busy_timeout_ms
// and cache_mib apply to SQLite only). Errors as Store::Open and PgStore::Open;
// kUnsupported for a PostgreSQL URI in a build without libpqxx.
StatusOr<std::unique_ptr<EventStore>> OpenEventStore(const std::string& db, const StoreOptions& options);

}  // namespace isnad::store

#endif  // ISNAD_STORE_BACKEND_H_
