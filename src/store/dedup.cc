#include "store/dedup.h"

#include <algorithm>
#include <cstdio>

namespace isnad::store {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Days from the civil date (proleptic Gregorian) to Julian day numbers
// (H. Hinnant's days_from_civil, shifted to JDN).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468 + 2440588;
}

}  // namespace

StatusOr<ActorLevel> ParseActorLevel(std::string_view name) {
  if (name == "country") return ActorLevel::kCountry;
  if (name == "agent") return ActorLevel::kAgent;
  return Status::InvalidArgument("actor level must be country or agent, got '" + std::string(name) + "'");
}

const char* ActorLevelName(ActorLevel level) { return level == ActorLevel::kCountry ? "country" : "agent"; }

StatusOr<DedupMode> ParseDedupMode(std::string_view name) {
  if (name == "window") return DedupMode::kWindow;
  if (name == "one-a-day") return DedupMode::kOneADay;
  if (name == "none") return DedupMode::kNone;
  return Status::InvalidArgument("dedup mode must be window, one-a-day or none, got '" + std::string(name) + "'");
}

const char* DedupModeName(DedupMode mode) {
  switch (mode) {
    case DedupMode::kWindow:
      return "window";
    case DedupMode::kOneADay:
      return "one-a-day";
    case DedupMode::kNone:
      return "none";
  }
  return "window";
}

std::string DescribeDedup(const DedupOptions& options) {
  switch (options.mode) {
    case DedupMode::kWindow:
      return "window " + std::to_string(options.window_days) + " " + ActorLevelName(options.level);
    case DedupMode::kOneADay:
      return "one-a-day";
    case DedupMode::kNone:
      return "none";
  }
  return "none";
}

StatusOr<DedupOptions> ParseDedupDescription(std::string_view description) {
  DedupOptions options;
  if (description == "one-a-day") {
    options.mode = DedupMode::kOneADay;
    return options;
  }
  if (description == "none") {
    options.mode = DedupMode::kNone;
    return options;
  }
  // "window <days> <level>"
  const std::string_view prefix = "window ";
  if (description.substr(0, prefix.size()) == prefix) {
    std::string_view rest = description.substr(prefix.size());
    size_t space = rest.find(' ');
    if (space != std::string_view::npos && AllDigits(rest.substr(0, space)) && space < 7) {
      auto level = ParseActorLevel(rest.substr(space + 1));
      if (level.ok()) {
        options.window_days = ToInt(rest.substr(0, space));
        options.level = *level;
        return options;
      }
    }
  }
  return Status::Corruption("unknown dedup rule '" + std::string(description) + "' in the store's meta table");
}

std::string CountryOf(std::string_view code) {
  if (code.size() <= 3) return std::string(code);
  std::string_view head = code.substr(0, 3);
  if (head == "IGO" || head == "NGO" || head == "IMG" || head == "MNC" || head == "UIS") {
    return std::string(code.substr(0, std::min<size_t>(6, code.size())));
  }
  return std::string(head);
}

std::string ActorAtLevel(std::string_view code, ActorLevel level) {
  return level == ActorLevel::kCountry ? CountryOf(code) : std::string(code);
}

std::optional<int64_t> JulianDay(std::string_view date) {
  if (date.size() < 4 || !AllDigits(date.substr(0, 4))) return std::nullopt;
  int year = ToInt(date.substr(0, 4));
  unsigned month = 1, day = 1;
  if (date.size() == 4) return DaysFromCivil(year, month, day);
  if (date.size() < 7 || date[4] != '-' || !AllDigits(date.substr(5, 2))) return std::nullopt;
  month = static_cast<unsigned>(ToInt(date.substr(5, 2)));
  if (month < 1 || month > 12) return std::nullopt;
  if (date.size() == 7) return DaysFromCivil(year, month, day);
  if (date.size() != 10 || date[7] != '-' || !AllDigits(date.substr(8, 2))) return std::nullopt;
  day = static_cast<unsigned>(ToInt(date.substr(8, 2)));
  if (day < 1 || day > 31) return std::nullopt;
  return DaysFromCivil(year, month, day);
}

std::string IsoDay(int64_t jday) {
  // civil_from_days, from Julian day numbers.
  int64_t z = jday - 2440588 + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y0 = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = y0 + (m <= 2);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(y), m, d);
  return buf;
}

DedupKey MakeDedupKey(const events::Event& event, std::string_view doc_date, const DedupOptions& options) {
  DedupKey key;
  // The date: the event's own, else the report's.
  std::string_view date = event.date ? std::string_view(*event.date) : doc_date;
  if (!date.empty()) {
    // A range "2015/2016" counts from its first part.
    std::string_view first = date.substr(0, date.find('/'));
    key.jday = JulianDay(first);
    if (key.jday) {
      key.day = IsoDay(*key.jday);
      if (first.size() != 10 || first.size() != date.size()) key.date_key = std::string(date);
    }
  }
  if (event.location) key.place = event.location->country;
  const bool one_a_day = options.mode == DedupMode::kOneADay;
  const ActorLevel level = one_a_day ? ActorLevel::kAgent : options.level;
  key.source_actor = ActorAtLevel(event.source.code, level);
  key.target_actor = ActorAtLevel(event.target.code, level);
  key.code_key = one_a_day ? event.code : (event.root.empty() ? event.code.substr(0, 2) : event.root);
  if (one_a_day) key.place.clear();
  key.dedupable = options.mode != DedupMode::kNone && key.jday.has_value() && !key.source_actor.empty() &&
                  !key.target_actor.empty() && !key.code_key.empty();
  return key;
}

}  // namespace isnad::store
