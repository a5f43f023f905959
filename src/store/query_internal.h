// store/query_internal.h: the filter clause shared by query.cc and export.cc.
// Not part of the store's API.
#ifndef ISNAD_STORE_QUERY_INTERNAL_H_
#define ISNAD_STORE_QUERY_INTERNAL_H_

#include "store/query.h"
#include "store/sqlite.h"

namespace isnad::store::internal {

// " AND ..." clauses restricting mentions `m` by `filter`, built from constant
// fragments (only those the filter needs, so SQLite can use the day index),
// with values left to parameters ?101..?107 (bound by BindFilter).
std::string FilterSql(const QueryFilter& filter);

// Binds `filter`'s values to the parameters FilterSql(filter) uses.
void BindFilter(Statement& stmt, const QueryFilter& filter);

}  // namespace isnad::store::internal

#endif  // ISNAD_STORE_QUERY_INTERNAL_H_
