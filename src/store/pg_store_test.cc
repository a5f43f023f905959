// Tests of the PostgreSQL event store against a real server (the ctest fixture
// pg_server starts a private one; see scripts/pg-test-server.sh): schema
// version, idempotent ingest, per-document rollback, the dedup rule, and that
// the stored rows do not depend on the order documents arrive in.
#include "store/pg_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <pqxx/pqxx>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "pg_testutil.h"
#include "events/writer.h"
#include "store/backend.h"
#include "store/export.h"
#include "store/pg_query.h"
#include "store/query.h"
#include "store/schema_def.h"
#include "store/store.h"
#include "store/testing/store_fixtures.h"

namespace isnad::store {
namespace {

using testing::FreshDatabase;
using testing::MakeDoc;
using testing::MakeEvent;
using testing::PgCount;
using testing::PgSnapshot;

std::unique_ptr<PgStore> OpenPg(const std::string& uri, DedupOptions dedup = {}) {
  PgStoreOptions options;
  options.dedup = dedup;
  auto s = PgStore::Open(uri, options);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(s).value() : nullptr;
}

// The set-up of every test that needs the server: skips without PostgreSQL,
// then gives the test a fresh database named after it (uri_) and a store
// opened on it with the default rule (store_).
class PgStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ISNAD_REQUIRE_PG();
    uri_ = FreshDatabase(::testing::UnitTest::GetInstance()->current_test_info()->name());
    store_ = OpenPg(uri_);
    ASSERT_NE(store_, nullptr);
  }

  // Ingests `docs` into the store in one batch; each must go in.
  void IngestAll(const std::vector<DocumentInput>& docs) {
    std::vector<IngestResult> results;
    ASSERT_TRUE(store_->IngestBatch(docs, &results).ok());
    for (const IngestResult& r : results) ASSERT_EQ(r.outcome, IngestOutcome::kInserted) << r.status.ToString();
  }

  // An in-memory SQLite store holding `docs` ingested one at a time in date
  // order (then document id): the order whose grouping PostgreSQL gives
  // whatever the arrival order.
  static std::unique_ptr<Store> SqliteInDateOrder(std::vector<DocumentInput> docs) {
    std::sort(docs.begin(), docs.end(), [](const DocumentInput& a, const DocumentInput& b) {
      return std::tie(a.doc.date, a.doc.id) < std::tie(b.doc.date, b.doc.id);
    });
    auto lite = Store::Open(":memory:");
    EXPECT_TRUE(lite.ok()) << lite.status().ToString();
    if (!lite.ok()) return nullptr;
    for (const auto& d : docs) EXPECT_EQ((*lite)->Ingest(d).outcome, IngestOutcome::kInserted) << d.doc.id;
    return std::move(lite).value();
  }

  std::string uri_;
  std::unique_ptr<PgStore> store_;
};
using PgQueryTest = PgStoreTest;
using PgExportTest = PgStoreTest;

TEST(PgUriTest, UriSelectsTheBackend) {
  EXPECT_TRUE(NamesPostgres("postgresql://localhost/isnad"));
  EXPECT_TRUE(NamesPostgres("postgres://u@h:5433/db?sslmode=disable"));
  EXPECT_FALSE(NamesPostgres("events.sqlite"));
  EXPECT_FALSE(NamesPostgres("/tmp/postgresql://x"));
}

TEST_F(PgStoreTest, CreatesTheSchemaOnceAndRefusesANewerOne) {
  ASSERT_NE(OpenPg(uri_), nullptr);  // Opening again migrates nothing.
  EXPECT_EQ(PgCount(uri_, "SELECT version FROM schema_version"), kPgSchemaVersion);
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM schema_version"), 1);
  {
    pqxx::connection c(uri_);
    pqxx::work tx(c);
    tx.exec("UPDATE schema_version SET version = 99");
    tx.commit();
  }
  auto s = PgStore::Open(uri_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("newer isnad"), std::string::npos) << s.status().ToString();
}

// The tables the server built from the generated DDL are those of the shared
// description (store/schema_def.h): columns in order with their types,
// nullability and defaults, and the indexes.
TEST_F(PgStoreTest, SchemaIsTheSharedDescription) {
  pqxx::connection c(uri_);
  pqxx::read_transaction tx(c);
  // information_schema's spelling of each portable type.
  auto pg_type = [](schema::Type t) -> std::string {
    switch (t) {
      case schema::Type::kKey:
      case schema::Type::kRef:
        return "bigint";
      case schema::Type::kInt:
        return "integer";
      case schema::Type::kReal:
        return "double precision";
      case schema::Type::kText:
        return "text";
      case schema::Type::kTimestamp:
        return "timestamp with time zone";
      case schema::Type::kSearch:
        return "tsvector";
    }
    return "?";
  };
  for (const schema::Table& table : schema::Tables()) {
    SCOPED_TRACE(table.name);
    pqxx::result r = tx.exec_params(
        "SELECT column_name, data_type, is_nullable, column_default IS NOT NULL"
        " FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1"
        " ORDER BY ordinal_position",
        std::string(table.name));
    std::vector<std::string> got, want;
    for (const auto& row : r) {
      got.push_back(row[0].as<std::string>() + " " + row[1].as<std::string>() + " nullable=" +
                    row[2].as<std::string>() + " default=" + (row[3].as<bool>() ? "yes" : "no"));
    }
    for (const schema::Column& col : table.columns) {
      if (col.in == schema::In::kSqlite) continue;
      bool pk = col.type == schema::Type::kKey || col.primary_key;
      for (const char* k : table.constraints) {
        const std::string constraint(k);
        if (constraint.rfind("PRIMARY KEY(", 0) == 0 &&
            (constraint.find(std::string("(") + col.name + ",") != std::string::npos ||
             constraint.find(std::string(" ") + col.name + ")") != std::string::npos)) {
          pk = true;
        }
      }
      const bool has_default = col.default_value != nullptr || col.type == schema::Type::kKey ||
                               col.type == schema::Type::kTimestamp;
      want.push_back(std::string(col.name) + " " + pg_type(col.type) + " nullable=" +
                     (col.not_null || pk ? "NO" : "YES") + " default=" + (has_default ? "yes" : "no"));
    }
    EXPECT_EQ(got, want);
  }
  std::set<std::string> got_indexes, want_indexes;
  // The indexes of our own, not those behind PRIMARY KEY and UNIQUE constraints.
  for (const auto& row : tx.exec("SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                                 " JOIN pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = current_schema()"
                                 " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)")) {
    got_indexes.insert(row[0].as<std::string>());
  }
  for (const schema::Index& index : schema::Indexes()) {
    if (index.in != schema::In::kSqlite) want_indexes.insert(index.name);
  }
  EXPECT_EQ(got_indexes, want_indexes);
  // Unique on their own in PostgreSQL: documents(id) and documents(content_hash).
  EXPECT_EQ(tx.exec1("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'documents' AND indexdef LIKE"
                     " 'CREATE UNIQUE INDEX%(content_hash)'")[0]
                .as<int>(),
            1);
}

TEST(PgUriTest, UnreachableServerIsAClearError) {
  auto s = PgStore::Open("postgresql://isnad:secret@/nodb?host=/nonexistent-dir&connect_timeout=2");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("cannot connect"), std::string::npos) << s.status().ToString();
  EXPECT_EQ(s.status().message().find("secret"), std::string::npos) << "the password leaked";
}

TEST_F(PgStoreTest, ReingestingChangesNothing) {
  DocumentInput doc = MakeDoc("d1", "2019-04-04", "Reuters",
                              {MakeEvent("EGYGOV", "LBYMIL", "190", "2019-04-04"),
                               MakeEvent("FRA", "LBY", "040", std::nullopt, 1)});
  doc.events[1].attribution = {{"العربي الجديد", "outlet"}, {"مصدر عسكري", "source"}};
  doc.sentences = {{0, "مصر هاجمت ليبيا", "ar", 0, 28, ""}, {1, "France met Libya", "en", 29, 45, "meet"}};
  EXPECT_EQ(store_->Ingest(doc).outcome, IngestOutcome::kInserted);
  const auto first = PgSnapshot(uri_);
  EXPECT_EQ(store_->Ingest(doc).outcome, IngestOutcome::kSameId);
  DocumentInput copy = doc;
  copy.doc.id = "d1-copy";
  EXPECT_EQ(store_->Ingest(copy).outcome, IngestOutcome::kSameContent);
  EXPECT_EQ(*store_->Probe("d1", "anything"), IngestOutcome::kSameId);
  EXPECT_EQ(*store_->Probe("new", doc.doc.text), IngestOutcome::kSameContent);
  EXPECT_EQ(*store_->Probe("new", "new text"), IngestOutcome::kInserted);
  EXPECT_EQ(PgSnapshot(uri_), first);
  auto counts = store_->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 1);
  EXPECT_EQ(counts->sentences, 2);
  EXPECT_EQ(counts->mentions, 2);
  EXPECT_EQ(counts->events, 2);
  EXPECT_EQ(counts->actors, 4);
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM attributions"), 2);
  // The search index holds the normalized words and the extra stems.
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM sentences WHERE search @@ to_tsquery('simple', 'meet')"), 1);
}

TEST_F(PgStoreTest, ABadDocumentIsRolledBackAloneAndTheBatchGoesOn) {
  std::vector<DocumentInput> docs = {
      MakeDoc("ok1", "2019-04-04", "A", {MakeEvent("EGY", "LBY", "190", "2019-04-04")}),
      // The document row, its sentences and its first mention are written
      // before the second event fails: all of it must go.
      MakeDoc("bad", "2019-04-04", "B",
              {MakeEvent("EGY", "LBY", "190", "2019-04-04"), MakeEvent("EGY", "LBY", "191", "2019-04-04", 1)}),
      MakeDoc("", "2019-04-04", "C", {}),
      MakeDoc("ok2", "2019-04-05", "C", {MakeEvent("EGY", "LBY", "193", "2019-04-05")}),
  };
  docs[1].events[1].code.clear();
  std::vector<IngestResult> results;
  ASSERT_TRUE(store_->IngestBatch(docs, &results).ok());
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(results[0].outcome, IngestOutcome::kInserted);
  EXPECT_EQ(results[1].outcome, IngestOutcome::kFailed);
  EXPECT_NE(results[1].status.message().find("document bad"), std::string::npos) << results[1].status.ToString();
  EXPECT_NE(results[1].status.message().find("no CAMEO code"), std::string::npos);
  EXPECT_EQ(results[2].outcome, IngestOutcome::kFailed);
  EXPECT_EQ(results[3].outcome, IngestOutcome::kInserted);
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM documents"), 2);
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM sentences"), 2);
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM mentions"), 2);
  // The two good reports are one event; the bad one left no trace in it.
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM events"), 1);
  EXPECT_EQ(PgCount(uri_, "SELECT mention_count FROM events"), 2);
  EXPECT_EQ(PgCount(uri_, "SELECT mention_count FROM actors WHERE code = 'EGY'"), 2);
  // The failed document can come in later, fixed.
  docs[1].events[1].code = "190";
  EXPECT_EQ(store_->Ingest(docs[1]).outcome, IngestOutcome::kInserted);
  EXPECT_EQ(PgCount(uri_, "SELECT mention_count FROM events"), 4);
}

TEST_F(PgStoreTest, TenReportsFromFiveOutletsAreOneEvent) {
  std::vector<DocumentInput> docs;
  for (int i = 0; i < 10; ++i) {
    // Agents of the same countries, dates within the window, place unknown or Libya.
    auto ev = MakeEvent(i % 2 ? "EGYMIL" : "EGY", i % 3 ? "LBY" : "LBYREB", i % 2 ? "190" : "195",
                        "2019-04-0" + std::to_string(4 + i % 3));
    if (i % 4 == 0) {
      ev.location.emplace();
      ev.location->name = "Derna";
      ev.location->country = "LBY";
    }
    docs.push_back(MakeDoc("r" + std::to_string(i), "2019-04-0" + std::to_string(5 + i % 4),
                           "outlet" + std::to_string(i % 5), {ev}));
  }
  // Another dyad and a far date stay apart.
  docs.push_back(MakeDoc("other", "2019-04-05", "outlet0", {MakeEvent("LBY", "EGY", "190", "2019-04-05")}));
  docs.push_back(MakeDoc("later", "2019-05-20", "outlet0", {MakeEvent("EGY", "LBY", "190", "2019-05-20")}));
  IngestAll(docs);
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM events"), 3);
  pqxx::connection c(uri_);
  pqxx::nontransaction tx(c);
  pqxx::row e = tx.exec1(
      "SELECT mention_count, outlet_count, date_first, date_last, first_report, last_report, place, root"
      " FROM events WHERE source_actor = 'EGY' AND target_actor = 'LBY' AND date_first < '2019-05-01'");
  EXPECT_EQ(e[0].as<int>(), 10);
  EXPECT_EQ(e[1].as<int>(), 5);
  EXPECT_EQ(e[2].as<std::string>(), "2019-04-04");
  EXPECT_EQ(e[3].as<std::string>(), "2019-04-06");
  EXPECT_EQ(e[4].as<std::string>(), "2019-04-05");
  EXPECT_EQ(e[5].as<std::string>(), "2019-04-08");
  EXPECT_EQ(e[6].as<std::string>(), "LBY");
  EXPECT_EQ(e[7].as<std::string>(), "19");
  // Every sentence is kept with its mention.
  EXPECT_EQ(tx.exec1("SELECT COUNT(*) FROM mentions m JOIN events e ON e.id = m.event"
                     " WHERE e.mention_count = 10")[0].as<int>(),
            10);
}

// Random reports of a few dyads over `days` from 2020-03-01, some places known; one event
// per document so that date order of documents is date order of mentions.
std::vector<DocumentInput> RandomReports(unsigned seed, int count, int days = 28) {
  std::mt19937 rng(seed);
  const char* actors[] = {"EGY", "LBY", "EGYMIL", "FRA", "TUR"};
  const char* codes[] = {"190", "193", "040", "042", "111"};
  const char* places[] = {"", "", "LBY", "EGY"};
  std::vector<DocumentInput> docs;
  for (int i = 0; i < count; ++i) {
    const std::string date = IsoDay(*JulianDay("2020-03-01") + static_cast<int64_t>(rng() % days));
    auto ev = MakeEvent(actors[rng() % 2], actors[2 + rng() % 3], codes[rng() % 5], date);
    const char* place = places[rng() % 4];
    if (*place != '\0') {
      ev.location.emplace();
      ev.location->country = place;
    }
    // Some reports leave the actor out (events of their own).
    if (rng() % 10 == 0) ev.target.code.clear();
    char id[16];
    std::snprintf(id, sizeof id, "doc%03d", i);
    docs.push_back(MakeDoc(id, date, "outlet" + std::to_string(rng() % 6), {ev}));
  }
  return docs;
}

TEST_F(PgStoreTest, RowsDoNotDependOnArrivalOrder) {
  // ISNAD_PG_SEED picks other random reports (to hunt for order effects).
  const char* seed = std::getenv("ISNAD_PG_SEED");
  // Over 28 days the swept range covers the whole group; over 120 days the
  // sweep stops where it meets the stored grouping again.
  const char* days = std::getenv("ISNAD_PG_DAYS");
  const auto docs = RandomReports(seed != nullptr ? static_cast<unsigned>(std::atoi(seed)) : 7u, 300,
                                  days != nullptr ? std::atoi(days) : 120);
  std::map<std::string, std::string> reference;
  for (unsigned order = 0; order < 3; ++order) {
    // The fixture's database for the first order, a fresh one for each other.
    const std::string uri = order == 0 ? uri_ : FreshDatabase("pg_order" + std::to_string(order));
    std::unique_ptr<PgStore> store = order == 0 ? std::move(store_) : OpenPg(uri);
    ASSERT_NE(store, nullptr);
    std::vector<DocumentInput> shuffled = docs;
    if (order == 1) std::reverse(shuffled.begin(), shuffled.end());
    if (order == 2) std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(order));
    // Batches of varying size, as workers would send them.
    std::vector<IngestResult> results;
    for (size_t i = 0; i < shuffled.size();) {
      const size_t n = std::min(shuffled.size() - i, size_t{1} + (i * 7 + order) % 9);
      ASSERT_TRUE(store->IngestBatch(std::span<const DocumentInput>(shuffled).subspan(i, n), &results).ok());
      i += n;
    }
    auto snapshot = PgSnapshot(uri);
    EXPECT_GT(PgCount(uri, "SELECT COUNT(*) FROM events WHERE mention_count > 1"), 5);
    if (order == 0) {
      reference = snapshot;
    } else {
      for (const auto& [table, rows] : reference) EXPECT_EQ(snapshot[table], rows) << table << ", order " << order;
    }
  }
}

// The canonical grouping is what the SQLite store gives when the reports
// arrive in date order (then document id).
TEST_F(PgStoreTest, GroupsAsTheSqliteStoreDoesInDateOrder) {
  const auto docs = RandomReports(11, 120);
  IngestAll(docs);
  auto sqlite = SqliteInDateOrder(docs);
  ASSERT_NE(sqlite, nullptr);
  // Each event as the sorted ids of its documents.
  std::vector<std::string> from_sqlite, from_pg;
  auto stmt = sqlite->db().Prepare(
      "SELECT group_concat(id, ',') FROM (SELECT m.event AS e, d.id AS id FROM mentions m"
      " JOIN documents d ON d.rowid = m.doc ORDER BY d.id) GROUP BY e");
  ASSERT_TRUE(stmt.ok());
  Status st;
  while (stmt->Step(&st)) from_sqlite.push_back(stmt->ColumnString(0));
  pqxx::connection c(uri_);
  pqxx::nontransaction tx(c);
  for (const auto& row : tx.exec("SELECT string_agg(d.id, ',' ORDER BY d.id) FROM mentions m"
                                 " JOIN documents d ON d.rowid = m.doc GROUP BY m.event")) {
    from_pg.push_back(row[0].as<std::string>());
  }
  std::sort(from_sqlite.begin(), from_sqlite.end());
  std::sort(from_pg.begin(), from_pg.end());
  EXPECT_EQ(from_pg, from_sqlite);
}

TEST_F(PgStoreTest, AnotherRuleRelinksTheStoredMentions) {
  const auto docs = RandomReports(5, 80);
  IngestAll(docs);
  store_.reset();  // Other rules are set by the stores opened below.
  const int64_t window3 = PgCount(uri_, "SELECT COUNT(*) FROM events");
  DedupOptions none;
  none.mode = DedupMode::kNone;
  ASSERT_NE(OpenPg(uri_, none), nullptr);
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM events"), 80);
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM mentions WHERE event IS NULL"), 0);
  // Back to the default: the same rows as the first time.
  const std::string fresh = FreshDatabase("pg_rededup_ref");
  {
    auto ref = OpenPg(fresh);
    std::vector<IngestResult> results;
    ASSERT_TRUE(ref->IngestBatch(docs, &results).ok());
  }
  ASSERT_NE(OpenPg(uri_), nullptr);
  EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM events"), window3);
  EXPECT_EQ(PgSnapshot(uri_)["events"], PgSnapshot(fresh)["events"]);
  // A worker opened before another process changed the rule refuses to write.
  {
    auto before = OpenPg(uri_);
    ASSERT_NE(before, nullptr);
    ASSERT_NE(OpenPg(uri_, none), nullptr);
    IngestResult r = before->Ingest(MakeDoc("late", "2020-03-02", "X", {MakeEvent("EGY", "LBY", "190", "2020-03-02")}));
    EXPECT_EQ(r.outcome, IngestOutcome::kFailed);
    EXPECT_NE(r.status.message().find("dedup rule"), std::string::npos) << r.status.ToString();
    EXPECT_EQ(PgCount(uri_, "SELECT COUNT(*) FROM documents WHERE id = 'late'"), 0);
    ASSERT_NE(OpenPg(uri_), nullptr);
  }
  // Readers adopt the stored rule.
  PgStoreOptions adopt;
  adopt.adopt_stored_dedup = true;
  adopt.dedup = none;
  auto reader = PgStore::Open(uri_, adopt);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->dedup_options().mode, DedupMode::kWindow);
}

// The queries answer on PostgreSQL as on SQLite for the same grouping.
TEST_F(PgQueryTest, AnswersAsTheSqliteStore) {
  auto docs = RandomReports(3, 200, 60);
  docs[0].sentences = {{0, "Le président égyptien a rencontré Haftar", "fr", 0, 40, ""}};
  docs[0].events[0].sentence = docs[0].sentences[0].text;
  docs[0].events[0].attribution = {{"Reuters", "outlet"}};
  IngestAll(docs);
  auto lite = SqliteInDateOrder(docs);
  ASSERT_NE(lite, nullptr);

  for (int variant = 0; variant < 3; ++variant) {
    QueryFilter f;
    if (variant == 1) {
      f.from_day = "2020-03-10";
      f.to_day = "2020-04-10";
      f.roots = {"19", "04"};
    }
    if (variant == 2) f.level = ActorLevel::kAgent;
    auto a = PgQueryNetwork(*store_, f);
    auto b = QueryNetwork(*lite, f);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ASSERT_TRUE(b.ok());
    ASSERT_EQ(a->edges.size(), b->edges.size()) << "variant " << variant;
    ASSERT_FALSE(a->edges.empty());
    for (size_t i = 0; i < a->edges.size(); ++i) {
      EXPECT_EQ(a->edges[i].source, b->edges[i].source);
      EXPECT_EQ(a->edges[i].target, b->edges[i].target);
      EXPECT_EQ(a->edges[i].events, b->edges[i].events);
      EXPECT_EQ(a->edges[i].mentions, b->edges[i].mentions);
      EXPECT_EQ(a->edges[i].cooperation, b->edges[i].cooperation);
      EXPECT_NEAR(a->edges[i].mean_goldstein.value_or(99), b->edges[i].mean_goldstein.value_or(99), 1e-9);
    }
    ASSERT_EQ(a->nodes.size(), b->nodes.size());
    for (size_t i = 0; i < a->nodes.size(); ++i) {
      EXPECT_EQ(a->nodes[i].code, b->nodes[i].code);
      EXPECT_EQ(a->nodes[i].name, b->nodes[i].name);
      EXPECT_EQ(a->nodes[i].degree, b->nodes[i].degree);
    }
  }
  for (Bucket bucket : {Bucket::kDay, Bucket::kWeek, Bucket::kMonth}) {
    auto a = PgQuerySeries(*store_, "EGY", "", bucket, QueryFilter());
    auto b = QuerySeries(*lite, "EGY", "", bucket, QueryFilter());
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ASSERT_TRUE(b.ok());
    ASSERT_EQ(a->size(), b->size());
    ASSERT_FALSE(a->empty());
    for (size_t i = 0; i < a->size(); ++i) {
      EXPECT_EQ((*a)[i].period, (*b)[i].period);
      EXPECT_EQ((*a)[i].events, (*b)[i].events);
      EXPECT_EQ((*a)[i].mentions, (*b)[i].mentions);
    }
  }
  auto top = PgQueryTopEvents(*store_, QueryFilter(), 5);
  auto top_lite = QueryTopEvents(*lite, QueryFilter(), 5);
  ASSERT_TRUE(top.ok()) << top.status().ToString();
  ASSERT_EQ(top->size(), 5u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ((*top)[i].mention_count, (*top_lite)[i].mention_count);
  auto ev = PgQueryEvidence(*store_, "EGY", "FRA", QueryFilter(), 1000);
  auto ev_lite = QueryEvidence(*lite, "EGY", "FRA", QueryFilter(), 1000);
  ASSERT_TRUE(ev.ok()) << ev.status().ToString();
  EXPECT_EQ(ev->size(), ev_lite->size());
  EXPECT_FALSE(ev->empty());
  auto hits = PgSearchSentences(*store_, "PRESIDENT egyptien", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].text, "Le président égyptien a rencontré Haftar");
  EXPECT_TRUE(PgSearchSentences(*store_, "président absentword", 10)->empty());
  EXPECT_TRUE(PgSearchSentences(*store_, "  ", 10)->empty());
  EXPECT_TRUE(PgSearchSentences(*store_, "'); DROP TABLE sentences; --", 10).ok());
  EXPECT_GT(PgCount(uri_, "SELECT COUNT(*) FROM sentences"), 0);
}

// The JSONL that `export(writer)` writes.
template <typename ExportFn>
std::string ExportedJsonl(ExportFn export_fn) {
  char* buf = nullptr;
  size_t size = 0;
  std::FILE* f = open_memstream(&buf, &size);
  auto writer = events::NewWriter("jsonl", f);
  EXPECT_TRUE(writer.ok());
  EXPECT_TRUE(export_fn(writer->get()).ok());
  EXPECT_TRUE((*writer)->Finish().ok());
  std::fclose(f);
  std::string out(buf, size);
  std::free(buf);
  return out;
}

TEST_F(PgExportTest, MentionsPageByPageAsTheSqliteStore) {
  auto docs = RandomReports(5, 60, 40);
  // Every field that has its own column or table: places with coordinates and
  // alternatives, attribution chains, hostile text.
  docs[1].events[0].attribution = {{"Reuters", "outlet"}, {"a military source", "source"}};
  docs[2].events[0].location = events::Location{"Tripoli", "LBY", 32.9, 13.2, {"Tarabulus", "Tripoli, LB"}};
  docs[3].events[0].source.text = "'); DROP TABLE mentions; -- \"quoted\" | bar";
  docs[4].events[0].background = true;
  docs[5].events[0].certainty = events::Certainty::kAlleged;
  IngestAll(docs);
  // Both in the same order: the mentions and their events are the same.
  auto lite = Store::Open(":memory:");
  ASSERT_TRUE(lite.ok());
  std::vector<IngestResult> results;
  ASSERT_TRUE((*lite)->IngestBatch(docs, &results).ok());
  for (int variant = 0; variant < 2; ++variant) {
    QueryFilter f;
    if (variant == 1) {
      f.from_day = "2020-03-05";
      f.to_day = "2020-03-25";
      f.roots = {"19", "04"};
      f.include_background = false;
    }
    const std::string want = ExportedJsonl([&](events::EventWriter* w) { return ExportMentions(**lite, f, w); });
    ASSERT_FALSE(want.empty());
    // Pages of 7 mentions, of 1, and all at once give the same lines.
    for (int page_rows : {7, 1, 1000}) {
      EXPECT_EQ(ExportedJsonl([&](events::EventWriter* w) { return PgExportMentions(*store_, f, w, page_rows); }), want)
          << "variant " << variant << ", pages of " << page_rows;
    }
  }
  std::string a, b;
  ASSERT_TRUE(PgExportEventsCsv(*store_, QueryFilter(), &a).ok());
  ASSERT_TRUE(ExportEventsCsv(**lite, QueryFilter(), &b).ok());
  EXPECT_EQ(std::count(a.begin(), a.end(), '\n'), std::count(b.begin(), b.end(), '\n'));
  EXPECT_EQ(a.substr(0, a.find('\n')), b.substr(0, b.find('\n')));
}

TEST_F(PgStoreTest, OpenEventStorePicksTheBackendByTheDbValue) {
  auto pg = OpenEventStore(uri_, StoreOptions());
  ASSERT_TRUE(pg.ok()) << pg.status().ToString();
  EXPECT_NE((*pg)->postgres(), nullptr);
  EXPECT_EQ((*pg)->sqlite(), nullptr);
  auto lite = OpenEventStore(":memory:", StoreOptions());
  ASSERT_TRUE(lite.ok());
  EXPECT_NE((*lite)->sqlite(), nullptr);
  EXPECT_EQ((*lite)->postgres(), nullptr);
}

}  // namespace
}  // namespace isnad::store
