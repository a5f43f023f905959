#include "util/versioned_table.h"

#include <string>

#include "util/strings.h"

namespace isnad {

Status ForEachTableRecord(std::string_view text, std::string_view file_name, std::string_view kind,
                          const TableRecordFn& on_record) {
  auto where = [&](size_t line_number) {
    return std::string(file_name) + ":" + std::to_string(line_number) + ": ";
  };
  bool seen_version = false;
  size_t line_number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    if (!seen_version) {
      if (fields.size() != 3 || fields[0] != kTableMagic) {
        return Status::Corruption(where(line_number) + "expected the version line \"" + std::string(kTableMagic) +
                                  "<TAB>" + std::string(kTableVersion) + "<TAB>" + std::string(kind) + "\"");
      }
      if (fields[1] != kTableVersion) {
        return Status::Corruption(where(line_number) + "unsupported table version \"" + std::string(fields[1]) +
                                  "\" (this isnad reads version " + std::string(kTableVersion) + ")");
      }
      if (fields[2] != kind) {
        return Status::Corruption(where(line_number) + "expected a table of kind \"" + std::string(kind) +
                                  "\", got \"" + std::string(fields[2]) + "\"");
      }
      seen_version = true;
      continue;
    }
    Status s = on_record(line_number, fields);
    if (!s.ok()) return Status(s.code(), where(line_number) + s.message());
  }
  if (!seen_version) return Status::Corruption(std::string(file_name) + ": empty table (no version line)");
  return Status::OK();
}

Status ExpectFieldCount(const std::vector<std::string_view>& fields, size_t want) {
  if (fields.size() == want) return Status::OK();
  return Status::Corruption("expected " + std::to_string(want) + " fields, got " + std::to_string(fields.size()));
}

}  // namespace isnad
