// GDELT-style TSV: the columns of the GDELT 1.0 event table that isnad can
// fill, in GDELT's order and with GDELT's names, then isnad's own columns.
// What each GDELT column holds here:
// - SQLDATE YYYYMMDD, MonthYear YYYYMM, Year YYYY: from Event::date as far as
//   its precision goes ("2017-06" fills MonthYear and Year, not SQLDATE).
// - ActorNCode: the CAMEO actor code. ActorNName: the mention's text as
//   written (GDELT has an English name there). ActorNCountryCode: the code's
//   first three letters unless they are a type or international-actor code
//   (GOV, IGO...). ActorNType1Code..Type3Code: the three-letter parts that are
//   type codes.
// - IsRootEvent: 1 for the document's first sentence (GDELT: lead paragraph).
// - EventCode; EventBaseCode: its first 3 digits (the root for a root code);
//   EventRootCode; QuadClass; GoldsteinScale.
// - NumMentions, NumSources, NumArticles: 1 (one event from one document; the
//   store counts repeated reports).
// - ActionGeo_*: the event's place. SOURCEURL: the document id.
// TAB, CR and LF in text become spaces; unknown values are empty fields.
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "events/writer_internal.h"

namespace isnad::events::internal {
namespace {

constexpr std::array<std::string_view, 40> kColumns = {
    "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
    "ActionGeo_Long", "SOURCEURL",
    // isnad's columns.
    "Certainty", "Attribution", "Background", "Lang", "Sentence", "EventName",
    "PloverType", "PloverMode", "Trigger", "SentenceIndex", "Date"};

// CAMEO actor codes that are types (roles, sectors, orientations) or non-state
// international actors, never countries; from the CAMEO manual's actor
// chapters. Sorted, for std::lower_bound.
constexpr std::array<std::string_view, 40> kTypeCodes = {
    "AGR", "AMN", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV",
    "GOV", "GRP", "HLH", "HRI", "IGO", "IMG", "INS", "INT", "IRC", "JUD",
    "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP", "PKO",
    "PTY", "RAD", "REB", "REF", "SEP", "SET", "SPY", "UAF", "UIS", "UNO"};
static_assert(std::is_sorted(kTypeCodes.begin(), kTypeCodes.end()));

bool IsTypeCode(std::string_view part) {
  auto it = std::lower_bound(kTypeCodes.begin(), kTypeCodes.end(), part);
  return it != kTypeCodes.end() && *it == part;
}

bool IsUpperTriple(std::string_view part) {
  return part.size() == 3 && std::all_of(part.begin(), part.end(), [](char c) {
           return c >= 'A' && c <= 'Z';
         });
}

bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// One TSV row: text fields with tabs and line breaks flattened to spaces.
class Row : public DelimitedRow {
 public:
  explicit Row(std::string* out) : DelimitedRow(out, '\t') {}

  void Text(std::string_view s) {
    Separator();
    AppendCleanText(s, /*flatten_whitespace=*/true, out_);
  }
};

// SQLDATE, MonthYear and Year from an ISO date ("2019-04-04", "2017-06",
// "2017").
void AppendDates(const std::optional<std::string>& date, Row* row) {
  std::string_view d =
      date.has_value() ? std::string_view(*date) : std::string_view();
  std::string_view year, month, day;
  if (d.size() >= 4 && AllDigits(d.substr(0, 4))) {
    year = d.substr(0, 4);
    if (d.size() >= 7 && d[4] == '-' && AllDigits(d.substr(5, 2))) {
      month = d.substr(5, 2);
      if (d.size() >= 10 && d[7] == '-' && AllDigits(d.substr(8, 2)))
        day = d.substr(8, 2);
    }
  }
  row->Separator();
  if (!day.empty()) {
    row->out()->append(year);
    row->out()->append(month);
    row->out()->append(day);
  }
  row->Separator();
  if (!month.empty()) {
    row->out()->append(year);
    row->out()->append(month);
  }
  row->Text(year);
}

void AppendActor(const EventActor& actor, Row* row) {
  std::string_view code = actor.code;
  row->Text(code);
  row->Text(actor.text);
  std::string_view country;
  std::array<std::string_view, 3> types;
  size_t n_types = 0;
  for (size_t pos = 0; pos + 3 <= code.size(); pos += 3) {
    std::string_view part = code.substr(pos, 3);
    if (!IsUpperTriple(part)) break;
    if (IsTypeCode(part)) {
      if (n_types < types.size()) types[n_types++] = part;
    } else if (pos == 0) {
      country = part;
    }
  }
  row->Text(country);
  for (std::string_view t : types) row->Text(t);
}

}  // namespace

void AppendGdeltHeader(std::string* out) {
  for (size_t i = 0; i < kColumns.size(); ++i) {
    if (i > 0) out->push_back('\t');
    out->append(kColumns[i]);
  }
  out->push_back('\n');
}

void AppendGdeltRecord(const Event& e, std::string* out) {
  Row row(out);
  AppendDates(e.date, &row);
  AppendActor(e.source, &row);
  AppendActor(e.target, &row);
  row.Uint(e.sentence_index == 0 ? 1 : 0);
  std::string_view code = e.code;
  row.Text(code);
  row.Text(code.size() >= 3 ? code.substr(0, 3) : code);
  row.Text(code.size() >= 2 ? code.substr(0, 2) : std::string_view());
  if (e.quad_class > 0) {
    row.Uint(static_cast<uint64_t>(e.quad_class));
  } else {
    row.Text("");
  }
  row.Number(e.goldstein);
  row.Uint(1);
  row.Uint(1);
  row.Uint(1);
  if (e.location.has_value()) {
    row.Text(e.location->name);
    row.Text(e.location->country);
    row.Number(e.location->lat);
    row.Number(e.location->lon);
  } else {
    for (int i = 0; i < 4; ++i) row.Text("");
  }
  row.Text(e.doc_id);

  row.Text(CertaintyName(e.certainty));
  row.Separator();
  for (size_t i = 0; i < e.attribution.size(); ++i) {
    if (i > 0) out->append("; ");
    AppendCleanText(e.attribution[i].kind, true, out);
    out->push_back(':');
    AppendCleanText(e.attribution[i].text, true, out);
  }
  row.Text(e.background ? "true" : "false");
  row.Text(e.lang);
  row.Text(e.sentence);
  row.Text(e.name);
  row.Text(e.plover_type);
  row.Text(e.plover_mode);
  row.Text(e.trigger_text);
  row.Uint(e.sentence_index);
  row.Text(e.date.has_value() ? std::string_view(*e.date) : std::string_view());
  out->push_back('\n');
}

}  // namespace isnad::events::internal
