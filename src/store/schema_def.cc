// The tables of version 1. The SQLite DDL generated from them is, statement for
// statement, the text that version 1 has always executed (SQLite keeps that
// text in sqlite_master, so stores made before this table existed and stores
// made after it show the same schema).
#include "store/schema_def.h"

#include <cassert>

namespace isnad::store::schema {
namespace {

constexpr Column kMeta[] = {
    {.name = "key", .type = Type::kText, .primary_key = true},
    {.name = "value", .type = Type::kText, .not_null = true},
};

// PostgreSQL claims a document by its content hash through the unique
// constraint (concurrent workers); SQLite probes the hash through an index.
constexpr Column kDocuments[] = {
    {.name = "rowid", .type = Type::kKey},
    {.name = "id", .type = Type::kText, .not_null = true, .unique = true},
    {.name = "content_hash", .type = Type::kText, .not_null = true, .unique = true, .unique_in = In::kPostgres},
    {.name = "source", .type = Type::kText, .not_null = true, .default_value = "''"},
    {.name = "url", .type = Type::kText, .not_null = true, .default_value = "''"},
    {.name = "title", .type = Type::kText, .not_null = true, .default_value = "''"},
    {.name = "date", .type = Type::kText},
    {.name = "lang", .type = Type::kText, .not_null = true, .default_value = "''"},
    {.name = "sentence_count", .type = Type::kInt, .not_null = true},
    {.name = "mention_count", .type = Type::kInt, .not_null = true},
    {.name = "ingested_at", .type = Type::kTimestamp, .not_null = true},
};

constexpr Column kSentences[] = {
    {.name = "id", .type = Type::kKey},
    {.name = "doc", .type = Type::kRef, .not_null = true, .references = "documents(rowid)"},
    {.name = "idx", .type = Type::kInt, .not_null = true},
    {.name = "text", .type = Type::kText, .not_null = true},
    {.name = "lang", .type = Type::kText, .not_null = true, .default_value = "''"},
    {.name = "span_begin", .type = Type::kInt, .not_null = true},
    {.name = "span_end", .type = Type::kInt, .not_null = true},
    {.name = "search", .type = Type::kSearch, .not_null = true, .in = In::kPostgres},
};
constexpr const char* kSentencesConstraints[] = {"UNIQUE(doc, idx)"};

constexpr Column kEvents[] = {
    {.name = "id", .type = Type::kKey},
    {.name = "source_actor", .type = Type::kText, .not_null = true},
    {.name = "target_actor", .type = Type::kText, .not_null = true},
    {.name = "code_key", .type = Type::kText, .not_null = true},
    {.name = "date_key", .type = Type::kText, .not_null = true},
    {.name = "jday", .type = Type::kInt},
    {.name = "root", .type = Type::kText, .not_null = true},
    {.name = "code", .type = Type::kText, .not_null = true},
    {.name = "quad_class", .type = Type::kInt},
    {.name = "goldstein", .type = Type::kReal},
    {.name = "date_first", .type = Type::kText},
    {.name = "date_last", .type = Type::kText},
    {.name = "place", .type = Type::kText, .not_null = true, .default_value = "''"},
    {.name = "mention_count", .type = Type::kInt, .not_null = true, .default_value = "0"},
    {.name = "outlet_count", .type = Type::kInt, .not_null = true, .default_value = "0"},
    {.name = "first_report", .type = Type::kText},
    {.name = "last_report", .type = Type::kText},
};

// The PostgreSQL store links mentions into events by group after each batch
// (pg_store.cc), so a mention keeps its group, day and place there.
constexpr Column kMentions[] = {
    {.name = "id", .type = Type::kKey},
    {.name = "doc", .type = Type::kRef, .not_null = true, .references = "documents(rowid)"},
    {.name = "ord", .type = Type::kInt, .not_null = true},
    {.name = "sentence", .type = Type::kRef, .references = "sentences(id)"},
    {.name = "sentence_index", .type = Type::kInt, .not_null = true},
    {.name = "lang", .type = Type::kText, .not_null = true, .default_value = "''"},
    {.name = "span_begin", .type = Type::kInt, .not_null = true},
    {.name = "span_end", .type = Type::kInt, .not_null = true},
    {.name = "source_code", .type = Type::kText, .not_null = true},
    {.name = "source_country", .type = Type::kText, .not_null = true},
    {.name = "source_text", .type = Type::kText, .not_null = true},
    {.name = "source_begin", .type = Type::kInt, .not_null = true},
    {.name = "source_end", .type = Type::kInt, .not_null = true},
    {.name = "target_code", .type = Type::kText, .not_null = true},
    {.name = "target_country", .type = Type::kText, .not_null = true},
    {.name = "target_text", .type = Type::kText, .not_null = true},
    {.name = "target_begin", .type = Type::kInt, .not_null = true},
    {.name = "target_end", .type = Type::kInt, .not_null = true},
    {.name = "code", .type = Type::kText, .not_null = true},
    {.name = "root", .type = Type::kText, .not_null = true},
    {.name = "name", .type = Type::kText, .not_null = true},
    {.name = "quad_class", .type = Type::kInt, .not_null = true},
    {.name = "goldstein", .type = Type::kReal},
    {.name = "trigger_text", .type = Type::kText, .not_null = true},
    {.name = "trigger_begin", .type = Type::kInt, .not_null = true},
    {.name = "trigger_end", .type = Type::kInt, .not_null = true},
    {.name = "plover_type", .type = Type::kText, .not_null = true},
    {.name = "plover_mode", .type = Type::kText, .not_null = true},
    {.name = "date", .type = Type::kText},
    {.name = "date_text", .type = Type::kText, .not_null = true},
    {.name = "day", .type = Type::kText},
    {.name = "location_name", .type = Type::kText},
    {.name = "location_country", .type = Type::kText},
    {.name = "location_lat", .type = Type::kReal},
    {.name = "location_lon", .type = Type::kReal},
    {.name = "location_alternatives", .type = Type::kText},
    {.name = "certainty", .type = Type::kText, .not_null = true},
    {.name = "background", .type = Type::kInt, .not_null = true},
    {.name = "outlet", .type = Type::kText, .not_null = true},
    {.name = "event", .type = Type::kRef, .references = "events(id)"},
    {.name = "dedup_key", .type = Type::kText, .in = In::kPostgres},
    {.name = "jday", .type = Type::kInt, .in = In::kPostgres},
    {.name = "place", .type = Type::kText, .not_null = true, .default_value = "''", .in = In::kPostgres},
};
constexpr const char* kMentionsConstraints[] = {"UNIQUE(doc, ord)"};

constexpr Column kAttributions[] = {
    {.name = "mention", .type = Type::kRef, .not_null = true, .references = "mentions(id)"},
    {.name = "ord", .type = Type::kInt, .not_null = true},
    {.name = "text", .type = Type::kText, .not_null = true},
    {.name = "kind", .type = Type::kText, .not_null = true},
};
constexpr const char* kAttributionsConstraints[] = {"PRIMARY KEY(mention, ord)"};

constexpr Column kActors[] = {
    {.name = "code", .type = Type::kText, .primary_key = true},
    {.name = "country", .type = Type::kText, .not_null = true},
    {.name = "type", .type = Type::kText, .not_null = true},
    {.name = "mention_count", .type = Type::kInt, .not_null = true, .default_value = "0"},
};

constexpr Column kActorNames[] = {
    {.name = "code", .type = Type::kText, .not_null = true},
    {.name = "name", .type = Type::kText, .not_null = true},
    {.name = "count", .type = Type::kInt, .not_null = true, .default_value = "0"},
};
constexpr const char* kActorNamesConstraints[] = {"PRIMARY KEY(code, name)"};

constexpr Table kTables[] = {
    {.name = "meta", .columns = kMeta},
    {.name = "documents", .columns = kDocuments},
    {.name = "sentences", .columns = kSentences, .constraints = kSentencesConstraints},
    {.name = "events", .columns = kEvents},
    {.name = "mentions", .columns = kMentions, .constraints = kMentionsConstraints},
    {.name = "attributions", .columns = kAttributions, .constraints = kAttributionsConstraints, .without_rowid = true},
    {.name = "actors", .columns = kActors, .without_rowid = true},
    {.name = "actor_names", .columns = kActorNames, .constraints = kActorNamesConstraints, .without_rowid = true},
};

constexpr Index kIndexes[] = {
    {.name = "documents_by_hash", .table = "documents", .columns = "content_hash", .in = In::kSqlite},
    {.name = "sentences_search", .table = "sentences", .columns = "search", .in = In::kPostgres, .method = "GIN"},
    {.name = "events_by_key", .table = "events", .columns = "source_actor, target_actor, code_key, date_key, jday"},
    {.name = "mentions_by_event", .table = "mentions", .columns = "event, outlet"},
    {.name = "mentions_by_group",
     .table = "mentions",
     .columns = "dedup_key, jday",
     .in = In::kPostgres,
     .where = "dedup_key IS NOT NULL"},
    {.name = "mentions_by_country_dyad", .table = "mentions", .columns = "source_country, target_country, day, event"},
    {.name = "mentions_by_agent_dyad", .table = "mentions", .columns = "source_code, target_code, day, event"},
    {.name = "mentions_by_day", .table = "mentions", .columns = "day"},
};

bool Has(In in, Dialect dialect) {
  switch (in) {
    case In::kBoth:
      return true;
    case In::kSqlite:
      return dialect == Dialect::kSqlite;
    case In::kPostgres:
      return dialect == Dialect::kPostgres;
  }
  return false;
}

std::string ColumnSql(const Column& c, Dialect dialect) {
  std::string out = std::string(c.name) + ' ' + std::string(TypeName(c.type, dialect));
  if (c.type == Type::kKey || c.primary_key) out += " PRIMARY KEY";
  if (c.not_null) out += " NOT NULL";
  if (c.unique && Has(c.unique_in, dialect)) out += " UNIQUE";
  const char* default_value = c.default_value;
  if (c.type == Type::kTimestamp && dialect == Dialect::kPostgres) default_value = "now()";
  if (default_value != nullptr) out += std::string(" DEFAULT ") + default_value;
  if (c.references != nullptr) out += std::string(" REFERENCES ") + c.references;
  return out;
}

std::string IndexSql(const Index& index, Dialect dialect) {
  std::string out = std::string("CREATE INDEX ") + index.name + " ON " + index.table;
  if (index.method != nullptr && dialect == Dialect::kPostgres) out += std::string(" USING ") + index.method;
  out += std::string("(") + index.columns + ")";
  if (index.where != nullptr) out += std::string(" WHERE ") + index.where;
  return out;
}

}  // namespace

std::span<const Table> Tables() { return kTables; }
std::span<const Index> Indexes() { return kIndexes; }

std::string_view TypeName(Type type, Dialect dialect) {
  const bool pg = dialect == Dialect::kPostgres;
  switch (type) {
    case Type::kKey:
      return pg ? "BIGSERIAL" : "INTEGER";
    case Type::kRef:
      return pg ? "BIGINT" : "INTEGER";
    case Type::kInt:
      return "INTEGER";
    case Type::kReal:
      return pg ? "DOUBLE PRECISION" : "REAL";
    case Type::kText:
      return "TEXT";
    case Type::kTimestamp:
      return pg ? "TIMESTAMPTZ" : "TEXT";
    case Type::kSearch:
      assert(pg);
      return "TSVECTOR";
  }
  return "";
}

std::string CreateSchemaSql(Dialect dialect) {
  std::string out;
  for (const Table& table : kTables) {
    out += std::string("CREATE TABLE ") + table.name + "(";
    const char* sep = "\n  ";
    for (const Column& c : table.columns) {
      if (!Has(c.in, dialect)) continue;
      out += sep + ColumnSql(c, dialect);
      sep = ",\n  ";
    }
    for (const char* constraint : table.constraints) out += sep + std::string(constraint);
    out += ")";
    if (table.without_rowid && dialect == Dialect::kSqlite) out += " WITHOUT ROWID";
    out += ";\n";
    for (const Index& index : kIndexes) {
      if (std::string_view(index.table) == table.name && Has(index.in, dialect)) {
        out += IndexSql(index, dialect) + ";\n";
      }
    }
  }
  return out;
}

}  // namespace isnad::store::schema
