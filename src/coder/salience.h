// coder/salience.h: whether a sentence reports an event as news or recalls it as
// context (the event record's `background`), and whether it reports anything at
// all (a question). Internal to the coder stage; the rules are in salience.cc.
// Thread-safety: pure functions of a SentenceState.
#ifndef ISNAD_CODER_SALIENCE_H_
#define ISNAD_CODER_SALIENCE_H_

#include <string>
#include <string_view>

#include "coder/sentence_state.h"

namespace isnad::coder {

// True when trigger `t` of `st` is recalled as context rather than reported as
// news; `*rule` names the rule that decided (for explain).
// `code` is the CAMEO code chosen for the trigger.
bool IsBackground(const SentenceState& st, const Trigger& t, std::string_view code, std::string* rule);

// True when the sentence is a question (it asks whether something happened; it
// reports nothing).
bool IsQuestion(const SentenceState& st);

}  // namespace isnad::coder

#endif  // ISNAD_CODER_SALIENCE_H_
