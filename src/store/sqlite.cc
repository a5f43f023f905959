#include "store/sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace isnad::store {
namespace {

// SQL text shortened for messages: whitespace runs folded, at most 160 bytes.
std::string ShortSql(std::string_view sql) {
  std::string out;
  bool space = false;
  for (char c : sql) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
    if (out.size() >= 160) {
      out += "...";
      break;
    }
  }
  return out;
}

Status MakeError(sqlite3* db, const std::string& path, std::string_view sql) {
  int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
  std::string msg = path + ": " + (db ? sqlite3_errmsg(db) : "cannot open") + " (in \"" + ShortSql(sql) + "\")";
  int primary = code & 0xff;
  if (primary == SQLITE_IOERR || primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_FULL ||
      primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_PERM) {
    return Status::IoError(std::move(msg));
  }
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) return Status::Corruption(std::move(msg));
  if (primary == SQLITE_CONSTRAINT) return Status::AlreadyExists(std::move(msg));
  return Status::Internal(std::move(msg));
}

}  // namespace

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(std::exchange(other.db_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

void Statement::BindInt(int index, int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
void Statement::BindDouble(int index, double value) { sqlite3_bind_double(stmt_, index, value); }
void Statement::BindText(int index, std::string_view value) {
  sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}
void Statement::BindNull(int index) { sqlite3_bind_null(stmt_, index); }
void Statement::BindOptionalDouble(int index, const std::optional<double>& value) {
  if (value) {
    BindDouble(index, *value);
  } else {
    BindNull(index);
  }
}
void Statement::BindTextOrNull(int index, std::string_view value) {
  if (value.empty()) {
    BindNull(index);
  } else {
    BindText(index, value);
  }
}

bool Statement::Step(Status* status) {
  assert(status != nullptr);
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  *status = MakeError(db_->handle(), db_->path(), sqlite3_sql(stmt_));
  return false;
}

Status Statement::Run() {
  Status status;
  while (Step(&status)) {
  }
  Reset();
  return status;
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t Statement::ColumnInt(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::ColumnDouble(int col) const { return sqlite3_column_double(stmt_, col); }
bool Statement::ColumnIsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
std::string_view Statement::ColumnText(int col) const {
  const unsigned char* text = sqlite3_column_text(stmt_, col);
  if (text == nullptr) return {};
  return std::string_view(reinterpret_cast<const char*>(text), sqlite3_column_bytes(stmt_, col));
}

StatusOr<std::unique_ptr<Db>> Db::Open(const std::string& path, int busy_timeout_ms) {
  sqlite3* handle = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = Status::IoError(path + ": cannot open database: " + (handle ? sqlite3_errmsg(handle) : "out of memory"));
    sqlite3_close(handle);
    return s;
  }
  sqlite3_extended_result_codes(handle, 1);
  sqlite3_busy_timeout(handle, busy_timeout_ms);
  return std::unique_ptr<Db>(new Db(handle, path));
}

Db::~Db() {
  // Statements are finalized by their owners first (the Store declares them
  // after its Db); sqlite3_close_v2 tolerates any that remain.
  sqlite3_close_v2(db_);
}

StatusOr<Statement> Db::Prepare(std::string_view sql) const {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                              nullptr);
  if (rc != SQLITE_OK) return Error(sql);
  return Statement(stmt, this);
}

Status Db::Exec(std::string_view sql) {
  std::string copy(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK) return Error(sql);
  return Status::OK();
}

StatusOr<int64_t> Db::QueryInt(std::string_view sql) const {
  auto stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Status status;
  if (!stmt->Step(&status)) {
    if (!status.ok()) return status;
    return Status::NotFound(path_ + ": no row from \"" + ShortSql(sql) + "\"");
  }
  return stmt->ColumnInt(0);
}

int64_t Db::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }

Status Db::Error(std::string_view sql) const { return MakeError(db_, path_, sql); }

}  // namespace isnad::store
