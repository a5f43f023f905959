// coder/modality.h: tense and modality of an event trigger (part of the coder
// stage). An act announced for the future or promised ("Paris livrera", "will
// send", سيزور، "s'est dit prêt à") is not the act: CAMEO codes it as an intent
// (root 03) when the act cooperates and as a threat (root 13) when it coerces.
// An act that is only possible or conditional ("pourrait frapper", "if Egypt
// attacks", إذا) is hypothetical: it keeps its code and is not a report of the act.
// A cooperative act refused ("a refusé de rencontrer", "refused to release") is a
// rejection (root 12) of its family.
//
// One mechanism for the three languages: per-language cues (data/cues: future,
// intent, condition and refusal cues; French future and conditional verb endings)
// decide the mood, and one table (data/cameo/modality.tsv) maps the act's code to
// the intent, threat or rejection code of its family.
// Thread-safety: a ModalityTable is immutable after Parse/Load; FindMood is a pure
// function of the sentence.
#ifndef ISNAD_CODER_MODALITY_H_
#define ISNAD_CODER_MODALITY_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/status.h"

namespace isnad::coder {

struct SentenceState;
struct Trigger;

// The CAMEO code prefix -> intent/threat and rejection code table of
// data/cameo/modality.tsv (format in data/cameo/README.md).
class ModalityTable {
 public:
  // Parses the table text; `name` is used in error messages
  // ("cameo/modality.tsv:12: expected 3 fields, got 2"). Fails with Corruption on
  // a bad version line, a bad field count, or a code that is not 2 to 4 digits
  // (or "-" for no refusal code).
  static StatusOr<ModalityTable> Parse(std::string_view contents, std::string_view name);
  // Reads `data_dir`/cameo/modality.tsv. NotFound/IoError when unreadable.
  static StatusOr<ModalityTable> Load(const std::string& data_dir);

  // The code of act `code` announced for the future: the target of the longest
  // prefix of `code` in the table ("072" -> "0332", "195" -> "138"), or "" when no
  // prefix is listed (statements, appeals, demands, refusals: they stay as coded).
  std::string FutureCode(std::string_view code) const;
  // The code of act `code` refused: the rejection of its family by the longest
  // listed prefix ("040" -> "125", "084" -> "1243"), or "" (no prefix listed, or
  // refusing the act is no event: "190" -> "").
  std::string RefusalCode(std::string_view code) const;
  size_t size() const { return rows_.size(); }

 private:
  struct Row {
    std::string prefix, future, refusal;  // refusal "" when the table has "-".
  };
  const Row* Find(std::string_view code) const;
  std::vector<Row> rows_;
};

// The mood of a trigger.
enum class Mood {
  kFactual,   // Done, being done or habitual: coded as the act.
  kFuture,    // Future tense, promise, plan, readiness: coded as intent/threat.
  kPossible,  // Conditional, possibility, condition clause: hypothetical.
  kRefused,   // Governed by a refusal ("a refusé de", "refused to"): rejection.
  kNegated,   // A negated intent or future ("n'a pas l'intention de"): negated.
};

struct MoodReading {
  Mood mood = Mood::kFactual;
  std::string rule;  // The rule that decided, for `isnad explain` ("" when factual).
};

// The mood of trigger `t` of sentence `st` (rules in modality.cc's opening comment).
MoodReading FindMood(const SentenceState& st, const Trigger& t);

// A verb's object, when it is another trigger of the sentence (the object of a
// rejection, a praise, a condemnation, a demand): the
// noun right after the verb ("a rejeté la demande américaine", "rejected the
// offer of mediation"), or, after an object clitic ("l'a rejetée", "les a
// rejetées"), the latest noun trigger before it. Returns the trigger's index in
// st.triggers, or -1.
int ObjectEvent(const SentenceState& st, const Trigger& t);

// The code of rejecting an event of code `rejected`: an accusation or a criticism
// (11) is denied (016); a request or demand (02, 10) and an offer (03) are
// rejected by the family of what they ask or offer (meet 125, mediation 126,
// settlement 127, aid 122, reform 123, yielding 124, cooperation 121); an offer of
// mediation or talks (045, 046) 126/125. "" for other codes.
std::string RejectionOf(std::string_view rejected);

// The code of demanding (`demand_root` "10") or appealing for ("02") an act of
// code `act`: the sub-code of the act's family (cooperation 1, policy support 2,
// aid 3, reform 4, yielding 5 with its release/withdrawal sub-codes, meeting 6,
// mediation 8): "0842" with "10" -> "1053", "087" -> "1056", "072" with "02" ->
// "0232". "" when the act has no such family (a demand to attack).
std::string DemandOf(std::string_view act, std::string_view demand_root);

// The tense of a French verb form from its ending: future ("livrera",
// "frapperont", "se rendra"), conditional ("frapperait", "livreraient") or
// neither. `word` is the surface form, lower case or not.
enum class FrenchTense { kOther, kFuture, kConditional };
FrenchTense FrenchTenseOf(std::string_view word);

}  // namespace isnad::coder

#endif  // ISNAD_CODER_MODALITY_H_
