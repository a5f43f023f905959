// The tables are small (about 300 codes), so entries sit in one vector sorted
// by code and Lookup bisects it comparing string_views: no hashing, no
// allocation. Loading checks everything a hand edit could break (field counts,
// code shapes, the root and level implied by each code, repeated codes, PLOVER
// lines for unknown codes) so that a bad table fails at start-up with a
// file:line message.
#include "events/cameo.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <system_error>
#include <utility>

#include "util/files.h"
#include "util/strings.h"
#include "util/versioned_table.h"

namespace isnad::events {
namespace {

constexpr std::string_view kNone = "-";  // A field with no value.
constexpr size_t kCameoFields = 9;
constexpr size_t kPloverFields = 4;

// Parses a Goldstein score ("-9.5", or "-" for none) into `*out`.
Status ParseScore(std::string_view column, std::string_view text,
                  std::optional<double>* out) {
  if (text == kNone) {
    out->reset();
    return Status::OK();
  }
  double value = 0;
  auto [end, ec] =
      std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() ||
      !std::isfinite(value) || value < -10 || value > 10) {
    return Status::Corruption(
        std::string(column) +
        ": expected a number from -10 to 10 or \"-\", got \"" +
        std::string(text) + "\"");
  }
  *out = value;
  return Status::OK();
}

bool IsPloverWord(std::string_view s, bool upper) {
  if (s.empty()) return false;
  for (char c : s) {
    bool letter = upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z');
    if (!letter && c != '_' && c != '-') return false;
  }
  return true;
}

std::string_view ValueOrEmpty(std::string_view field) {
  return field == kNone ? std::string_view() : field;
}

struct ByCode {
  bool operator()(const CameoEntry& a, std::string_view b) const {
    return a.code < b;
  }
};

}  // namespace

bool IsValidCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

std::string_view CodeRoot(std::string_view code) {
  return IsValidCode(code) ? code.substr(0, 2) : std::string_view();
}

StatusOr<CameoTable> CameoTable::Load(const std::string& data_dir) {
  const std::string cameo_path = data_dir + "/cameo/cameo.tsv";
  const std::string plover_path = data_dir + "/cameo/plover.tsv";
  StatusOr<std::string> cameo = ReadFile(cameo_path);
  if (!cameo.ok()) return cameo.status();
  StatusOr<std::string> plover = ReadFile(plover_path);
  if (!plover.ok()) return plover.status();
  return Parse(*cameo, cameo_path, *plover, plover_path);
}

StatusOr<CameoTable> CameoTable::Parse(std::string_view cameo_tsv,
                                       std::string_view cameo_name,
                                       std::string_view plover_tsv,
                                       std::string_view plover_name) {
  CameoTable table;
  std::vector<size_t> line_of;  // The line of each entry, for error messages.
  Status s = ForEachTableRecord(
      cameo_tsv, cameo_name, "cameo",
      [&](size_t line_number,
          const std::vector<std::string_view>& f) -> Status {
        ISNAD_RETURN_IF_ERROR(ExpectFieldCount(f, kCameoFields));
        CameoEntry e;
        if (!IsValidCode(f[0])) {
          return Status::Corruption("bad CAMEO code \"" + std::string(f[0]) +
                                    "\"");
        }
        e.code = std::string(f[0]);
        e.name = std::string(f[1]);
        if (e.name.empty() || e.name == kNone)
          return Status::Corruption("code " + e.code + " has no name");
        if (f[2].size() != 1 ||
            f[2][0] - '0' != static_cast<int>(e.code.size()) - 2) {
          return Status::Corruption("level \"" + std::string(f[2]) +
                                    "\" does not match code " + e.code);
        }
        e.level = f[2][0] - '0';
        if (f[3] != CodeRoot(e.code)) {
          return Status::Corruption("root \"" + std::string(f[3]) +
                                    "\" does not match code " + e.code);
        }
        e.root = std::string(f[3]);
        e.root_name = std::string(f[4]);
        if (f[5].size() != 1 || f[5][0] < '1' || f[5][0] > '4') {
          return Status::Corruption("quad_class: expected 1 to 4, got \"" +
                                    std::string(f[5]) + "\"");
        }
        e.quad_class = f[5][0] - '0';
        ISNAD_RETURN_IF_ERROR(ParseScore("goldstein", f[6], &e.goldstein));
        ISNAD_RETURN_IF_ERROR(
            ParseScore("goldstein_icews", f[7], &e.goldstein_icews));
        ISNAD_RETURN_IF_ERROR(
            ParseScore("goldstein_phoenix", f[8], &e.goldstein_phoenix));
        table.entries_.push_back(std::move(e));
        line_of.push_back(line_number);
        return Status::OK();
      });
  if (!s.ok()) return s;

  // Sort, then check for repeated codes and that each code's root is in the
  // table.
  std::vector<size_t> order(table.entries_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return table.entries_[a].code < table.entries_[b].code;
  });
  std::vector<CameoEntry> sorted;
  std::vector<size_t> sorted_lines;
  sorted.reserve(order.size());
  for (size_t i : order) {
    if (!sorted.empty() && sorted.back().code == table.entries_[i].code) {
      return Status::Corruption(
          std::string(cameo_name) + ":" + std::to_string(line_of[i]) +
          ": repeated code " + table.entries_[i].code + " (first on line " +
          std::to_string(sorted_lines.back()) + ")");
    }
    sorted.push_back(std::move(table.entries_[i]));
    sorted_lines.push_back(line_of[i]);
  }
  table.entries_ = std::move(sorted);
  for (size_t i = 0; i < table.entries_.size(); ++i) {
    const CameoEntry& e = table.entries_[i];
    if (table.Lookup(e.root) == nullptr) {
      return Status::Corruption(std::string(cameo_name) + ":" +
                                std::to_string(sorted_lines[i]) + ": code " +
                                e.code + " has no root line " + e.root);
    }
  }

  std::vector<bool> mapped(table.entries_.size(), false);
  s = ForEachTableRecord(
      plover_tsv, plover_name, "plover",
      [&](size_t, const std::vector<std::string_view>& f) -> Status {
        ISNAD_RETURN_IF_ERROR(ExpectFieldCount(f, kPloverFields));
        auto it = std::lower_bound(table.entries_.begin(), table.entries_.end(),
                                   f[0], ByCode());
        if (it == table.entries_.end() || it->code != f[0]) {
          return Status::Corruption("code \"" + std::string(f[0]) +
                                    "\" is not in " + std::string(cameo_name));
        }
        size_t index = static_cast<size_t>(it - table.entries_.begin());
        if (mapped[index])
          return Status::Corruption("repeated code " + it->code);
        mapped[index] = true;
        std::string_view type = ValueOrEmpty(f[1]);
        std::string_view mode = ValueOrEmpty(f[2]);
        std::string_view context = ValueOrEmpty(f[3]);
        if (!type.empty() && !IsPloverWord(type, /*upper=*/true)) {
          return Status::Corruption("bad PLOVER event \"" + std::string(type) +
                                    "\"");
        }
        if (!mode.empty() &&
            (type.empty() || !IsPloverWord(mode, /*upper=*/false))) {
          return Status::Corruption("bad PLOVER mode \"" + std::string(mode) +
                                    "\"");
        }
        it->plover_type = std::string(type);
        it->plover_mode = std::string(mode);
        it->plover_context.clear();
        if (!context.empty()) {
          for (std::string_view c : Split(context, ',')) {
            if (!IsPloverWord(c, /*upper=*/false)) {
              return Status::Corruption("bad PLOVER context \"" +
                                        std::string(c) + "\"");
            }
            it->plover_context.emplace_back(c);
          }
        }
        return Status::OK();
      });
  if (!s.ok()) return s;
  return table;
}

const CameoEntry* CameoTable::Lookup(std::string_view code) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), code, ByCode());
  if (it == entries_.end() || it->code != code) return nullptr;
  return &*it;
}

Status CameoTable::Annotate(Event* event) const {
  assert(event != nullptr);
  const CameoEntry* e = Lookup(event->code);
  if (e == nullptr) {
    event->root.clear();
    event->name.clear();
    event->quad_class = 0;
    event->goldstein.reset();
    event->plover_type.clear();
    event->plover_mode.clear();
    return Status::NotFound("unknown CAMEO event code \"" + event->code + "\"");
  }
  event->root = e->root;
  event->name = e->name;
  event->quad_class = e->quad_class;
  event->goldstein = e->goldstein;
  event->plover_type = e->plover_type;
  event->plover_mode = e->plover_mode;
  return Status::OK();
}

}  // namespace isnad::events
