// Scoring PETRARCH validation records: a greedy one-to-one matching of equal
// (event, source, target) triples; see petrarch_eval.h for the definitions.
#include "eval/petrarch_eval.h"

namespace isnad::eval {
namespace {

bool SameEvent(const ExpectedEvent& a, const ExpectedEvent& b) {
  return a.event_code == b.event_code && a.source_code == b.source_code && a.target_code == b.target_code;
}

std::string FormatList(const std::vector<ExpectedEvent>& events) {
  std::string out = "[";
  for (size_t i = 0; i < events.size(); ++i) {
    if (i > 0) out += ", ";
    out += FormatPetrarchEvent(events[i]);
  }
  return out + "]";
}

}  // namespace

std::string FormatPetrarchEvent(const ExpectedEvent& event) {
  return event.event_code + " " + event.source_code + ">" + event.target_code;
}

void ScorePetrarchRecord(const PetrarchRecord& record, const std::vector<ExpectedEvent>& produced,
                         PetrarchScore* score) {
  // noevents and error expectations add no expected events: see the header.
  std::vector<ExpectedEvent> expected;
  if (!record.no_events && record.expected_error.empty()) expected = record.expected;
  std::vector<bool> used(produced.size(), false);
  size_t matched = 0;
  for (const ExpectedEvent& e : expected) {
    for (size_t i = 0; i < produced.size(); ++i) {
      if (!used[i] && SameEvent(e, produced[i])) {
        used[i] = true;
        ++matched;
        break;
      }
    }
  }
  for (PetrarchCounts* c : {&score->categories[record.category], &score->total}) {
    ++c->records;
    c->expected += expected.size();
    c->matched_expected += matched;
    c->produced += produced.size();
    c->matched_produced += matched;
  }
  if (matched != expected.size() || matched != produced.size()) {
    std::string want = record.no_events ? "no events"
                       : !record.expected_error.empty() ? "error " + record.expected_error
                                                         : FormatList(expected);
    score->failures.push_back(record.id + " (" + record.category + "): expected " + want + " produced " +
                              FormatList(produced));
  }
}

}  // namespace isnad::eval
