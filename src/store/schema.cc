// The schema, one migration per version. A migration never changes after it
// has shipped: a change to the schema is a new case in ApplyMigration, and
// kSchemaVersion (schema_def.h) goes up by one. Version 1 is generated from the
// tables of schema_def.h, which the PostgreSQL store shares.
#include "store/schema.h"

#include <string>

#include "store/schema_def.h"
#include "text/normalize.h"

namespace isnad::store {
namespace {

constexpr const char* kSchemaV2 = R"sql(
CREATE VIRTUAL TABLE sentence_fts USING fts5(norm, content='', tokenize='unicode61 remove_diacritics 2');
)sql";

// Fills sentence_fts from the sentences stored before version 2.
Status BackfillSearch(Db* db) {
  auto read = db->Prepare("SELECT id, text FROM sentences ORDER BY id");
  if (!read.ok()) return read.status();
  auto write = db->Prepare("INSERT INTO sentence_fts(rowid, norm) VALUES (?1, ?2)");
  if (!write.ok()) return write.status();
  Status status;
  while (read->Step(&status)) {
    write->BindInt(1, read->ColumnInt(0));
    write->BindText(2, NormalizeForSearch(read->ColumnText(1)));
    ISNAD_RETURN_IF_ERROR(write->Run());
  }
  return status;
}

Status ApplyMigration(Db* db, int to_version) {
  switch (to_version) {
    case 1:
      return db->Exec(schema::CreateSchemaSql(schema::Dialect::kSqlite));
    case 2:
      ISNAD_RETURN_IF_ERROR(db->Exec(kSchemaV2));
      return BackfillSearch(db);
  }
  return Status::Internal("no migration to schema version " + std::to_string(to_version));
}

}  // namespace

Status Migrate(Db* db, int target_version) {
  assert(target_version >= 1 && target_version <= kSchemaVersion);
  auto version = db->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version > kSchemaVersion) {
    return Status::Corruption(db->path() + ": schema version " + std::to_string(*version) +
                              " was written by a newer isnad (this one reads up to " +
                              std::to_string(kSchemaVersion) + ")");
  }
  for (int v = static_cast<int>(*version) + 1; v <= target_version; ++v) {
    ISNAD_RETURN_IF_ERROR(db->Exec("BEGIN IMMEDIATE"));
    Status s = ApplyMigration(db, v);
    // PRAGMA takes no parameters; v is a small integer of ours, not input.
    if (s.ok()) s = db->Exec("PRAGMA user_version = " + std::to_string(v));
    if (s.ok()) s = db->Exec("COMMIT");
    if (!s.ok()) {
      (void)db->Exec("ROLLBACK");
      return s.Annotate("migrating to schema version " + std::to_string(v));
    }
  }
  return Status::OK();
}

std::string NormalizeForSearch(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t' && text[i] != '\r') ++i;
    if (i == start) break;
    if (!out.empty()) out.push_back(' ');
    text::AppendNormalized(text.substr(start, i - start), &out);
  }
  return out;
}

}  // namespace isnad::store
