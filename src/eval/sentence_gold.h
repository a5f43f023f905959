// eval/sentence_gold.h: scoring coded events against a sentence-level gold set
// (tests/gold/<lang>/gold.jsonl: one sentence a line with its expected events;
// format in tests/gold/fr/README.md). Used by `isnad eval gold` and the
// regression tests.
// Thread-safety: pure functions.
#ifndef ISNAD_EVAL_SENTENCE_GOLD_H_
#define ISNAD_EVAL_SENTENCE_GOLD_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "events/event.h"
#include "util/status.h"

namespace isnad::eval {

struct GoldSentenceEvent {
  std::string source;
  std::string target;
  std::string code;
  std::string certainty;  // As given in the file; absent means "asserted".
  bool certainty_given = false;
  bool either_direction = false;
  bool optional = false;
};

struct GoldSentence {
  std::string id;
  std::string text;
  std::string date;
  std::vector<GoldSentenceEvent> events;
  std::vector<std::string> constructions;
};

// Parses gold.jsonl; errors name "<origin>:<line>".
StatusOr<std::vector<GoldSentence>> ParseSentenceGold(std::string_view jsonl, const std::string& origin);

struct PRCount {
  size_t expected = 0;   // Non-optional expected events.
  size_t matched = 0;    // Of those, matched by an emitted event.
  size_t emitted = 0;    // Emitted events that count (not matching only optional ones).
  size_t correct = 0;    // Emitted events that match a non-optional expected event.
  double recall() const { return expected ? static_cast<double>(matched) / expected : 0; }
  double precision() const { return emitted ? static_cast<double>(correct) / emitted : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct SentenceGoldScore {
  PRCount total;
  std::map<std::string, PRCount> by_construction;
  size_t certainty_checked = 0;
  size_t certainty_right = 0;
  std::vector<std::string> lines;  // Misses and false positives, for people.
};

// Scores `emitted[i]` (the events coded for sentence i) against `gold`.
// `strict`: full actor and event codes; otherwise 3-letter actor prefixes and roots.
// Hypothetical events (conditions, possibilities, questions) are not scored: they
// report no act.
SentenceGoldScore ScoreSentenceGold(const std::vector<GoldSentence>& gold,
                                    const std::vector<std::vector<events::Event>>& emitted, bool strict);

}  // namespace isnad::eval

#endif  // ISNAD_EVAL_SENTENCE_GOLD_H_
