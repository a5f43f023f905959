// store/pg_query.h: the queries of store/query.h on the PostgreSQL store
// (store/pg_store.h): the actor network, a dyad's series, the top events, the
// evidence behind an edge and full-text search. Same filters, same counting
// rules, same result structs (render them with the *Json functions of
// store/query.h). Differences: a search hit's rank is minus PostgreSQL's
// ts_rank (lower is still better), and "first mention" means first in the
// canonical order of the PostgreSQL store (day, document id, order).
//
// Errors: kIoError with the server's message when a query fails.
// Thread-safety: the functions use the PgStore's connection; one thread at a
// time per PgStore.
#ifndef ISNAD_STORE_PG_QUERY_H_
#define ISNAD_STORE_PG_QUERY_H_

#include <string_view>
#include <vector>

#include "store/pg_store.h"
#include "store/query.h"
#include "util/status.h"

namespace isnad::store {

StatusOr<Network> PgQueryNetwork(PgStore& store, const QueryFilter& filter);
StatusOr<std::vector<SeriesPoint>> PgQuerySeries(PgStore& store, std::string_view source, std::string_view target,
                                                 Bucket bucket, const QueryFilter& filter);
StatusOr<std::vector<TopEvent>> PgQueryTopEvents(PgStore& store, const QueryFilter& filter, int limit);
StatusOr<std::vector<Evidence>> PgQueryEvidence(PgStore& store, std::string_view source, std::string_view target,
                                                const QueryFilter& filter, int limit);
StatusOr<std::vector<SearchHit>> PgSearchSentences(PgStore& store, std::string_view query, int limit);

}  // namespace isnad::store

#endif  // ISNAD_STORE_PG_QUERY_H_
