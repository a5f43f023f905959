// store/ingest_common.h: the steps of ingest that do not depend on the SQL
// dialect, shared by both backends (store.cc for SQLite, pg_store.cc for
// PostgreSQL): checking a document, gathering its sentences, building the
// values of its mention rows (dedup key and group, outlet, derived columns),
// and choosing the dedup rule a store is opened with. Each backend writes
// these values in its own SQL. Not part of the store's API.
// Thread-safety: pure functions.
#ifndef ISNAD_STORE_INGEST_COMMON_H_
#define ISNAD_STORE_INGEST_COMMON_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "events/event.h"
#include "store/dedup.h"
#include "store/store.h"
#include "util/status.h"

namespace isnad::store::internal {

// actors.type of an actor code: "igo", "ngo", "img", "mnc" or "uis" for codes
// of those kinds, "country" for any other 3-letter code, else "agent".
std::string ActorType(std::string_view code);

// The outlet a mention is counted under: the document's source, else the
// first outlet of the event's attribution chain, else "".
std::string OutletOf(const DocumentInput& input, const events::Event& event);

// The CAMEO root of a mention: event.root, else the first two digits of its code.
std::string RootOf(const events::Event& event);

// InvalidArgument "document without an id" when the document has no id.
Status CheckDocumentId(const DocumentInput& input);

// InvalidArgument "event <i> has no CAMEO code" for the first such event.
Status CheckEventCodes(const DocumentInput& input);

// The sentences of a document by index: those given, then one for each
// sentence index that only the events carry (text, language and span taken
// from the first such event), stored in `*from_events`.
// The pointers point into `input` and `*from_events`, which must outlive the
// map and not change. REQUIRES: from_events != nullptr.
std::map<uint32_t, const SentenceInput*> GatherSentences(const DocumentInput& input,
                                                         std::vector<SentenceInput>* from_events);

// The text indexed for search of a sentence: NormalizeForSearch(text), then
// its extra_search_words after a space when there are any.
std::string SearchText(const SentenceInput& sentence);

// The values of one mention row that are derived from its event rather than
// copied from it.
struct MentionValues {
  DedupKey key;                 // MakeDedupKey under the store's rule.
  std::string outlet;           // OutletOf.
  std::string root;             // RootOf.
  std::string source_country;   // CountryOf(source code).
  std::string target_country;   // CountryOf(target code).
  std::string alternatives;     // The location's alternatives joined by '|' ("" without location).
};

// The derived values of event `event` of document `input` under `dedup`.
MentionValues MakeMentionValues(const DocumentInput& input, const events::Event& event,
                                const DedupOptions& dedup);

// The dedup group of a dedupable key: every field the rule requires to be
// equal, joined by '\x1f' (PostgreSQL stores it in mentions.dedup_key).
std::string GroupOf(const DedupKey& key);

// The dedup rule of a store opened with `wanted` (and `adopt_stored`, see
// StoreOptions::adopt_stored_dedup) whose meta table holds `stored` ("" when
// none). Sets `*rule` to the rule to use and returns true when the stored
// events must be re-linked with it (Rededup). kCorruption, annotated with
// `store_name`, when the stored rule is adopted and cannot be parsed.
// REQUIRES: rule != nullptr.
StatusOr<bool> ChooseDedupRule(std::string_view stored, const DedupOptions& wanted, bool adopt_stored,
                               const std::string& store_name, DedupOptions* rule);

}  // namespace isnad::store::internal

#endif  // ISNAD_STORE_INGEST_COMMON_H_
