// store/schema.h: the SQLite schema of the event store and its migrations
// (documented in docs/formats.md, "Event store"). The version lives in
// `PRAGMA user_version` (kSchemaVersion, store/schema_def.h, which also
// describes the tables); Migrate() brings an older database up to
// kSchemaVersion one step at a time, each step in its own transaction, and
// refuses a database written by a newer isnad.
//
// Thread-safety: the functions use the Db they are given; see store/sqlite.h.
#ifndef ISNAD_STORE_SCHEMA_H_
#define ISNAD_STORE_SCHEMA_H_

#include <string>
#include <string_view>

#include "store/schema_def.h"  // kSchemaVersion.
#include "store/sqlite.h"
#include "util/status.h"

namespace isnad::store {

// Applies the migrations from the database's user_version up to
// `target_version` (REQUIRES: 1 <= target_version <= kSchemaVersion; values
// below kSchemaVersion exist for tests of the migrations). A fresh database has
// user_version 0. kCorruption when the database's version is newer than
// kSchemaVersion ("written by a newer isnad"); SQL errors name the statement.
Status Migrate(Db* db, int target_version = kSchemaVersion);

// The text indexed for full-text search: every whitespace-separated word of
// `text` normalized with text::NormalizeWord (so Arabic matches without
// diacritics, hamza seats or alef forms, Latin without case or accents), words
// separated by one space. Queries go through the same function.
// `text` must be valid UTF-8.
std::string NormalizeForSearch(std::string_view text);

}  // namespace isnad::store

#endif  // ISNAD_STORE_SCHEMA_H_
