// eval/seed_gold.h: scoring coded events against a hand-coded gold file in the
// format of ../shared/eval/seed/gold.json (required, optional and no-event
// entries named by sentence snippets; actors compared by their 3-letter country
// prefix; side checks on attribution, certainty, date and location). Used by
// `isnad eval seed` and the regression test.
// Thread-safety: pure functions.
#ifndef ISNAD_EVAL_SEED_GOLD_H_
#define ISNAD_EVAL_SEED_GOLD_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/event.h"
#include "util/status.h"

namespace isnad::eval {

struct GoldEvent {
  std::string id;
  std::string snippet;                  // A unique piece of the sentence.
  std::vector<std::string> sources;     // Accepted 3-letter prefixes.
  std::vector<std::string> targets;
  std::vector<std::string> roots;       // Accepted CAMEO roots ("05").
  bool either_direction = false;
  std::vector<std::string> attribution_any;
  std::string certainty_not;
  std::string date_prefix;
  std::string location;
};

struct SeedGold {
  std::string doc_date;
  std::vector<GoldEvent> required;
  std::vector<GoldEvent> optional;
  std::vector<std::string> no_events;
};

// Parses the gold JSON; errors name the field.
StatusOr<SeedGold> ParseSeedGold(std::string_view json);

// One side check: how many required entries ask for it, and how many are right.
struct CheckCount {
  size_t asked = 0;
  size_t right = 0;
};

struct SeedScore {
  size_t required = 0;
  size_t found = 0;              // Required entries matched by at least one event.
  size_t emitted = 0;            // Events considered (all).
  size_t true_positives = 0;     // Events matching a required entry.
  size_t optional_matches = 0;   // Events matching only optional entries (neither help nor hurt).
  size_t false_positives = 0;
  double recall = 0;
  double precision = 0;
  CheckCount attribution, certainty, date, location;
  std::vector<std::string> lines;  // One line per entry and per false positive, for people.
};

// Scores `events` (of one document) against `gold`.
SeedScore ScoreSeed(const SeedGold& gold, const std::vector<events::Event>& events);

}  // namespace isnad::eval

#endif  // ISNAD_EVAL_SEED_GOLD_H_
