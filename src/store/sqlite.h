// store/sqlite.h: a small RAII wrapper over the sqlite3 C API, used by the rest
// of the store stage (src/store). Statements are prepared once and reused;
// values are always bound as parameters, never spliced into SQL text. Every
// error is a Status naming the database file and the SQL that failed.
//
// Thread-safety: a Db and its Statements belong to one thread at a time (the
// connection is opened with SQLITE_OPEN_NOMUTEX). Open one Db per thread.
#ifndef ISNAD_STORE_SQLITE_H_
#define ISNAD_STORE_SQLITE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "util/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace isnad::store {

class Db;

// A prepared statement. Bind parameters (1-based), then Step() until it returns
// false; Reset() before reusing it. Column getters are valid after a Step()
// that returned true; returned string_views stay valid until the next Step(),
// Reset() or destruction.
class Statement {
 public:
  Statement() = default;
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool valid() const { return stmt_ != nullptr; }

  // Binders. `index` is 1-based. Text is copied by SQLite (SQLITE_TRANSIENT).
  void BindInt(int index, int64_t value);
  void BindDouble(int index, double value);
  void BindText(int index, std::string_view value);
  void BindNull(int index);
  // Binds NULL when the optional is empty.
  void BindOptionalDouble(int index, const std::optional<double>& value);
  // Binds NULL when `value` is empty.
  void BindTextOrNull(int index, std::string_view value);

  // Runs one step. Returns true when a row is available, false when done;
  // errors go to *status (kIoError for locks and I/O, kCorruption, kAlreadyExists
  // for a constraint, else kInternal; the message names the database and the
  // SQL) and return false.
  // REQUIRES: status != nullptr.
  bool Step(Status* status);
  // Runs the statement to completion, ignoring rows; then resets it.
  Status Run();
  // Resets the statement and clears its bindings.
  void Reset();

  int64_t ColumnInt(int col) const;
  double ColumnDouble(int col) const;
  bool ColumnIsNull(int col) const;
  std::string_view ColumnText(int col) const;
  std::string ColumnString(int col) const { return std::string(ColumnText(col)); }

 private:
  friend class Db;
  Statement(sqlite3_stmt* stmt, const Db* db) : stmt_(stmt), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  const Db* db_ = nullptr;
};

// One connection to an SQLite database.
class Db {
 public:
  // Opens (creating if needed) the database at `path`; ":memory:" gives a
  // private in-memory database. `busy_timeout_ms` is how long a write waits for
  // another process's lock before failing with kIoError ("database is locked").
  static StatusOr<std::unique_ptr<Db>> Open(const std::string& path, int busy_timeout_ms);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Prepares `sql` (one statement). Errors name the SQL and the database.
  StatusOr<Statement> Prepare(std::string_view sql) const;
  // Runs one or more statements without parameters (schema scripts, PRAGMAs,
  // BEGIN/COMMIT). Never use it with text that came from outside the program.
  Status Exec(std::string_view sql);
  // The first column of the first row of `sql` as an integer (e.g. a PRAGMA or
  // a COUNT(*)); kNotFound when there is no row.
  StatusOr<int64_t> QueryInt(std::string_view sql) const;

  // The rowid of the last row this connection inserted.
  int64_t LastInsertRowid() const;

  // A Status for the connection's last error, naming `sql` and the database.
  Status Error(std::string_view sql) const;

  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

 private:
  Db(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace isnad::store

#endif  // ISNAD_STORE_SQLITE_H_
