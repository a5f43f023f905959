// End-to-end tests of the PostgreSQL event store through the built binary:
// several `isnad ingest` workers at once on one corpus give exactly the rows of
// one worker, and a worker killed with SIGKILL leaves whole documents that a
// second run completes. Needs the pg_server ctest fixture (ISNAD_TEST_PG).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <tuple>
#include <vector>

#include "pg_testutil.h"
#include "testutil.h"

namespace isnad::testing {
namespace {

// The sample articles repeated under new ids, each made distinct by a closing
// line, dated over two months and spread over seven outlets; as JSONL, in the
// given order.
std::vector<std::string> GeneratedLines(int count) {
  std::vector<std::string> texts;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(SourceDir() + "/samples")) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  EXPECT_FALSE(texts.empty());
  std::vector<std::string> lines;
  for (int i = 0; i < count; ++i) {
    const int day = 1 + (i * 13) % 59;  // 2023-03-01 .. 2023-04-28, not in order.
    char date[16];
    std::snprintf(date, sizeof date, "2023-%02d-%02d", day <= 31 ? 3 : 4, day <= 31 ? day : day - 31);
    nlohmann::json doc = {{"id", "gen-" + std::to_string(i)},
                          {"text", texts[i % texts.size()] + "\n\nReport " + std::to_string(i) + "."},
                          {"date", date},
                          {"source", "outlet" + std::to_string(i % 7)}};
    lines.push_back(doc.dump());
  }
  return lines;
}

std::string WriteLines(const std::string& path, const std::vector<std::string>& lines) {
  std::ofstream out(path, std::ios::binary);
  for (const auto& l : lines) out << l << '\n';
  return path;
}

pid_t StartIngest(const std::string& jsonl, const std::string& uri, const char* batch) {
  pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::freopen("/dev/null", "w", stderr);
    const std::string binary = IsnadBinary();
    execl(binary.c_str(), "isnad", "ingest", jsonl.c_str(), "--db", uri.c_str(), "--batch", batch,
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void ExpectWholeDocuments(const std::string& uri) {
  EXPECT_EQ(PgCount(uri, "SELECT COUNT(*) FROM documents d WHERE"
                         " sentence_count <> (SELECT COUNT(*) FROM sentences WHERE doc = d.rowid)"
                         " OR mention_count <> (SELECT COUNT(*) FROM mentions WHERE doc = d.rowid)"),
            0);
  EXPECT_EQ(PgCount(uri, "SELECT COUNT(*) FROM mentions WHERE event IS NULL"), 0);
  EXPECT_EQ(PgCount(uri, "SELECT COUNT(*) FROM events e WHERE mention_count <>"
                         " (SELECT COUNT(*) FROM mentions WHERE event = e.id)"),
            0);
}

TEST(PgE2eTest, ConcurrentWorkersWriteExactlyTheRowsOfOne) {
  ISNAD_REQUIRE_PG();
  const std::string dir = TempDir();
  const auto lines = GeneratedLines(300);
  const std::string forward = WriteLines(dir + "/forward.jsonl", lines);
  std::vector<std::string> reversed(lines.rbegin(), lines.rend());
  const std::string backward = WriteLines(dir + "/backward.jsonl", reversed);

  const std::string one = FreshDatabase("e2e_one");
  auto r = RunIsnad("ingest '" + forward + "' --db '" + one + "' --batch 16");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto expected = PgSnapshot(one);
  EXPECT_EQ(PgCount(one, "SELECT COUNT(*) FROM documents"), 300);
  EXPECT_GT(PgCount(one, "SELECT COUNT(*) FROM events WHERE mention_count > 1"), 10);
  EXPECT_GT(PgCount(one, "SELECT COUNT(*) FROM events WHERE outlet_count > 1"), 10);

  // Two workers on the same file and a third reading it backwards, at once.
  const std::string many = FreshDatabase("e2e_many");
  std::vector<pid_t> workers = {StartIngest(forward, many, "8"), StartIngest(forward, many, "8"),
                                StartIngest(backward, many, "5")};
  for (pid_t pid : workers) EXPECT_EQ(Wait(pid), 0);
  ExpectWholeDocuments(many);
  const auto got = PgSnapshot(many);
  for (const auto& [table, rows] : expected) {
    EXPECT_EQ(got.at(table), rows) << "table " << table << " differs between one and three workers";
  }
  // Counts through the CLI's own path, once more: nothing new.
  auto again = RunIsnad("ingest '" + backward + "' --db '" + many + "'");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(PgSnapshot(many), got);
}

TEST(PgE2eTest, KillDuringIngestThenResumeLosesNothing) {
  ISNAD_REQUIRE_PG();
  const std::string dir = TempDir();
  const std::string jsonl = WriteLines(dir + "/gen.jsonl", GeneratedLines(400));
  const std::string ref = FreshDatabase("e2e_ref");
  const auto start = std::chrono::steady_clock::now();
  auto r = RunIsnad("ingest '" + jsonl + "' --db '" + ref + "' --batch 16");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto full = std::chrono::steady_clock::now() - start;
  const auto expected = PgSnapshot(ref);

  const std::string db = FreshDatabase("e2e_crash");
  // The schema first, so that a kill during start-up leaves tables to look at.
  const std::string empty = WriteLines(dir + "/empty.jsonl", {});
  auto init = RunIsnad("ingest '" + empty + "' --db '" + db + "'");
  ASSERT_EQ(init.exit_code, 0) << init.err;
  bool killed_mid_ingest = false;
  // Each run is killed once the store holds more documents than `at` (polled),
  // wherever the worker is then: coding, writing, committing.
  for (int64_t at : {0, 120, 260}) {
    pid_t pid = StartIngest(jsonl, db, "16");
    const auto deadline = std::chrono::steady_clock::now() + full * 4 + std::chrono::seconds(10);
    while (PgCount(db, "SELECT COUNT(*) FROM documents") <= at && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(15));
    }
    const bool killed = kill(pid, SIGKILL) == 0;
    int status = 0;
    waitpid(pid, &status, 0);
    if (killed && WIFSIGNALED(status)) {
      const int64_t stored = PgCount(db, "SELECT COUNT(*) FROM documents");
      std::fprintf(stderr, "killed after %lld documents: %lld of 400 stored\n", static_cast<long long>(at),
                   static_cast<long long>(stored));
      if (stored > 0 && stored < 400) killed_mid_ingest = true;
    }
    ExpectWholeDocuments(db);
  }
  EXPECT_TRUE(killed_mid_ingest) << "no kill landed in the middle of the ingest";
  auto resume = RunIsnad("ingest '" + jsonl + "' --db '" + db + "' --batch 16");
  ASSERT_EQ(resume.exit_code, 0) << resume.err;
  ExpectWholeDocuments(db);
  EXPECT_EQ(PgSnapshot(db), expected);
}

// The rows of a CSV export without its first column (event ids are numbered
// by each store in its own order), sorted.
std::vector<std::string> RowsWithoutId(const std::string& csv) {
  std::vector<std::string> rows;
  std::istringstream in(csv);
  std::string line;
  while (std::getline(in, line)) rows.push_back(line.substr(line.find(',') + 1));
  std::sort(rows.begin(), rows.end());
  return rows;
}

// `isnad export` gives the same output from a PostgreSQL store as from an
// SQLite store holding the same documents (ingested in date order, where the
// two stores' dedup rules agree), in every format and with filters.
TEST(PgE2eTest, ExportIsTheSameAsFromSqlite) {
  ISNAD_REQUIRE_PG();
  const std::string dir = TempDir();
  auto lines = GeneratedLines(40);
  std::sort(lines.begin(), lines.end(), [](const std::string& a, const std::string& b) {
    auto ja = nlohmann::json::parse(a), jb = nlohmann::json::parse(b);
    return std::tie(ja["date"], ja["id"]) < std::tie(jb["date"], jb["id"]);
  });
  const std::string jsonl = WriteLines(dir + "/dated.jsonl", lines);
  const std::string lite = dir + "/export.sqlite";
  const std::string pg = FreshDatabase("e2e_export");
  for (const std::string& db : {lite, pg}) {
    auto r = RunIsnad("ingest '" + jsonl + "' --db '" + db + "'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  for (const char* args : {"--jsonl", "--csv --csv-bom", "--gdelt", "--graphml", "--gexf",
                           "--jsonl --from 2023-03-10 --to 2023-04-10 --lang ar --certainty asserted",
                           "--graphml --level agent --no-background", "--csv --root 19 --root 04"}) {
    auto a = RunIsnad(std::string("export ") + args + " --db '" + lite + "'");
    auto b = RunIsnad(std::string("export ") + args + " --db '" + pg + "'");
    ASSERT_EQ(a.exit_code, 0) << args << ": " << a.err;
    ASSERT_EQ(b.exit_code, 0) << args << ": " << b.err;
    EXPECT_GT(std::count(a.out.begin(), a.out.end(), '\n'), 3) << args << " exports almost nothing";
    EXPECT_EQ(b.out, a.out) << args;
  }
  auto a = RunIsnad("export --events-csv --db '" + lite + "'");
  auto b = RunIsnad("export --events-csv --db '" + pg + "' -o '" + dir + "/events.csv'");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  std::ifstream in(dir + "/events.csv", std::ios::binary);
  std::ostringstream pg_csv;
  pg_csv << in.rdbuf();
  EXPECT_GT(RowsWithoutId(a.out).size(), 10u);
  EXPECT_EQ(RowsWithoutId(pg_csv.str()), RowsWithoutId(a.out));
}

TEST(PgE2eTest, UnreachableDatabaseIsAClearError) {
  auto r = RunIsnad("ingest '" + SourceDir() + "/samples' --db 'postgresql:///nodb?host=/nonexistent&connect_timeout=2'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot connect"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace isnad::testing
