#include "store/backend.h"

#include <type_traits>

#ifdef ISNAD_HAVE_POSTGRES
#include "store/pg_store.h"
#endif

namespace isnad::store {
namespace {

// Either store behind the interface: both have the same ingest API, so one
// template forwards to whichever it holds.
template <typename StoreT>
class Backend : public EventStore {
 public:
  explicit Backend(std::unique_ptr<StoreT> store) : store_(std::move(store)) {}
  Status IngestBatch(std::span<const DocumentInput> docs, std::vector<IngestResult>* results) override {
    return store_->IngestBatch(docs, results);
  }
  StatusOr<IngestOutcome> Probe(std::string_view id, std::string_view text) override {
    return store_->Probe(id, text);
  }
  StatusOr<StoreCounts> Counts() override { return store_->Counts(); }
  Store* sqlite() override {
    if constexpr (std::is_same_v<StoreT, Store>) return store_.get();
    return nullptr;
  }
  PgStore* postgres() override {
    if constexpr (std::is_same_v<StoreT, PgStore>) return store_.get();
    return nullptr;
  }

 private:
  std::unique_ptr<StoreT> store_;
};

bool LooksLikePostgres(std::string_view db) {
  return db.substr(0, 13) == "postgresql://" || db.substr(0, 11) == "postgres://";
}

}  // namespace

bool NamesPostgres(std::string_view db) { return LooksLikePostgres(db); }

bool HavePostgres() {
#ifdef ISNAD_HAVE_POSTGRES
  return true;
#else
  return false;
#endif
}

StatusOr<std::unique_ptr<EventStore>> OpenEventStore(const std::string& db, const StoreOptions& options) {
  if (LooksLikePostgres(db)) {
#ifdef ISNAD_HAVE_POSTGRES
    PgStoreOptions pg;
    pg.dedup = options.dedup;
    pg.adopt_stored_dedup = options.adopt_stored_dedup;
    auto store = PgStore::Open(db, pg);
    if (!store.ok()) return store.status();
    return std::unique_ptr<EventStore>(new Backend<PgStore>(std::move(store).value()));
#else
    return Status::Unsupported("this isnad was built without PostgreSQL support (libpqxx): cannot open " +
                               db.substr(0, db.find("://") + 3) + "...");
#endif
  }
  auto store = Store::Open(db, options);
  if (!store.ok()) return store.status();
  return std::unique_ptr<EventStore>(new Backend<Store>(std::move(store).value()));
}

}  // namespace isnad::store
