// tools/gen_dicts/source_tables.cc: the readers of data/sources/*.tsv.
#include "gen_dicts/source_tables.h"

#include <charconv>
#include <string_view>

#include "util/files.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace isnad::gen_dicts {
namespace {

struct Row {
  std::string where;
  std::vector<std::string> fields;
};

// Reads the rows of the table at `path`, each with `min_fields` to `max_fields` fields
// (missing trailing fields are filled with "").
StatusOr<std::vector<Row>> ReadRows(const std::string& path, const std::string& display_name,
                                    size_t min_fields, size_t max_fields) {
  StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  std::vector<Row> rows;
  size_t line_number = 0;
  for (std::string_view line : Split(*text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string where = display_name + ":" + std::to_string(line_number);
    if (!utf8::IsValid(line)) return Status::Corruption(where + ": invalid UTF-8");
    if (Trim(line).empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() < min_fields || fields.size() > max_fields) {
      return Status::Corruption(where + ": expected " + std::to_string(min_fields) + " to " +
                                std::to_string(max_fields) + " fields, got " +
                                std::to_string(fields.size()));
    }
    Row row{std::move(where), {}};
    for (std::string_view f : fields) row.fields.emplace_back(Trim(f));
    row.fields.resize(max_fields);
    rows.push_back(std::move(row));
  }
  return rows;
}

// Splits a field into its non-empty '|' variants.
std::vector<std::string> Variants(const std::string& field) {
  std::vector<std::string> out;
  for (std::string_view v : Split(field, '|')) {
    v = Trim(v);
    if (!v.empty()) out.emplace_back(v);
  }
  return out;
}

Status CheckAlpha(const std::string& where, const std::string& code, size_t length) {
  bool ok = code.size() == length;
  for (char c : code) ok = ok && c >= 'A' && c <= 'Z';
  if (!ok) {
    return Status::Corruption(where + ": expected a code of " + std::to_string(length) +
                              " upper-case letters, got '" + code + "'");
  }
  return Status::OK();
}

Status ParseDegrees(const std::string& where, const std::string& field, double limit,
                    std::optional<double>* out) {
  if (field.empty()) return Status::OK();
  double value = 0;
  auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
  if (ec != std::errc() || end != field.data() + field.size() || value < -limit || value > limit) {
    return Status::Corruption(where + ": '" + field + "' is not a coordinate in degrees");
  }
  *out = value;
  return Status::OK();
}

}  // namespace

StatusOr<std::vector<CameoCodeRow>> ReadCameoCodes(const std::string& path,
                                                   const std::string& display_name) {
  StatusOr<std::vector<Row>> rows = ReadRows(path, display_name, 3, 4);
  if (!rows.ok()) return rows.status();
  std::vector<CameoCodeRow> out;
  for (Row& row : *rows) {
    ISNAD_RETURN_IF_ERROR(CheckAlpha(row.where, row.fields[0], 3));
    ISNAD_RETURN_IF_ERROR(CheckAlpha(row.where, row.fields[1], 2));
    ISNAD_RETURN_IF_ERROR(CheckAlpha(row.where, row.fields[2], 3));
    out.push_back({row.where, row.fields[0], row.fields[1], row.fields[2]});
  }
  return out;
}

namespace {

StatusOr<std::vector<AlternateRow>> ReadNameRows(const std::string& path,
                                                 const std::string& display_name,
                                                 size_t max_fields) {
  StatusOr<std::vector<Row>> rows = ReadRows(path, display_name, 3, max_fields);
  if (!rows.ok()) return rows.status();
  std::vector<AlternateRow> out;
  for (Row& row : *rows) {
    ISNAD_RETURN_IF_ERROR(CheckAlpha(row.where, row.fields[0], 3));
    const std::string& lang = row.fields[1];
    if (lang != "ar" && lang != "fr" && lang != "en") {
      return Status::Corruption(row.where + ": language must be ar, fr or en, got '" + lang + "'");
    }
    out.push_back({row.where, row.fields[0], lang, Variants(row.fields[2])});
  }
  return out;
}

}  // namespace

StatusOr<std::vector<AlternateRow>> ReadAlternates(const std::string& path,
                                                   const std::string& display_name) {
  return ReadNameRows(path, display_name, 3);
}

StatusOr<std::vector<AlternateRow>> ReadNameExclusions(const std::string& path,
                                                       const std::string& display_name) {
  return ReadNameRows(path, display_name, 4);
}

StatusOr<std::vector<DemonymRow>> ReadDemonyms(const std::string& path,
                                               const std::string& display_name) {
  StatusOr<std::vector<Row>> rows = ReadRows(path, display_name, 2, 5);
  if (!rows.ok()) return rows.status();
  std::vector<DemonymRow> out;
  for (Row& row : *rows) {
    ISNAD_RETURN_IF_ERROR(CheckAlpha(row.where, row.fields[0], 3));
    out.push_back({row.where, row.fields[0], Variants(row.fields[1]), Variants(row.fields[2]),
                   Variants(row.fields[3]), Variants(row.fields[4])});
  }
  return out;
}

StatusOr<std::vector<CapitalRow>> ReadCapitals(const std::string& path,
                                               const std::string& display_name) {
  StatusOr<std::vector<Row>> rows = ReadRows(path, display_name, 2, 7);
  if (!rows.ok()) return rows.status();
  std::vector<CapitalRow> out;
  for (Row& row : *rows) {
    ISNAD_RETURN_IF_ERROR(CheckAlpha(row.where, row.fields[0], 3));
    CapitalRow capital{row.where,
                       row.fields[0],
                       row.fields[1],
                       Variants(row.fields[2]),
                       Variants(row.fields[3]),
                       Variants(row.fields[4]),
                       std::nullopt,
                       std::nullopt};
    ISNAD_RETURN_IF_ERROR(ParseDegrees(row.where, row.fields[5], 90, &capital.latitude));
    ISNAD_RETURN_IF_ERROR(ParseDegrees(row.where, row.fields[6], 180, &capital.longitude));
    if (capital.latitude.has_value() != capital.longitude.has_value()) {
      return Status::Corruption(row.where + ": give both latitude and longitude, or neither");
    }
    out.push_back(std::move(capital));
  }
  return out;
}

}  // namespace isnad::gen_dicts
