// coder/roles.h: who is the source and who the target of a trigger (internal to
// the coder stage). The rules are those of each language's clause structure:
// Arabic verb-subject-object and subject-verb-object, English and French
// subject-verb-object, passive voice, nominal events with their genitive and
// prepositional arguments, symmetric "between" relations and "alongside" co-agents.
// Thread-safety: pure functions of a SentenceState.
#ifndef ISNAD_CODER_ROLES_H_
#define ISNAD_CODER_ROLES_H_

#include <string>
#include <vector>

#include "coder/sentence_state.h"

namespace isnad::coder {

struct Roles {
  std::vector<int> sources;  // Mention indices.
  std::vector<int> targets;
  bool symmetric = false;    // "between X and Y": every pair, one direction each.
  bool source_implied = false;  // The source is the subject in focus (a dropped or pronoun subject).
  std::string rule;          // Name of the rule that decided, for explain.
};

// Decides the roles of trigger `t` of `st`. `focus` is the mention code in focus
// for dropped subjects ("" when none).
Roles AssignRoles(const SentenceState& st, const Trigger& t);

// English infinitive: the trigger (index) of the verb that governs trigger `t`
// through "to" ("promised to attack": promised), or -1. A passive governor ("was
// seen to break", "is said to restore") is evidential, not a governor: it is
// returned in `*evidential` (when not null; else -1) and the function returns -1.
int InfinitiveGovernor(const SentenceState& st, const Trigger& t, int* evidential = nullptr);

// Members (mention indices) of the group of mention `m`.
std::vector<int> GroupMembers(const SentenceState& st, int m);

}  // namespace isnad::coder

#endif  // ISNAD_CODER_ROLES_H_
