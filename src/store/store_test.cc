// Tests of the event store on in-memory (or temporary) databases: schema and
// migrations, idempotent ingest, the dedup rule, queries, hostile strings and
// the exports.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <filesystem>
#include <gtest/gtest.h>
#include <string>
#include <vector>

#include "events/writer.h"
#include "store/dedup.h"
#include "store/export.h"
#include "store/query.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/testing/store_fixtures.h"
#include "testutil.h"
#include "util/files.h"

namespace isnad::store {
namespace {

using testing::MakeDoc;
using testing::MakeEvent;

std::unique_ptr<Store> OpenMemory(const StoreOptions& options = StoreOptions()) {
  auto store = Store::Open(":memory:", options);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return std::move(store).value();
}

// Every row of the main tables, as text, for before/after comparisons.
std::string DumpTables(Store& store) {
  std::string out;
  for (const char* sql :
       {"SELECT id, content_hash, source, date, sentence_count, mention_count, ingested_at FROM documents"
        " ORDER BY rowid",
        "SELECT doc, idx, text FROM sentences ORDER BY id", "SELECT doc, ord, code, event FROM mentions ORDER BY id",
        "SELECT id, source_actor, target_actor, mention_count, outlet_count FROM events ORDER BY id",
        "SELECT code, mention_count FROM actors ORDER BY code", "SELECT mention, ord, text FROM attributions"}) {
    auto stmt = store.db().Prepare(sql);
    EXPECT_TRUE(stmt.ok());
    Status s;
    while (stmt->Step(&s)) {
      for (int c = 0; c < 7; ++c) {
        out += stmt->ColumnString(c);
        out += '|';
      }
      out += '\n';
    }
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
  return out;
}

TEST(SchemaTest, CreatesTheLatestVersion) {
  auto store = OpenMemory();
  EXPECT_EQ(*store->db().QueryInt("PRAGMA user_version"), kSchemaVersion);
  for (const char* table : {"documents", "sentences", "mentions", "attributions", "events", "actors", "actor_names",
                            "meta", "sentence_fts"}) {
    auto stmt = store->db().Prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = ?1");
    ASSERT_TRUE(stmt.ok());
    stmt->BindText(1, table);
    Status s;
    ASSERT_TRUE(stmt->Step(&s));
    EXPECT_EQ(stmt->ColumnInt(0), 1) << table;
  }
}

TEST(SchemaTest, MigratesFromVersionOneAndIndexesOldSentences) {
  std::string path = testing::TempDir() + "/v1.sqlite";
  {
    auto db = Db::Open(path, 1000);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrate(db->get(), 1).ok());
    EXPECT_EQ(*(*db)->QueryInt("PRAGMA user_version"), 1);
    ASSERT_TRUE((*db)->Exec("INSERT INTO documents(id, content_hash, sentence_count, mention_count, ingested_at)"
                            " VALUES ('old', 'h', 1, 0, 'then');"
                            "INSERT INTO sentences(doc, idx, text, span_begin, span_end)"
                            " VALUES (1, 0, 'أعلنت إسرائيل دعمها', 0, 10);")
                    .ok());
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(*(*store)->db().QueryInt("PRAGMA user_version"), kSchemaVersion);
  auto hits = SearchSentences(**store, "اسرائيل", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].doc_id, "old");
}

TEST(SchemaTest, RefusesADatabaseFromANewerIsnad) {
  std::string path = testing::TempDir() + "/new.sqlite";
  {
    auto db = Db::Open(path, 1000);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Exec("PRAGMA user_version = 99").ok());
  }
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kCorruption);
  EXPECT_NE(store.status().message().find("newer"), std::string::npos);
}

TEST(SchemaTest, RefusesAFileThatIsNotADatabase) {
  std::string path = testing::TempDir() + "/junk.sqlite";
  ASSERT_TRUE(WriteFile(path, std::string(4096, 'x')).ok());
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(path), std::string::npos) << store.status().ToString();
}

TEST(StoreTest, ReingestingChangesNothing) {
  auto store = OpenMemory();
  auto doc = MakeDoc("d1", "2019-04-04", "Reuters",
                     {MakeEvent("EGYGOV", "LBYMIL", "051", "2019-04-04"),
                      MakeEvent("ISR", "LBYMIL", "072", std::nullopt, 1)});
  doc.events[1].attribution = {{"العربي الجديد", "outlet"}, {"مصدر عسكري", "source"}};
  EXPECT_EQ(store->Ingest(doc).outcome, IngestOutcome::kInserted);
  const std::string before = DumpTables(*store);
  EXPECT_EQ(store->Ingest(doc).outcome, IngestOutcome::kSameId);
  auto other_text = doc;
  other_text.doc.text = "changed";
  EXPECT_EQ(store->Ingest(other_text).outcome, IngestOutcome::kSameId);
  auto other_id = doc;
  other_id.doc.id = "d1-copy";
  EXPECT_EQ(store->Ingest(other_id).outcome, IngestOutcome::kSameContent);
  EXPECT_EQ(DumpTables(*store), before);
  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 1);
  EXPECT_EQ(counts->sentences, 2);
  EXPECT_EQ(counts->mentions, 2);
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM attributions"), 2);
  auto probe = store->Probe("d2", "new text");
  ASSERT_TRUE(probe.ok());
  EXPECT_EQ(*probe, IngestOutcome::kInserted);
}

TEST(StoreTest, ABadDocumentIsRolledBackAloneAndTheBatchGoesOn) {
  auto store = OpenMemory();
  std::vector<DocumentInput> batch = {
      MakeDoc("good1", "2019-04-04", "A", {MakeEvent("EGY", "LBY", "051", std::nullopt)}),
      MakeDoc("bad", "2019-04-04", "A", {MakeEvent("EGY", "LBY", "051", std::nullopt)}),
      MakeDoc("good2", "2019-04-05", "A", {MakeEvent("EGY", "LBY", "190", std::nullopt)}),
  };
  batch[1].events.push_back(MakeEvent("EGY", "LBY", "051", std::nullopt));
  batch[1].events.back().code.clear();  // A record without a code is refused.
  std::vector<IngestResult> results;
  ASSERT_TRUE(store->IngestBatch(batch, &results).ok());
  EXPECT_EQ(results[0].outcome, IngestOutcome::kInserted);
  EXPECT_EQ(results[1].outcome, IngestOutcome::kFailed);
  EXPECT_NE(results[1].status.message().find("bad"), std::string::npos);
  EXPECT_EQ(results[2].outcome, IngestOutcome::kInserted);
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM documents"), 2);
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM mentions"), 2);
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM sentences WHERE doc NOT IN (SELECT rowid FROM documents)"),
            0);
}

TEST(StoreTest, ALockedDatabaseFailsTheBatchAndWritesNothing) {
  const std::string path = testing::TempDir() + "/locked.sqlite";
  StoreOptions options;
  options.busy_timeout_ms = 50;
  auto holder = Store::Open(path, options);
  auto writer = Store::Open(path, options);
  ASSERT_TRUE(holder.ok() && writer.ok());
  ASSERT_TRUE((*holder)->db().Exec("BEGIN IMMEDIATE").ok());
  std::vector<DocumentInput> batch = {
      MakeDoc("d1", "2019-04-04", "A", {MakeEvent("EGY", "LBY", "051", std::nullopt)})};
  std::vector<IngestResult> results;
  Status s = (*writer)->IngestBatch(batch, &results);
  EXPECT_EQ(s.code(), StatusCode::kIoError) << s.ToString();
  EXPECT_NE(s.message().find(path), std::string::npos) << s.ToString();
  ASSERT_TRUE((*holder)->db().Exec("COMMIT").ok());
  EXPECT_EQ(*(*writer)->db().QueryInt("SELECT COUNT(*) FROM documents"), 0);
  ASSERT_TRUE((*writer)->IngestBatch(batch, &results).ok());
  EXPECT_EQ(results[0].outcome, IngestOutcome::kInserted);
}

TEST(DedupTest, TenReportsFromFiveOutletsAreOneEvent) {
  auto store = OpenMemory();
  const char* sources[] = {"ISR", "ISRGOV", "ISRMIL"};  // One country, several agents.
  const char* codes[] = {"072", "070", "073"};          // One root.
  for (int i = 0; i < 10; ++i) {
    std::string day = "2019-04-0" + std::to_string(4 + i % 3);
    auto ev = MakeEvent(sources[i % 3], "LBYMIL", codes[i % 3], day);
    if (i == 3) {
      ev.location = events::Location{"Benghazi", "LBY", 32.1, 20.1, {}};
    }
    auto doc = MakeDoc("report" + std::to_string(i), day, "outlet" + std::to_string(i % 5), {ev});
    ASSERT_EQ(store->Ingest(doc).outcome, IngestOutcome::kInserted);
  }
  ASSERT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM events"), 1);
  auto top = QueryTopEvents(*store, QueryFilter(), 10);
  ASSERT_TRUE(top.ok());
  ASSERT_EQ(top->size(), 1u);
  const TopEvent& e = (*top)[0];
  EXPECT_EQ(e.mention_count, 10);
  EXPECT_EQ(e.outlet_count, 5);
  EXPECT_EQ(e.source_actor, "ISR");
  EXPECT_EQ(e.target_actor, "LBY");
  EXPECT_EQ(e.root, "07");
  EXPECT_EQ(e.first_report, "2019-04-04");
  EXPECT_EQ(e.last_report, "2019-04-06");
  EXPECT_EQ(e.date_first, "2019-04-04");
  EXPECT_EQ(e.date_last, "2019-04-06");
  EXPECT_EQ(e.place, "LBY");  // Learnt from the one report that had it.
  // The raw mentions are all kept, every sentence with them.
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM mentions"), 10);
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(DISTINCT sentence) FROM mentions"), 10);

  // Outside the window, another place, another root, an undated document: new events.
  ASSERT_EQ(store->Ingest(MakeDoc("late", "2019-04-20", "o", {MakeEvent("ISR", "LBY", "072", "2019-04-20")}))
                .outcome,
            IngestOutcome::kInserted);
  auto elsewhere = MakeEvent("ISR", "LBY", "072", "2019-04-05");
  elsewhere.location = events::Location{"Amman", "JOR", std::nullopt, std::nullopt, {}};
  ASSERT_EQ(store->Ingest(MakeDoc("elsewhere", "2019-04-05", "o", {elsewhere})).outcome, IngestOutcome::kInserted);
  ASSERT_EQ(store->Ingest(MakeDoc("attack", "2019-04-05", "o", {MakeEvent("ISR", "LBY", "190", "2019-04-05")}))
                .outcome,
            IngestOutcome::kInserted);
  ASSERT_EQ(store->Ingest(MakeDoc("undated1", "", "o", {MakeEvent("ISR", "LBY", "072", std::nullopt)})).outcome,
            IngestOutcome::kInserted);
  ASSERT_EQ(store->Ingest(MakeDoc("undated2", "", "p", {MakeEvent("ISR", "LBY", "072", std::nullopt)})).outcome,
            IngestOutcome::kInserted);
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM events"), 6);
}

TEST(DedupTest, CoarseDatesOnlyMatchTheSameCoarseDate) {
  auto store = OpenMemory();
  for (const char* date : {"2015", "2015", "2015-06", "2015/2016"}) {
    static int n = 0;
    auto doc = MakeDoc("c" + std::to_string(n++), "2019-01-01", "o", {MakeEvent("ISR", "LBY", "072", date)});
    ASSERT_EQ(store->Ingest(doc).outcome, IngestOutcome::kInserted);
  }
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM events"), 3);
}

TEST(DedupTest, RulesCanBeChangedAndReapplied) {
  auto store = OpenMemory();
  for (int i = 0; i < 6; ++i) {
    std::string day = "2019-04-0" + std::to_string(4 + i % 2);
    auto doc = MakeDoc("r" + std::to_string(i), day, "o" + std::to_string(i),
                       {MakeEvent(i % 2 ? "ISRGOV" : "ISRMIL", "LBYMIL", i < 3 ? "072" : "070", day)});
    ASSERT_EQ(store->Ingest(doc).outcome, IngestOutcome::kInserted);
  }
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM events"), 1);
  DedupOptions agent;
  agent.level = ActorLevel::kAgent;
  ASSERT_TRUE(store->Rededup(agent).ok());
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM events"), 2);  // ISRMIL and ISRGOV.
  DedupOptions one_a_day;
  one_a_day.mode = DedupMode::kOneADay;
  ASSERT_TRUE(store->Rededup(one_a_day).ok());
  // (day, source, target, code): (04,MIL,072) (05,GOV,072) (04,MIL,072) (05,GOV,070) (04,MIL,070) (05,GOV,070).
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM events"), 4);
  DedupOptions none;
  none.mode = DedupMode::kNone;
  ASSERT_TRUE(store->Rededup(none).ok());
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM events"), 6);
  EXPECT_EQ(*store->db().QueryInt("SELECT SUM(mention_count) FROM events"), 6);
}

TEST(DedupTest, ReadersKeepTheStoredRuleAndWritersApplyTheirs) {
  const std::string path = testing::TempDir() + "/rule.sqlite";
  StoreOptions agent;
  agent.dedup.level = ActorLevel::kAgent;
  {
    auto store = Store::Open(path, agent);
    ASSERT_TRUE(store.ok());
    for (int i = 0; i < 2; ++i) {
      auto doc = MakeDoc("r" + std::to_string(i), "2019-04-04", "o",
                         {MakeEvent(i ? "ISRGOV" : "ISRMIL", "LBYMIL", "072", "2019-04-04")});
      ASSERT_EQ((*store)->Ingest(doc).outcome, IngestOutcome::kInserted);
    }
    EXPECT_EQ(*(*store)->db().QueryInt("SELECT COUNT(*) FROM events"), 2);
  }
  StoreOptions reader;
  reader.adopt_stored_dedup = true;
  {
    auto store = Store::Open(path, reader);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ((*store)->dedup_options().level, ActorLevel::kAgent);
    EXPECT_EQ(*(*store)->db().QueryInt("SELECT COUNT(*) FROM events"), 2);
  }
  {
    auto store = Store::Open(path);  // Default: country level; rebuilt on open.
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(*(*store)->db().QueryInt("SELECT COUNT(*) FROM events"), 1);
  }
  for (const char* rule : {"window 3 country", "window 0 agent", "one-a-day", "none"}) {
    auto parsed = ParseDedupDescription(rule);
    ASSERT_TRUE(parsed.ok()) << rule;
    EXPECT_EQ(DescribeDedup(*parsed), rule);
  }
  EXPECT_FALSE(ParseDedupDescription("window x country").ok());
  EXPECT_FALSE(ParseDedupDescription("").ok());
}

TEST(DedupTest, KeysAndDates) {
  EXPECT_EQ(CountryOf("LBYMIL"), "LBY");
  EXPECT_EQ(CountryOf("IGOUNOMIL"), "IGOUNO");
  EXPECT_EQ(CountryOf(""), "");
  EXPECT_EQ(IsoDay(*JulianDay("2019-04-04")), "2019-04-04");
  EXPECT_EQ(*JulianDay("2019-03-01") - *JulianDay("2019-02-28"), 1);
  EXPECT_EQ(*JulianDay("2020-03-01") - *JulianDay("2020-02-28"), 2);
  EXPECT_EQ(IsoDay(*JulianDay("2017")), "2017-01-01");
  EXPECT_FALSE(JulianDay("last year").has_value());
  EXPECT_FALSE(JulianDay("2019-13-01").has_value());
  EXPECT_FALSE(ParseDedupMode("sometimes").ok());
  EXPECT_FALSE(ParseActorLevel("planet").ok());
}

// A small store: support for LBY from five backers, an attack, two languages.
std::unique_ptr<Store> SmallStore() {
  auto store = OpenMemory();
  const char* backers[] = {"ISR", "EGYGOV", "FRAGOV", "SAUGOV", "AREGOV"};
  int n = 0;
  for (const char* b : backers) {
    auto ev = MakeEvent(b, "LBYMIL", "051", "2019-04-0" + std::to_string(1 + n));
    ev.certainty = n == 0 ? events::Certainty::kAlleged : events::Certainty::kAsserted;
    ev.attribution = {{"Middle East Monitor", "outlet"}};
    auto doc = MakeDoc("s" + std::to_string(n), "2019-04-10", n % 2 ? "Al-Araby" : "Reuters", {ev});
    doc.sentences = {{0, ev.sentence, "en", 0, static_cast<uint32_t>(ev.sentence.size()), ""}};
    EXPECT_EQ(store->Ingest(doc).outcome, IngestOutcome::kInserted);
    ++n;
  }
  auto attack = MakeEvent("LBYMIL", "LBYGOV", "190", "2019-05-02");
  attack.lang = "ar";
  attack.sentence = "هاجمت قوات حفتر طرابلس";
  EXPECT_EQ(store->Ingest(MakeDoc("a1", "2019-05-02", "Reuters", {attack})).outcome, IngestOutcome::kInserted);
  return store;
}

TEST(QueryTest, NetworkHasLibyaAtTheCentre) {
  auto store = SmallStore();
  auto net = QueryNetwork(*store, QueryFilter());
  ASSERT_TRUE(net.ok()) << net.status().ToString();
  ASSERT_FALSE(net->nodes.empty());
  EXPECT_EQ(net->nodes[0].code, "LBY");
  EXPECT_EQ(net->nodes[0].events_in, 6);  // Five supports and the self-loop of the attack.
  EXPECT_EQ(net->edges.size(), 6u);
  for (const auto& e : net->edges) {
    EXPECT_EQ(e.events, 1);
    ASSERT_TRUE(e.mean_goldstein.has_value());
    if (e.source == "LBY") {
      EXPECT_EQ(e.conflict, 1);
    } else {
      EXPECT_EQ(e.cooperation, 1);
    }
  }
  QueryFilter only_ar;
  only_ar.langs = {"ar"};
  auto ar = QueryNetwork(*store, only_ar);
  ASSERT_TRUE(ar.ok());
  ASSERT_EQ(ar->edges.size(), 1u);
  EXPECT_EQ(ar->edges[0].source, "LBY");
  QueryFilter alleged;
  alleged.certainties = {"alleged"};
  alleged.level = ActorLevel::kAgent;
  auto al = QueryNetwork(*store, alleged);
  ASSERT_TRUE(al.ok());
  ASSERT_EQ(al->edges.size(), 1u);
  EXPECT_EQ(al->edges[0].source, "ISR");
  EXPECT_EQ(al->edges[0].target, "LBYMIL");
  QueryFilter april;
  april.from_day = "2019-04-02";
  april.to_day = "2019-04-30";
  april.roots = {"05"};
  april.outlets = {"Reuters"};
  auto ap = QueryNetwork(*store, april);
  ASSERT_TRUE(ap.ok());
  ASSERT_EQ(ap->edges.size(), 2u);  // s2 (FRA) and s4 (ARE).
  QueryFilter assault;
  assault.plover_types = {"ASSAULT"};
  auto as = QueryNetwork(*store, assault);
  ASSERT_TRUE(as.ok());
  ASSERT_EQ(as->edges.size(), 1u);  // The attack of 2019-05-02.
  for (const auto& edge : as->edges) EXPECT_GT(edge.conflict, 0) << edge.source << "->" << edge.target;
  QueryFilter cooperate = assault;
  cooperate.plover_types = {"COOPERATE"};
  auto co = QueryNetwork(*store, cooperate);
  ASSERT_TRUE(co.ok());
  ASSERT_FALSE(co->edges.empty());
  for (const auto& edge : co->edges) EXPECT_EQ(edge.conflict, 0) << edge.source << "->" << edge.target;
  auto json = NetworkJson(*net);
  EXPECT_NE(json.find("\"nodes\""), std::string::npos);
}

TEST(QueryTest, UnfilteredNetworkFromEventsEqualsTheMentionCount) {
  auto store = SmallStore();
  // More reports of known events, an undated one, and one without a target.
  for (int i = 0; i < 4; ++i) {
    auto ev = MakeEvent(i % 2 ? "ISRMIL" : "ISR", "LBYMIL", "051", "2019-04-01");
    ASSERT_EQ(store->Ingest(MakeDoc("more" + std::to_string(i), "2019-04-01", "o" + std::to_string(i), {ev})).outcome,
              IngestOutcome::kInserted);
  }
  ASSERT_EQ(store->Ingest(MakeDoc("undated", "", "o", {MakeEvent("TUR", "LBY", "190", std::nullopt)})).outcome,
            IngestOutcome::kInserted);
  ASSERT_EQ(store->Ingest(MakeDoc("half", "", "o", {MakeEvent("TUR", "", "010", std::nullopt)})).outcome,
            IngestOutcome::kInserted);
  QueryFilter every_root;  // Restricts nothing, but takes the per-mention path.
  for (int r = 1; r <= 20; ++r) every_root.roots.push_back((r < 10 ? "0" : "") + std::to_string(r));
  auto fast = QueryNetwork(*store, QueryFilter());
  auto slow = QueryNetwork(*store, every_root);
  ASSERT_TRUE(fast.ok() && slow.ok());
  EXPECT_EQ(NetworkJson(*fast), NetworkJson(*slow));
  EXPECT_NE(NetworkJson(*fast).find("\"mentions\":5"), std::string::npos) << NetworkJson(*fast);
}

TEST(QueryTest, SeriesPerDayWeekAndMonth) {
  auto store = SmallStore();
  QueryFilter f;
  auto days = QuerySeries(*store, "", "LBY", Bucket::kDay, f);
  ASSERT_TRUE(days.ok()) << days.status().ToString();
  EXPECT_EQ(days->size(), 6u);
  auto months = QuerySeries(*store, "", "LBY", Bucket::kMonth, f);
  ASSERT_TRUE(months.ok());
  ASSERT_EQ(months->size(), 2u);
  EXPECT_EQ((*months)[0].period, "2019-04");
  EXPECT_EQ((*months)[0].events, 5);
  EXPECT_EQ((*months)[1].conflict, 1);
  auto weeks = QuerySeries(*store, "EGY", "LBY", Bucket::kWeek, f);
  ASSERT_TRUE(weeks.ok());
  ASSERT_EQ(weeks->size(), 1u);
  EXPECT_EQ((*weeks)[0].period, "2019-04-01");  // The Monday of 2019-04-02.
}

TEST(QueryTest, EvidenceHasSentencesSpansAndAttribution) {
  auto store = SmallStore();
  auto ev = QueryEvidence(*store, "ISR", "LBY", QueryFilter(), 10);
  ASSERT_TRUE(ev.ok()) << ev.status().ToString();
  ASSERT_EQ(ev->size(), 1u);
  const Evidence& e = (*ev)[0];
  EXPECT_EQ(e.doc_id, "s0");
  EXPECT_NE(e.sentence.find("ISR did 051"), std::string::npos);
  EXPECT_EQ(e.source.text, "ISR text");
  EXPECT_EQ(e.trigger.begin, 4u);
  EXPECT_EQ(e.certainty, "alleged");
  ASSERT_EQ(e.attribution.size(), 1u);
  EXPECT_EQ(e.attribution[0].first, "Middle East Monitor");
  EXPECT_FALSE(QueryEvidence(*store, "", "LBY", QueryFilter(), 10).ok());
  EXPECT_NE(EvidenceJson(*ev).find("Middle East Monitor"), std::string::npos);
}

TEST(QueryTest, SearchIgnoresDiacriticsAndCase) {
  auto store = SmallStore();
  auto hits = SearchSentences(*store, "طَرابُلس", 10);  // With harakat.
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].doc_id, "a1");
  auto latin = SearchSentences(*store, "egygov", 10);
  ASSERT_TRUE(latin.ok());
  EXPECT_EQ(latin->size(), 1u);
  auto none = SearchSentences(*store, "", 10);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST(QueryTest, HostileStringsAreData) {
  auto store = SmallStore();
  const std::vector<std::string> hostile = {"'; DROP TABLE documents; --", "\"", "x\" OR 1=1 --", "NEAR(a b)",
                                            "norm:foo", "*", "a'b\"c", "); DELETE FROM mentions; --"};
  int n = 0;
  for (const auto& h : hostile) {
    auto ev = MakeEvent("EGY", "LBY", "051", "2019-06-01");
    ev.sentence = "sentence " + h;
    ev.source.text = h;
    ev.attribution = {{h, h}};
    auto doc = MakeDoc(h + std::to_string(n++), "2019-06-01", h, {ev});
    doc.doc.title = h;
    ASSERT_EQ(store->Ingest(doc).outcome, IngestOutcome::kInserted) << h;
  }
  for (const auto& h : hostile) {
    auto hits = SearchSentences(*store, h, 100);
    EXPECT_TRUE(hits.ok()) << h << ": " << hits.status().ToString();
    QueryFilter f;
    f.outlets = {h};
    f.langs = {h};
    auto net = QueryNetwork(*store, f);
    EXPECT_TRUE(net.ok()) << h;
    f.langs.clear();
    auto outlet_net = QueryNetwork(*store, f);
    ASSERT_TRUE(outlet_net.ok());
    ASSERT_EQ(outlet_net->edges.size(), 1u) << h;
    EXPECT_EQ(outlet_net->edges[0].events, 1) << h;  // The one document from that "outlet".
    EXPECT_TRUE(QueryEvidence(*store, h, h, QueryFilter(), 10).ok());
  }
  auto hits = SearchSentences(*store, "DROP TABLE documents", 10);
  ASSERT_TRUE(hits.ok());
  EXPECT_EQ(hits->size(), 1u);
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM documents"), 6 + static_cast<int64_t>(hostile.size()));
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM mentions"), 6 + static_cast<int64_t>(hostile.size()));
}

xmlDocPtr ParseXml(const std::string& xml) {
  return xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "export.xml", nullptr,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

int CountElements(xmlNodePtr node, const char* name) {
  int n = 0;
  for (xmlNodePtr c = node; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && xmlStrcmp(c->name, BAD_CAST name) == 0) ++n;
    n += CountElements(c->children, name);
  }
  return n;
}

TEST(ExportTest, GraphmlAndGexfAreWellFormed) {
  auto store = SmallStore();
  // A name that needs escaping.
  auto ev = MakeEvent("USA", "LBY", "051", "2019-06-01");
  ev.source.text = "<Trump & \"Co\">";
  ASSERT_EQ(store->Ingest(MakeDoc("x", "2019-06-01", "o", {ev})).outcome, IngestOutcome::kInserted);
  auto net = QueryNetwork(*store, QueryFilter());
  ASSERT_TRUE(net.ok());
  for (bool gexf : {false, true}) {
    std::string xml;
    if (gexf) {
      AppendGexf(*net, &xml);
    } else {
      AppendGraphml(*net, &xml);
    }
    xmlDocPtr doc = ParseXml(xml);
    ASSERT_NE(doc, nullptr) << xml;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    EXPECT_STREQ(reinterpret_cast<const char*>(root->name), gexf ? "gexf" : "graphml");
    EXPECT_EQ(CountElements(root, "node"), static_cast<int>(net->nodes.size()));
    EXPECT_EQ(CountElements(root, "edge"), static_cast<int>(net->edges.size()));
    xmlFreeDoc(doc);
    EXPECT_NE(xml.find("&lt;Trump &amp; &quot;Co&quot;&gt;"), std::string::npos);
  }
}

TEST(ExportTest, MentionsRoundTripToTheSameJson) {
  auto store = OpenMemory();
  auto a = MakeEvent("ISR", "LBYMIL", "072", "2015", 3);
  a.attribution = {{"العربي الجديد", "outlet"}, {"مصدر عسكري", "source"}};
  a.certainty = events::Certainty::kReported;
  a.location = events::Location{"عمان", "JOR", 31.95, 35.93, {"OMN"}};
  a.plover_type = "AID";
  a.date_text = "في ذلك الوقت";
  auto b = MakeEvent("DZAGOV", "", "130", std::nullopt, 5);
  b.goldstein.reset();
  b.background = true;
  auto doc = MakeDoc("seed", "2019-04-04", "", {a, b});
  ASSERT_EQ(store->Ingest(doc).outcome, IngestOutcome::kInserted);
  std::string expected, got;
  for (const auto& e : doc.events) {
    events::AppendEventJson(e, &expected);
    expected += '\n';
  }
  auto writer = events::NewWriter("jsonl", &got);
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE(ExportMentions(*store, QueryFilter(), writer->get()).ok());
  ASSERT_TRUE((*writer)->Finish().ok());
  EXPECT_EQ(got, expected);

  std::string csv;
  ASSERT_TRUE(ExportEventsCsv(*store, QueryFilter(), &csv).ok());
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "id,source,target,root,code,goldstein,quad_class,date_first,date_last,place,mentions,outlets,"
            "first_report,last_report");
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3);
}

}  // namespace
}  // namespace isnad::store
