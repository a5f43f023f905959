// TriggerFactMemo: a yes/no fact of each trigger of the sentence being coded,
// computed once per trigger. The role, salience and certainty rules ask the
// same fact of the same trigger several times, and some facts read every
// pattern of a trigger's events (hundreds for a verb of the peer dictionaries).
#ifndef ISNAD_CODER_TRIGGER_MEMO_H_
#define ISNAD_CODER_TRIGGER_MEMO_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "coder/sentence_state.h"

namespace isnad::coder {

// One fact per memo (hold it in a function-local thread_local: one per fact and
// thread). Keyed by SentenceState::serial: a new sentence clears the answers.
class TriggerFactMemo {
 public:
  // compute(t) for trigger `t` of `st`, computed at most once per trigger of
  // the sentence. A trigger that is not one of st.triggers, or a state not built
  // by BuildSentenceState (serial 0), is answered afresh.
  // REQUIRES: compute(t) depends on the sentence and the trigger only.
  template <typename Compute>
  bool Get(const SentenceState& st, const Trigger& t, Compute compute) {
    const Trigger* first = st.triggers.data();
    const bool indexed = st.serial != 0 && !st.triggers.empty() && std::less_equal<const Trigger*>()(first, &t) &&
                         std::less<const Trigger*>()(&t, first + st.triggers.size());
    if (!indexed) return compute(t);
    if (serial_ != st.serial) {
      serial_ = st.serial;
      answers_.assign(st.triggers.size(), -1);
    }
    int8_t& answer = answers_[static_cast<size_t>(&t - first)];
    if (answer < 0) answer = compute(t) ? 1 : 0;
    return answer == 1;
  }

 private:
  uint64_t serial_ = 0;
  std::vector<int8_t> answers_;  // Per trigger: -1 not asked yet, else the answer.
};

}  // namespace isnad::coder

#endif  // ISNAD_CODER_TRIGGER_MEMO_H_
