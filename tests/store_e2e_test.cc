// End-to-end tests of the event store through the built binary: the seed
// article's network, idempotent re-ingest, and crash safety (kill -9 during an
// ingest, then resume). The short crash loop kills a few times; the one under
// the `slow` label a hundred times.
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

// The stored document ids.
std::set<std::string> StoredIds(store::Store& s) {
  std::set<std::string> ids;
  auto q = s.db().Prepare("SELECT id FROM documents");
  EXPECT_TRUE(q.ok());
  Status st;
  while (q.ok() && q->Step(&st)) ids.insert(q->ColumnString(0));
  return ids;
}

// The crash harness. An uninterrupted ingest of `documents` generated
// documents gives the reference counts. Then, in rounds, each on a fresh
// database: `isnad ingest` is started on the same input and killed with SIGKILL
// at a random moment (one kill in five during start-up, while the store is
// being opened; the others within the time the remaining work should take), again and
// again until a run finishes by itself. After every kill the database must pass
// the integrity check, hold only whole documents, and hold every document it
// held before (accepted data is never lost). When a round's run finishes, its
// counts must equal the uninterrupted run's, and a further run must change
// nothing. Rounds go on until `kills` kills have been made.
void CrashAndResume(int documents, int kills, unsigned seed) {
  const std::string dir = TempDir();
  const std::string jsonl = WriteGeneratedJsonl(dir + "/gen.jsonl", documents);
  const std::string ref_db = dir + "/ref.sqlite";
  auto start = std::chrono::steady_clock::now();
  auto ref = RunIsnad("ingest '" + jsonl + "' --db '" + ref_db + "' --batch 16");
  ASSERT_EQ(ref.exit_code, 0) << ref.err;
  const auto full_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  auto ref_store = OpenForReading(ref_db);
  ASSERT_NE(ref_store, nullptr);
  const auto expected = Counts(*ref_store);
  EXPECT_EQ(expected.at("documents"), documents);
  ref_store.reset();
  // Start-up (loading the dictionaries, opening the store): a run of one
  // document.
  const std::string one = WriteGeneratedJsonl(dir + "/one.jsonl", 1);
  start = std::chrono::steady_clock::now();
  ASSERT_EQ(RunIsnad("ingest '" + one + "' --db '" + dir + "/one.sqlite'").exit_code, 0);
  const auto startup_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  const int64_t work_ms = std::max<int64_t>(100, full_ms - startup_ms);
  std::fprintf(stderr, "uninterrupted ingest of %d documents: %lld ms, start-up %lld ms (seed %u)\n", documents,
               static_cast<long long>(full_ms), static_cast<long long>(startup_ms), seed);

  std::mt19937 rng(seed);
  int killed_total = 0, finished_runs = 0, rounds = 0, lost = 0;
  int kills_storing = 0, kills_idle = 0, kills_after_all = 0;  // See the summary line.
  while (killed_total < kills) {
    ++rounds;
    const std::string db = dir + "/crash" + std::to_string(rounds) + ".sqlite";
    std::set<std::string> before;
    for (;;) {
      // One kill in five during start-up, the others while the documents
      // still to store are being stored.
      const double left = static_cast<double>(documents - static_cast<int>(before.size())) / documents;
      const bool in_startup = std::uniform_int_distribution<int>(0, 4)(rng) == 0;
      const int64_t ms = in_startup ? std::uniform_int_distribution<int64_t>(0, startup_ms)(rng)
                                    : startup_ms + std::uniform_int_distribution<int64_t>(
                                                       0, static_cast<int64_t>(0.9 * work_ms * left))(rng);
      const auto delay = std::chrono::milliseconds(ms);
      const bool killed = IngestAndKill(jsonl, db, delay);
      killed_total += killed;
      finished_runs += !killed;
      if (std::filesystem::exists(db)) {
        ExpectWholeDocuments(db);
        auto partial = OpenForReading(db);
        ASSERT_NE(partial, nullptr);
        const auto now = StoredIds(*partial);
        for (const auto& id : before) {
          if (now.count(id) == 0) {
            ++lost;
            ADD_FAILURE() << "document " << id << " was stored before the kill and is gone after it";
          }
        }
        if (killed) {
          if (now.size() > before.size()) {
            ++kills_storing;
          } else if (now.size() == static_cast<size_t>(documents)) {
            ++kills_after_all;
          } else {
            ++kills_idle;
          }
        }
        before = now;
      }
      std::fprintf(stderr, "round %d: %s after %lld ms: %zu of %d documents stored\n", rounds,
                   killed ? "killed" : "finished", static_cast<long long>(delay.count()), before.size(), documents);
      if (!killed || killed_total >= kills) break;
    }
    // Resume (or re-run after a run that finished): the result is the
    // uninterrupted one, and a further run changes nothing.
    auto resume = RunIsnad("ingest '" + jsonl + "' --db '" + db + "' --batch 16");
    ASSERT_EQ(resume.exit_code, 0) << resume.err;
    ExpectWholeDocuments(db);
    auto store = OpenForReading(db);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(Counts(*store), expected) << "round " << rounds;
    auto again = RunIsnad("ingest '" + jsonl + "' --db '" + db + "'");
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(Counts(*store), expected) << "round " << rounds;
  }
  std::fprintf(stderr,
               "crash harness: %d kills survived in %d rounds (%d while documents were being stored, %d before any "
               "new document was stored, %d after the last one; %d runs finished by themselves), %d documents "
               "lost\n",
               killed_total, rounds, kills_storing, kills_idle, kills_after_all, finished_runs, lost);
  EXPECT_EQ(lost, 0);
}

TEST(StoreCrashTest, KillDuringIngestThenResumeLosesNothing) {
  ASSERT_FALSE(SourceDir().empty());
  CrashAndResume(1500, 6, std::random_device{}());
}

// Under the `slow` label (see tests/CMakeLists.txt).
TEST(StoreCrashTest, DISABLED_KillManyTimesThenResume) {
  ASSERT_FALSE(SourceDir().empty());
  CrashAndResume(3000, 100, std::random_device{}());
}

}  // namespace
}  // namespace isnad::testing
