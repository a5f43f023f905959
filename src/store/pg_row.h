// store/pg_row.h: the row accessor of store/mention_row.h's templates over a
// pqxx result row, for the PostgreSQL store (pg_query.cc, pg_store.cc). Not
// part of the store's API.
#ifndef ISNAD_STORE_PG_ROW_H_
#define ISNAD_STORE_PG_ROW_H_

#include <cstdint>
#include <pqxx/pqxx>
#include <string>

namespace isnad::store::internal {

// A row of a pqxx result as MentionFromRow and DedupInputFromRow read it;
// String() is "" for NULL. The row must outlive the accessor.
struct PgRow {
  const pqxx::row& row;
  bool IsNull(int col) const { return row[col].is_null(); }
  int64_t Int(int col) const { return row[col].as<int64_t>(); }
  double Double(int col) const { return row[col].as<double>(); }
  std::string String(int col) const { return row[col].is_null() ? std::string() : row[col].as<std::string>(); }
};

}  // namespace isnad::store::internal

#endif  // ISNAD_STORE_PG_ROW_H_
