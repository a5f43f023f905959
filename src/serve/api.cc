// serve/api.cc: the JSON endpoints. Parameters are checked by serve/params.h;
// the store's queries (store/query.h) do the counting; the few questions the
// store has no function for (meta data for the filter widgets, actor search,
// an actor's profile, a document's sentences) are answered here with SQL made
// only of constant text and bound parameters.
#include "serve/api.h"

#include <algorithm>
#include <exception>
#include <map>

#include <nlohmann/json.hpp>

#include "store/query.h"
#include "store/query_internal.h"
#include "util/utf8.h"

namespace isnad::serve {
namespace {

using json = nlohmann::ordered_json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }
json StringOrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
json OptionalJson(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

std::string SourceColumn(store::ActorLevel level) {
  return level == store::ActorLevel::kCountry ? "m.source_country" : "m.source_code";
}
std::string TargetColumn(store::ActorLevel level) {
  return level == store::ActorLevel::kCountry ? "m.target_country" : "m.target_code";
}

// (value, count) rows of a two-column query without parameters.
StatusOr<json> CountRows(store::Store& st, std::string_view sql, const char* key) {
  auto stmt = st.db().Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  json out = json::array();
  Status status;
  while (stmt->Step(&status)) {
    out.push_back({{key, stmt->ColumnString(0)}, {"count", stmt->ColumnInt(1)}});
  }
  if (!status.ok()) return status;
  return out;
}

// `text` with LIKE's wildcards escaped by '\'.
std::string LikeEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

json SeriesPoints(const std::vector<store::SeriesPoint>& series) {
  json out = json::array();
  for (const auto& p : series) {
    out.push_back({{"period", p.period}, {"events", p.events}, {"mentions", p.mentions},
                   {"mean_goldstein", OptionalJson(p.mean_goldstein)}, {"cooperation", p.cooperation},
                   {"conflict", p.conflict}});
  }
  return out;
}

// Events with `actor` as source or target, per period (oldest first).
StatusOr<std::vector<store::SeriesPoint>> ActorSeries(store::Store& st, const std::string& actor,
                                                      store::Bucket bucket, const store::QueryFilter& filter) {
  const std::string s = SourceColumn(filter.level), t = TargetColumn(filter.level);
  std::string period = "m.day";
  if (bucket == store::Bucket::kWeek) period = "date(m.day, '-6 days', 'weekday 1')";
  if (bucket == store::Bucket::kMonth) period = "substr(m.day, 1, 7)";
  const std::string sql =
      "SELECT p, COUNT(*), SUM(n), AVG(g), SUM(q IN (1, 2)), SUM(q IN (3, 4)) FROM ("
      " SELECT " + period + " AS p, m.event, COUNT(*) AS n, ev.goldstein AS g, ev.quad_class AS q"
      " FROM mentions m JOIN events ev ON ev.id = m.event WHERE m.day IS NOT NULL"
      " AND " + s + " <> '' AND " + t + " <> '' AND (" + s + " = ?1 OR " + t + " = ?1)" +
      store::internal::FilterSql(filter) + " GROUP BY p, m.event) GROUP BY p ORDER BY p";
  auto stmt = st.db().Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  stmt->BindText(1, actor);
  store::internal::BindFilter(*stmt, filter);
  std::vector<store::SeriesPoint> out;
  Status status;
  while (stmt->Step(&status)) {
    store::SeriesPoint& p = out.emplace_back();
    p.period = stmt->ColumnString(0);
    p.events = stmt->ColumnInt(1);
    p.mentions = stmt->ColumnInt(2);
    if (!stmt->ColumnIsNull(3)) p.mean_goldstein = stmt->ColumnDouble(3);
    p.cooperation = stmt->ColumnInt(4);
    p.conflict = stmt->ColumnInt(5);
  }
  if (!status.ok()) return status;
  return out;
}

StatusOr<store::Bucket> ParsePeriod(const Params& params) {
  auto v = SingleValue(params, "period");
  if (!v.ok()) return v.status();
  if (v->empty()) return store::Bucket::kMonth;
  auto b = store::ParseBucket(*v);
  if (!b.ok()) return Status::InvalidArgument("parameter 'period': must be day, week or month");
  return b;
}

}  // namespace

int HttpStatusFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk:
      return 200;
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kResourceExhausted:
      return 413;
    default:
      return 500;
  }
}

std::string ErrorJson(std::string_view message) { return Dump(json{{"error", std::string(message)}}); }

size_t Utf16Length(std::string_view utf8_text) {
  size_t units = 0;
  size_t i = 0;
  while (i < utf8_text.size()) {
    size_t pos = i;
    char32_t cp = utf8::Decode(utf8_text, &pos);
    if (pos <= i) pos = i + 1;  // Never stall.
    units += cp > 0xFFFF ? 2 : 1;
    i = pos;
  }
  return units;
}

std::optional<Utf16Span> SpanInSentence(std::string_view sentence, size_t sentence_begin_byte,
                                        size_t span_begin_byte, size_t span_end_byte, std::string_view span_text) {
  if (span_text.empty()) return std::nullopt;
  auto boundary = [&](size_t b) {
    return b == sentence.size() || (b < sentence.size() && (static_cast<unsigned char>(sentence[b]) & 0xC0) != 0x80);
  };
  size_t begin = std::string_view::npos;
  if (span_begin_byte >= sentence_begin_byte && span_end_byte >= span_begin_byte) {
    size_t b = span_begin_byte - sentence_begin_byte, e = span_end_byte - sentence_begin_byte;
    if (e <= sentence.size() && boundary(b) && boundary(e) && sentence.substr(b, e - b) == span_text) begin = b;
  }
  if (begin == std::string_view::npos) begin = sentence.find(span_text);
  if (begin == std::string_view::npos) return std::nullopt;
  Utf16Span out;
  out.begin = Utf16Length(sentence.substr(0, begin));
  out.end = out.begin + Utf16Length(span_text);
  return out;
}

ApiReply Api::Handle(std::string_view path, const Params& params) {
  ApiReply reply;
  StatusOr<std::string> body = Status::Internal("no answer");
  try {
    body = Dispatch(path, params);
  } catch (const std::exception& e) {
    // nlohmann::json and the standard library may throw; nothing else in here does.
    body = Status::Internal(std::string("internal error: ") + e.what());
  }
  if (body.ok()) {
    reply.status = 200;
    reply.body = std::move(body).value();
  } else {
    reply.status = HttpStatusFor(body.status());
    reply.body = ErrorJson(body.status().message());
  }
  return reply;
}

StatusOr<std::string> Api::Dispatch(std::string_view path, const Params& params) {
  if (path == "/api/meta") return Meta(params);
  if (path == "/api/network") return Network(params);
  if (path == "/api/actor") return Actor(params);
  if (path == "/api/evidence") return Evidence(params);
  if (path == "/api/series") return Series(params);
  if (path == "/api/search") return Search(params);
  if (path == "/api/document") return Document(params);
  std::string shown(path.substr(0, std::min<size_t>(path.size(), 80)));
  return Status::NotFound("no such endpoint: " + utf8::Repair(shown) +
                          " (see docs/API.md: meta, network, actor, evidence, series, search, document)");
}

StatusOr<std::string> Api::Meta(const Params& params) {
  ISNAD_RETURN_IF_ERROR(CheckParams(params, {}, false, options_.params));
  std::lock_guard<std::mutex> lock(mu_);
  store::Store& st = *store_;
  auto counts = st.Counts();
  if (!counts.ok()) return counts.status();
  json out;
  out["documents"] = counts->documents;
  out["sentences"] = counts->sentences;
  out["mentions"] = counts->mentions;
  out["events"] = counts->events;
  out["actors"] = counts->actors;
  {
    auto stmt = st.db().Prepare("SELECT MIN(day), MAX(day) FROM mentions WHERE day IS NOT NULL");
    if (!stmt.ok()) return stmt.status();
    Status status;
    std::string lo, hi;
    if (stmt->Step(&status)) {
      lo = stmt->ColumnString(0);
      hi = stmt->ColumnString(1);
    }
    if (!status.ok()) return status;
    out["first_day"] = StringOrNull(lo);
    out["last_day"] = StringOrNull(hi);
  }
  struct Facet {
    const char* key;
    const char* sql;
  };
  static constexpr Facet kFacets[] = {
      {"languages", "SELECT lang, COUNT(*) FROM mentions WHERE lang <> '' GROUP BY lang ORDER BY 2 DESC, 1"},
      {"outlets",
       "SELECT outlet, COUNT(*) FROM mentions WHERE outlet <> '' GROUP BY outlet ORDER BY 2 DESC, 1 LIMIT 200"},
      {"roots", "SELECT root, COUNT(*) FROM mentions GROUP BY root ORDER BY 1"},
      {"plover_types",
       "SELECT plover_type, COUNT(*) FROM mentions WHERE plover_type <> '' GROUP BY plover_type ORDER BY 2 DESC, 1"},
      {"certainties", "SELECT certainty, COUNT(*) FROM mentions GROUP BY certainty ORDER BY 2 DESC, 1"},
  };
  for (const auto& f : kFacets) {
    auto rows = CountRows(st, f.sql, "value");
    if (!rows.ok()) return rows.status();
    out[f.key] = std::move(rows).value();
  }
  return Dump(out);
}

StatusOr<std::string> Api::Network(const Params& params) {
  ISNAD_RETURN_IF_ERROR(CheckParams(params, {"limit"}, true, options_.params));
  auto filter = ParseFilter(params, options_.params);
  if (!filter.ok()) return filter.status();
  auto limit = ParseLimit(params, options_.max_network_edges, options_.max_network_edges);
  if (!limit.ok()) return limit.status();
  std::lock_guard<std::mutex> lock(mu_);
  auto net = store::QueryNetwork(*store_, *filter);
  if (!net.ok()) return net.status();
  // Edges come heaviest first; keep the first `limit` and the nodes they touch.
  const bool truncated = net->edges.size() > static_cast<size_t>(*limit);
  if (truncated) net->edges.resize(*limit);
  std::map<std::string, bool> used;
  for (const auto& e : net->edges) used[e.source] = used[e.target] = true;
  json nodes = json::array(), edges = json::array();
  for (const auto& n : net->nodes) {
    if (!used.count(n.code)) continue;
    nodes.push_back({{"id", n.code}, {"code", n.code}, {"name", StringOrNull(n.name)},
                     {"events", n.events_in + n.events_out}, {"events_out", n.events_out},
                     {"events_in", n.events_in}, {"degree", n.degree}});
  }
  for (const auto& e : net->edges) {
    edges.push_back({{"id", e.source + ">" + e.target}, {"source", e.source}, {"target", e.target},
                     {"events", e.events}, {"mentions", e.mentions},
                     {"mean_goldstein", OptionalJson(e.mean_goldstein)}, {"cooperation", e.cooperation},
                     {"conflict", e.conflict}});
  }
  json out;
  out["level"] = store::ActorLevelName(filter->level);
  out["nodes"] = std::move(nodes);
  out["edges"] = std::move(edges);
  out["truncated"] = truncated;
  return Dump(out);
}

StatusOr<std::string> Api::Actor(const Params& params) {
  ISNAD_RETURN_IF_ERROR(CheckParams(params, {"code", "period"}, true, options_.params));
  auto code = ParseActorCode(params, "code", true);
  if (!code.ok()) return code.status();
  auto filter = ParseFilter(params, options_.params);
  if (!filter.ok()) return filter.status();
  auto bucket = ParsePeriod(params);
  if (!bucket.ok()) return bucket.status();
  std::lock_guard<std::mutex> lock(mu_);
  store::Store& st = *store_;
  auto net = store::QueryNetwork(st, *filter);
  if (!net.ok()) return net.status();
  const store::NetworkNode* node = nullptr;
  for (const auto& n : net->nodes) {
    if (n.code == *code) node = &n;
  }
  if (node == nullptr) return Status::NotFound("actor " + *code + " has no events under these filters");
  // Neighbours in either direction, cooperation and conflict summed.
  struct Tie {
    int64_t events = 0, cooperation = 0, conflict = 0, out = 0, in = 0;
  };
  std::map<std::string, Tie> ties;
  for (const auto& e : net->edges) {
    if (e.source != *code && e.target != *code) continue;
    const std::string& other = e.source == *code ? e.target : e.source;
    Tie& t = ties[other];
    t.events += e.events;
    t.cooperation += e.cooperation;
    t.conflict += e.conflict;
    (e.source == *code ? t.out : t.in) += e.events;
  }
  std::vector<std::pair<std::string, Tie>> partners, adversaries;
  for (const auto& [other, t] : ties) {
    if (t.cooperation > 0) partners.emplace_back(other, t);
    if (t.conflict > 0) adversaries.emplace_back(other, t);
  }
  std::sort(partners.begin(), partners.end(), [](const auto& a, const auto& b) {
    return a.second.cooperation != b.second.cooperation ? a.second.cooperation > b.second.cooperation
                                                        : a.first < b.first;
  });
  std::sort(adversaries.begin(), adversaries.end(), [](const auto& a, const auto& b) {
    return a.second.conflict != b.second.conflict ? a.second.conflict > b.second.conflict : a.first < b.first;
  });
  auto tie_json = [](const std::vector<std::pair<std::string, Tie>>& list) {
    json out = json::array();
    for (const auto& [other, t] : list) {
      out.push_back({{"code", other}, {"events", t.events}, {"cooperation", t.cooperation},
                     {"conflict", t.conflict}, {"events_out", t.out}, {"events_in", t.in}});
    }
    return out;
  };
  auto series = ActorSeries(st, *code, *bucket, *filter);
  if (!series.ok()) return series.status();
  // The event mix: deduplicated events per period and CAMEO root.
  std::string period = "m.day";
  if (*bucket == store::Bucket::kWeek) period = "date(m.day, '-6 days', 'weekday 1')";
  if (*bucket == store::Bucket::kMonth) period = "substr(m.day, 1, 7)";
  const std::string s = SourceColumn(filter->level), t = TargetColumn(filter->level);
  auto mix = st.db().Prepare("SELECT " + period + " AS p, m.root, COUNT(DISTINCT m.event) FROM mentions m"
                             " WHERE m.day IS NOT NULL AND " + s + " <> '' AND " + t + " <> '' AND (" + s +
                             " = ?1 OR " + t + " = ?1)" + store::internal::FilterSql(*filter) +
                             " GROUP BY p, m.root ORDER BY p, m.root");
  if (!mix.ok()) return mix.status();
  mix->BindText(1, *code);
  store::internal::BindFilter(*mix, *filter);
  json mix_json = json::array();
  Status status;
  while (mix->Step(&status)) {
    mix_json.push_back({{"period", mix->ColumnString(0)}, {"root", mix->ColumnString(1)},
                        {"events", mix->ColumnInt(2)}});
  }
  if (!status.ok()) return status;
  json out;
  out["code"] = node->code;
  out["name"] = StringOrNull(node->name);
  out["events_out"] = node->events_out;
  out["events_in"] = node->events_in;
  out["degree"] = node->degree;
  out["partners"] = tie_json(partners);
  out["adversaries"] = tie_json(adversaries);
  out["series"] = SeriesPoints(*series);
  out["mix"] = std::move(mix_json);
  return Dump(out);
}

StatusOr<std::string> Api::Evidence(const Params& params) {
  ISNAD_RETURN_IF_ERROR(CheckParams(params, {"source", "target", "limit"}, true, options_.params));
  auto source = ParseActorCode(params, "source", true);
  if (!source.ok()) return source.status();
  auto target = ParseActorCode(params, "target", true);
  if (!target.ok()) return target.status();
  auto filter = ParseFilter(params, options_.params);
  if (!filter.ok()) return filter.status();
  auto limit = ParseLimit(params, options_.default_evidence_rows, options_.max_evidence_rows);
  if (!limit.ok()) return limit.status();
  std::lock_guard<std::mutex> lock(mu_);
  store::Store& st = *store_;
  auto ev = store::QueryEvidence(st, *source, *target, *filter, *limit);
  if (!ev.ok()) return ev.status();
  auto extra = st.db().Prepare(
      "SELECT m.location_name, m.location_country, d.url, m.plover_type, m.root, m.goldstein, m.quad_class"
      " FROM mentions m JOIN documents d ON d.rowid = m.doc WHERE m.id = ?1");
  if (!extra.ok()) return extra.status();
  json items = json::array();
  for (const auto& e : *ev) {
    json span_json;
    auto span = [&](const store::EvidenceSpan& s, const std::string& code) {
      json j = {{"text", s.text}, {"code", code}, {"bytes", {s.begin, s.end}}};
      auto u = SpanInSentence(e.sentence, e.sentence_begin, s.begin, s.end, s.text);
      j["utf16"] = u ? json({u->begin, u->end}) : json(nullptr);
      return j;
    };
    json attribution = json::array();
    for (const auto& [text, kind] : e.attribution) attribution.push_back({{"text", text}, {"kind", kind}});
    json item = {{"mention", e.mention_id}, {"event", e.event_id}, {"doc_id", e.doc_id},
                 {"title", StringOrNull(e.doc_title)}, {"doc_date", StringOrNull(e.doc_date)},
                 {"outlet", StringOrNull(e.outlet)}, {"sentence_index", e.sentence_index},
                 {"sentence", e.sentence}, {"lang", StringOrNull(e.lang)},
                 {"dir", e.lang == "ar" ? "rtl" : "auto"}, {"source", span(e.source, e.source_code)},
                 {"target", span(e.target, e.target_code)}, {"trigger", span(e.trigger, e.code)},
                 {"code", e.code}, {"name", StringOrNull(e.name)}, {"date", StringOrNull(e.date)},
                 {"certainty", e.certainty}, {"attribution", attribution}};
    extra->BindInt(1, e.mention_id);
    Status status;
    if (extra->Step(&status)) {
      item["place"] = StringOrNull(extra->ColumnString(0));
      item["place_country"] = StringOrNull(extra->ColumnString(1));
      item["url"] = StringOrNull(extra->ColumnString(2));
      item["plover"] = StringOrNull(extra->ColumnString(3));
      item["root"] = extra->ColumnString(4);
      item["goldstein"] = extra->ColumnIsNull(5) ? json(nullptr) : json(extra->ColumnDouble(5));
      item["quad_class"] = extra->ColumnInt(6);
    }
    extra->Reset();
    if (!status.ok()) return status;
    items.push_back(std::move(item));
  }
  json out;
  out["source"] = *source;
  out["target"] = *target;
  out["limit"] = *limit;
  out["evidence"] = std::move(items);
  return Dump(out);
}

StatusOr<std::string> Api::Series(const Params& params) {
  ISNAD_RETURN_IF_ERROR(CheckParams(params, {"source", "target", "actor", "period"}, true, options_.params));
  auto source = ParseActorCode(params, "source", false);
  if (!source.ok()) return source.status();
  auto target = ParseActorCode(params, "target", false);
  if (!target.ok()) return target.status();
  auto actor = ParseActorCode(params, "actor", false);
  if (!actor.ok()) return actor.status();
  if (!actor->empty() && (!source->empty() || !target->empty())) {
    return Status::InvalidArgument("give either 'actor' or 'source'/'target', not both");
  }
  auto filter = ParseFilter(params, options_.params);
  if (!filter.ok()) return filter.status();
  auto bucket = ParsePeriod(params);
  if (!bucket.ok()) return bucket.status();
  std::lock_guard<std::mutex> lock(mu_);
  auto series = actor->empty() ? store::QuerySeries(*store_, *source, *target, *bucket, *filter)
                               : ActorSeries(*store_, *actor, *bucket, *filter);
  if (!series.ok()) return series.status();
  json out;
  out["source"] = StringOrNull(*source);
  out["target"] = StringOrNull(*target);
  out["actor"] = StringOrNull(*actor);
  out["period"] = *bucket == store::Bucket::kDay ? "day" : *bucket == store::Bucket::kWeek ? "week" : "month";
  out["points"] = SeriesPoints(*series);
  return Dump(out);
}

StatusOr<std::string> Api::Search(const Params& params) {
  ISNAD_RETURN_IF_ERROR(CheckParams(params, {"q", "limit"}, false, options_.params));
  auto q = SingleValue(params, "q");
  if (!q.ok()) return q.status();
  auto limit = ParseLimit(params, options_.default_search_rows, options_.max_search_rows);
  if (!limit.ok()) return limit.status();
  std::string text = *q;
  // Trim; an empty query finds nothing (not an error: the box may be empty).
  text.erase(0, text.find_first_not_of(" \t\r\n"));
  text.erase(text.find_last_not_of(" \t\r\n") + 1);
  json actors = json::array(), sentences = json::array();
  if (!text.empty()) {
    std::lock_guard<std::mutex> lock(mu_);
    store::Store& st = *store_;
    std::string upper = text;
    for (char& c : upper) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    auto stmt = st.db().Prepare(
        "SELECT a.code, a.country, a.mention_count,"
        " (SELECT n.name FROM actor_names n WHERE n.code = a.code ORDER BY n.count DESC, n.name LIMIT 1)"
        " FROM actors a WHERE a.code LIKE ?1 ESCAPE '\\'"
        " OR EXISTS (SELECT 1 FROM actor_names n WHERE n.code = a.code AND n.name LIKE ?2 ESCAPE '\\')"
        " ORDER BY a.mention_count DESC, a.code LIMIT ?3");
    if (!stmt.ok()) return stmt.status();
    stmt->BindText(1, LikeEscape(upper) + "%");
    stmt->BindText(2, "%" + LikeEscape(text) + "%");
    stmt->BindInt(3, *limit);
    Status status;
    while (stmt->Step(&status)) {
      actors.push_back({{"code", stmt->ColumnString(0)}, {"country", StringOrNull(stmt->ColumnString(1))},
                        {"mentions", stmt->ColumnInt(2)}, {"name", StringOrNull(stmt->ColumnString(3))}});
    }
    if (!status.ok()) return status;
    auto hits = store::SearchSentences(st, text, *limit);
    if (!hits.ok()) return hits.status();
    for (const auto& h : *hits) {
      sentences.push_back({{"doc_id", h.doc_id}, {"sentence_index", h.sentence_index}, {"sentence", h.text},
                           {"lang", StringOrNull(h.lang)}, {"dir", h.lang == "ar" ? "rtl" : "auto"},
                           {"rank", h.rank}});
    }
  }
  json out;
  out["q"] = text;
  out["actors"] = std::move(actors);
  out["sentences"] = std::move(sentences);
  return Dump(out);
}

StatusOr<std::string> Api::Document(const Params& params) {
  ISNAD_RETURN_IF_ERROR(CheckParams(params, {"id"}, false, options_.params));
  auto id = SingleValue(params, "id");
  if (!id.ok()) return id.status();
  if (id->empty()) return Status::InvalidArgument("parameter 'id': required (a document id)");
  std::lock_guard<std::mutex> lock(mu_);
  store::Store& st = *store_;
  auto doc = st.db().Prepare("SELECT rowid, id, title, date, source, url, lang FROM documents WHERE id = ?1");
  if (!doc.ok()) return doc.status();
  doc->BindText(1, *id);
  Status status;
  if (!doc->Step(&status)) {
    if (!status.ok()) return status;
    return Status::NotFound("no document with this id");
  }
  const int64_t rowid = doc->ColumnInt(0);
  json out;
  out["id"] = doc->ColumnString(1);
  out["title"] = StringOrNull(doc->ColumnString(2));
  out["date"] = StringOrNull(doc->ColumnString(3));
  out["outlet"] = StringOrNull(doc->ColumnString(4));
  out["url"] = StringOrNull(doc->ColumnString(5));
  out["lang"] = StringOrNull(doc->ColumnString(6));
  auto sentences = st.db().Prepare("SELECT idx, text, lang FROM sentences WHERE doc = ?1 ORDER BY idx LIMIT ?2");
  if (!sentences.ok()) return sentences.status();
  sentences->BindInt(1, rowid);
  sentences->BindInt(2, options_.max_document_sentences);
  json list = json::array();
  while (sentences->Step(&status)) {
    const std::string lang = sentences->ColumnString(2);
    list.push_back({{"index", sentences->ColumnInt(0)}, {"sentence", sentences->ColumnString(1)},
                    {"lang", StringOrNull(lang)}, {"dir", lang == "ar" ? "rtl" : "auto"}});
  }
  if (!status.ok()) return status;
  out["sentences"] = std::move(list);
  return Dump(out);
}

}  // namespace isnad::serve
