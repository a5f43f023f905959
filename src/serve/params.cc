// serve/params.cc: query parameters -> store::QueryFilter and the other request
// values. Everything is checked against closed sets or simple grammars, so what
// reaches SQL is always a bound value of a known shape (outlets excepted: they
// are free text, and bound as such).
#include "serve/params.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "util/utf8.h"

namespace isnad::serve {
namespace {

bool In(std::string_view name, std::initializer_list<const char*> set) {
  return std::any_of(set.begin(), set.end(), [&](const char* s) { return name == s; });
}

// All values of `name`, split at commas, empty pieces dropped.
std::vector<std::string> ListValues(const Params& params, std::string_view name) {
  std::vector<std::string> out;
  for (const auto& [key, value] : params) {
    if (key != name) continue;
    size_t start = 0;
    while (start <= value.size()) {
      size_t comma = value.find(',', start);
      if (comma == std::string::npos) comma = value.size();
      if (comma > start) out.emplace_back(value.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return out;
}

bool IsIsoDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

Status Bad(std::string_view name, std::string_view why) {
  return Status::InvalidArgument("parameter '" + std::string(name) + "': " + std::string(why));
}

// Quotes a user value for an error message, cut to a readable length.
std::string Quote(std::string_view value) {
  constexpr size_t kShown = 40;
  if (value.size() <= kShown) return "'" + std::string(value) + "'";
  size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;  // Whole UTF-8 characters.
  return "'" + std::string(value.substr(0, cut)) + "...'";
}

Status CheckClosedList(const Params& params, std::string_view name, std::initializer_list<const char*> set,
                       const ParamLimits& limits, std::vector<std::string>* out) {
  *out = ListValues(params, name);
  if (out->size() > limits.max_list_values) return Bad(name, "too many values");
  for (const auto& v : *out) {
    if (!In(v, set)) {
      std::string allowed;
      for (const char* s : set) allowed += (allowed.empty() ? "" : ", ") + std::string(s);
      return Bad(name, Quote(v) + " is not one of " + allowed);
    }
  }
  return Status::OK();
}

}  // namespace

Status CheckParams(const Params& params, std::initializer_list<const char*> allowed, bool with_filter,
                   const ParamLimits& limits) {
  if (params.size() > limits.max_params) {
    return Status::ResourceExhausted("too many parameters (" + std::to_string(params.size()) + ", at most " +
                                     std::to_string(limits.max_params) + ")");
  }
  for (const auto& [name, value] : params) {
    if (name.size() > limits.max_value_bytes) return Status::ResourceExhausted("parameter name too long");
    if (value.size() > limits.max_value_bytes) {
 return Status::ResourceExhausted("parameter " + Quote(name) + " too long (" + std::to_string(value.size()) + " bytes, at most " +
                                       std::to_string(limits.max_value_bytes) + ")");
    }
    if (!utf8::IsValid(name) || !utf8::IsValid(value)) return Status::InvalidArgument("parameter is not valid UTF-8");
    if (name.find('\0') != std::string::npos || value.find('\0') != std::string::npos) {
      return Status::InvalidArgument("parameter holds a NUL byte");
    }
    if (!In(name, allowed) && !(with_filter && In(name, kFilterParams))) {
      return Status::InvalidArgument("unknown parameter " + Quote(name));
    }
  }
  return Status::OK();
}

StatusOr<std::string> SingleValue(const Params& params, std::string_view name) {
  const std::string* found = nullptr;
  for (const auto& [key, value] : params) {
    if (key != name) continue;
    if (found != nullptr) return Bad(name, "given more than once");
    found = &value;
  }
  return found ? *found : std::string();
}

StatusOr<store::QueryFilter> ParseFilter(const Params& params, const ParamLimits& limits) {
  store::QueryFilter f;
  for (auto [name, day] : {std::pair{"from", &f.from_day}, std::pair{"to", &f.to_day}}) {
    auto v = SingleValue(params, name);
    if (!v.ok()) return v.status();
    if (!v->empty() && !IsIsoDay(*v)) return Bad(name, Quote(*v) + " is not a day YYYY-MM-DD");
    *day = *v;
  }
  if (!f.from_day.empty() && !f.to_day.empty() && f.from_day > f.to_day) {
    return Status::InvalidArgument("parameter 'from' (" + f.from_day + ") is after 'to' (" + f.to_day + ")");
  }
  ISNAD_RETURN_IF_ERROR(CheckClosedList(params, "lang", {"ar", "fr", "en"}, limits, &f.langs));
  ISNAD_RETURN_IF_ERROR(CheckClosedList(params, "certainty",
                                        {"asserted", "reported", "alleged", "hypothetical", "negated"}, limits,
                                        &f.certainties));
  for (std::string root : ListValues(params, "root")) {
    if (f.roots.size() >= limits.max_list_values) return Bad("root", "too many values");
    int n = 0;
    auto [end, ec] = std::from_chars(root.data(), root.data() + root.size(), n);
    if (ec != std::errc() || end != root.data() + root.size() || root.size() > 2 || n < 1 || n > 20) {
      return Bad("root", Quote(root) + " is not a CAMEO root 01..20");
    }
    f.roots.push_back((n < 10 ? "0" : "") + std::to_string(n));
  }
  for (std::string type : ListValues(params, "plover")) {
    if (f.plover_types.size() >= limits.max_list_values) return Bad("plover", "too many values");
    bool word = !type.empty() && type.size() <= 32 &&
                std::all_of(type.begin(), type.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
    if (!word) return Bad("plover", Quote(type) + " is not a PLOVER event type (upper-case letters and '_')");
    f.plover_types.push_back(std::move(type));
  }
  f.outlets = ListValues(params, "outlet");
  if (f.outlets.size() > limits.max_list_values) return Bad("outlet", "too many values");
  auto background = SingleValue(params, "background");
  if (!background.ok()) return background.status();
  if (background->empty() || *background == "1" || *background == "true" || *background == "yes") {
    f.include_background = true;
  } else if (*background == "0" || *background == "false" || *background == "no") {
    f.include_background = false;
  } else {
    return Bad("background", Quote(*background) + " is not 1 or 0");
  }
  auto level = SingleValue(params, "level");
  if (!level.ok()) return level.status();
  if (level->empty() || *level == "country") {
    f.level = store::ActorLevel::kCountry;
  } else if (*level == "agent") {
    f.level = store::ActorLevel::kAgent;
  } else {
    return Bad("level", Quote(*level) + " is not country or agent");
  }
  return f;
}

StatusOr<int> ParseLimit(const Params& params, int default_rows, int max_rows) {
  auto v = SingleValue(params, "limit");
  if (!v.ok()) return v.status();
  if (v->empty()) return default_rows;
  // Digits only; a huge number is clamped, not an overflow.
  if (v->size() > 18 || !std::all_of(v->begin(), v->end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return Bad("limit", Quote(*v) + " is not a positive integer");
  }
  long long n = std::stoll(*v);
  if (n <= 0) return Bad("limit", "must be at least 1");
  return static_cast<int>(std::min<long long>(n, max_rows));
}

StatusOr<std::string> ParseActorCode(const Params& params, std::string_view name, bool required) {
  auto v = SingleValue(params, name);
  if (!v.ok()) return v.status();
  if (v->empty()) {
    if (required) return Bad(name, "required (an actor code such as LBY)");
    return std::string();
  }
  if (v->size() > 64) return Bad(name, "an actor code has at most 64 characters");
  std::string code;
  for (char c : *v) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
      return Bad(name, Quote(*v) + " is not an actor code (A-Z, 0-9, '_', '-')");
    }
    code += c;
  }
  return code;
}

}  // namespace isnad::serve
