// store/pg_query.h: the queries of store/query.h on the PostgreSQL store
// (store/pg_store.h): the actor network, a dyad's series, the top events, the
// evidence behind an edge and full-text search; and the exports of
// store/export.h. Same filters, same counting
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

#include <string>
#include <string_view>
#include <vector>

#include "events/writer.h"
#include "store/export.h"
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

// The exports of store/export.h, with the same output for the same data.
// PgExportMentions writes every stored mention passing `filter` (filter.level
// is ignored), in ingest order (mention id), to `writer`, without calling
// Finish(). It reads `page_rows` mentions at a time by id, all pages in one
// repeatable-read snapshot, so its memory does not grow with the store.
// Errors: kIoError from the server, or the writer's error.
// REQUIRES: writer != nullptr, page_rows > 0.
Status PgExportMentions(PgStore& store, const QueryFilter& filter, events::EventWriter* writer,
                        int page_rows = 1000);
// As ExportEventsCsv. REQUIRES: out != nullptr.
Status PgExportEventsCsv(PgStore& store, const QueryFilter& filter, std::string* out);

}  // namespace isnad::store

#endif  // ISNAD_STORE_PG_QUERY_H_
