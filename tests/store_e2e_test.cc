// End-to-end tests of the event store through the built binary: the seed
// article's network, idempotent re-ingest, and crash safety (kill -9 during an
// ingest, then resume). The crash loop under the `slow` label repeats the kill
// at several random moments.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "store/query.h"
#include "store/store.h"
#include "testutil.h"

namespace isnad::testing {
namespace {

std::unique_ptr<store::Store> OpenForReading(const std::string& path) {
  store::StoreOptions options;
  options.adopt_stored_dedup = true;
  auto s = store::Store::Open(path, options);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(s).value() : nullptr;
}

TEST(StoreE2eTest, SeedNetworkHasHaftarAtTheCentreWithItsBackers) {
  ISNAD_REQUIRE_SHARED();
  const std::string db = TempDir() + "/seed.sqlite";
  auto r = RunIsnad("ingest '" + SharedDir() + "/eval/seed/seed_ar_haftar.txt' --db '" + db + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto store = OpenForReading(db);
  ASSERT_NE(store, nullptr);
  auto net = store::QueryNetwork(*store, store::QueryFilter());
  ASSERT_TRUE(net.ok()) << net.status().ToString();
  ASSERT_FALSE(net->nodes.empty());
  EXPECT_EQ(net->nodes[0].code, "LBY") << store::NetworkJson(*net);
  std::set<std::string> supporters;
  for (const auto& e : net->edges) {
    if (e.target == "LBY" && e.cooperation > 0) supporters.insert(e.source);
  }
  for (const char* backer : {"ISR", "EGY", "FRA", "SAU", "ARE"}) {
    EXPECT_EQ(supporters.count(backer), 1u) << backer << " missing from " << store::NetworkJson(*net);
  }
  // The same through the CLI, as JSON.
  auto q = RunIsnad("query network --db '" + db + "'");
  ASSERT_EQ(q.exit_code, 0) << q.err;
  auto j = nlohmann::json::parse(q.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << q.out;
  EXPECT_EQ(j["nodes"][0]["id"], "LBY");
  auto ev = RunIsnad("query evidence --db '" + db + "' --source ISR --target LBY");
  ASSERT_EQ(ev.exit_code, 0) << ev.err;
  EXPECT_NE(ev.out.find("إسرائيل"), std::string::npos);
  auto search = RunIsnad("query search --db '" + db + "' --text 'حفتر'");
  ASSERT_EQ(search.exit_code, 0) << search.err;
  EXPECT_NE(search.out.find("sentence_index"), std::string::npos);
  for (const char* format : {"--graphml", "--gexf", "--csv", "--jsonl", "--gdelt", "--events-csv"}) {
    auto x = RunIsnad(std::string("export ") + format + " --db '" + db + "'");
    EXPECT_EQ(x.exit_code, 0) << format << ": " << x.err;
    EXPECT_FALSE(x.out.empty()) << format;
  }
  EXPECT_EQ(RunIsnad("export --db '" + db + "'").exit_code, 2);  // No format.
  EXPECT_EQ(RunIsnad("query network --db '" + TempDir() + "/absent.sqlite'").exit_code, 1);
}

TEST(StoreE2eTest, BadDocumentsAreNamedAndTheRestIsStored) {
  const std::string dir = TempDir();
  const std::string jsonl = dir + "/in.jsonl";
  std::ofstream(jsonl, std::ios::binary)
      << "{\"id\":\"ok1\",\"text\":\"Egypt attacked Libya on Monday.\",\"date\":\"2019-04-04\"}\n"
      << "this is not JSON\n"
      << "{\"id\":\"ok2\",\"text\":\"France met Italy in Rome.\",\"date\":\"2019-04-05\"}\n";
  const std::string db = dir + "/bad.sqlite";
  auto r = RunIsnad("ingest --lang en '" + jsonl + "' --db '" + db + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("in.jsonl:2"), std::string::npos) << r.err;
  auto store = OpenForReading(db);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*store->db().QueryInt("SELECT COUNT(*) FROM documents"), 2);
  EXPECT_EQ(RunIsnad("ingest '" + jsonl + "'").exit_code, 2);  // --db is required.
  EXPECT_EQ(RunIsnad("ingest '" + jsonl + "' --db x.sqlite --dedup sometimes").exit_code, 2);
}

// Documents made by repeating the sample articles under new ids (with a line
// that makes each text distinct), as JSONL.
std::string WriteGeneratedJsonl(const std::string& path, int count) {
  std::vector<std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(SourceDir() + "/samples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  EXPECT_FALSE(texts.empty());
  std::ofstream out(path, std::ios::binary);
  for (int i = 0; i < count; ++i) {
    nlohmann::json doc = {{"id", "gen-" + std::to_string(i)},
                          {"text", texts[i % texts.size()] + "\n\nReport " + std::to_string(i) + "."},
                          {"date", "2023-05-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(1 + i % 28)},
                          {"source", "outlet" + std::to_string(i % 7)}};
    out << doc.dump() << '\n';
  }
  return path;
}

std::map<std::string, int64_t> Counts(store::Store& s) {
  std::map<std::string, int64_t> out;
  for (const char* t : {"documents", "sentences", "mentions", "events", "attributions", "actors"}) {
    out[t] = *s.db().QueryInt(std::string("SELECT COUNT(*) FROM ") + t);
  }
  out["mentions_in_events"] = *s.db().QueryInt("SELECT SUM(mention_count) FROM events");
  return out;
}

// Checks that the store is sound and holds only whole documents.
void ExpectWholeDocuments(const std::string& db) {
  auto s = OpenForReading(db);
  ASSERT_NE(s, nullptr);
  auto check = s->db().Prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.ok());
  Status st;
  ASSERT_TRUE(check->Step(&st));
  EXPECT_EQ(check->ColumnString(0), "ok");
  EXPECT_EQ(*s->db().QueryInt("SELECT COUNT(*) FROM documents d WHERE"
                              " sentence_count <> (SELECT COUNT(*) FROM sentences WHERE doc = d.rowid)"
                              " OR mention_count <> (SELECT COUNT(*) FROM mentions WHERE doc = d.rowid)"),
            0);
  EXPECT_EQ(*s->db().QueryInt("SELECT COUNT(*) FROM mentions WHERE event IS NULL"), 0);
  EXPECT_EQ(*s->db().QueryInt("SELECT COUNT(*) FROM mentions WHERE doc NOT IN (SELECT rowid FROM documents)"), 0);
}

// Runs `isnad ingest` on `jsonl` into `db`, killing it with SIGKILL after
// `delay`. Returns false if it finished before the kill.
bool IngestAndKill(const std::string& jsonl, const std::string& db, std::chrono::milliseconds delay) {
  pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    const std::string binary = IsnadBinary();
    execl(binary.c_str(), "isnad", "ingest", jsonl.c_str(), "--db", db.c_str(), "--batch", "16",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  std::this_thread::sleep_for(delay);
  bool killed = kill(pid, SIGKILL) == 0;
  int status = 0;
  waitpid(pid, &status, 0);
  return killed && WIFSIGNALED(status);
}

void CrashAndResume(int documents, int kills, unsigned seed) {
  const std::string dir = TempDir();
  const std::string jsonl = WriteGeneratedJsonl(dir + "/gen.jsonl", documents);
  const std::string ref_db = dir + "/ref.sqlite";
  auto start = std::chrono::steady_clock::now();
  auto ref = RunIsnad("ingest '" + jsonl + "' --db '" + ref_db + "' --batch 16");
  ASSERT_EQ(ref.exit_code, 0) << ref.err;
  auto full_ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  std::fprintf(stderr, "uninterrupted ingest of %d documents: %lld ms\n", documents,
               static_cast<long long>(full_ms.count()));
  auto ref_store = OpenForReading(ref_db);
  ASSERT_NE(ref_store, nullptr);
  const auto expected = Counts(*ref_store);
  EXPECT_EQ(expected.at("documents"), documents);

  std::mt19937 rng(seed);
  const std::string db = dir + "/crash.sqlite";
  for (int k = 0; k < kills; ++k) {
    // Somewhere in the run, start-up included.
    std::uniform_int_distribution<int64_t> when(full_ms.count() / 20, full_ms.count() * 9 / 10);
    const auto delay = std::chrono::milliseconds(when(rng));
    const bool killed = IngestAndKill(jsonl, db, delay);
    if (std::filesystem::exists(db)) {
      ExpectWholeDocuments(db);
      auto partial = OpenForReading(db);
      ASSERT_NE(partial, nullptr);
      std::fprintf(stderr, "kill %d after %lld ms (%s): %lld of %d documents stored\n", k,
                   static_cast<long long>(delay.count()), killed ? "killed" : "had finished",
                   static_cast<long long>(*partial->db().QueryInt("SELECT COUNT(*) FROM documents")), documents);
    }
  }
  auto resume = RunIsnad("ingest '" + jsonl + "' --db '" + db + "' --batch 16");
  ASSERT_EQ(resume.exit_code, 0) << resume.err;
  ExpectWholeDocuments(db);
  auto store = OpenForReading(db);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Counts(*store), expected);
  // A third run changes nothing.
  auto again = RunIsnad("ingest '" + jsonl + "' --db '" + db + "'");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(Counts(*store), expected);
}

TEST(StoreCrashTest, KillDuringIngestThenResumeLosesNothing) {
  ASSERT_FALSE(SourceDir().empty());
  CrashAndResume(2500, 1, std::random_device{}());
}

// Under the `slow` label (see tests/CMakeLists.txt).
TEST(StoreCrashTest, DISABLED_KillManyTimesThenResume) {
  ASSERT_FALSE(SourceDir().empty());
  CrashAndResume(6000, 8, std::random_device{}());
}

}  // namespace
}  // namespace isnad::testing
