// Queries. The SQL is assembled only from constant fragments of this file (the
// actor columns for a level, the period expression for a bucket, the filter
// clauses a filter needs); every value, including list filters (passed as a JSON array and
// read back with json_each), is a bound parameter.
#include "store/query.h"

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "store/mention_row.h"
#include "store/network_rows.h"
#include "store/query_internal.h"
#include "store/schema.h"

namespace isnad::store {
namespace {

using json = nlohmann::ordered_json;

using internal::BindFilter;
using internal::FilterSql;

json OptionalJson(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
json StringOrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string SourceColumn(ActorLevel level) {
  return level == ActorLevel::kCountry ? "m.source_country" : "m.source_code";
}
std::string TargetColumn(ActorLevel level) {
  return level == ActorLevel::kCountry ? "m.target_country" : "m.target_code";
}

std::optional<double> OptionalDouble(const Statement& stmt, int col) {
  if (stmt.ColumnIsNull(col)) return std::nullopt;
  return stmt.ColumnDouble(col);
}

void BindList(Statement& stmt, int index, const std::vector<std::string>& values) {
  if (values.empty()) {
    stmt.BindNull(index);
  } else {
    stmt.BindText(index, json(values).dump(-1, ' ', false, json::error_handler_t::replace));
  }
}

}  // namespace

namespace internal {

std::string FilterSql(const QueryFilter& f) {
  std::string sql;
  if (!f.from_day.empty()) sql += " AND m.day >= ?101";
  if (!f.to_day.empty()) sql += " AND m.day <= ?102";
  if (!f.langs.empty()) sql += " AND m.lang IN (SELECT value FROM json_each(?103))";
  if (!f.certainties.empty()) sql += " AND m.certainty IN (SELECT value FROM json_each(?104))";
  if (!f.roots.empty()) sql += " AND m.root IN (SELECT value FROM json_each(?105))";
  if (!f.outlets.empty()) sql += " AND m.outlet IN (SELECT value FROM json_each(?106))";
  if (!f.plover_types.empty()) sql += " AND m.plover_type IN (SELECT value FROM json_each(?107))";
  if (!f.include_background) sql += " AND m.background = 0";
  return sql;
}

void BindFilter(Statement& stmt, const QueryFilter& f) {
  if (!f.from_day.empty()) stmt.BindText(101, f.from_day);
  if (!f.to_day.empty()) stmt.BindText(102, f.to_day);
  if (!f.langs.empty()) BindList(stmt, 103, f.langs);
  if (!f.certainties.empty()) BindList(stmt, 104, f.certainties);
  if (!f.roots.empty()) BindList(stmt, 105, f.roots);
  if (!f.outlets.empty()) BindList(stmt, 106, f.outlets);
  if (!f.plover_types.empty()) BindList(stmt, 107, f.plover_types);
}

}  // namespace internal

namespace {

// True when the events table alone answers the network: no restriction on
// mentions, and events keyed by actors at the filter's level (every mention of
// an event then has the event's dyad at that level).
bool NetworkFromEvents(const Store& store, const QueryFilter& f) {
  const DedupOptions& d = store.dedup_options();
  return FilterSql(f).empty() && d.mode != DedupMode::kOneADay && d.level == f.level;
}

}  // namespace

StatusOr<Network> QueryNetwork(Store& store, const QueryFilter& filter) {
  const std::string s = SourceColumn(filter.level), t = TargetColumn(filter.level);
  const std::string sql =
      NetworkFromEvents(store, filter)
          ? "SELECT source_actor, target_actor, COUNT(*), SUM(mention_count), AVG(goldstein),"
            " SUM(quad_class IN (1, 2)), SUM(quad_class IN (3, 4)) FROM events"
            " WHERE source_actor <> '' AND target_actor <> '' GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"
          :
      "SELECT src, dst, COUNT(*), SUM(n), AVG(g), SUM(q IN (1, 2)), SUM(q IN (3, 4)) FROM ("
      " SELECT " + s + " AS src, " + t + " AS dst, m.event, COUNT(*) AS n, ev.goldstein AS g, ev.quad_class AS q"
      " FROM mentions m JOIN events ev ON ev.id = m.event WHERE " + s + " <> '' AND " + t + " <> ''" +
      FilterSql(filter) + " GROUP BY src, dst, m.event)"
      " GROUP BY src, dst ORDER BY 3 DESC, 1, 2";
  auto stmt = store.db().Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  BindFilter(*stmt, filter);
  Network net;
  Status status;
  while (stmt->Step(&status)) net.edges.push_back(internal::NetworkEdgeFromRow(internal::SqliteRow{*stmt}));
  if (!status.ok()) return status;
  auto name = store.db().Prepare(
      "SELECT n.name FROM actor_names n JOIN actors a ON a.code = n.code"
      " WHERE (?2 = 'agent' AND a.code = ?1) OR (?2 = 'country' AND a.country = ?1)"
      " ORDER BY a.code = ?1 DESC, n.count DESC, n.name LIMIT 1");
  if (!name.ok()) return name.status();
  ISNAD_RETURN_IF_ERROR(internal::AddNetworkNodes(&net, [&](const std::string& code) -> StatusOr<std::string> {
    name->BindText(1, code);
    name->BindText(2, ActorLevelName(filter.level));
    Status step;
    std::string found = name->Step(&step) ? name->ColumnString(0) : "";
    name->Reset();
    if (!step.ok()) return step;
    return found;
  }));
  return net;
}

StatusOr<Bucket> ParseBucket(std::string_view name) {
  if (name == "day") return Bucket::kDay;
  if (name == "week") return Bucket::kWeek;
  if (name == "month") return Bucket::kMonth;
  return Status::InvalidArgument("period must be day, week or month, got '" + std::string(name) + "'");
}

StatusOr<std::vector<SeriesPoint>> QuerySeries(Store& store, std::string_view source, std::string_view target,
                                               Bucket bucket, const QueryFilter& filter) {
  const std::string s = SourceColumn(filter.level), t = TargetColumn(filter.level);
  std::string period = "m.day";
  if (bucket == Bucket::kWeek) period = "date(m.day, '-6 days', 'weekday 1')";
  if (bucket == Bucket::kMonth) period = "substr(m.day, 1, 7)";
  const std::string sql =
      "SELECT p, COUNT(*), SUM(n), AVG(g), SUM(q IN (1, 2)), SUM(q IN (3, 4)) FROM ("
      " SELECT " + period + " AS p, m.event, COUNT(*) AS n, ev.goldstein AS g, ev.quad_class AS q"
      " FROM mentions m JOIN events ev ON ev.id = m.event WHERE m.day IS NOT NULL"
      " AND " + s + " <> '' AND " + t + " <> ''"
      " AND (?1 = '' OR " + s + " = ?1) AND (?2 = '' OR " + t + " = ?2)" +
      FilterSql(filter) + " GROUP BY p, m.event) GROUP BY p ORDER BY p";
  auto stmt = store.db().Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  stmt->BindText(1, source);
  stmt->BindText(2, target);
  BindFilter(*stmt, filter);
  std::vector<SeriesPoint> out;
  Status status;
  while (stmt->Step(&status)) {
    SeriesPoint& p = out.emplace_back();
    p.period = stmt->ColumnString(0);
    p.events = stmt->ColumnInt(1);
    p.mentions = stmt->ColumnInt(2);
    p.mean_goldstein = OptionalDouble(*stmt, 3);
    p.cooperation = stmt->ColumnInt(4);
    p.conflict = stmt->ColumnInt(5);
  }
  if (!status.ok()) return status;
  return out;
}

StatusOr<std::vector<TopEvent>> QueryTopEvents(Store& store, const QueryFilter& filter, int limit) {
  const std::string sql =
      "SELECT ev.id, ev.source_actor, ev.target_actor, ev.root, ev.code, ev.goldstein, ev.quad_class,"
      " ev.date_first, ev.date_last, ev.place, ev.mention_count, ev.outlet_count, ev.first_report,"
      " ev.last_report, (SELECT s.text FROM mentions f JOIN sentences s ON s.id = f.sentence"
      "  WHERE f.event = ev.id ORDER BY f.id LIMIT 1)"
      " FROM events ev WHERE ev.id IN (SELECT m.event FROM mentions m WHERE 1" + FilterSql(filter) +
      ") ORDER BY ev.mention_count DESC, ev.outlet_count DESC, ev.id LIMIT ?1";
  auto stmt = store.db().Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  stmt->BindInt(1, limit);
  BindFilter(*stmt, filter);
  std::vector<TopEvent> out;
  Status status;
  while (stmt->Step(&status)) {
    TopEvent& e = out.emplace_back();
    e.id = stmt->ColumnInt(0);
    e.source_actor = stmt->ColumnString(1);
    e.target_actor = stmt->ColumnString(2);
    e.root = stmt->ColumnString(3);
    e.code = stmt->ColumnString(4);
    e.goldstein = OptionalDouble(*stmt, 5);
    e.quad_class = static_cast<int>(stmt->ColumnInt(6));
    e.date_first = stmt->ColumnString(7);
    e.date_last = stmt->ColumnString(8);
    e.place = stmt->ColumnString(9);
    e.mention_count = stmt->ColumnInt(10);
    e.outlet_count = stmt->ColumnInt(11);
    e.first_report = stmt->ColumnString(12);
    e.last_report = stmt->ColumnString(13);
    e.sentence = stmt->ColumnString(14);
  }
  if (!status.ok()) return status;
  return out;
}

StatusOr<std::vector<Evidence>> QueryEvidence(Store& store, std::string_view source, std::string_view target,
                                              const QueryFilter& filter, int limit) {
  if (source.empty() || target.empty()) return Status::InvalidArgument("evidence needs a source and a target actor");
  const std::string s = SourceColumn(filter.level), t = TargetColumn(filter.level);
  // Dated mentions first, in the order of the dyad index (day, event, id), so
  // the first `limit` come straight off it; then undated ones.
  const std::string select =
      "SELECT m.id, m.event, d.id, d.title, d.date, m.outlet, m.sentence_index, s.text, m.lang, m.span_begin,"
      " m.span_end, m.source_code, m.source_text, m.source_begin, m.source_end, m.target_code, m.target_text,"
      " m.target_begin, m.target_end, m.code, m.name, m.trigger_text, m.trigger_begin, m.trigger_end, m.date,"
      " m.certainty"
      " FROM mentions m JOIN documents d ON d.rowid = m.doc LEFT JOIN sentences s ON s.id = m.sentence"
      " WHERE " + s + " = ?1 AND " + t + " = ?2" + FilterSql(filter);
  std::vector<Evidence> out;
  Status status;
  for (const char* tail : {" AND m.day IS NOT NULL ORDER BY m.day, m.event, m.id LIMIT ?3",
                           " AND m.day IS NULL ORDER BY m.id LIMIT ?3"}) {
    const int64_t wanted = static_cast<int64_t>(limit) - static_cast<int64_t>(out.size());
    if (wanted <= 0) break;
    auto stmt = store.db().Prepare(select + tail);
    if (!stmt.ok()) return stmt.status();
    stmt->BindText(1, source);
    stmt->BindText(2, target);
    stmt->BindInt(3, wanted);
    BindFilter(*stmt, filter);
    auto u32 = [&](int col) { return static_cast<uint32_t>(stmt->ColumnInt(col)); };
    while (stmt->Step(&status)) {
      Evidence& e = out.emplace_back();
      e.mention_id = stmt->ColumnInt(0);
      e.event_id = stmt->ColumnInt(1);
      e.doc_id = stmt->ColumnString(2);
      e.doc_title = stmt->ColumnString(3);
      e.doc_date = stmt->ColumnString(4);
      e.outlet = stmt->ColumnString(5);
      e.sentence_index = u32(6);
      e.sentence = stmt->ColumnString(7);
      e.lang = stmt->ColumnString(8);
      e.sentence_begin = u32(9);
      e.sentence_end = u32(10);
      e.source_code = stmt->ColumnString(11);
      e.source = {stmt->ColumnString(12), u32(13), u32(14)};
      e.target_code = stmt->ColumnString(15);
      e.target = {stmt->ColumnString(16), u32(17), u32(18)};
      e.code = stmt->ColumnString(19);
      e.name = stmt->ColumnString(20);
      e.trigger = {stmt->ColumnString(21), u32(22), u32(23)};
      e.date = stmt->ColumnString(24);
      e.certainty = stmt->ColumnString(25);
    }
    if (!status.ok()) return status;
  }
  auto attribution = store.db().Prepare("SELECT text, kind FROM attributions WHERE mention = ?1 ORDER BY ord");
  if (!attribution.ok()) return attribution.status();
  for (auto& e : out) {
    attribution->BindInt(1, e.mention_id);
    while (attribution->Step(&status)) {
      e.attribution.emplace_back(attribution->ColumnString(0), attribution->ColumnString(1));
    }
    attribution->Reset();
    if (!status.ok()) return status;
  }
  return out;
}

StatusOr<std::vector<SearchHit>> SearchSentences(Store& store, std::string_view query, int limit) {
  // Each normalized word becomes an FTS5 string ("..." with quotes doubled),
  // so operators and column filters in the user's text are plain words.
  std::string norm = NormalizeForSearch(query), match;
  size_t start = 0;
  while (start < norm.size()) {
    size_t end = norm.find(' ', start);
    if (end == std::string::npos) end = norm.size();
    std::string_view word(norm.data() + start, end - start);
    if (!word.empty()) {
      if (!match.empty()) match += ' ';
      match += '"';
      for (char c : word) {
        if (c == '"') match += '"';
        match += c;
      }
      match += '"';
    }
    start = end + 1;
  }
  std::vector<SearchHit> out;
  if (match.empty()) return out;
  auto stmt = store.db().Prepare(
      "SELECT d.id, s.idx, s.text, s.lang, bm25(sentence_fts) AS r FROM sentence_fts"
      " JOIN sentences s ON s.id = sentence_fts.rowid JOIN documents d ON d.rowid = s.doc"
      " WHERE sentence_fts MATCH ?1 ORDER BY r, s.id LIMIT ?2");
  if (!stmt.ok()) return stmt.status();
  stmt->BindText(1, match);
  stmt->BindInt(2, limit);
  Status status;
  while (stmt->Step(&status)) {
    SearchHit& h = out.emplace_back();
    h.doc_id = stmt->ColumnString(0);
    h.sentence_index = static_cast<uint32_t>(stmt->ColumnInt(1));
    h.text = stmt->ColumnString(2);
    h.lang = stmt->ColumnString(3);
    h.rank = stmt->ColumnDouble(4);
  }
  if (!status.ok()) return status;
  return out;
}

std::string NetworkJson(const Network& network) {
  json nodes = json::array(), edges = json::array();
  for (const auto& n : network.nodes) {
    nodes.push_back({{"id", n.code}, {"name", StringOrNull(n.name)}, {"events_out", n.events_out},
                     {"events_in", n.events_in}, {"degree", n.degree}});
  }
  for (const auto& e : network.edges) {
    edges.push_back({{"source", e.source}, {"target", e.target}, {"events", e.events}, {"mentions", e.mentions},
                     {"mean_goldstein", OptionalJson(e.mean_goldstein)}, {"cooperation", e.cooperation},
                     {"conflict", e.conflict}});
  }
  return Dump({{"nodes", nodes}, {"edges", edges}});
}

std::string SeriesJson(const std::vector<SeriesPoint>& series) {
  json out = json::array();
  for (const auto& p : series) {
    out.push_back({{"period", p.period}, {"events", p.events}, {"mentions", p.mentions},
                   {"mean_goldstein", OptionalJson(p.mean_goldstein)}, {"cooperation", p.cooperation},
                   {"conflict", p.conflict}});
  }
  return Dump(out);
}

std::string TopEventsJson(const std::vector<TopEvent>& events) {
  json out = json::array();
  for (const auto& e : events) {
    out.push_back({{"id", e.id}, {"source", e.source_actor}, {"target", e.target_actor}, {"root", e.root},
                   {"code", e.code}, {"goldstein", OptionalJson(e.goldstein)},
                   {"quad_class", e.quad_class == 0 ? json(nullptr) : json(e.quad_class)},
                   {"date_first", StringOrNull(e.date_first)}, {"date_last", StringOrNull(e.date_last)},
                   {"place", StringOrNull(e.place)}, {"mentions", e.mention_count}, {"outlets", e.outlet_count},
                   {"first_report", StringOrNull(e.first_report)}, {"last_report", StringOrNull(e.last_report)},
                   {"sentence", e.sentence}});
  }
  return Dump(out);
}

std::string EvidenceJson(const std::vector<Evidence>& evidence) {
  json out = json::array();
  auto span = [](const EvidenceSpan& s) { return json{{"text", s.text}, {"span", {s.begin, s.end}}}; };
  for (const auto& e : evidence) {
    json attribution = json::array();
    for (const auto& [text, kind] : e.attribution) attribution.push_back({{"text", text}, {"kind", kind}});
    json source = span(e.source), target = span(e.target), trigger = span(e.trigger);
    source["code"] = e.source_code;
    target["code"] = e.target_code;
    trigger["code"] = e.code;
    trigger["name"] = StringOrNull(e.name);
    out.push_back({{"mention", e.mention_id}, {"event", e.event_id}, {"doc_id", e.doc_id},
                   {"title", StringOrNull(e.doc_title)}, {"doc_date", StringOrNull(e.doc_date)},
                   {"outlet", StringOrNull(e.outlet)}, {"sentence_index", e.sentence_index},
                   {"sentence", e.sentence}, {"lang", StringOrNull(e.lang)},
                   {"span", {e.sentence_begin, e.sentence_end}}, {"source", source}, {"target", target},
                   {"event_words", trigger}, {"date", StringOrNull(e.date)}, {"certainty", e.certainty},
                   {"attribution", attribution}});
  }
  return Dump(out);
}

std::string SearchJson(const std::vector<SearchHit>& hits) {
  json out = json::array();
  for (const auto& h : hits) {
    out.push_back({{"doc_id", h.doc_id}, {"sentence_index", h.sentence_index}, {"sentence", h.text},
                   {"lang", StringOrNull(h.lang)}, {"rank", h.rank}});
  }
  return Dump(out);
}

}  // namespace isnad::store
