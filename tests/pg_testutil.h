// tests/pg_testutil.h: helpers of the PostgreSQL store tests: the test server's
// URI (ISNAD_TEST_PG, set by the ctest fixture that runs
// scripts/pg-test-server.sh), a fresh database per test, and a snapshot of a
// store's content without its row ids, to compare two stores row for row.
// Header-only: used by src/store/pg_store_test.cc and tests/pg_e2e_test.cc.
#ifndef ISNAD_TESTS_PG_TESTUTIL_H_
#define ISNAD_TESTS_PG_TESTUTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <pqxx/pqxx>
#include <string>

namespace isnad::testing {

// Where the PostgreSQL server binaries are (ISNAD_PG_BINDIR or Debian's).
inline std::string PgBinDir() {
  const char* dir = std::getenv("ISNAD_PG_BINDIR");
  return dir != nullptr ? dir : "/usr/lib/postgresql/15/bin";
}

// Skips the test when PostgreSQL's binaries are absent (the ctest property
// SKIP_REGULAR_EXPRESSION turns the message into a skip); fails it when they
// are present but the fixture gave no server.
#define ISNAD_REQUIRE_PG()                                                                             \
  do {                                                                                                 \
    if (!std::filesystem::exists(::isnad::testing::PgBinDir() + "/postgres"))                          \
      GTEST_SKIP() << "PostgreSQL binaries are absent (" << ::isnad::testing::PgBinDir()              \
                   << "): install Debian's postgresql to run this test";                              \
    ASSERT_NE(std::getenv("ISNAD_TEST_PG"), nullptr)                                                   \
        << "ISNAD_TEST_PG is unset: run through ctest (fixture pg_server) or set it to a server URI"; \
  } while (0)

// `uri` with its database name replaced by `db`.
inline std::string WithDatabase(const std::string& uri, const std::string& db) {
  size_t scheme = uri.find("://");
  size_t path = uri.find('/', scheme + 3);
  size_t query = uri.find('?', scheme + 3);
  if (path == std::string::npos || (query != std::string::npos && path > query)) {
    return uri.substr(0, query) + "/" + db + (query == std::string::npos ? "" : uri.substr(query));
  }
  return uri.substr(0, path + 1) + db + (query == std::string::npos ? "" : uri.substr(query));
}

// A new, empty database named `name` plus this process id on the test server;
// returns its URI.
inline std::string FreshDatabase(const std::string& name) {
  const std::string admin = std::getenv("ISNAD_TEST_PG");
  const std::string db = name + "_" + std::to_string(getpid());
  pqxx::connection c(admin);
  pqxx::nontransaction tx(c);
  tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(db));
  tx.exec("CREATE DATABASE " + tx.quote_name(db));
  return WithDatabase(admin, db);
}

// Every table's content as sorted text rows, row ids replaced by what they
// point to (documents by their id, events by the mentions they group), so two
// stores built in different orders compare equal when they hold the same data.
inline std::map<std::string, std::string> PgSnapshot(const std::string& uri) {
  // Each event is named by its mentions ("docid#ord" in canonical order).
  static const char* kEventName =
      "(SELECT string_agg(d2.id || '#' || m2.ord, ',' ORDER BY d2.id, m2.ord) FROM mentions m2"
      " JOIN documents d2 ON d2.rowid = m2.doc WHERE m2.event = %s)";
  auto event_name = [](const std::string& col) {
    std::string s = kEventName;
    return s.replace(s.find("%s"), 2, col);
  };
  const std::map<std::string, std::string> queries = {
      {"documents", "SELECT (to_jsonb(d) - 'rowid' - 'ingested_at')::text FROM documents d"},
      {"sentences",
       "SELECT d.id || ' ' || (to_jsonb(s) - 'id' - 'doc')::text FROM sentences s JOIN documents d ON d.rowid = s.doc"},
      {"mentions", "SELECT d.id || ' ' || (to_jsonb(m) - 'id' - 'doc' - 'sentence' - 'event')::text || ' event ' || " +
                       event_name("m.event") + " FROM mentions m JOIN documents d ON d.rowid = m.doc"},
      {"events", "SELECT (to_jsonb(e) - 'id')::text || ' of ' || " + event_name("e.id") + " FROM events e"},
      {"attributions",
       "SELECT d.id || '#' || m.ord || ' ' || (to_jsonb(a) - 'mention')::text FROM attributions a"
       " JOIN mentions m ON m.id = a.mention JOIN documents d ON d.rowid = m.doc"},
      {"actors", "SELECT to_jsonb(a)::text FROM actors a"},
      {"actor_names", "SELECT to_jsonb(a)::text FROM actor_names a"},
  };
  std::map<std::string, std::string> out;
  pqxx::connection c(uri);
  pqxx::nontransaction tx(c);
  for (const auto& [table, sql] : queries) {
    pqxx::result r = tx.exec("SELECT coalesce(string_agg(t, E'\\n' ORDER BY t COLLATE \"C\"), '') FROM (" + sql +
                             ") AS x(t)");
    out[table] = r[0][0].as<std::string>();
  }
  return out;
}

// The single integer that `sql` (a constant of the caller) selects.
inline int64_t PgCount(const std::string& uri, const std::string& sql) {
  pqxx::connection c(uri);
  pqxx::nontransaction tx(c);
  return tx.exec1(sql)[0].as<int64_t>();
}

}  // namespace isnad::testing

#endif  // ISNAD_TESTS_PG_TESTUTIL_H_
