// coder/roles.h: who is the source and who the target of a trigger (internal to
// the coder stage). The rules are those of each language's clause structure:
// Arabic verb-subject-object and subject-verb-object, English and French
// subject-verb-object, passive voice, nominal events with their genitive and
// prepositional arguments, symmetric "between" relations and "alongside" co-agents.
// Thread-safety: pure functions of a SentenceState.
#ifndef ISNAD_CODER_ROLES_H_
#define ISNAD_CODER_ROLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "coder/sentence_state.h"

namespace isnad::coder {

struct Roles {
  std::vector<int> sources;  // Mention indices.
  std::vector<int> targets;
  bool symmetric = false;    // "between X and Y": every pair, one direction each.
  bool source_implied = false;  // The source is the subject in focus (a dropped or pronoun subject).
  std::string rule;          // Name of the rule that decided, for explain.
  // French "la répression des manifestations de l'opposition en Iran": the
  // source no mention names, the state of the target's country ("IRNGOV").
  std::string implied_state;
};

// Decides the roles of trigger `t` of `st`. `focus` is the mention code in focus
// for dropped subjects ("" when none).
Roles AssignRoles(const SentenceState& st, const Trigger& t);

// English infinitive: the trigger (index) of the verb that governs trigger `t`
// through "to" ("promised to attack": promised), or -1. A passive governor ("was
// seen to break", "is said to restore") is evidential, not a governor: it is
// returned in `*evidential` (when not null; else -1) and the function returns -1.
int InfinitiveGovernor(const SentenceState& st, const Trigger& t, int* evidential = nullptr);

// French event whose target is a place: an attack, bombing, seizure,
// occupation, destruction or mass violence on a city or site, humanitarian
// access to a place, a visit "à" a city ("a bombardé la centrale de Merowe", "ont
// incendié une mosquée près de Naplouse", "La visite de X à Benghazi"). When
// `roles` has a source and no target and `code` is such an event, sets
// `*country` to the country of the first place after the trigger in its clause
// (a gazetteer place whose readings agree, or a country named as a place),
// `*begin`/`*end` to its tokens, and returns true. Mass violence (20) targets
// the place's civilians (country + CVL), as CAMEO codes it. Not when the place
// is the source's own country and the source is no armed or political
// opposition (a state or its people acting at home name no target by the
// place), for a reflexive verb, a passive participle after a noun, a place in
// a topic phrase, or a noun that only borrows a verb's subject.
bool FrenchPlaceTarget(const SentenceState& st, const Trigger& t, std::string_view code, const Roles& roles,
                       std::string* country, uint32_t* begin, uint32_t* end);

// Members (mention indices) of the group of mention `m`.
std::vector<int> GroupMembers(const SentenceState& st, int m);

// Facts of every lexicon event (indexed as lexicon.events()) that the role
// rules ask of trigger after trigger: kEventViolence when its code is CAMEO
// 17, 18 or 19; kEventProtest when its code, or the code of one of its
// patterns (its pattern_source's patterns when it has one), is CAMEO 14.
// Built once per Coder, for SentenceState::event_facts.
enum EventFact : uint8_t { kEventViolence = 1, kEventProtest = 2 };
std::vector<uint8_t> EventFacts(const lexicon::Lexicon& lexicon);

}  // namespace isnad::coder

#endif  // ISNAD_CODER_ROLES_H_
