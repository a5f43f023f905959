// Benchmarks of the event store.
//
//   BM_Ingest         documents/s and events/s written by Store::IngestBatch
//                     (batches of 64, WAL, a file in /tmp), events taken from
//                     real coded text (--coded) or synthetic ones.
//   BM_QueryNetwork   latency of the country-level network: /0 whole store, /1 one
//                     month, /2 whole store restricted to Arabic sentences.
//   BM_QuerySeries    latency of a dyad's monthly series.
//   BM_IngestPostgres the same ingest into PostgreSQL (store/pg_store.h), when
//                     ISNAD_BENCH_PG names a server (any database of it: the
//                     benchmark creates and drops a database of its own), e.g.
//                     one started by scripts/pg-test-server.sh; BM_Ingest and
//                     BM_IngestPostgres then report side by side in one run.
//   BM_QueryNetworkPostgres, BM_QuerySeriesPostgres: the query benchmarks on a
//                     large PostgreSQL store named by ISNAD_BENCH_PG_STORE
//                     (built with --make-store=postgresql://...).
//
// The query benchmarks need a large store, named by ISNAD_BENCH_STORE. Build it
// once (about three minutes per million events on two busy cores) from real
// text coded by isnad:
//
//   build/isnad code samples/*.txt ../shared/eval/seed/seed_ar_haftar.txt > /tmp/coded.jsonl
//   build/bench/store_bench --make-store=/tmp/isnad_1m.sqlite --events=1000000 --coded=/tmp/coded.jsonl
//   ISNAD_BENCH_STORE=/tmp/isnad_1m.sqlite build/bench/store_bench
//
// --make-store=postgresql://... builds the same store in PostgreSQL.
//
// --make-store repeats the coded documents under new ids, spreading their dates
// over 2015-2024 and their sources over 50 outlets, until the store holds N
// events (mentions); dedup runs as in `isnad ingest`.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "store/backend.h"
#include "store/dedup.h"
#include "store/query.h"
#include "store/store.h"

#ifdef ISNAD_HAVE_POSTGRES
#include <pqxx/pqxx>

#include "store/pg_query.h"
#include "store/pg_store.h"
#endif

namespace {

using isnad::events::Event;
using isnad::store::DocumentInput;

// Documents of events read from `isnad code` JSONL output, grouped by doc_id.
std::vector<DocumentInput> LoadCoded(const std::string& path) {
  std::ifstream in(path);
  std::map<std::string, DocumentInput> docs;
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    Event e;
    e.doc_id = j.value("doc_id", "");
    e.sentence_index = j.value("sentence_index", 0u);
    e.sentence = j.value("sentence", "");
    e.lang = j["lang"].is_string() ? j["lang"].get<std::string>() : "";
    e.span_begin = j["span"][0];
    e.span_end = j["span"][1];
    e.source.code = j["source"]["code"].is_string() ? j["source"]["code"].get<std::string>() : "";
    e.source.text = j["source"]["text"].is_string() ? j["source"]["text"].get<std::string>() : "";
    e.target.code = j["target"]["code"].is_string() ? j["target"]["code"].get<std::string>() : "";
    e.target.text = j["target"]["text"].is_string() ? j["target"]["text"].get<std::string>() : "";
    const auto& ev = j["event"];
    e.code = ev["code"].is_string() ? ev["code"].get<std::string>() : "";
    e.root = ev["root"].is_string() ? ev["root"].get<std::string>() : "";
    e.name = ev["name"].is_string() ? ev["name"].get<std::string>() : "";
    e.quad_class = ev["quad_class"].is_number() ? ev["quad_class"].get<int>() : 0;
    if (ev["goldstein"].is_number()) e.goldstein = ev["goldstein"].get<double>();
    e.trigger_text = ev["text"].is_string() ? ev["text"].get<std::string>() : "";
    if (j["date"].is_string()) e.date = j["date"].get<std::string>();
    if (j["location"].is_object() && j["location"]["country"].is_string()) {
      e.location.emplace();
      e.location->country = j["location"]["country"];
      e.location->name = j["location"]["name"].is_string() ? j["location"]["name"].get<std::string>() : "";
    }
    for (const auto& a : j["attribution"]) e.attribution.push_back({a.value("text", ""), a.value("kind", "")});
    DocumentInput& d = docs[e.doc_id];
    d.doc.id = e.doc_id;
    d.events.push_back(std::move(e));
  }
  std::vector<DocumentInput> out;
  for (auto& [id, d] : docs) out.push_back(std::move(d));
  return out;
}

// Synthetic documents when no coded file is given: 5 events each over 20 actors.
std::vector<DocumentInput> Synthetic() {
  const char* actors[] = {"LBY", "LBYMIL", "EGYGOV", "ISR", "FRAGOV", "SAUGOV", "AREGOV", "USA", "RUS", "TUR",
                          "DZAGOV", "QAT", "ITA", "SDN", "TCD", "NER", "MLI", "IGOUNO", "GBR", "DEU"};
  const char* codes[] = {"010", "036", "042", "051", "057", "070", "072", "112", "130", "173", "190", "193"};
  std::vector<DocumentInput> out;
  for (int d = 0; d < 20; ++d) {
    DocumentInput in;
    in.doc.id = "syn" + std::to_string(d);
    for (int k = 0; k < 5; ++k) {
      Event e;
      e.sentence_index = static_cast<uint32_t>(k);
      e.sentence = "A synthetic sentence number " + std::to_string(k) + " about events.";
      e.lang = "en";
      e.source.code = actors[(d * 7 + k) % 20];
      e.target.code = actors[(d * 3 + k * 5 + 1) % 20];
      e.code = codes[(d + k) % 12];
      e.root = e.code.substr(0, 2);
      e.quad_class = std::stoi(e.root) <= 9 ? 1 : 4;
      e.goldstein = std::stoi(e.root) <= 9 ? 3.0 : -9.0;
      in.events.push_back(std::move(e));
    }
    out.push_back(std::move(in));
  }
  return out;
}

std::vector<DocumentInput> Templates() {
  const char* coded = std::getenv("ISNAD_BENCH_CODED");
  if (coded != nullptr) {
    auto docs = LoadCoded(coded);
    if (!docs.empty()) return docs;
  }
  return Synthetic();
}

// The `n`th copy of `tmpl`: a new id, text, date and outlet.
DocumentInput Copy(const DocumentInput& tmpl, int64_t n) {
  DocumentInput d = tmpl;
  d.doc.id = tmpl.doc.id + "#" + std::to_string(n);
  d.doc.text = d.doc.id;
  const int64_t jday = *isnad::store::JulianDay("2015-01-01") + (n * 37) % 3650;
  d.doc.date = isnad::store::IsoDay(jday);
  d.doc.source = "outlet" + std::to_string(n % 50);
  for (auto& e : d.events) {
    e.doc_id = d.doc.id;
    e.date.reset();  // Dated by the report, so copies spread over the decade.
  }
  return d;
}

// The timed loop of the ingest benchmarks, on either store: batches of 64
// copies of the templates, documents and events counted as rates.
template <typename StoreT>
void IngestLoop(benchmark::State& state, const std::vector<DocumentInput>& templates, StoreT& store) {
  int64_t n = 0, docs = 0, events = 0;
  std::vector<isnad::store::IngestResult> results;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<DocumentInput> batch;
    for (int i = 0; i < 64; ++i, ++n) batch.push_back(Copy(templates[n % templates.size()], n));
    state.ResumeTiming();
    if (!store.IngestBatch(batch, &results).ok()) state.SkipWithError("ingest failed");
    docs += 64;
    for (const auto& d : batch) events += static_cast<int64_t>(d.events.size());
  }
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}

// The timed loop of the network benchmarks: `query(filter)` for the filter of
// state.range(0): /0 whole store, /1 one month, /2 Arabic sentences only (the
// per-mention path).
template <typename Query>
void NetworkLoop(benchmark::State& state, Query query) {
  isnad::store::QueryFilter filter;
  if (state.range(0) == 1) {
    filter.from_day = "2019-04-01";
    filter.to_day = "2019-04-30";
  }
  if (state.range(0) == 2) filter.langs = {"ar"};
  size_t edges = 0;
  for (auto _ : state) {
    auto net = query(filter);
    if (!net.ok()) state.SkipWithError(net.status().ToString().c_str());
    edges = net.ok() ? net->edges.size() : 0;
  }
  state.counters["edges"] = static_cast<double>(edges);
}

// The timed loop of the series benchmarks: `query()` returns a dyad's series.
template <typename Query>
void SeriesLoop(benchmark::State& state, Query query) {
  size_t points = 0;
  for (auto _ : state) {
    auto s = query();
    if (!s.ok()) state.SkipWithError(s.status().ToString().c_str());
    points = s.ok() ? s->size() : 0;
  }
  state.counters["periods"] = static_cast<double>(points);
}

void BM_Ingest(benchmark::State& state) {
  const auto templates = Templates();
  const std::string path = std::filesystem::temp_directory_path() / ("isnad_bench_" + std::to_string(getpid()));
  std::filesystem::remove(path);
  auto store = isnad::store::Store::Open(path);
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  IngestLoop(state, templates, **store);
  store->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}
BENCHMARK(BM_Ingest)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef ISNAD_HAVE_POSTGRES
// A fresh database on the ISNAD_BENCH_PG server; dropped by the destructor.
class ScratchPgDatabase {
 public:
  explicit ScratchPgDatabase(const std::string& server_uri) : admin_(server_uri) {
    name_ = "isnad_bench_" + std::to_string(getpid());
    pqxx::connection c(admin_);
    pqxx::nontransaction tx(c);
    tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name_));
    tx.exec("CREATE DATABASE " + tx.quote_name(name_));
    uri_ = WithDatabase(admin_, name_);
  }
  ~ScratchPgDatabase() {
    try {
      pqxx::connection c(admin_);
      pqxx::nontransaction tx(c);
      tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name_));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "store_bench: could not drop %s: %s\n", name_.c_str(), e.what());
    }
  }
  const std::string& uri() const { return uri_; }

  // `uri` with its database name replaced by `db`.
  static std::string WithDatabase(const std::string& uri, const std::string& db) {
    size_t scheme = uri.find("://");
    size_t path = uri.find('/', scheme + 3);
    size_t query = uri.find('?', scheme + 3);
    std::string tail = query == std::string::npos ? "" : uri.substr(query);
    if (path == std::string::npos || (query != std::string::npos && path > query)) {
      return uri.substr(0, query) + "/" + db + tail;
    }
    return uri.substr(0, path + 1) + db + tail;
  }

 private:
  std::string admin_, name_, uri_;
};

void BM_IngestPostgres(benchmark::State& state) {
  const char* server = std::getenv("ISNAD_BENCH_PG");
  if (server == nullptr) {
    state.SkipWithError("set ISNAD_BENCH_PG to a PostgreSQL server URI (scripts/pg-test-server.sh start DIR)");
    return;
  }
  const auto templates = Templates();
  std::unique_ptr<ScratchPgDatabase> scratch;
  try {
    scratch = std::make_unique<ScratchPgDatabase>(server);
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  auto store = isnad::store::PgStore::Open(scratch->uri());
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  IngestLoop(state, templates, **store);
  store->reset();
}
BENCHMARK(BM_IngestPostgres)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

std::unique_ptr<isnad::store::Store>& BigStore() {
  static std::unique_ptr<isnad::store::Store> store = [] {
    std::unique_ptr<isnad::store::Store> s;
    const char* path = std::getenv("ISNAD_BENCH_STORE");
    if (path == nullptr) return s;
    isnad::store::StoreOptions options;
    options.adopt_stored_dedup = true;
    auto opened = isnad::store::Store::Open(path, options);
    if (opened.ok()) s = std::move(opened).value();
    return s;
  }();
  return store;
}

void BM_QueryNetwork(benchmark::State& state) {
  auto& store = BigStore();
  if (!store) {
    state.SkipWithError("set ISNAD_BENCH_STORE to a large store (see the top of store_bench.cc)");
    return;
  }
  NetworkLoop(state,
              [&](const isnad::store::QueryFilter& filter) { return isnad::store::QueryNetwork(*store, filter); });
  state.counters["events"] = static_cast<double>(*store->db().QueryInt("SELECT COUNT(*) FROM mentions"));
}
BENCHMARK(BM_QueryNetwork)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_QuerySeries(benchmark::State& state) {
  auto& store = BigStore();
  if (!store) {
    state.SkipWithError("set ISNAD_BENCH_STORE to a large store (see the top of store_bench.cc)");
    return;
  }
  SeriesLoop(state, [&] {
    return isnad::store::QuerySeries(*store, "ISR", "LBY", isnad::store::Bucket::kMonth, isnad::store::QueryFilter());
  });
}
BENCHMARK(BM_QuerySeries)->Unit(benchmark::kMillisecond);

#ifdef ISNAD_HAVE_POSTGRES
std::unique_ptr<isnad::store::PgStore>& BigPgStore() {
  static std::unique_ptr<isnad::store::PgStore> store = [] {
    std::unique_ptr<isnad::store::PgStore> s;
    const char* uri = std::getenv("ISNAD_BENCH_PG_STORE");
    if (uri == nullptr) return s;
    isnad::store::PgStoreOptions options;
    options.adopt_stored_dedup = true;
    auto opened = isnad::store::PgStore::Open(uri, options);
    if (opened.ok()) s = std::move(opened).value();
    return s;
  }();
  return store;
}

void BM_QueryNetworkPostgres(benchmark::State& state) {
  auto& store = BigPgStore();
  if (!store) {
    state.SkipWithError("set ISNAD_BENCH_PG_STORE to a large PostgreSQL store (see the top of store_bench.cc)");
    return;
  }
  NetworkLoop(state,
              [&](const isnad::store::QueryFilter& filter) { return isnad::store::PgQueryNetwork(*store, filter); });
  auto counts = store->Counts();
  state.counters["events"] = counts.ok() ? static_cast<double>(counts->mentions) : 0;
}
// Real time: the work is in the server, not in this process.
BENCHMARK(BM_QueryNetworkPostgres)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_QuerySeriesPostgres(benchmark::State& state) {
  auto& store = BigPgStore();
  if (!store) {
    state.SkipWithError("set ISNAD_BENCH_PG_STORE to a large PostgreSQL store (see the top of store_bench.cc)");
    return;
  }
  SeriesLoop(state, [&] {
    return isnad::store::PgQuerySeries(*store, "ISR", "LBY", isnad::store::Bucket::kMonth, isnad::store::QueryFilter());
  });
}
BENCHMARK(BM_QuerySeriesPostgres)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

#ifdef ISNAD_HAVE_POSTGRES
// --make-store=postgresql://...: the same documents into PostgreSQL.
int MakePgStore(const std::string& uri, const std::vector<DocumentInput>& templates, int64_t target) {
  auto store = isnad::store::PgStore::Open(uri);
  if (!store.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", store.status().ToString().c_str());
    return 1;
  }
  auto counts = (*store)->Counts();
  if (!counts.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", counts.status().ToString().c_str());
    return 1;
  }
  // The same documents as the SQLite store's, fed in date order as news
  // arrives (the PostgreSQL grouping does not depend on the order; its cost
  // does: see docs/formats.md).
  std::vector<std::pair<int64_t, int64_t>> order;  // (day, copy number)
  int64_t planned = 0;
  for (int64_t n = 0; planned < target; ++n) {
    planned += static_cast<int64_t>(templates[n % templates.size()].events.size());
    order.emplace_back((n * 37) % 3650, n);
  }
  std::sort(order.begin(), order.end());
  auto start = std::chrono::steady_clock::now();
  int64_t events = counts->mentions, docs = 0;
  size_t next = 0;
  std::vector<isnad::store::IngestResult> results;
  while (next < order.size()) {
    std::vector<DocumentInput> batch;
    for (int i = 0; i < 256 && next < order.size(); ++i, ++next) {
      const int64_t n = order[next].second;
      batch.push_back(Copy(templates[n % templates.size()], n));
    }
    if (auto s = (*store)->IngestBatch(batch, &results); !s.ok()) {
      std::fprintf(stderr, "store_bench: %s\n", s.ToString().c_str());
      return 1;
    }
    for (const auto& d : batch) events += static_cast<int64_t>(d.events.size());
    docs += static_cast<int64_t>(batch.size());
    if (docs % (256 * 40) == 0) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::fprintf(stderr, "%lld events, %.0f events/s\n", static_cast<long long>(events), (events - counts->mentions) / secs);
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "\n%lld documents, %lld events in %.1f s: %.0f documents/s, %.0f events/s\n",
               static_cast<long long>(docs), static_cast<long long>(events), secs, docs / secs, events / secs);
  return 0;
}
#endif

// --make-store=PATH --events=N [--coded=FILE]
int MakeStore(int argc, char** argv) {
  std::string path, coded;
  int64_t target = 1000000;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--make-store=", 0) == 0) path = a.substr(13);
    if (a.rfind("--events=", 0) == 0) target = std::atoll(a.c_str() + 9);
    if (a.rfind("--coded=", 0) == 0) coded = a.substr(8);
  }
  if (!coded.empty()) setenv("ISNAD_BENCH_CODED", coded.c_str(), 1);
  const auto templates = Templates();
#ifdef ISNAD_HAVE_POSTGRES
  if (isnad::store::NamesPostgres(path)) return MakePgStore(path, templates, target);
#endif
  auto store = isnad::store::Store::Open(path);
  if (!store.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", store.status().ToString().c_str());
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  int64_t n = *(*store)->db().QueryInt("SELECT COUNT(*) FROM documents");
  int64_t events = *(*store)->db().QueryInt("SELECT COUNT(*) FROM mentions"), docs = 0;
  std::vector<isnad::store::IngestResult> results;
  while (events < target) {
    std::vector<DocumentInput> batch;
    for (int i = 0; i < 256; ++i, ++n) batch.push_back(Copy(templates[n % templates.size()], n));
    if (auto s = (*store)->IngestBatch(batch, &results); !s.ok()) {
      std::fprintf(stderr, "store_bench: %s\n", s.ToString().c_str());
      return 1;
    }
    for (const auto& d : batch) events += static_cast<int64_t>(d.events.size());
    docs += 256;
    if (isatty(STDERR_FILENO)) std::fprintf(stderr, "\r%lld events", static_cast<long long>(events));
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "\n%lld documents, %lld events in %.1f s: %.0f documents/s, %.0f events/s\n",
               static_cast<long long>(docs), static_cast<long long>(events), secs, docs / secs, events / secs);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--make-store=", 13) == 0) return MakeStore(argc, argv);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
