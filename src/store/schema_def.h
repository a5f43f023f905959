// store/schema_def.h: the one description of the event store's tables, from
// which both backends' DDL is generated: SQLite (store/schema.cc, migration 1)
// and PostgreSQL (store/pg_store.cc, migration 1). Each column has a portable
// type that each dialect spells its own way (an auto-numbered key is INTEGER
// PRIMARY KEY in SQLite and BIGSERIAL PRIMARY KEY in PostgreSQL, a real is REAL
// or DOUBLE PRECISION ...); what exists in one backend only (PostgreSQL's
// full-text column and its dedup columns, SQLite's WITHOUT ROWID tables and its
// content-hash index) is marked so in the table, not written twice.
// docs/formats.md ("Event store") documents the tables.
//
// The description is that of version 1 of both schemas. A shipped migration
// never changes, so neither does its DDL: a later schema change is a new
// migration (SQLite's FTS5 index is SQLite's version 2, in schema.cc) and the
// version constants below go up by one.
//
// Thread-safety: constant data and pure functions.
#ifndef ISNAD_STORE_SCHEMA_DEF_H_
#define ISNAD_STORE_SCHEMA_DEF_H_

#include <span>
#include <string>
#include <string_view>

namespace isnad::store {

// The SQLite schema version this build writes (PRAGMA user_version).
//   1: documents, sentences, mentions, attributions, events, actors, meta.
//   2: sentence_fts, an FTS5 index over the normalized sentence text
//      (filled from the sentences already stored when migrating from 1).
inline constexpr int kSchemaVersion = 2;

// The PostgreSQL schema version this build reads and writes (the
// schema_version table).
//   1: the tables of SQLite's version 1, with a tsvector search column.
inline constexpr int kPgSchemaVersion = 1;

namespace schema {

enum class Dialect { kSqlite, kPostgres };

// Which backends have a column, an index or a table.
enum class In { kBoth, kSqlite, kPostgres };

// Portable column types, with their spelling in each dialect.
enum class Type {
  kKey,        // Auto-numbered primary key: INTEGER PRIMARY KEY / BIGSERIAL PRIMARY KEY.
  kRef,        // A reference to a kKey column: INTEGER / BIGINT.
  kInt,        // INTEGER in both.
  kReal,       // REAL / DOUBLE PRECISION.
  kText,       // TEXT in both.
  kTimestamp,  // TEXT written by the store / TIMESTAMPTZ DEFAULT now().
  kSearch,     // PostgreSQL only: TSVECTOR (SQLite searches through its FTS5 table).
};

struct Column {
  const char* name;
  Type type;
  bool primary_key = false;  // Implied by kKey.
  bool not_null = false;
  bool unique = false;  // UNIQUE on its own, in the backends of `unique_in`.
  In unique_in = In::kBoth;
  // The default as an SQL literal both dialects read alike ("''", "0"), or
  // nullptr for none.
  const char* default_value = nullptr;
  // "table(column)" this column references, or nullptr.
  const char* references = nullptr;
  In in = In::kBoth;
};

struct Table {
  const char* name;
  std::span<const Column> columns;
  // Table constraints, e.g. "UNIQUE(doc, idx)", "PRIMARY KEY(mention, ord)",
  // the same in both dialects.
  std::span<const char* const> constraints;
  // SQLite: WITHOUT ROWID (tables keyed by their own primary key).
  bool without_rowid = false;
};

struct Index {
  const char* name;
  const char* table;
  const char* columns;  // "a, b".
  In in = In::kBoth;
  const char* method = nullptr;  // PostgreSQL access method ("GIN"), or nullptr for the default.
  const char* where = nullptr;   // Partial index condition, or nullptr.
};

// The tables and indexes of version 1, in creation order (references point
// backwards). The spans stay valid for the life of the program.
std::span<const Table> Tables();
std::span<const Index> Indexes();

// The type of `type` in `dialect`, e.g. "DOUBLE PRECISION".
std::string_view TypeName(Type type, Dialect dialect);

// The DDL that creates version 1 in `dialect`: every table with its indexes,
// statements separated by ";\n".
std::string CreateSchemaSql(Dialect dialect);

}  // namespace schema
}  // namespace isnad::store

#endif  // ISNAD_STORE_SCHEMA_DEF_H_
