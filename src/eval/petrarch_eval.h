// eval/petrarch_eval.h: a PETRARCH validation file as a suite to code and score:
// its records (read by petrarch_records.h) with the dictionaries their
// <Environment> names, and the scoring of coded events against their
// expectations. Used by `isnad eval petrarch` and its regression test. Outside
// the coding pipeline. (Its types do not expose petrarch_records.h, whose names
// would clash with other gold-set readers in the same translation unit.)
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

#include "util/status.h"

namespace isnad::eval {

// An event as the suite writes its codes ("050", "ARNGOV", "---REL", "FRO/BIL/SAM").
struct PetrarchEvent {
  std::string event_code;
  std::string source_code;
  std::string target_code;
};

// One record, ready to code and score.
struct PetrarchCase {
  std::string id;
  std::string category;
  std::string date;  // ISO "1995-01-01", or "".
  std::string text;
  // Marked evaluate and in a category the file's <Include> lists.
  bool scored = false;
  // The suite's require_dyad option in force at this record (default true):
  // when false, events with one missing actor count (written "---").
  bool require_dyad = true;
  // <EventCoding noevents="True"/> or an error expectation: nothing to code.
  bool expects_nothing = false;
  std::string expected_error;  // "sentencediscard", ... or "".
  std::vector<PetrarchEvent> expected;
};

struct PetrarchSuite {
  // The dictionaries <Environment> names (actors, verbs, agents, discards),
  // resolved against the file's folder, in that order.
  std::vector<std::string> dictionaries;
  std::string pico_path;  // The PICO file, or "" when none is named.
  std::vector<PetrarchCase> cases;  // Every record, in file order.
  std::vector<std::string> issues;  // What could not be read, "file:line: ...".
};

// Reads the validation file at `path`. Errors: the file cannot be read or holds
// no record.
StatusOr<PetrarchSuite> ReadPetrarchSuite(const std::string& path);

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

// Scores one case: adds its counts to its category and to the total, and a
// failure line when the events differ.
void ScorePetrarchCase(const PetrarchCase& c, const std::vector<PetrarchEvent>& produced, PetrarchScore* score);

// "050 ARN>GON", the way failure lines write an event.
std::string FormatPetrarchEvent(const PetrarchEvent& event);

}  // namespace isnad::eval

#endif  // ISNAD_EVAL_PETRARCH_EVAL_H_
