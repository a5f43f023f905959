// store/export.h: the event store's exports. The stored event records
// (mentions, every field) go out through the writers of events/writer.h (JSONL,
// CSV, GDELT-style TSV), exactly as `isnad code` would have written them; the
// deduplicated events as CSV; the actor network (store/query.h) as GraphML or
// GEXF 1.3 for Gephi: nodes identified by actor code, directed edges carrying
// their event and mention counts, mean Goldstein score and the
// cooperation/conflict split (edge weight = events).
//
// The same exports of a PostgreSQL store are in store/pg_query.h; both read
// the mentions through store/mention_row.h and write through the same writers,
// so the output of one store ingested in both is the same.
//
// Thread-safety: as store/query.h; the XML and CSV functions are pure.
#ifndef ISNAD_STORE_EXPORT_H_
#define ISNAD_STORE_EXPORT_H_

#include <cstdio>
#include <string>
#include <vector>

#include "events/event.h"
#include "events/writer.h"
#include "store/query.h"
#include "store/store.h"
#include "util/status.h"

namespace isnad::store {

// Writes every stored mention passing `filter` (filter.level is ignored), in
// ingest order, to `writer` as an events::Event; does not call Finish().
// Returns the first SQL or write error. REQUIRES: writer != nullptr.
Status ExportMentions(Store& store, const QueryFilter& filter, events::EventWriter* writer);

// Writes the deduplicated events with a mention passing `filter` as RFC 4180
// CSV with a header row (id, source, target, root, code, goldstein,
// quad_class, date_first, date_last, place, mentions, outlets, first_report,
// last_report) to `*out`. REQUIRES: out != nullptr.
Status ExportEventsCsv(Store& store, const QueryFilter& filter, std::string* out);

// Appends `events` as ExportEventsCsv writes them (header row included),
// sorted by id. The PostgreSQL export (store/pg_query.h) writes through it too.
void AppendEventsCsv(std::vector<TopEvent> events, std::string* out);

// The network as GraphML (appended to `*out`): keys label, name (nodes) and
// weight, events, mentions, mean_goldstein, cooperation, conflict (edges).
void AppendGraphml(const Network& network, std::string* out);

// The network as GEXF 1.3 (appended to `*out`), with the same attributes.
void AppendGexf(const Network& network, std::string* out);

}  // namespace isnad::store

#endif  // ISNAD_STORE_EXPORT_H_
