// store/query.h: the questions the explorer and `isnad query` ask of the event
// store: the actor network for a period, a dyad's time series, the most
// reported events, the evidence behind an edge, and full-text search over
// sentences. Results are plain structs; the *Json functions render them for the
// CLI and the HTTP API.
//
// Counting: an edge or a period counts deduplicated events (store/dedup.h); an
// event counts when at least one of its mentions passes the filter, and
// `mentions` counts those mentions. Goldstein means are over events (each event
// scored by its first mention's code). Cooperation is quad classes 1-2,
// conflict 3-4. Mentions with an unknown source or target are left out of the
// network and the series.
//
// Thread-safety: the functions use the Store's connection; one thread at a time
// per Store.
#ifndef ISNAD_STORE_QUERY_H_
#define ISNAD_STORE_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/dedup.h"
#include "store/store.h"
#include "util/status.h"

namespace isnad::store {

// Which mentions a query looks at. Empty fields mean "no restriction".
struct QueryFilter {
  std::string from_day;  // Inclusive ISO day "YYYY-MM-DD" of the event (mentions.day). Default: open.
  std::string to_day;    // Inclusive. Default: open.
  std::vector<std::string> langs;        // "ar", "fr", "en".
  std::vector<std::string> certainties;  // "asserted", "reported", "alleged", "hypothetical", "negated".
  std::vector<std::string> roots;        // CAMEO roots "01".."20".
  std::vector<std::string> plover_types;  // PLOVER event types as stored ("ASSAULT", "PROTEST", "AID" ...).
  std::vector<std::string> outlets;      // Outlet names as stored (the document's source).
  bool include_background = true;        // Default: true (background events count).
  ActorLevel level = ActorLevel::kCountry;  // Actor granularity of nodes and dyads. Default: country.
};

struct NetworkEdge {
  std::string source;     // Actor code at the filter's level.
  std::string target;
  int64_t events = 0;     // Deduplicated events.
  int64_t mentions = 0;   // Reports (mention rows) behind them.
  std::optional<double> mean_goldstein;  // Over events; nullopt when none has a score.
  int64_t cooperation = 0;  // Events of quad class 1 or 2.
  int64_t conflict = 0;     // Events of quad class 3 or 4.
};

struct NetworkNode {
  std::string code;       // Actor code at the filter's level ("LBY", "LBYMIL").
  std::string name;       // The name most often seen for it (or for a code of that country); may be empty.
  int64_t events_out = 0;  // Sum of the events of its outgoing edges.
  int64_t events_in = 0;
  int64_t degree = 0;      // Number of distinct neighbours.
};

struct Network {
  std::vector<NetworkNode> nodes;  // Sorted by events_in + events_out, descending, then code.
  std::vector<NetworkEdge> edges;  // Sorted by events, descending, then source, target.
};

// The actor network of the mentions that pass `filter`.
StatusOr<Network> QueryNetwork(Store& store, const QueryFilter& filter);

enum class Bucket { kDay, kWeek, kMonth };
// "day", "week" (ISO weeks, labelled by their Monday) or "month"; else kInvalidArgument.
StatusOr<Bucket> ParseBucket(std::string_view name);

struct SeriesPoint {
  std::string period;     // "2019-04-04" (day, week's Monday) or "2019-04" (month).
  int64_t events = 0;
  int64_t mentions = 0;
  std::optional<double> mean_goldstein;
  int64_t cooperation = 0;
  int64_t conflict = 0;
};

// Events from `source` to `target` (codes at filter.level; "" = any actor) per
// period, oldest first; periods without events are left out. Undated mentions
// are not counted.
StatusOr<std::vector<SeriesPoint>> QuerySeries(Store& store, std::string_view source, std::string_view target,
                                               Bucket bucket, const QueryFilter& filter);

struct TopEvent {
  int64_t id = 0;
  std::string source_actor;  // At the level the store deduplicated with.
  std::string target_actor;
  std::string root;
  std::string code;          // The first mention's code.
  std::optional<double> goldstein;
  int quad_class = 0;
  std::string date_first;    // Event dates ("" when undated).
  std::string date_last;
  std::string place;         // Country code or "".
  int64_t mention_count = 0;
  int64_t outlet_count = 0;
  std::string first_report;  // Publication dates of the first and last report ("" when unknown).
  std::string last_report;
  std::string sentence;      // The sentence of the first mention.
};

// The events with the most reports (then outlets, then id) among those with a
// mention passing `filter`; at most `limit`.
StatusOr<std::vector<TopEvent>> QueryTopEvents(Store& store, const QueryFilter& filter, int limit);

struct EvidenceSpan {
  std::string text;
  uint32_t begin = 0;  // Byte span in the document text.
  uint32_t end = 0;
};

struct Evidence {
  int64_t mention_id = 0;
  int64_t event_id = 0;
  std::string doc_id;
  std::string doc_title;
  std::string doc_date;
  std::string outlet;
  uint32_t sentence_index = 0;
  std::string sentence;
  std::string lang;
  uint32_t sentence_begin = 0;  // Byte span of the sentence in the document.
  uint32_t sentence_end = 0;
  std::string source_code;
  EvidenceSpan source;   // Spans are in document bytes; subtract sentence_begin for the sentence.
  std::string target_code;
  EvidenceSpan target;
  std::string code;
  std::string name;
  EvidenceSpan trigger;
  std::string date;       // The event's date as coded, or "".
  std::string certainty;
  std::vector<std::pair<std::string, std::string>> attribution;  // (text, kind)
};

// The mentions behind the edge `source` -> `target` (codes at filter.level;
// both required), oldest first, at most `limit`.
StatusOr<std::vector<Evidence>> QueryEvidence(Store& store, std::string_view source, std::string_view target,
                                              const QueryFilter& filter, int limit);

struct SearchHit {
  std::string doc_id;
  uint32_t sentence_index = 0;
  std::string text;
  std::string lang;
  double rank = 0;  // FTS5 bm25: lower is better.
};

// Sentences holding every word of `query` (each normalized as NormalizeForSearch
// does; FTS5 syntax in `query` is not interpreted: words are matched as
// literal phrases), best first, at most `limit`. An empty query gives no hits.
StatusOr<std::vector<SearchHit>> SearchSentences(Store& store, std::string_view query, int limit);

// JSON renderings (UTF-8, one object or array, no trailing newline).
std::string NetworkJson(const Network& network);
std::string SeriesJson(const std::vector<SeriesPoint>& series);
std::string TopEventsJson(const std::vector<TopEvent>& events);
std::string EvidenceJson(const std::vector<Evidence>& evidence);
std::string SearchJson(const std::vector<SearchHit>& hits);

}  // namespace isnad::store

#endif  // ISNAD_STORE_QUERY_H_
