// coder/roles_internal.h: internal to the roles stage (roles.cc, roles_ar.cc,
// roles_fr.cc); nothing outside those three files includes it. It declares what
// they share: the clause helpers of roles.cc that the language rules use
// (IsVerbTrigger, IsReportVerb, LeftSubject, Unmarked, AddGroup), the rule
// sequence AssignRolesByClause, and the entry points of the Arabic rules
// (roles_ar.cc) and the French rules (roles_fr.cc) that roles.cc applies. Each
// function's contract is the comment at its definition; all return mention
// indices of `st` (or -1 when none) unless they say otherwise.
// Thread-safety: pure functions of a SentenceState.
#ifndef ISNAD_CODER_ROLES_INTERNAL_H_
#define ISNAD_CODER_ROLES_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "coder/roles.h"
#include "coder/sentence_state.h"
#include "util/word_table.h"

namespace isnad::coder::roles_internal {

// A fixed set of words compared byte for byte (no normalization), for the
// rules' word lists asked of token after token: a WordTable hashed inline,
// where std::unordered_set<std::string_view> hashed every token through
// std::hash's library call. count() answers as unordered_set::count.
class ExactWords {
 public:
  ExactWords(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) table_.Insert(w);
  }
  size_t count(std::string_view word) const { return table_.Contains(word) ? 1 : 0; }

 private:
  WordTable table_;
};

// The marker bits of a mention governed by a preposition (of any kind).
inline constexpr uint32_t kPrepMask = kGPrepTarget | kGPrepWith | kGPrepFrom | kGPrepAgent | kGPrepLocative |
                                      kGPrepOther | kGPrepOf | kGBetween;

// Shared clause helpers and the rule sequence (roles.cc).
bool IsVerbTrigger(const SentenceState& st, uint32_t i);
bool IsReportVerb(const SentenceState& st, uint32_t i);
int LeftSubject(const SentenceState& st, uint32_t pos, bool* via_relative);
bool Unmarked(const Mention& m);
void AddGroup(const SentenceState& st, int m, std::vector<int>* out);
Roles AssignRolesByClause(const SentenceState& st, const Trigger& t);

// Arabic rules (roles_ar.cc): violence suffered, agents of acts, protests.
bool ArabicViolencePassive(const SentenceState& st, const Trigger& t, const std::vector<int>& right);
bool ArabicPatientMasdar(const SentenceState& st, const Trigger& t);
int ArabicApproximateVictims(const SentenceState& st, const Trigger& t);
bool ArabicNisbaAgent(const SentenceState& st, const Trigger& t, const Mention& m);
bool ArabicViolenceOnly(const SentenceState& st, const Trigger& t);
bool ArabicVictimVerb(const SentenceState& st, const Trigger& t);
bool ArabicCountedVictims(const SentenceState& st, const Trigger& t, int left, const std::vector<int>& right);
bool ArabicPluralSubjectVerb(const SentenceState& st, const Trigger& t);
bool ArabicAccusativeObject(const SentenceState& st, const Trigger& t, const Mention& m);
int ArabicReporter(const SentenceState& st, uint32_t pos);
bool ArabicPronounComplementizer(const SentenceState& st, uint32_t pos);
int ArabicUndergoer(const SentenceState& st, const Trigger& t);
int ArabicRelativeAgent(const SentenceState& st, uint32_t from, uint32_t to);
int ArabicNisbaActAgent(const SentenceState& st, uint32_t from, uint32_t to);
int ArabicPartitiveVictims(const SentenceState& st, const Trigger& t);
int ArabicFireOf(const SentenceState& st, const Trigger& t);
int ArabicConsequenceVictims(const SentenceState& st, const Trigger& t);
int ArabicAmongVictims(const SentenceState& st, const Trigger& t);
int ArabicPartitiveObject(const SentenceState& st, const Trigger& t, const std::vector<int>& right, int skip_group);
int ArabicWitnessPlace(const SentenceState& st, const Trigger& t);
int ArabicProtestTarget(const SentenceState& st, const Trigger& t, const Roles& r, bool crowd_subject);
int ArabicCrowd(const SentenceState& st, const Trigger& t, const Roles& r);
int ArabicProtestSubject(const SentenceState& st, const Trigger& t, bool* people, bool* unnamed);
int ArabicProtestObject(const SentenceState& st, int subject);
int ArabicPurposeCrowd(const SentenceState& st, const Trigger& t, bool* people);

// French rules (roles_fr.cc).
bool FrenchEtreParticiple(std::string_view stem);
int FrenchObjectClitic(const SentenceState& st, const Trigger& t, int subject);
bool FrenchShortGap(const SentenceState& st, uint32_t from, uint32_t to);
int FrenchGenitiveObject(const SentenceState& st, const Trigger& t, const std::vector<int>& right, int skip_group);
int FrenchLocativeCountry(const SentenceState& st, const Trigger& t, int skip_group);
bool FrenchOwnPossessive(const SentenceState& st, int m, int subject);
int FrenchAmongSubject(const SentenceState& st, const Trigger& t);
int FrenchGenitiveSubject(const SentenceState& st, const Trigger& t);
int FrenchEventNounSubjectObject(const SentenceState& st, uint32_t pos);
int FrenchReciprocalCompound(const SentenceState& st, const Trigger& t);
bool FrenchTransferredThing(const SentenceState& st, const Trigger& t, int subject);
int FrenchDependentVerbSubject(const SentenceState& st, const Trigger& t, uint32_t head);
int FrenchJudgedActAuthor(const SentenceState& st, const Trigger& t, int skip_group);
int FrenchNounParAgent(const SentenceState& st, const Trigger& t, const std::vector<int>& right, int genitive);
bool FrenchInfinitiveOfObject(const SentenceState& st, const Trigger& t);
bool FrenchAegisMediation(const SentenceState& st, const Trigger& t, Roles* r);
int FrenchPassiveNounSubjectAgent(const SentenceState& st, const Trigger& t);
int FrenchRepressedGroup(const SentenceState& st, const Trigger& t);
bool FrenchInstrumentAuthor(const SentenceState& st, const Trigger& t, Roles* r);
bool FrenchSignedContent(const SentenceState& st, const Trigger& t);
int FrenchInstitutionAgent(const SentenceState& st, const std::vector<int>& right, int skip_group);
bool FrenchClaimedAct(const SentenceState& st, const Trigger& t, Roles* r);
int FrenchProtestTarget(const SentenceState& st, const Trigger& t, int skip_group);
bool FrenchProtestContent(const SentenceState& st, const Trigger& t);
bool FrenchDeniedContent(const SentenceState& st, const Trigger& t);
int FrenchAttributedAuthor(const SentenceState& st, uint32_t noun_end, uint32_t* after);

}  // namespace isnad::coder::roles_internal

#endif  // ISNAD_CODER_ROLES_INTERNAL_H_
