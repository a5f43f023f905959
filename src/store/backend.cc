#include "store/backend.h"

#ifdef ISNAD_HAVE_POSTGRES
#include "store/pg_store.h"
#endif

namespace isnad::store {
bool NamesPostgres(std::string_view db) {
  return db.substr(0, 13) == "postgresql://" || db.substr(0, 11) == "postgres://";
}

bool HavePostgres() {
#ifdef ISNAD_HAVE_POSTGRES
  return true;
#else
  return false;
#endif
}

StatusOr<std::unique_ptr<EventStore>> OpenEventStore(const std::string& db, const StoreOptions& options) {
  if (NamesPostgres(db)) {
#ifdef ISNAD_HAVE_POSTGRES
    PgStoreOptions pg;
    pg.dedup = options.dedup;
    pg.adopt_stored_dedup = options.adopt_stored_dedup;
    auto store = PgStore::Open(db, pg);
    if (!store.ok()) return store.status();
    return std::unique_ptr<EventStore>(std::move(store).value());
#else
    return Status::Unsupported("this isnad was built without PostgreSQL support (libpqxx): cannot open " +
                               db.substr(0, db.find("://") + 3) + "...");
#endif
  }
  auto store = Store::Open(db, options);
  if (!store.ok()) return store.status();
  return std::unique_ptr<EventStore>(std::move(store).value());
}

}  // namespace isnad::store
