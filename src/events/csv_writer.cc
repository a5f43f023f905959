// CSV records (RFC 4180) for researchers loading events into R or pandas: one
// flat row per event, the columns named in kColumns. A field is quoted only
// when it holds a comma, a double quote, CR or LF, with its quotes doubled.
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/writer_internal.h"

namespace isnad::events::internal {
namespace {

constexpr std::array<std::string_view, 24> kColumns = {
    "doc_id",        "sentence_index",
    "date",          "source_code",
    "source_text",   "event_code",
    "event_root",    "event_name",
    "quad_class",    "goldstein",
    "plover_type",   "plover_mode",
    "target_code",   "target_text",
    "location_name", "location_country",
    "lat",           "lon",
    "certainty",     "attribution",
    "background",    "lang",
    "trigger",       "sentence"};

bool NeedsQuotes(std::string_view s) {
  return s.find_first_of(",\"\r\n") != std::string_view::npos;
}

// Appends the fields of one row, with the separators and quoting they need.
class Row : public DelimitedRow {
 public:
  explicit Row(std::string* out) : DelimitedRow(out, ',') {}

  void Text(std::string_view s) {
    Separator();
    bool quote = NeedsQuotes(s);
    if (quote) out_->push_back('"');
    AppendEscaped(s, quote);
    if (quote) out_->push_back('"');
  }

  // The attribution chain as "kind:text; kind:text", quoted as one field.
  void Attribution(const std::vector<events::Attribution>& chain) {
    Separator();
    bool quote = false;
    for (const auto& a : chain)
      quote = quote || NeedsQuotes(a.kind) || NeedsQuotes(a.text);
    if (quote) out_->push_back('"');
    for (size_t i = 0; i < chain.size(); ++i) {
      if (i > 0) out_->append("; ");
      AppendEscaped(chain[i].kind, quote);
      out_->push_back(':');
      AppendEscaped(chain[i].text, quote);
    }
    if (quote) out_->push_back('"');
  }

 private:
  // Appends `s`, doubling its quotes when it goes inside a quoted field.
  void AppendEscaped(std::string_view s, bool double_quotes) {
    if (!double_quotes) {
      AppendCleanText(s, false, out_);
      return;
    }
    size_t start = 0;
    for (size_t q = s.find('"'); q != std::string_view::npos;
         q = s.find('"', start)) {
      AppendCleanText(s.substr(start, q - start), false, out_);
      out_->append("\"\"");
      start = q + 1;
    }
    AppendCleanText(s.substr(start), false, out_);
  }
};

}  // namespace

void AppendCsvHeader(std::string_view eol, std::string* out) {
  for (size_t i = 0; i < kColumns.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->append(kColumns[i]);
  }
  out->append(eol);
}

void AppendCsvRecord(const Event& e, std::string_view eol, std::string* out) {
  Row row(out);
  row.Text(e.doc_id);
  row.Uint(e.sentence_index);
  row.Text(e.date.has_value() ? std::string_view(*e.date) : std::string_view());
  row.Text(e.source.code);
  row.Text(e.source.text);
  row.Text(e.code);
  row.Text(e.root);
  row.Text(e.name);
  if (e.quad_class > 0) {
    row.Uint(static_cast<uint64_t>(e.quad_class));
  } else {
    row.Text("");
  }
  row.Number(e.goldstein);
  row.Text(e.plover_type);
  row.Text(e.plover_mode);
  row.Text(e.target.code);
  row.Text(e.target.text);
  if (e.location.has_value()) {
    row.Text(e.location->name);
    row.Text(e.location->country);
    row.Number(e.location->lat);
    row.Number(e.location->lon);
  } else {
    for (int i = 0; i < 4; ++i) row.Text("");
  }
  row.Text(CertaintyName(e.certainty));
  row.Attribution(e.attribution);
  row.Text(e.background ? "true" : "false");
  row.Text(e.lang);
  row.Text(e.trigger_text);
  row.Text(e.sentence);
  out->append(eol);
}

}  // namespace isnad::events::internal
