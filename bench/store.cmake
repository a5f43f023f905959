# The event store: ingest rate and query latency (network, series) on a large
# store. `store_bench --make-store=PATH --events=N --coded=FILE` builds the store
# first (see the comment at the top of store_bench.cc); it is never run by tests.
# With libpqxx it also measures the PostgreSQL store (ISNAD_BENCH_PG).
if(ISNAD_HAVE_POSTGRES)
  isnad_bench(store_bench SOURCES store_bench.cc
    DEPS isnad_store isnad_pg_store isnad_store_backend nlohmann_json::nlohmann_json)
  target_compile_definitions(store_bench PRIVATE ISNAD_HAVE_POSTGRES=1)
else()
  isnad_bench(store_bench SOURCES store_bench.cc DEPS isnad_store isnad_store_backend nlohmann_json::nlohmann_json)
endif()
