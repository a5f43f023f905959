// store/mention_row.h: a stored mention read back as the events::Event it was
// stored from, the same way for both backends (export.cc for SQLite,
// pg_query.cc for PostgreSQL): one select list, one decoder over a row
// accessor; and the part of it that re-linking reads (both Rededups). Not part
// of the store's API.
#ifndef ISNAD_STORE_MENTION_ROW_H_
#define ISNAD_STORE_MENTION_ROW_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "events/event.h"
#include "store/sqlite.h"

namespace isnad::store::internal {

// The columns MentionFromRow reads, in order, from mentions `m` joined with
// documents `d` (d.rowid = m.doc) and left-joined with sentences `s`
// (s.id = m.sentence). Column 0 is the mention's id.
inline constexpr const char* kMentionColumns =
    "m.id, d.id, m.sentence_index, s.text, m.lang, m.span_begin, m.span_end,"
    " m.source_code, m.source_text, m.source_begin, m.source_end,"
    " m.target_code, m.target_text, m.target_begin, m.target_end,"
    " m.code, m.trigger_text, m.trigger_begin, m.trigger_end, m.root, m.name, m.quad_class,"
    " m.goldstein, m.plover_type, m.plover_mode, m.date, m.date_text, m.location_name,"
    " m.location_country, m.location_lat, m.location_lon, m.location_alternatives, m.certainty,"
    " m.background";

// The event of one row of kMentionColumns, without its attribution chain
// (attributions are rows of their own). `Row` provides, for a column index:
// bool IsNull(int), int64_t Int(int), double Double(int) and std::string
// String(int) ("" for NULL).
template <typename Row>
events::Event MentionFromRow(const Row& row) {
  events::Event ev;
  auto u32 = [&](int col) { return static_cast<uint32_t>(row.Int(col)); };
  ev.doc_id = row.String(1);
  ev.sentence_index = u32(2);
  ev.sentence = row.String(3);
  ev.lang = row.String(4);
  ev.span_begin = u32(5);
  ev.span_end = u32(6);
  ev.source = {row.String(7), row.String(8), u32(9), u32(10)};
  ev.target = {row.String(11), row.String(12), u32(13), u32(14)};
  ev.code = row.String(15);
  ev.trigger_text = row.String(16);
  ev.trigger_begin = u32(17);
  ev.trigger_end = u32(18);
  ev.root = row.String(19);
  ev.name = row.String(20);
  ev.quad_class = static_cast<int>(row.Int(21));
  if (!row.IsNull(22)) ev.goldstein = row.Double(22);
  ev.plover_type = row.String(23);
  ev.plover_mode = row.String(24);
  if (!row.IsNull(25)) ev.date = row.String(25);
  ev.date_text = row.String(26);
  if (!row.IsNull(27)) {
    events::Location loc;
    loc.name = row.String(27);
    loc.country = row.String(28);
    if (!row.IsNull(29)) loc.lat = row.Double(29);
    if (!row.IsNull(30)) loc.lon = row.Double(30);
    // Stored as the names joined by '|'.
    const std::string alternatives = row.String(31);
    std::string_view alts = alternatives;
    while (!alts.empty()) {
      size_t bar = alts.find('|');
      loc.alternatives.emplace_back(alts.substr(0, bar));
      alts = bar == std::string_view::npos ? std::string_view() : alts.substr(bar + 1);
    }
    ev.location = std::move(loc);
  }
  const std::string certainty = row.String(32);
  for (auto c : {events::Certainty::kAsserted, events::Certainty::kReported, events::Certainty::kAlleged,
                 events::Certainty::kHypothetical, events::Certainty::kNegated}) {
    if (certainty == events::CertaintyName(c)) ev.certainty = c;
  }
  ev.background = row.Int(33) != 0;
  return ev;
}

// The row accessor of the templates below over an SQLite statement positioned
// on a row.
struct SqliteRow {
  const Statement& stmt;
  bool IsNull(int col) const { return stmt.ColumnIsNull(col); }
  int64_t Int(int col) const { return stmt.ColumnInt(col); }
  double Double(int col) const { return stmt.ColumnDouble(col); }
  std::string String(int col) const { return stmt.ColumnString(col); }
};

// The columns DedupInputFromRow reads, in order, from mentions `m` joined with
// documents `d` (d.rowid = m.doc): what a mention's dedup key depends on.
inline constexpr const char* kDedupColumns =
    "m.id, m.source_code, m.target_code, m.code, m.root, m.quad_class, m.goldstein, m.date,"
    " m.location_country, d.date, m.outlet";

// A stored mention as re-linking sees it: the event fields of its dedup key.
struct DedupInput {
  int64_t id = 0;        // mentions.id.
  events::Event event;   // Actor codes, code, root, quad class, Goldstein, date, location country.
  std::string doc_date;  // "" when the document has none.
  std::string outlet;
};

// One row of kDedupColumns; `Row` as for MentionFromRow.
template <typename Row>
DedupInput DedupInputFromRow(const Row& row) {
  DedupInput in;
  in.id = row.Int(0);
  in.event.source.code = row.String(1);
  in.event.target.code = row.String(2);
  in.event.code = row.String(3);
  in.event.root = row.String(4);
  in.event.quad_class = static_cast<int>(row.Int(5));
  if (!row.IsNull(6)) in.event.goldstein = row.Double(6);
  if (!row.IsNull(7)) in.event.date = row.String(7);
  if (!row.IsNull(8)) {
    in.event.location.emplace();
    in.event.location->country = row.String(8);
  }
  in.doc_date = row.String(9);
  in.outlet = row.String(10);
  return in;
}

}  // namespace isnad::store::internal

#endif  // ISNAD_STORE_MENTION_ROW_H_
