#include "store/export.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "store/mention_row.h"
#include "store/query_internal.h"

namespace isnad::store {
namespace {

// Appends `s` escaped for XML text and attribute values; characters XML 1.0
// forbids (C0 controls other than TAB, LF, CR) are dropped.
void AppendXml(std::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '&':
        *out += "&amp;";
        break;
      case '<':
        *out += "&lt;";
        break;
      case '>':
        *out += "&gt;";
        break;
      case '"':
        *out += "&quot;";
        break;
      case '\'':
        *out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out->push_back(c);
    }
  }
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    *out += s;
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace

using internal::SqliteRow;

Status ExportMentions(Store& store, const QueryFilter& filter, events::EventWriter* writer) {
  assert(writer != nullptr);
  auto stmt = store.db().Prepare(std::string("SELECT ") + internal::kMentionColumns +
                                 " FROM mentions m JOIN documents d ON d.rowid = m.doc"
                                 " LEFT JOIN sentences s ON s.id = m.sentence WHERE 1" +
                                 internal::FilterSql(filter) + " ORDER BY m.id");
  if (!stmt.ok()) return stmt.status();
  auto attribution = store.db().Prepare("SELECT text, kind FROM attributions WHERE mention = ?1 ORDER BY ord");
  if (!attribution.ok()) return attribution.status();
  internal::BindFilter(*stmt, filter);
  Status status;
  while (stmt->Step(&status)) {
    events::Event ev = internal::MentionFromRow(SqliteRow{*stmt});
    attribution->BindInt(1, stmt->ColumnInt(0));
    Status as;
    while (attribution->Step(&as)) {
      ev.attribution.push_back({attribution->ColumnString(0), attribution->ColumnString(1)});
    }
    attribution->Reset();
    if (!as.ok()) return as;
    ISNAD_RETURN_IF_ERROR(writer->Write(ev));
  }
  return status;
}

Status ExportEventsCsv(Store& store, const QueryFilter& filter, std::string* out) {
  assert(out != nullptr);
  auto events = QueryTopEvents(store, filter, std::numeric_limits<int>::max());
  if (!events.ok()) return events.status();
  AppendEventsCsv(std::move(events).value(), out);
  return Status::OK();
}

void AppendEventsCsv(std::vector<TopEvent> events, std::string* out) {
  std::sort(events.begin(), events.end(), [](const TopEvent& a, const TopEvent& b) { return a.id < b.id; });
  *out += "id,source,target,root,code,goldstein,quad_class,date_first,date_last,place,mentions,outlets,"
          "first_report,last_report\n";
  for (const auto& e : events) {
    *out += std::to_string(e.id) + ',';
    for (const std::string* s : {&e.source_actor, &e.target_actor, &e.root, &e.code}) {
      AppendCsvField(*s, out);
      *out += ',';
    }
    if (e.goldstein) *out += Number(*e.goldstein);
    *out += ',';
    if (e.quad_class != 0) *out += std::to_string(e.quad_class);
    *out += ',';
    for (const std::string* s : {&e.date_first, &e.date_last, &e.place}) {
      AppendCsvField(*s, out);
      *out += ',';
    }
    *out += std::to_string(e.mention_count) + ',' + std::to_string(e.outlet_count) + ',';
    AppendCsvField(e.first_report, out);
    *out += ',';
    AppendCsvField(e.last_report, out);
    *out += '\n';
  }
}

void AppendGraphml(const Network& network, std::string* out) {
  *out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
      " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
      " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"int\"/>\n"
      "  <key id=\"mentions\" for=\"edge\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
      "  <key id=\"mean_goldstein\" for=\"edge\" attr.name=\"mean_goldstein\" attr.type=\"double\"/>\n"
      "  <key id=\"cooperation\" for=\"edge\" attr.name=\"cooperation\" attr.type=\"int\"/>\n"
      "  <key id=\"conflict\" for=\"edge\" attr.name=\"conflict\" attr.type=\"int\"/>\n"
      "  <graph id=\"isnad\" edgedefault=\"directed\">\n";
  for (const auto& n : network.nodes) {
    *out += "    <node id=\"";
    AppendXml(n.code, out);
    *out += "\"><data key=\"label\">";
    AppendXml(n.code, out);
    *out += "</data><data key=\"name\">";
    AppendXml(n.name, out);
    *out += "</data></node>\n";
  }
  size_t i = 0;
  for (const auto& e : network.edges) {
    *out += "    <edge id=\"e" + std::to_string(i++) + "\" source=\"";
    AppendXml(e.source, out);
    *out += "\" target=\"";
    AppendXml(e.target, out);
    *out += "\"><data key=\"weight\">" + std::to_string(e.events) + "</data><data key=\"events\">" +
            std::to_string(e.events) + "</data><data key=\"mentions\">" + std::to_string(e.mentions) + "</data>";
    if (e.mean_goldstein && std::isfinite(*e.mean_goldstein)) {
      *out += "<data key=\"mean_goldstein\">" + Number(*e.mean_goldstein) + "</data>";
    }
    *out += "<data key=\"cooperation\">" + std::to_string(e.cooperation) + "</data><data key=\"conflict\">" +
            std::to_string(e.conflict) + "</data></edge>\n";
  }
  *out += "  </graph>\n</graphml>\n";
}

void AppendGexf(const Network& network, std::string* out) {
  *out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
      "  <meta><creator>isnad</creator><description>actor network</description></meta>\n"
      "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"name\" title=\"name\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"events\" title=\"events\" type=\"integer\"/>\n"
      "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
      "      <attribute id=\"mean_goldstein\" title=\"mean_goldstein\" type=\"double\"/>\n"
      "      <attribute id=\"cooperation\" title=\"cooperation\" type=\"integer\"/>\n"
      "      <attribute id=\"conflict\" title=\"conflict\" type=\"integer\"/>\n"
      "    </attributes>\n"
      "    <nodes>\n";
  for (const auto& n : network.nodes) {
    *out += "      <node id=\"";
    AppendXml(n.code, out);
    *out += "\" label=\"";
    AppendXml(n.code, out);
    *out += "\"><attvalues><attvalue for=\"name\" value=\"";
    AppendXml(n.name, out);
    *out += "\"/></attvalues></node>\n";
  }
  *out += "    </nodes>\n    <edges>\n";
  size_t i = 0;
  for (const auto& e : network.edges) {
    *out += "      <edge id=\"e" + std::to_string(i++) + "\" source=\"";
    AppendXml(e.source, out);
    *out += "\" target=\"";
    AppendXml(e.target, out);
    *out += "\" weight=\"" + std::to_string(e.events) + "\"><attvalues>";
    *out += "<attvalue for=\"events\" value=\"" + std::to_string(e.events) + "\"/>";
    *out += "<attvalue for=\"mentions\" value=\"" + std::to_string(e.mentions) + "\"/>";
    if (e.mean_goldstein && std::isfinite(*e.mean_goldstein)) {
      *out += "<attvalue for=\"mean_goldstein\" value=\"" + Number(*e.mean_goldstein) + "\"/>";
    }
    *out += "<attvalue for=\"cooperation\" value=\"" + std::to_string(e.cooperation) + "\"/>";
    *out += "<attvalue for=\"conflict\" value=\"" + std::to_string(e.conflict) + "\"/>";
    *out += "</attvalues></edge>\n";
  }
  *out += "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace isnad::store
