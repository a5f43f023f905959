// Reading the PICO ontology file and converting codes (see pico.h for the scheme
// and the combination rule).
#include "lexicon/pico.h"

#include "util/strings.h"

namespace isnad::lexicon {
namespace {

// Evaluates "0x1000", "-0xFFFF+0x0070", "0x1000-0xFFFF", "0". False if malformed.
bool EvalValue(std::string_view s, int64_t* value) {
  s = Trim(s);
  if (s.empty()) return false;
  int64_t total = 0;
  size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    int sign = 1;
    if (s[i] == '+' || s[i] == '-') {
      sign = s[i] == '-' ? -1 : 1;
      ++i;
    } else if (!first) {
      return false;
    }
    while (i < s.size() && s[i] == ' ') ++i;
    bool hex = s.substr(i, 2) == "0x" || s.substr(i, 2) == "0X";
    if (hex) i += 2;
    size_t start = i;
    int64_t term = 0;
    while (i < s.size()) {
      char c = s[i];
      int d = c >= '0' && c <= '9' ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
      if (d < 0) break;
      term = term * (hex ? 16 : 10) + d;
      if (term > 0xFFFFFF) return false;
      ++i;
    }
    if (i == start) return false;
    while (i < s.size() && s[i] == ' ') ++i;
    total += sign * term;
    first = false;
  }
  *value = total;
  return true;
}

bool IsCameoKey(std::string_view code) {
  if (code == "---") return true;
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

StatusOr<PicoTable> PicoTable::Parse(std::string_view contents, const std::string& origin,
                                     std::vector<Issue>* issues) {
  PicoTable table;
  size_t start = 0, number = 0;
  auto issue = [&](Issue::Severity severity, std::string message) {
    if (issues) issues->push_back({severity, origin + ":" + std::to_string(number), std::move(message)});
  };
  while (start < contents.size()) {
    size_t nl = contents.find('\n', start);
    std::string_view line = contents.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? contents.size() : nl + 1;
    ++number;
    line = Trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      issue(Issue::Severity::kError, "expected CODE:VALUE, got '" + std::string(line) + "'");
      continue;
    }
    std::string code(Trim(line.substr(0, colon)));
    int64_t value = 0;
    if (!IsCameoKey(code)) {
      issue(Issue::Severity::kError, "'" + code + "' is not a CAMEO event code");
      continue;
    }
    if (!EvalValue(line.substr(colon + 1), &value)) {
      issue(Issue::Severity::kError, "bad PICO value '" + std::string(Trim(line.substr(colon + 1))) + "'");
      continue;
    }
    if (table.to_pico_.count(code)) {
      issue(Issue::Severity::kWarning, "code " + code + " is listed again; the first value is kept");
      continue;
    }
    auto v = static_cast<int32_t>(value);
    table.entries_.emplace_back(code, v);
    table.to_pico_.emplace(code, v);
    table.to_cameo_.emplace(v, code);  // Keeps the first code listed for a value.
  }
  if (table.entries_.empty()) return Status::Corruption(origin + ": no PICO codes found");
  return table;
}

std::optional<int32_t> PicoTable::ToPico(std::string_view cameo) const {
  auto it = to_pico_.find(std::string(cameo));
  if (it == to_pico_.end()) return std::nullopt;
  return it->second;
}

std::string_view PicoTable::ToCameo(int32_t pico) const {
  auto find = [&](int32_t v) -> const std::string* {
    auto it = to_cameo_.find(v);
    return it == to_cameo_.end() ? nullptr : &it->second;
  };
  if (const std::string* c = find(pico)) return *c;
  if (pico < 0 || pico > 0xFFFF) return {};  // Negated values are listed exactly or not at all.
  for (int32_t mask : {0xFFF0, 0xFF00, 0xF000}) {
    if (const std::string* c = find(pico & mask)) return *c;
  }
  return {};
}

int32_t PicoTable::Combine(int32_t outer, int32_t inner) {
  if (inner < 0) return outer + inner;
  if (outer >= 0x1000 && outer <= 0xFFFF && inner >= 0x1000 && inner <= 0xFFFF) return inner;
  return outer + inner;
}

std::string PicoTable::CombineCameo(std::string_view outer, std::string_view inner) const {
  auto o = ToPico(outer);
  auto i = ToPico(inner);
  if (!o || !i) return "";
  int32_t v = Combine(*o, *i);
  int action = (v >> 4) & 0xF;
  if (v >= 0 && v <= 0xFFFF && (v >> 12) == 0x3 && (action == 0x9 || action == 0xA || action == 0xB)) {
    v = (v & 0x0FFF) | 0x6000;  // An intent to attack is a threat.
  }
  return std::string(ToCameo(v));
}

}  // namespace isnad::lexicon
