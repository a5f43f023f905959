// Queries on PostgreSQL, ported from store/query.cc. The SQL is assembled from
// constant fragments of this file; every value (actor codes, days, list
// filters, the search words) is a parameter ($1, $2 ...) bound at execution,
// never part of the SQL text.
#include "store/pg_query.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <map>
#include <pqxx/pqxx>
#include <set>

#include "store/mention_row.h"
#include "store/network_rows.h"
#include "store/pg_row.h"
#include "store/schema.h"

namespace isnad::store {

using internal::PgRow;
namespace {

std::string SourceColumn(ActorLevel level) {
  return level == ActorLevel::kCountry ? "m.source_country" : "m.source_code";
}
std::string TargetColumn(ActorLevel level) {
  return level == ActorLevel::kCountry ? "m.target_country" : "m.target_code";
}

// The values of one statement's parameters, in order: Add() returns the
// placeholder to write in the SQL.
class Binds {
 public:
  std::string Add(std::string value) {
    values_.push_back(std::move(value));
    return "$" + std::to_string(values_.size());
  }
  std::string List(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : ", ") + Add(v);
    return "(" + out + ")";
  }
  pqxx::result Exec(pqxx::transaction_base& tx, const std::string& sql) const {
    return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(values_));
  }

 private:
  std::vector<std::string> values_;
};

std::string FilterSql(Binds& b, const QueryFilter& f) {
  std::string sql;
  if (!f.from_day.empty()) sql += " AND m.day >= " + b.Add(f.from_day);
  if (!f.to_day.empty()) sql += " AND m.day <= " + b.Add(f.to_day);
  if (!f.langs.empty()) sql += " AND m.lang IN " + b.List(f.langs);
  if (!f.certainties.empty()) sql += " AND m.certainty IN " + b.List(f.certainties);
  if (!f.roots.empty()) sql += " AND m.root IN " + b.List(f.roots);
  if (!f.outlets.empty()) sql += " AND m.outlet IN " + b.List(f.outlets);
  if (!f.plover_types.empty()) sql += " AND m.plover_type IN " + b.List(f.plover_types);
  if (!f.include_background) sql += " AND m.background = 0";
  return sql;
}

std::optional<double> OptionalDouble(const pqxx::field& f) {
  if (f.is_null()) return std::nullopt;
  return f.as<double>();
}
std::string StringOr(const pqxx::field& f) { return f.is_null() ? "" : f.as<std::string>(); }

Status Failed(PgStore& store, const std::exception& e) { return Status::IoError(store.name() + ": " + e.what()); }

}  // namespace

StatusOr<Network> PgQueryNetwork(PgStore& store, const QueryFilter& filter) {
  try {
    pqxx::read_transaction tx(store.connection());
    const std::string s = SourceColumn(filter.level), t = TargetColumn(filter.level);
    Binds binds;
    const std::string filters = FilterSql(binds, filter);
    const DedupOptions& d = store.dedup_options();
    // The events table alone answers when nothing restricts the mentions and
    // events are keyed at the filter's level.
    const bool from_events = filters.empty() && d.mode != DedupMode::kOneADay && d.level == filter.level;
    const std::string sql =
        from_events
            ? "SELECT source_actor, target_actor, COUNT(*), SUM(mention_count), AVG(goldstein),"
              " COUNT(*) FILTER (WHERE quad_class IN (1, 2)), COUNT(*) FILTER (WHERE quad_class IN (3, 4))"
              " FROM events WHERE source_actor <> '' AND target_actor <> '' GROUP BY 1, 2"
              " ORDER BY 3 DESC, source_actor COLLATE \"C\", target_actor COLLATE \"C\""
            : "SELECT src, dst, COUNT(*), SUM(n), AVG(g), COUNT(*) FILTER (WHERE q IN (1, 2)),"
              " COUNT(*) FILTER (WHERE q IN (3, 4)) FROM ("
              " SELECT " + s + " AS src, " + t + " AS dst, m.event, COUNT(*) AS n, ev.goldstein AS g,"
              " ev.quad_class AS q FROM mentions m JOIN events ev ON ev.id = m.event WHERE " + s + " <> '' AND " +
              t + " <> ''" + filters + " GROUP BY src, dst, m.event, ev.goldstein, ev.quad_class) AS x"
              " GROUP BY src, dst ORDER BY 3 DESC, src COLLATE \"C\", dst COLLATE \"C\"";
    Network net;
    for (const auto& row : binds.Exec(tx, sql)) net.edges.push_back(internal::NetworkEdgeFromRow(PgRow{row}));
    const bool agent = filter.level == ActorLevel::kAgent;
    ISNAD_RETURN_IF_ERROR(internal::AddNetworkNodes(&net, [&](const std::string& code) -> StatusOr<std::string> {
      pqxx::result name = tx.exec_params(
          "SELECT n.name FROM actor_names n JOIN actors a ON a.code = n.code WHERE " +
              std::string(agent ? "a.code = $1" : "a.country = $1") +
              " ORDER BY a.code = $1 DESC, n.count DESC, n.name COLLATE \"C\" LIMIT 1",
          code);
      return name.empty() ? std::string() : name[0][0].as<std::string>();
    }));
    return net;
  } catch (const std::exception& e) {
    return Failed(store, e);
  }
}

StatusOr<std::vector<SeriesPoint>> PgQuerySeries(PgStore& store, std::string_view source, std::string_view target,
                                                 Bucket bucket, const QueryFilter& filter) {
  try {
    pqxx::read_transaction tx(store.connection());
    const std::string s = SourceColumn(filter.level), t = TargetColumn(filter.level);
    std::string period = "m.day";
    if (bucket == Bucket::kWeek) period = "to_char(date_trunc('week', m.day::date), 'YYYY-MM-DD')";
    if (bucket == Bucket::kMonth) period = "substr(m.day, 1, 7)";
    Binds binds;
    std::string dyad;
    if (!source.empty()) dyad += " AND " + s + " = " + binds.Add(std::string(source));
    if (!target.empty()) dyad += " AND " + t + " = " + binds.Add(std::string(target));
    const std::string sql =
        "SELECT p, COUNT(*), SUM(n), AVG(g), COUNT(*) FILTER (WHERE q IN (1, 2)),"
        " COUNT(*) FILTER (WHERE q IN (3, 4)) FROM ("
        " SELECT " + period + " AS p, m.event, COUNT(*) AS n, ev.goldstein AS g, ev.quad_class AS q"
        " FROM mentions m JOIN events ev ON ev.id = m.event WHERE m.day IS NOT NULL"
        " AND " + s + " <> '' AND " + t + " <> ''" + dyad + FilterSql(binds, filter) +
        " GROUP BY p, m.event, ev.goldstein, ev.quad_class) AS x GROUP BY p ORDER BY p COLLATE \"C\"";
    std::vector<SeriesPoint> out;
    for (const auto& row : binds.Exec(tx, sql)) {
      SeriesPoint& p = out.emplace_back();
      p.period = row[0].as<std::string>();
      p.events = row[1].as<int64_t>();
      p.mentions = row[2].as<int64_t>();
      p.mean_goldstein = OptionalDouble(row[3]);
      p.cooperation = row[4].as<int64_t>();
      p.conflict = row[5].as<int64_t>();
    }
    return out;
  } catch (const std::exception& e) {
    return Failed(store, e);
  }
}

StatusOr<std::vector<TopEvent>> PgQueryTopEvents(PgStore& store, const QueryFilter& filter, int limit) {
  try {
    pqxx::read_transaction tx(store.connection());
    Binds binds;
    const std::string sql =
        "SELECT ev.id, ev.source_actor, ev.target_actor, ev.root, ev.code, ev.goldstein, ev.quad_class,"
        " ev.date_first, ev.date_last, ev.place, ev.mention_count, ev.outlet_count, ev.first_report,"
        " ev.last_report, (SELECT s.text FROM mentions f JOIN sentences s ON s.id = f.sentence"
        "  JOIN documents fd ON fd.rowid = f.doc WHERE f.event = ev.id"
        "  ORDER BY f.jday NULLS LAST, fd.id COLLATE \"C\", f.ord LIMIT 1)"
        " FROM events ev WHERE ev.id IN (SELECT m.event FROM mentions m WHERE TRUE" + FilterSql(binds, filter) +
        ") ORDER BY ev.mention_count DESC, ev.outlet_count DESC, ev.id LIMIT " + std::to_string(limit);
    std::vector<TopEvent> out;
    for (const auto& row : binds.Exec(tx, sql)) {
      TopEvent& e = out.emplace_back();
      e.id = row[0].as<int64_t>();
      e.source_actor = row[1].as<std::string>();
      e.target_actor = row[2].as<std::string>();
      e.root = row[3].as<std::string>();
      e.code = row[4].as<std::string>();
      e.goldstein = OptionalDouble(row[5]);
      e.quad_class = row[6].is_null() ? 0 : row[6].as<int>();
      e.date_first = StringOr(row[7]);
      e.date_last = StringOr(row[8]);
      e.place = StringOr(row[9]);
      e.mention_count = row[10].as<int64_t>();
      e.outlet_count = row[11].as<int64_t>();
      e.first_report = StringOr(row[12]);
      e.last_report = StringOr(row[13]);
      e.sentence = StringOr(row[14]);
    }
    return out;
  } catch (const std::exception& e) {
    return Failed(store, e);
  }
}

StatusOr<std::vector<Evidence>> PgQueryEvidence(PgStore& store, std::string_view source, std::string_view target,
                                                const QueryFilter& filter, int limit) {
  if (source.empty() || target.empty()) return Status::InvalidArgument("evidence needs a source and a target actor");
  try {
    pqxx::read_transaction tx(store.connection());
    const std::string s = SourceColumn(filter.level), t = TargetColumn(filter.level);
    Binds binds;
    const std::string sql =
        "SELECT m.id, m.event, d.id, d.title, d.date, m.outlet, m.sentence_index, s.text, m.lang, m.span_begin,"
        " m.span_end, m.source_code, m.source_text, m.source_begin, m.source_end, m.target_code, m.target_text,"
        " m.target_begin, m.target_end, m.code, m.name, m.trigger_text, m.trigger_begin, m.trigger_end, m.date,"
        " m.certainty"
        " FROM mentions m JOIN documents d ON d.rowid = m.doc LEFT JOIN sentences s ON s.id = m.sentence"
        " WHERE " + s + " = " + binds.Add(std::string(source)) + " AND " + t + " = " +
        binds.Add(std::string(target)) + FilterSql(binds, filter) +
        " ORDER BY m.day NULLS LAST, m.event, m.id LIMIT " + std::to_string(limit);
    std::vector<Evidence> out;
    for (const auto& row : binds.Exec(tx, sql)) {
      auto u32 = [&](int col) { return row[col].as<uint32_t>(); };
      Evidence& e = out.emplace_back();
      e.mention_id = row[0].as<int64_t>();
      e.event_id = row[1].is_null() ? 0 : row[1].as<int64_t>();
      e.doc_id = row[2].as<std::string>();
      e.doc_title = row[3].as<std::string>();
      e.doc_date = StringOr(row[4]);
      e.outlet = row[5].as<std::string>();
      e.sentence_index = u32(6);
      e.sentence = StringOr(row[7]);
      e.lang = row[8].as<std::string>();
      e.sentence_begin = u32(9);
      e.sentence_end = u32(10);
      e.source_code = row[11].as<std::string>();
      e.source = {row[12].as<std::string>(), u32(13), u32(14)};
      e.target_code = row[15].as<std::string>();
      e.target = {row[16].as<std::string>(), u32(17), u32(18)};
      e.code = row[19].as<std::string>();
      e.name = row[20].as<std::string>();
      e.trigger = {row[21].as<std::string>(), u32(22), u32(23)};
      e.date = StringOr(row[24]);
      e.certainty = row[25].as<std::string>();
    }
    if (!out.empty()) {
      std::string ids;
      std::map<int64_t, Evidence*> by_id;
      for (auto& e : out) {
        ids += (ids.empty() ? "{" : ",") + std::to_string(e.mention_id);
        by_id[e.mention_id] = &e;
      }
      ids += "}";  // A bigint[] literal, bound as one parameter.
      for (const auto& row : tx.exec_params(
               "SELECT mention, text, kind FROM attributions WHERE mention = ANY($1::bigint[]) ORDER BY mention, ord",
               ids)) {
        by_id[row[0].as<int64_t>()]->attribution.emplace_back(row[1].as<std::string>(), row[2].as<std::string>());
      }
    }
    return out;
  } catch (const std::exception& e) {
    return Failed(store, e);
  }
}

StatusOr<std::vector<SearchHit>> PgSearchSentences(PgStore& store, std::string_view query, int limit) {
  std::vector<SearchHit> out;
  const std::string norm = NormalizeForSearch(query);
  if (norm.empty()) return out;
  try {
    pqxx::read_transaction tx(store.connection());
    // plainto_tsquery: every word, as a plain word (no operators).
    const std::string sql =
        "SELECT d.id, s.idx, s.text, s.lang, -ts_rank(s.search, plainto_tsquery('simple', $1)) AS r"
        " FROM sentences s JOIN documents d ON d.rowid = s.doc WHERE s.search @@ plainto_tsquery('simple', $1)"
        " ORDER BY r, s.id LIMIT " +
        std::to_string(limit);
    for (const auto& row : tx.exec_params(sql, norm)) {
      SearchHit& h = out.emplace_back();
      h.doc_id = row[0].as<std::string>();
      h.sentence_index = row[1].as<uint32_t>();
      h.text = row[2].as<std::string>();
      h.lang = row[3].as<std::string>();
      h.rank = row[4].as<double>();
    }
    return out;
  } catch (const std::exception& e) {
    return Failed(store, e);
  }
}


Status PgExportMentions(PgStore& store, const QueryFilter& filter, events::EventWriter* writer, int page_rows) {
  assert(writer != nullptr && page_rows > 0);
  try {
    // One snapshot for every page, so that the export is of one state of the
    // store while workers go on ingesting.
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(store.connection());
    int64_t after = 0;  // Mention ids start at 1.
    while (true) {
      Binds binds;
      const std::string after_param = binds.Add(std::to_string(after));
      const std::string filters = FilterSql(binds, filter);
      const std::string limit_param = binds.Add(std::to_string(page_rows));
      pqxx::result page = binds.Exec(
          tx, std::string("SELECT ") + internal::kMentionColumns +
                  " FROM mentions m JOIN documents d ON d.rowid = m.doc LEFT JOIN sentences s ON s.id = m.sentence"
                  " WHERE m.id > " + after_param + filters + " ORDER BY m.id LIMIT " + limit_param);
      if (page.empty()) break;
      // The attribution chains of the page's mentions, in one query.
      std::string ids = "{";
      for (const auto& row : page) ids += (ids.size() > 1 ? "," : "") + row[0].as<std::string>();
      ids += "}";
      std::map<int64_t, std::vector<events::Attribution>> chains;
      Binds attribution_binds;
      const std::string ids_param = attribution_binds.Add(ids);
      for (const auto& row : attribution_binds.Exec(
               tx, "SELECT mention, text, kind FROM attributions WHERE mention = ANY(" + ids_param +
                       "::bigint[]) ORDER BY mention, ord")) {
        chains[row[0].as<int64_t>()].push_back({row[1].as<std::string>(), row[2].as<std::string>()});
      }
      for (const auto& row : page) {
        events::Event ev = internal::MentionFromRow(PgRow{row});
        const int64_t id = row[0].as<int64_t>();
        if (auto it = chains.find(id); it != chains.end()) ev.attribution = std::move(it->second);
        ISNAD_RETURN_IF_ERROR(writer->Write(ev));
        after = id;
      }
      if (page.size() < static_cast<size_t>(page_rows)) break;
    }
    tx.commit();
    return Status::OK();
  } catch (const std::exception& e) {
    return Failed(store, e);
  }
}

Status PgExportEventsCsv(PgStore& store, const QueryFilter& filter, std::string* out) {
  assert(out != nullptr);
  auto events = PgQueryTopEvents(store, filter, std::numeric_limits<int>::max());
  if (!events.ok()) return events.status();
  AppendEventsCsv(std::move(events).value(), out);
  return Status::OK();
}

}  // namespace isnad::store
