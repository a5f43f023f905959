// The schema, one migration per version. A migration never changes after it
// has shipped: a change to the schema is a new migration appended to
// kMigrations, and kSchemaVersion in schema.h goes up by one.
#include "store/schema.h"

#include <string>

#include "text/normalize.h"

namespace isnad::store {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL);

CREATE TABLE documents(
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  date TEXT,
  lang TEXT NOT NULL DEFAULT '',
  sentence_count INTEGER NOT NULL,
  mention_count INTEGER NOT NULL,
  ingested_at TEXT NOT NULL);
CREATE INDEX documents_by_hash ON documents(content_hash);

CREATE TABLE sentences(
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(rowid),
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  lang TEXT NOT NULL DEFAULT '',
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  UNIQUE(doc, idx));

CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  source_actor TEXT NOT NULL,
  target_actor TEXT NOT NULL,
  code_key TEXT NOT NULL,
  date_key TEXT NOT NULL,
  jday INTEGER,
  root TEXT NOT NULL,
  code TEXT NOT NULL,
  quad_class INTEGER,
  goldstein REAL,
  date_first TEXT,
  date_last TEXT,
  place TEXT NOT NULL DEFAULT '',
  mention_count INTEGER NOT NULL DEFAULT 0,
  outlet_count INTEGER NOT NULL DEFAULT 0,
  first_report TEXT,
  last_report TEXT);
CREATE INDEX events_by_key ON events(source_actor, target_actor, code_key, date_key, jday);

CREATE TABLE mentions(
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(rowid),
  ord INTEGER NOT NULL,
  sentence INTEGER REFERENCES sentences(id),
  sentence_index INTEGER NOT NULL,
  lang TEXT NOT NULL DEFAULT '',
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  source_code TEXT NOT NULL,
  source_country TEXT NOT NULL,
  source_text TEXT NOT NULL,
  source_begin INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  target_code TEXT NOT NULL,
  target_country TEXT NOT NULL,
  target_text TEXT NOT NULL,
  target_begin INTEGER NOT NULL,
  target_end INTEGER NOT NULL,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  name TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL,
  trigger_text TEXT NOT NULL,
  trigger_begin INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  plover_type TEXT NOT NULL,
  plover_mode TEXT NOT NULL,
  date TEXT,
  date_text TEXT NOT NULL,
  day TEXT,
  location_name TEXT,
  location_country TEXT,
  location_lat REAL,
  location_lon REAL,
  location_alternatives TEXT,
  certainty TEXT NOT NULL,
  background INTEGER NOT NULL,
  outlet TEXT NOT NULL,
  event INTEGER REFERENCES events(id),
  UNIQUE(doc, ord));
CREATE INDEX mentions_by_event ON mentions(event, outlet);
CREATE INDEX mentions_by_country_dyad ON mentions(source_country, target_country, day, event);
CREATE INDEX mentions_by_agent_dyad ON mentions(source_code, target_code, day, event);
CREATE INDEX mentions_by_day ON mentions(day);

CREATE TABLE attributions(
  mention INTEGER NOT NULL REFERENCES mentions(id),
  ord INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY(mention, ord)) WITHOUT ROWID;

CREATE TABLE actors(
  code TEXT PRIMARY KEY,
  country TEXT NOT NULL,
  type TEXT NOT NULL,
  mention_count INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE actor_names(
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(code, name)) WITHOUT ROWID;
)sql";

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
      return db->Exec(kSchemaV1);
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
