# The event store: ingest rate and query latency (network, series) on a large
# store. `store_bench --make-store=PATH --events=N --coded=FILE` builds the store
# first (see the comment at the top of store_bench.cc); it is never run by tests.
isnad_bench(store_bench SOURCES store_bench.cc DEPS isnad_store nlohmann_json::nlohmann_json)
