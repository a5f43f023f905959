// store/query_internal.h: the filter clause shared by query.cc and export.cc.
// Not part of the store's API.
#ifndef ISNAD_STORE_QUERY_INTERNAL_H_
#define ISNAD_STORE_QUERY_INTERNAL_H_

#include "store/query.h"
#include "store/sqlite.h"

namespace isnad::store::internal {

// " AND ..." restricting mentions `m` by a QueryFilter, using parameters
// ?101..?107 (bound by BindFilter).
extern const char* const kFilterSql;

// Binds `filter` to parameters ?101..?107 of `stmt`.
void BindFilter(Statement& stmt, const QueryFilter& filter);

}  // namespace isnad::store::internal

#endif  // ISNAD_STORE_QUERY_INTERNAL_H_
