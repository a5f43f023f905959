// eval/petrarch_eval.h: scoring coded events against the expectations of
// PETRARCH validation records (petrarch_records.h). Used by `isnad eval petrarch`
// and its regression test. Outside the coding pipeline.
//
// An expected event matches a produced one when the event code, the source code
// and the target code are equal as the suite writes them ("050", "ARNGOV",
// "---REL", "FRO/BIL/SAM"); each produced event matches at most one expected
// event and the other way round. Per category and in total:
//   recall    = matched expected events / expected events,
//   precision = matched produced events / produced events.
// A record that expects no events (<EventCoding noevents="True"/>) or an error
// (<EventCoding error="sentencediscard"/>, "storydiscard", "dateline",
// "bad_input_parse") adds no expected event: every event produced for it is a
// false positive, and producing none is right. A ratio with a zero denominator
// is 1 (nothing to find, nothing wrongly produced).
// Thread-safety: plain value types and pure functions.
#ifndef ISNAD_EVAL_PETRARCH_EVAL_H_
#define ISNAD_EVAL_PETRARCH_EVAL_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "eval/petrarch_records.h"

namespace isnad::eval {

struct PetrarchCounts {
  size_t records = 0;
  size_t expected = 0;          // Expected events.
  size_t matched_expected = 0;  // Expected events some produced event matched.
  size_t produced = 0;          // Produced events.
  size_t matched_produced = 0;  // Produced events that matched an expected one.
  double Recall() const { return expected == 0 ? 1.0 : static_cast<double>(matched_expected) / expected; }
  double Precision() const { return produced == 0 ? 1.0 : static_cast<double>(matched_produced) / produced; }
};

struct PetrarchScore {
  std::map<std::string, PetrarchCounts> categories;  // By record category.
  PetrarchCounts total;
  // One entry per record whose produced events differ from the expected ones:
  // "ID (CATEGORY): expected [050 ARN>GON] produced [050 ARN>OSG]".
  std::vector<std::string> failures;
};

// Scores one record: adds its counts to its category and to the total, and a
// failure line when the events differ. `produced` uses ExpectedEvent as a plain
// (event, source, target) triple.
void ScorePetrarchRecord(const PetrarchRecord& record, const std::vector<ExpectedEvent>& produced,
                         PetrarchScore* score);

// "050 ARN>GON", the way failure lines write an event.
std::string FormatPetrarchEvent(const ExpectedEvent& event);

}  // namespace isnad::eval

#endif  // ISNAD_EVAL_PETRARCH_EVAL_H_
