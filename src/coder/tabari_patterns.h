// coder/tabari_patterns.h: the matcher for event patterns read from TABARI/PETRARCH
// verb files (lexicon/entries.h, EventPattern with max_gap == kUnboundedPatternGap),
// internal to the coder stage. ChooseCode (coder.cc) asks it, for each trigger,
// which pattern of the trigger's verb block matches and which actors the
// pattern's `$`, `+`, `%` elements pick.
//
// Without a parser, the phrases the patterns name are approximated from word
// classes: a noun phrase is a run of words up to a verb, a preposition, a
// conjunction, a clause word or punctuation; a prepositional phrase is a
// preposition followed, after at most a few modifiers, by what it governs.
// Thread-safety: immutable after construction; Match is const.
#ifndef ISNAD_CODER_TABARI_PATTERNS_H_
#define ISNAD_CODER_TABARI_PATTERNS_H_

#include <array>
#include <string>
#include <vector>

#include "coder/sentence_state.h"
#include "lexicon/lexicon.h"

namespace isnad::coder {

// What a pattern match found.
struct PatternMatch {
  int length = 0;      // Elements matched, children counted (0 = no match).
  int source = -1;     // Mention picked by `$`, or -1.
  int target = -1;     // Mention picked by `+`, or -1.
  int compound = -1;   // Mention (first member of its group) picked by `%`, or -1.
};

class TabariPatterns {
 public:
  // Normalizes the keys of every pattern of `lexicon`. `lexicon` must outlive this.
  explicit TabariPatterns(const lexicon::Lexicon& lexicon);

  // Matches `pattern` (an index into PatternsOf(events, event)) around trigger `t`.
  // Elements before the trigger are found leftwards, elements after it
  // rightwards, in order, with any gap inside the sentence (the first match that
  // lets the rest match wins). Returns false when the pattern does not match.
  bool Match(const SentenceState& st, const Trigger& t, uint32_t event, size_t pattern, PatternMatch* out) const;

 private:
  // An element with its keys normalized: each alternative a sequence of words.
  struct Element {
    lexicon::PatternElement::Type type;
    std::vector<std::vector<std::string>> keys;
    std::vector<Element> children;
    // Bit b: some alternative of `keys` starts with byte b (all bits when one
    // starts with an empty key): a token whose whole form and stem start with
    // none of them is rejected without comparing strings.
    std::array<uint64_t, 4> first_bytes{};
    // The distinct first keys of `keys`, sorted: a token none of whose forms
    // WordIs accepts (whole, stem, the singular of a regular plural) is one of
    // them is rejected without trying each alternative.
    std::vector<std::string> first_keys;
  };
  struct Compiled {
    std::vector<Element> before;  // Elements before the trigger, nearest first.
    std::vector<Element> after;   // Elements after the trigger, in order.
    int length = 0;
  };
  Element CompileElement(const lexicon::PatternElement& element) const;

  const lexicon::Lexicon& lexicon_;
  std::vector<std::vector<Compiled>> compiled_;  // [event][pattern], own patterns only.
};

}  // namespace isnad::coder

#endif  // ISNAD_CODER_TABARI_PATTERNS_H_
