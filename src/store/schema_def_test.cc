// Tests of the shared schema description (store/schema_def.h): the SQLite DDL
// generated from it builds, on an in-memory database, exactly the columns,
// keys and indexes the description lists; the DDL of version 1 of both
// dialects is pinned, since a shipped migration never changes. The PostgreSQL
// side is checked on a real server in pg_store_test.cc.
#include "store/schema_def.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "store/sqlite.h"

namespace isnad::store::schema {
namespace {

// 64-bit FNV-1a, a fingerprint of generated DDL.
uint64_t Fingerprint(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::unique_ptr<Db> FreshDb() {
  auto db = Db::Open(":memory:", 1000);
  EXPECT_TRUE(db.ok()) << db.status().ToString();
  return std::move(db).value();
}

bool InSqlite(In in) { return in != In::kPostgres; }

TEST(SchemaDefTest, SqliteTablesHaveTheDescribedColumns) {
  auto db = FreshDb();
  ASSERT_TRUE(db->Exec(CreateSchemaSql(Dialect::kSqlite)).ok());
  for (const Table& table : Tables()) {
    SCOPED_TRACE(table.name);
    auto info = db->Prepare(std::string("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('") +
                            table.name + "') ORDER BY cid");
    ASSERT_TRUE(info.ok()) << info.status().ToString();
    std::vector<std::string> got, want;
    Status s;
    while (info->Step(&s)) {
      got.push_back(info->ColumnString(0) + " " + info->ColumnString(1) + " notnull=" + info->ColumnString(2) +
                    " default=" + (info->ColumnIsNull(3) ? "none" : info->ColumnString(3)) +
                    " pk=" + info->ColumnString(4));
    }
    ASSERT_TRUE(s.ok()) << s.ToString();
    int key_part = 0;
    for (const Column& c : table.columns) {
      if (!InSqlite(c.in)) continue;
      const bool pk = c.type == Type::kKey || c.primary_key;
      // Columns of a table-level PRIMARY KEY(a, b) count 1, 2 in their order.
      int pk_index = pk ? 1 : 0;
      for (const char* constraint : table.constraints) {
        std::string k(constraint);
        if (k.rfind("PRIMARY KEY(", 0) != 0) continue;
        if (k.find(std::string("(") + c.name + ",") != std::string::npos) pk_index = 1;
        if (k.find(std::string(" ") + c.name + ")") != std::string::npos) pk_index = 2;
      }
      if (pk_index > 0) ++key_part;
      // SQLite reports NOT NULL for the columns of a WITHOUT ROWID primary key.
      const bool not_null = c.not_null || (table.without_rowid && pk_index > 0);
      want.push_back(std::string(c.name) + " " + std::string(TypeName(c.type, Dialect::kSqlite)) +
                     " notnull=" + (not_null ? "1" : "0") +
                     " default=" + (c.default_value ? c.default_value : "none") +
                     " pk=" + std::to_string(pk_index));
    }
    EXPECT_EQ(got, want);
    EXPECT_GT(key_part, 0) << "every table has a primary key";
  }
}

TEST(SchemaDefTest, SqliteKeysReferencesAndIndexesAreThere) {
  auto db = FreshDb();
  ASSERT_TRUE(db->Exec(CreateSchemaSql(Dialect::kSqlite)).ok());
  // The auto-numbered keys are SQLite's rowid, so inserts without them number rows.
  ASSERT_TRUE(db->Exec("INSERT INTO documents(id, content_hash, sentence_count, mention_count, ingested_at)"
                       " VALUES ('a', 'h', 0, 0, 'now'), ('b', 'h', 0, 0, 'now')")
                  .ok())
      << "the same content hash twice is allowed in SQLite (the store probes it)";
  EXPECT_EQ(*db->QueryInt("SELECT MAX(rowid) FROM documents"), 2);
  EXPECT_FALSE(db->Exec("INSERT INTO documents(id, content_hash, sentence_count, mention_count, ingested_at)"
                        " VALUES ('a', 'x', 0, 0, 'now')")
                   .ok())
      << "documents.id is unique";
  for (const Table& table : Tables()) {
    for (const Column& c : table.columns) {
      if (c.references == nullptr || !InSqlite(c.in)) continue;
      const std::string ref(c.references);
      const std::string sql = std::string("SELECT COUNT(*) FROM pragma_foreign_key_list('") + table.name +
                              "') WHERE \"from\" = '" + c.name + "' AND \"table\" = '" +
                              ref.substr(0, ref.find('(')) + "'";
      EXPECT_EQ(*db->QueryInt(sql), 1) << table.name << "." << c.name;
    }
    EXPECT_EQ(*db->QueryInt(std::string("SELECT COUNT(*) FROM sqlite_master WHERE name = '") + table.name +
                            "' AND sql LIKE '%WITHOUT ROWID'"),
              table.without_rowid ? 1 : 0)
        << table.name;
  }
  std::set<std::string> want, got;
  for (const Index& index : Indexes()) {
    if (InSqlite(index.in)) want.insert(index.name);
  }
  auto names = db->Prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
  ASSERT_TRUE(names.ok());
  Status s;
  while (names->Step(&s)) got.insert(names->ColumnString(0));
  EXPECT_EQ(got, want);
}

TEST(SchemaDefTest, PostgresOnlyPartsStayOutOfSqlite) {
  const std::string sqlite = CreateSchemaSql(Dialect::kSqlite);
  const std::string pg = CreateSchemaSql(Dialect::kPostgres);
  for (const char* word : {"TSVECTOR", "BIGSERIAL", "DOUBLE PRECISION", "TIMESTAMPTZ", "dedup_key", "USING GIN"}) {
    EXPECT_EQ(sqlite.find(word), std::string::npos) << word;
    EXPECT_NE(pg.find(word), std::string::npos) << word;
  }
  for (const char* word : {"WITHOUT ROWID", "documents_by_hash", " REAL"}) {
    EXPECT_NE(sqlite.find(word), std::string::npos) << word;
    EXPECT_EQ(pg.find(word), std::string::npos) << word;
  }
  EXPECT_NE(pg.find("content_hash TEXT NOT NULL UNIQUE"), std::string::npos);
  EXPECT_NE(pg.find("ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()"), std::string::npos);
}

// Version 1 shipped: its DDL must not change in either dialect (existing
// stores were made with it). A schema change is a new migration instead.
// The pinned values were taken when the description replaced the hand-written
// DDL, after checking that it generates the same statements, word for word, as
// the DDL that shipped (and that `sqlite3 .schema` of a store made before and
// of one made after are identical).
TEST(SchemaDefTest, VersionOneDdlIsFrozen) {
  EXPECT_EQ(Fingerprint(CreateSchemaSql(Dialect::kSqlite)), 0x0bb4c0f1b75573f6ULL) << CreateSchemaSql(Dialect::kSqlite);
  EXPECT_EQ(Fingerprint(CreateSchemaSql(Dialect::kPostgres)), 0xddb3855fbbe46a80ULL)
      << CreateSchemaSql(Dialect::kPostgres);
}

}  // namespace
}  // namespace isnad::store::schema
