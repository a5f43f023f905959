// store/dedup.h: the cross-document deduplication rule of the event store.
// Several reports of one event (ten outlets telling of the same strike) become
// one row of `events` with its mentions; the raw mentions are always kept, so
// the rule can be changed and re-applied (Store::Rededup).
//
// The rule (mode kWindow, the default): a new mention joins an existing event
// when
//   - both actor codes are known and equal at `level` (country: "LBYMIL" ->
//     "LBY"; agent: the full code),
//   - the CAMEO roots are equal ("072" and "070" are both "07"),
//   - the dates are within `window_days` of the event's first date. The date of
//     a mention is the event's own date when the text gives a day, else the
//     document's date when the text gives none. Coarse dates ("2015",
//     "2017-06", "2015/2016") only match the same coarse date, without window;
//   - the places are equal, or either is unknown (an event learns its place
//     from the first mention that has one).
// When several events match, the one whose first date is nearest wins (then
// the oldest). Mentions without actors or without any date stay events of
// their own. The result depends on ingest order (first come, first anchored).
//
// kOneADay imitates the Phoenix "one-a-day" filter: same day, same full source
// and target codes, same full CAMEO code; place ignored. kNone: every mention
// is its own event.
//
// Thread-safety: pure functions and value types.
#ifndef ISNAD_STORE_DEDUP_H_
#define ISNAD_STORE_DEDUP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "events/event.h"
#include "util/status.h"

namespace isnad::store {

// How finely actors are told apart (dedup, network, series).
enum class ActorLevel {
  kCountry,  // The country (or IGO/NGO) part of the code: "LBYMIL" -> "LBY".
  kAgent,    // The full code: "LBYMIL".
};
// "country" or "agent"; anything else is kInvalidArgument.
StatusOr<ActorLevel> ParseActorLevel(std::string_view name);
const char* ActorLevelName(ActorLevel level);

enum class DedupMode {
  kWindow,   // The rule above (default).
  kOneADay,  // Phoenix-style one-a-day filter.
  kNone,     // No deduplication.
};
// "window", "one-a-day" or "none"; anything else is kInvalidArgument.
StatusOr<DedupMode> ParseDedupMode(std::string_view name);
const char* DedupModeName(DedupMode mode);

struct DedupOptions {
  DedupMode mode = DedupMode::kWindow;  // Default: kWindow.
  int window_days = 3;                  // Days either side of the event's first date. Default: 3. >= 0.
  ActorLevel level = ActorLevel::kCountry;  // Default: country.
};

// A one-line description stored in the database ("window 3 country"); two
// option sets give the same string iff they deduplicate the same way.
std::string DescribeDedup(const DedupOptions& options);
// The inverse of DescribeDedup; kCorruption for anything else.
StatusOr<DedupOptions> ParseDedupDescription(std::string_view description);

// The country part of a CAMEO actor code: the first three letters, or the first
// six for international and transnational codes (IGO, NGO, IMG, MNC, UIS):
// "LBYMIL" -> "LBY", "IGOUNO" -> "IGOUNO", "" -> "".
std::string CountryOf(std::string_view actor_code);
// CountryOf(code) for kCountry, `code` for kAgent.
std::string ActorAtLevel(std::string_view actor_code, ActorLevel level);

// The Julian day number of an ISO date "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the
// first day of a month or year); nullopt when `date` has another shape.
std::optional<int64_t> JulianDay(std::string_view date);
// The ISO day "YYYY-MM-DD" of Julian day number `jday`.
std::string IsoDay(int64_t jday);

// What the store matches on for one mention.
struct DedupKey {
  bool dedupable = false;     // False: the mention is an event of its own.
  std::string source_actor;   // At the options' level (full codes for one-a-day).
  std::string target_actor;
  std::string code_key;       // The root (window) or the full code (one-a-day).
  std::string date_key;       // "" for a day; the coarse date string otherwise.
  std::optional<int64_t> jday;  // Julian day of the date (first day when coarse).
  std::string day;            // ISO day of jday, or "" when undated.
  std::string place;          // Country of the location, or "" (ignored by one-a-day).
};

// The key of `event`, reported in a document dated `doc_date` ("YYYY-MM-DD" or "").
DedupKey MakeDedupKey(const events::Event& event, std::string_view doc_date, const DedupOptions& options);

}  // namespace isnad::store

#endif  // ISNAD_STORE_DEDUP_H_
