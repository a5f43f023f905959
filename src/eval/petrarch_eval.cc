// Reading a PETRARCH validation suite and scoring it: a greedy one-to-one
// matching of equal (event, source, target) triples; see petrarch_eval.h.
#include "eval/petrarch_eval.h"

#include <algorithm>
#include <filesystem>

#include "eval/petrarch_records.h"

namespace isnad::eval {
namespace {

bool SameEvent(const PetrarchEvent& a, const PetrarchEvent& b) {
  return a.event_code == b.event_code && a.source_code == b.source_code && a.target_code == b.target_code;
}

std::string FormatList(const std::vector<PetrarchEvent>& events) {
  std::string out = "[";
  for (size_t i = 0; i < events.size(); ++i) {
    if (i > 0) out += ", ";
    out += FormatPetrarchEvent(events[i]);
  }
  return out + "]";
}

bool IsFalse(const std::string& value) { return value == "false" || value == "False" || value == "FALSE"; }

}  // namespace

StatusOr<PetrarchSuite> ReadPetrarchSuite(const std::string& path) {
  auto set = ReadPetrarchRecords(path);
  if (!set.ok()) return set.status();
  PetrarchSuite suite;
  const PetrarchEnvironment& env = set->environment;
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  std::vector<std::string> named = env.actor_files;
  for (const std::string* f : {&env.verb_file, &env.agent_file, &env.discard_file}) named.push_back(*f);
  for (const auto& f : named) {
    if (!f.empty()) suite.dictionaries.push_back((dir / f).string());
  }
  if (!env.pico_file.empty()) suite.pico_path = (dir / env.pico_file).string();
  for (const auto& issue : set->issues) suite.issues.push_back(issue.ToString());
  std::vector<const PetrarchRecord*> evaluated = set->Evaluated();
  bool require_dyad = true;
  for (const PetrarchRecord& r : set->records) {
    for (const auto& [option, value] : r.config) {
      if (option == "require_dyad") require_dyad = !IsFalse(value);
    }
    PetrarchCase c;
    c.id = r.id;
    c.category = r.category;
    c.date = r.date;
    c.text = r.text;
    c.scored = std::find(evaluated.begin(), evaluated.end(), &r) != evaluated.end();
    c.require_dyad = require_dyad;
    // noevents and error expectations add no expected events: see the header.
    c.expects_nothing = r.no_events || !r.expected_error.empty();
    c.expected_error = r.expected_error;
    if (!c.expects_nothing) {
      for (const auto& e : r.expected) c.expected.push_back({e.event_code, e.source_code, e.target_code});
    }
    suite.cases.push_back(std::move(c));
  }
  return suite;
}

std::string FormatPetrarchEvent(const PetrarchEvent& event) {
  return event.event_code + " " + event.source_code + ">" + event.target_code;
}

void ScorePetrarchCase(const PetrarchCase& c, const std::vector<PetrarchEvent>& produced, PetrarchScore* score) {
  std::vector<bool> used(produced.size(), false);
  size_t matched = 0;
  for (const PetrarchEvent& e : c.expected) {
    for (size_t i = 0; i < produced.size(); ++i) {
      if (!used[i] && SameEvent(e, produced[i])) {
        used[i] = true;
        ++matched;
        break;
      }
    }
  }
  for (PetrarchCounts* counts : {&score->categories[c.category], &score->total}) {
    ++counts->records;
    counts->expected += c.expected.size();
    counts->matched_expected += matched;
    counts->produced += produced.size();
    counts->matched_produced += matched;
  }
  if (matched != c.expected.size() || matched != produced.size()) {
    std::string want = !c.expected_error.empty() ? "error " + c.expected_error
                       : c.expects_nothing        ? "no events"
                                                  : FormatList(c.expected);
    score->failures.push_back(c.id + " (" + c.category + "): expected " + want + " produced " + FormatList(produced));
  }
}

}  // namespace isnad::eval
