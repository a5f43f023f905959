// Role assignment. Every rule is named in Roles::rule so `isnad explain` can say
// which one decided. AssignRoles and AssignRolesByClause (here) try them in the
// order below; the language-independent and English rules are read here, the
// Arabic constructions by the Arabic* functions of roles_ar.cc and the French
// ones by the French* functions of roles_fr.cc (shared declarations in
// roles_internal.h). The rules, in the order they are tried:
//
// Nominal triggers (masdar, nominalization, participle):
//   noun-between    "التعاون بين حفتر والإسرائيليين", "talks between X and Y":
//                   symmetric, the first member is the source.
//   noun-subj-obj   a subject to the left and a genitive/object right after the
//                   noun: "إسرائيل أبرز داعمي قوات حفتر", "إسرائيل بدأت بتزويد
//                   الجيش الوطني" (the noun continues the subject's clause).
//   noun-genitive   the genitive names the agent and a preposition the target:
//                   "دعم إسرائيل لحفتر", "le soutien d'Israël à Haftar".
//   noun-genitive-patient  Arabic masdar of violence suffered (مقتل، اغتيال،
//                   اختطاف، اعتقال، إصابة): its genitive is the target.
//                   +approximate-victims: past an approximate count (مقتل
//                   زهاء 15 مسلحا، إصابة أكثر من 30 مدنيا).
//   noun-from/by    "support from X", "دعم من X", "attack by X" -> source.
//   noun-subject    the clause subject is the source; a marked phrase the target:
//                   "حفتر عقد اجتماعا ... مع إسرائيل", "Israel's support for Haftar".
// Verbal triggers:
//   passive         aux + participle with a by/par/من قبل phrase: agent is the source.
//   svo             a subject before the verb in its clause (English, French, and
//                   Arabic SVO after أن/إن or a topic): the first object after.
//   vso             Arabic verb first in its clause: the first unmarked noun
//                   phrase after it is the subject, the next phrase the object.
//   reporter-subject  Arabic verb right after أنه/إنها (the complementizer
//                   carries the subject): the reporter is the source, the noun
//                   after the verb the object.
//   plural-verb     Arabic verb first in its clause whose ending is a plural
//                   subject (خطفوا، يطلقون): the noun phrase after it is the object.
//   accusative-object  Arabic verb first in its clause, then a role word or a
//                   nisba in the indefinite accusative (قتلت 32 متمردا): the
//                   object; the subject is dropped (no source).
//   vso-passive     Arabic perfect verb of violence first in its clause, then a
//                   human noun with no object after it: an unvocalized passive
//                   ("قتل جندي"): the noun is the target, the agent unknown.
//                   A definite or named noun too when nothing after it could be
//                   an object ("قتل الجندي في الانفجار").
//   victim-verb     Arabic verb only passive or of suffering (أصيب، اغتيل،
//                   استشهد، لقي حتفه): its subject, before or after, is the target.
//   counted-victims Arabic count + noun before an ambiguous perfect with no
//                   object ("ثلاثة جنود قتلوا"): a toll; the noun is the target.
//   undergoer       Arabic تعرض ل / نجا من + masdar of violence: the verb's
//                   subject is the masdar's target ("تعرضت القافلة لهجوم").
//   fire-of         Arabic verb of violence with بنيران / برصاص / على أيدي X:
//                   X is the source, the verb's noun the target.
//   +consequence    Arabic noun of violence followed by أسفر عن / أدى إلى +
//                   مقتل/إصابة X: X is its target.
//   partitive-victims  Arabic verb of violence opening its clause, then a count,
//                   من and a group ("قتل أمس سبعة من عناصر الشرطة"): the group
//                   is the target.
//   +own-forces     Arabic role word with a possessive pronoun in a reported
//                   clause (إن قواته أطلقت): the reporter of the same agent.
//   +relative-agent Arabic relative clause on the act ("هجوم شنه مسلحون"،
//                   "غارة شنتها طائرات"): its subject is the source, of the
//                   noun and of a passive-read verb of the same sentence.
//   +partitive-object  Arabic verb with no target: the group after a quantity
//                   and من ("قصفت مجموعة من المتمردين").
//   +among-victims  Arabic act of violence with no target: the group named
//                   after بينهم / معظمهم in its toll ("بينهم ثلاثة من رجال الشرطة").
//   protest-vso     Arabic verb of protest (also one coded only through its
//                   patterns: تجمع، خرج، توجه) with its crowd after it, after a
//                   fronted place, a count or a partitive من ("وفي بغداد أحرق
//                   متظاهرون"، "اشتبك العشرات من المتظاهرين"): the crowd is the
//                   source, an unmarked actor after it the object.
//   protest-vso-people  the same verb whose subject is a count of mere people
//                   ("تظاهر نحو مائتي شخص"): no source, and no +crowd.
//   protest-vso-unnamed  a count with no noun before where the crowd stands
//                   ("تظاهر الآلاف أمام مقر X"): X is no subject.
//   +witness-place  the subject of شهد before a protest noun ("شهدت تركيا
//                   مسيرتين") is where it happened: no source (+crowd may fill it).
//   +purpose-crowd  Arabic masdar of protest stating the purpose of an act
//                   ("... للاحتجاج على"، "احتجاجا على"): the crowd that acts,
//                   the subject of the protest verb before it; none when that
//                   is a count of mere people (+purpose-people).
//   +crowd          Arabic protest with no source: the protesters or the
//                   students/workers the sentence names.
//   +protest-target Arabic protest with no target: the actor after ضد/على or
//                   the one a demand, chant or accusation addresses, before the
//                   institution the crowd stands before (أمام، خارج) or heads
//                   for (إلى مقر، حتى السفارة) in the protest's own clause; a
//                   bare role word in construct with a named actor of its role
//                   is that actor (ضد حكومة الرئيس عمر البشير: SDNGOV).
//   relative        English/French/Arabic relative clause with no subject of its
//                   own: the antecedent before who/qui/الذي is the subject.
//   implied         no subject at all: the subject in focus (Arabic pro-drop).
// Co-agents: a group introduced by "إلى جانب"/"alongside"/"aux côtés de" before
// the trigger in the same sentence joins the sources.
// English rules the PETRARCH validation records exercise (each named in the
// rule string, and in a comment where it is applied):
//   coordinated VP  "condemned X and promised Y": the second verb's subject is the first's.
//   parenthetical   "X, in remarks published Monday, urged": the subject before the commas.
//   control         "vowed to wage", "urged Bree to help": the infinitive's subject.
//   participle      "the parade supporting Gondor": a plain noun is its subject.
//   verb-phrase     the first actor after the verb, also inside the object's phrases.
//   complement-subject / locative-complement / prep-complement: targets of verbs
//                   with no object ("noted that X", "arrived in X", "criticized the
//                   closure of houses in X").
//   oblique-agent   English passive with no by-phrase: the actor of a prepositional
//                   phrase of the verb is the source.
// French rules:
//   reflexive/être  "s'est rendu", "se sont entretenus", "est arrivé": être is the
//                   auxiliary of an active verb, not a passive (PassiveVerb).
//   coordinated VP  "a félicité X et lui a proposé": the subject of the first verb.
//   object-clitic   "X l'a rencontré", "lui a fourni": the clitic's referent, the
//                   latest actor before it that is not the subject, is the target.
//   reciprocal      a compound subject acts on its own members when French marks
//                   the act as mutual: "respectifs", a reflexive verb, "une trêve".
//   transferred-thing / institution-agent  agentless passives: "des drones turcs
//                   ont été livrés à X" (Turkey gives), "convoqué au ministère X".
//   dependent-verb  "pour le remercier", "a affirmé avoir tiré": the subject of
//                   the verb before; ", tuant ..." is a toll (participle-toll).
//   judged-act-author  "a salué l'engagement de X", "a dénoncé le nettoyage mené
//                   par X", "l'assassinat, attribué à X,": the act's author.
//   noun-claimed-act "a revendiqué l'attaque contre X", "a lancé une offensive".
//   noun-signed-content / noun-protest-content / noun-denied-content: a noun
//                   that is what was signed, protested or denied is no event.
//   protest-against "ont défilé à Rabat contre X": the contre phrase's actor.

#include "coder/roles.h"

#include <algorithm>
#include <string>
#include <vector>

#include "coder/roles_internal.h"
#include "text/normalize.h"

namespace isnad::coder {

using roles_internal::kPrepMask;
using roles_internal::AddGroup;
using roles_internal::ArabicNisbaActAgent;
using roles_internal::ArabicReporter;
using roles_internal::ArabicViolenceOnly;
using roles_internal::AssignRolesByClause;
using roles_internal::FrenchAegisMediation;
using roles_internal::FrenchEtreParticiple;
using roles_internal::FrenchInstrumentAuthor;
using roles_internal::FrenchPassiveNounSubjectAgent;
using roles_internal::FrenchRepressedGroup;
using roles_internal::IsReportVerb;
using roles_internal::IsVerbTrigger;
using roles_internal::LeftSubject;

namespace roles_internal {

bool IsVerbTrigger(const SentenceState& st, uint32_t i) {
  int t = st.trigger(i);
  return t >= 0 && st.triggers[t].verb;
}

// A reporting verb (or a hedging verb that takes a complement clause, "اقترح X
// أن", "suggested that") ends a noun phrase search: its subject is a source, not
// an actor of the events it reports.
bool IsReportVerb(const SentenceState& st, uint32_t i) {
  int c = st.cue(i);
  if (c < 0) return false;
  auto k = st.cues[c].kind;
  if (k == lexicon::CueKind::kReport) return true;
  return k == lexicon::CueKind::kHedge && st.cues[c].takes_clause;
}

// The nearest mention to the left of `pos` in the same clause that can be a
// subject: not governed by a preposition, not a place. Stops at clause boundaries,
// verbs and reporting verbs. At a relative pronoun, returns its antecedent.
int LeftSubject(const SentenceState& st, uint32_t pos, bool* via_relative) {
  *via_relative = false;
  int clause = st.clause_of(pos);
  for (uint32_t k = pos; k > st.begin;) {
    --k;
    int m = st.mention(k);
    if (m >= 0) {
      const Mention& mm = st.mentions[m];
      bool marked = (mm.marker & kPrepMask) != 0 && (mm.marker & kGAlongside) == 0;
      // English: an actor in the "of" phrase of a subject whose head names no
      // actor stands for it ("the information ministry of Gondor said").
      if (marked && mm.marker == kGPrepOf && st.sentence->lang == text::Lang::kEn) marked = false;
      if (marked && mm.marker == kGPrepOther && st.sentence->lang == text::Lang::kEn) {
        // English temporal subordinators ("after", "before", "since") also open
        // a clause: "after Calenardhon crowds burned ...": the phrase between
        // them and the verb is its subject when only nouns lie between.
        bool only_nouns = true;
        for (uint32_t j = mm.end; j < pos && only_nouns; ++j) {
          only_nouns = !st.is_punct(j) && st.cls(j) == kGNone && st.trigger(j) < 0;
        }
        marked = !only_nouns;
      }
      if (!marked && !mm.locative && st.clause_of(k) == clause) return m;
      k = mm.begin;  // Skip the rest of the mention.
      if (st.clause_of(k) != clause) break;
      continue;
    }
    if (st.clause_of(k) != clause || st.boundary[k - st.begin]) {
      // A relative pronoun opening this clause points back at its antecedent.
      if (st.clause_of(k) == clause && (st.cls(k) & kGRelative)) {
        for (uint32_t j = k; j > st.begin;) {
          --j;
          if (st.is_punct(j)) continue;
          int a = st.mention(j);
          if (a >= 0 && !st.mentions[a].locative) {
            *via_relative = true;
            return a;
          }
          break;
        }
      }
      break;
    }
    if (IsVerbTrigger(st, k)) {
      // Coordinated verbs share their subject: "Iran criticized the accord and
      // accused Riyadh", "هاجم ... وقصف". A conjunction between the two verbs
      // hands the earlier verb's subject to the later one.
      bool coordinated = false;
      for (uint32_t j = k + 1; j < pos; ++j) {
        coordinated |= (st.cls(j) & kGConj) != 0 || (st.tok(j).clitics & (text::kCliticWa | text::kCliticFa)) != 0;
      }
      coordinated |= (st.tok(pos).clitics & (text::kCliticWa | text::kCliticFa)) != 0;
      // English complement clause without "that" whose subject is a pronoun:
      // the pronoun refers to the subject of the verb that governs the clause
      // ("Ethiopia indicated it would act").
      bool pronoun = false;
      for (uint32_t j = k + 1; j < pos; ++j) pronoun |= (st.cls(j) & kGPronoun) != 0;
      if (st.sentence->lang == text::Lang::kEn && pronoun) coordinated = true;
      if (coordinated) {
        const Trigger& prev = st.triggers[st.trigger(k)];
        bool rel = false;
        int subject = LeftSubject(st, prev.begin, &rel);
        if (subject >= 0) return subject;
      }
      break;
    }
    if (IsReportVerb(st, k)) break;
  }
  return -1;
}

bool Unmarked(const Mention& m) { return (m.marker & kPrepMask) == 0; }

void AddGroup(const SentenceState& st, int m, std::vector<int>* out) {
  for (int x : GroupMembers(st, m)) out->push_back(x);
}

}  // namespace roles_internal

namespace {

// English participle after a plain noun ("the parade supporting Gondor"): it
// qualifies the noun and does not end the verb phrase around it.
bool ParticipleOfNoun(const SentenceState& st, uint32_t k) {
  if (st.sentence->lang != text::Lang::kEn || k <= st.begin || !st.stem(k).ends_with("ing")) return false;
  const text::Token& prev = st.tok(k - 1);
  return prev.kind == text::TokenKind::kWord && !prev.capitalized && st.cls(k - 1) == kGNone &&
         st.mention(k - 1) < 0 && st.trigger(k - 1) < 0;
}

// Mentions to the right of `pos`, in order, up to the end of the clause (a comma
// inside a compound group does not end it), skipping places.
std::vector<int> RightMentions(const SentenceState& st, uint32_t pos) {
  std::vector<int> out;
  int clause = st.clause_of(pos > st.begin ? pos - 1 : pos);
  int last_group = -1;
  for (uint32_t k = pos; k < st.end; ++k) {
    int m = st.mention(k);
    if (m >= 0) {
      const Mention& mm = st.mentions[m];
      if (!mm.locative) out.push_back(m);
      last_group = mm.group;
      k = mm.end - 1;
      continue;
    }
    if (st.boundary[k - st.begin] && st.clause_of(k) != clause) {
      // A comma followed by the next member of the same compound continues it.
      bool continues = false;
      for (uint32_t j = k + 1; j < st.end && j < k + 3; ++j) {
        int m2 = st.mention(j);
        if (m2 >= 0) {
          continues = st.mentions[m2].group == last_group && last_group >= 0;
          break;
        }
      }
      if (!continues) break;
      clause = st.clause_of(k);
    }
    if (IsVerbTrigger(st, k) && !ParticipleOfNoun(st, k)) break;
    if (IsReportVerb(st, k)) break;
  }
  return out;
}

// True when the trigger is the first content of its clause (Arabic VSO): nothing
// but particles, negation, auxiliaries, conjunctions and punctuation before it.
bool ClauseInitial(const SentenceState& st, uint32_t pos) {
  int clause = st.clause_of(pos);
  for (uint32_t k = pos; k > st.begin;) {
    --k;
    if (st.clause_of(k) != clause) return true;
    if (st.mention(k) >= 0) return false;
  }
  return true;
}

bool PassiveVerb(const SentenceState& st, const Trigger& t, const std::vector<int>& right) {
  bool has_agent_phrase = false;
  for (int m : right) has_agent_phrase |= (st.mentions[m].marker & kGPrepAgent) != 0;
  if (st.sentence->lang == text::Lang::kAr) return has_agent_phrase;
  // English/French: a passive auxiliary just before the participle. An English
  // -ing form after "be" is the progressive ("is acting"), not a passive.
  if (st.sentence->lang == text::Lang::kEn && st.stem(t.begin).ends_with("ing")) return false;
  for (uint32_t k = t.begin, steps = 0; k > st.begin && steps < 5; ++steps) {
    --k;
    uint32_t c = st.cls(k);
    if (c & kGAuxPassive) {
      if (st.sentence->lang == text::Lang::kFr) {
        // French reflexive compound past: a reflexive pronoun before être makes
        // it the auxiliary of an active verb ("s'est rendu", "se sont entretenus",
        // "ne s'est pas rendu").
        if (k > st.begin && (st.cls(k - 1) & kGReflexive)) return false;
        // French intransitive verbs conjugated with être ("est arrivé à Alger").
        if (FrenchEtreParticiple(st.stem(t.begin))) return false;
      }
      return true;
    }
    // Coordinated adverbs may sit between: "was heavily and unjustly criticized".
    if ((c & kGConj) && k > st.begin && st.stem(k - 1).ends_with("ly")) continue;
    if (!(c & (kGNegation | kGAux)) && st.tok(k).kind == text::TokenKind::kWord) {
      // An adverb ("was reportedly attacked") may sit between.
      std::string_view s = st.stem(k);
      if (!(s.size() > 2 && s.ends_with("ly"))) break;
    }
  }
  return false;
}

int FirstWith(const SentenceState& st, const std::vector<int>& right, uint32_t marker_any, int skip_group = -2) {
  for (int m : right) {
    if (st.mentions[m].group == skip_group) continue;
    if (st.mentions[m].marker & marker_any) return m;
  }
  return -1;
}

int FirstObject(const SentenceState& st, const std::vector<int>& right, int skip_group) {
  for (int m : right) {
    const Mention& mm = st.mentions[m];
    if (mm.group == skip_group) continue;
    if (mm.marker & (kGPrepLocative | kGPrepFrom | kGPrepAgent | kGPrepOf | kGAlongside)) continue;
    return m;
  }
  return -1;
}

}  // namespace

std::vector<int> GroupMembers(const SentenceState& st, int m) {
  std::vector<int> out;
  int g = st.mentions[m].group;
  for (size_t i = 0; i < st.mentions.size(); ++i) {
    if (st.mentions[i].group == g && !st.mentions[i].locative) out.push_back(static_cast<int>(i));
  }
  if (out.empty()) out.push_back(m);
  return out;
}

namespace {

// English infinitive control: the subject of "to VERB" is the object of the
// verb that governs it when it has one ("urged Bree to help": Bree helps), else
// that verb's subject ("vowed to wage war", "was seen to break"). Returns the
// controller mention, or -1 when the trigger is not an infinitive after a verb.
int InfinitiveController(const SentenceState& st, const Trigger& t) {
  if (t.begin <= st.begin || st.stem(t.begin - 1) != "to") return -1;
  int object = -1;
  for (uint32_t k = t.begin - 1; k > st.begin;) {
    --k;
    if (st.is_punct(k)) return -1;
    int m = st.mention(k);
    if (m >= 0) {
      if (object < 0 && (st.mentions[m].marker & kPrepMask) == 0) object = m;
      k = st.mentions[m].begin;
      continue;
    }
    int g = st.trigger(k);
    if (g >= 0 && st.triggers[g].verb) {
      if (object >= 0) return object;
      const Trigger& governing = st.triggers[g];
      int controller = InfinitiveController(st, governing);
      if (controller >= 0) return controller;
      bool rel = false;
      return LeftSubject(st, governing.begin, &rel);
    }
  }
  return -1;
}

}  // namespace

int InfinitiveGovernor(const SentenceState& st, const Trigger& t, int* evidential) {
  if (evidential != nullptr) *evidential = -1;
  if (st.sentence->lang != text::Lang::kEn || t.begin <= st.begin || st.stem(t.begin - 1) != "to") return -1;
  for (uint32_t k = t.begin - 1; k > st.begin;) {
    --k;
    if (st.is_punct(k)) return -1;
    int g = st.trigger(k);
    if (g >= 0 && st.triggers[g].verb) {
      // A passive governor ("was seen to", "is known to") is evidential: it
      // reports the governed event rather than qualifying it.
      if (PassiveVerb(st, st.triggers[g], {})) {
        if (evidential != nullptr) *evidential = g;
        return -1;
      }
      return g;
    }
    int m = st.mention(k);
    if (m >= 0) {
      k = st.mentions[m].begin;
      continue;
    }
    // "abandoned efforts to stop": the infinitive completes a noun, not the verb.
    const text::Token& tk = st.tok(k);
    if (tk.kind == text::TokenKind::kWord && !tk.capitalized && st.cls(k) == kGNone &&
        !st.stem(k).ends_with("ly")) {
      return -1;
    }
  }
  return -1;
}

namespace {

// English complement clause: a verb with no object of its own whose clause goes
// on with "that X ..." takes X, the subject of the complement, as its target
// ("expressed hopes that Osgiliath could ...", "noted that Cirith Ungol ...").
int ComplementSubject(const SentenceState& st, const Trigger& t) {
  for (uint32_t k = t.end; k < st.end && k < t.end + 6; ++k) {
    if (st.is_punct(k) || st.mention(k) >= 0) return -1;
    if (st.cls(k) & kGSubordinator) {
      // The first actor of the complement's subject phrase, before its verb
      // ("that an arms embargo against Mordor would not work").
      for (uint32_t j = k + 1; j < st.end && j < k + 8; ++j) {
        int m = st.mention(j);
        if (m >= 0) return m;
        if (st.is_punct(j) || IsVerbTrigger(st, j) || (st.cls(j) & (kGAux | kGAuxPassive))) return -1;
      }
      return -1;
    }
  }
  return -1;
}

}  // namespace

Roles AssignRoles(const SentenceState& st, const Trigger& t) {
  Roles r;
  if (st.sentence->lang == text::Lang::kFr && FrenchAegisMediation(st, t, &r)) return r;
  if (st.sentence->lang == text::Lang::kFr && FrenchInstrumentAuthor(st, t, &r)) return r;
  if (int repressed = st.sentence->lang == text::Lang::kFr ? FrenchRepressedGroup(st, t) : -1; repressed >= 0) {
    AddGroup(st, repressed, &r.targets);
    r.implied_state = CountryPrefix(st.mentions[repressed].code) + "GOV";
    r.rule = "noun-repression-by-the-state";
    return r;
  }
  r = AssignRolesByClause(st, t);
  if (st.sentence->lang == text::Lang::kFr && !t.verb && r.sources.empty() && r.targets.empty()) {
    if (int agent = FrenchPassiveNounSubjectAgent(st, t); agent >= 0) {
      AddGroup(st, agent, &r.sources);
      r.rule = "noun-subject-of-passive";
    }
  }
  // Rule own-forces: a role word with a possessive pronoun in a reported
  // clause is the reporter's own ("قال الجيش الأمريكي إن قواته أطلقت":
  // its forces are the US military): the reporter, when it has a country and
  // the same agent, is the source.
  if (st.sentence->lang == text::Lang::kAr && t.verb && r.sources.size() == 1) {
    const Mention& own = st.mentions[r.sources[0]];
    if (own.agent_only && (st.tok(own.begin).clitics & text::kCliticPronoun)) {
      int reporter = ArabicReporter(st, own.begin);
      if (reporter >= 0 && st.mentions[reporter].has_country && st.mentions[reporter].agent == own.agent &&
          std::find(r.targets.begin(), r.targets.end(), reporter) == r.targets.end()) {
        r.sources[0] = reporter;
        r.rule += "+own-forces";
      }
    }
  }
  // An Arabic verb of violence left with no agent takes the one a nisba names
  // in the phrase of its cause ("قتل ثلاثة مسلحين في ضربة جوية أمريكية").
  if (st.sentence->lang == text::Lang::kAr && t.verb && r.sources.empty() && !r.symmetric &&
      ArabicViolenceOnly(st, t)) {
    int agent = ArabicNisbaActAgent(st, t.end, t.end + 12);
    if (agent >= 0 && std::find(r.targets.begin(), r.targets.end(), agent) == r.targets.end()) {
      r.sources.push_back(agent);
      r.source_implied = false;
      r.rule += "+nisba-act-agent";
    }
  }
  return r;
}

namespace roles_internal {

Roles AssignRolesByClause(const SentenceState& st, const Trigger& t) {
  Roles r;
  bool via_relative = false;
  int left = -1;
  // French coordinated verb phrases put the object clitics, the negation and
  // the auxiliary between "et" and the verb ("a reçu l'émissaire et lui a
  // demandé", "et l'a assuré", "et ne les a pas reçus"): skip them.
  uint32_t head = t.begin;
  if (st.sentence->lang == text::Lang::kFr && t.verb) {
    for (int steps = 0; head > st.begin && steps < 5; ++steps) {
      uint32_t k = head - 1;
      std::string_view n = st.doc->Norm(st.tok(k));
      bool clitic = n == "l'" || n == "le" || n == "la" || n == "les" || n == "lui" || n == "leur" ||
                    (st.cls(k) & kGReflexive);
      if (st.mention(k) >= 0 || st.is_punct(k) || !(clitic || (st.cls(k) & (kGAux | kGAuxPassive | kGNegation)))) {
        break;
      }
      head = k;
    }
  }
  const bool coordinated_fr = st.sentence->lang == text::Lang::kFr && t.verb && head > st.begin &&
                              (st.cls(head - 1) & kGConj) && st.mention(head - 1) < 0;
  if ((coordinated_fr ||
       (st.sentence->lang == text::Lang::kEn && t.verb && t.begin > st.begin && (st.cls(t.begin - 1) & kGConj)))) {
    // English and French coordinated verb phrases share their subject
    // ("condemned an attack ... and promised aid", "a félicité X et lui a
    // proposé"): the subject of the previous verb.
    for (uint32_t k = head - 1; k > st.begin && left < 0;) {
      --k;
      if (coordinated_fr && IsReportVerb(st, k) && st.cue(k) >= 0) {
        // French: a verb coordinated after a reported clause goes with the
        // reporting verb ("a déclaré que la France ... et l'a sommée"): the
        // clitic cannot stand for the clause's own subject.
        left = LeftSubject(st, st.cues[st.cue(k)].begin, &via_relative);
        break;
      }
      if (IsVerbTrigger(st, k)) {
        const Trigger& prev = st.triggers[st.trigger(k)];
        left = LeftSubject(st, prev.begin, &via_relative);
        if (left < 0) left = InfinitiveController(st, prev);
        break;
      }
    }
  }
  if (left < 0 && st.sentence->lang == text::Lang::kFr) {
    left = FrenchDependentVerbSubject(st, t, head);
    if (left >= 0) r.rule = "+dependent-verb";
  }
  if (left < 0) left = LeftSubject(st, t.begin, &via_relative);
  // French: the same apposition before the auxiliary ("Le ministre algérien,
  // Ahmed Attaf, a reçu"); `head` is the first auxiliary or clitic of the verb.
  const uint32_t verb_start = st.sentence->lang == text::Lang::kFr ? head : t.begin;
  if (left < 0 && (st.sentence->lang == text::Lang::kEn || st.sentence->lang == text::Lang::kFr) && t.verb &&
      verb_start > st.begin + 1 && st.surface(verb_start - 1) == ",") {
    // English parenthetical between subject and verb ("Arnor's foreign
    // minister, in remarks published on Monday, urged"; "Osgiliath, the state's
    // fiercest foe, could be drawn"): the subject stands before it.
    uint32_t open = verb_start - 1;
    bool verbless = true;
    while (open > st.begin && st.surface(open - 1) != ",") {
      --open;
      verbless &= !IsVerbTrigger(st, open);
    }
    if (verbless && open > st.begin + 1) {
      --open;  // The opening comma.
      int m = st.mention(open - 1);
      if (m >= 0 && (st.mentions[m].marker & kPrepMask) == 0) {
        left = m;
      } else {
        left = LeftSubject(st, open - 1, &via_relative);
      }
    }
  }
  if (t.verb && ParticipleOfNoun(st, t.begin)) {
    // The participle's subject is the noun it qualifies; a plain noun is no actor.
    r.rule = "participle";
    return r;
  }
  bool controlled = false;
  if (left < 0 && st.sentence->lang == text::Lang::kEn && t.verb) {
    left = InfinitiveController(st, t);
    controlled = left >= 0;
  }
  std::vector<int> right = RightMentions(st, t.end);
  const bool arabic = st.sentence->lang == text::Lang::kAr;
  const bool english = st.sentence->lang == text::Lang::kEn;
  const bool french = st.sentence->lang == text::Lang::kFr;
  if (arabic) {
    // The one who suffers the act: the subject of a verb only passive or of
    // suffering, counted victims before an ambiguous perfect, the subject of
    // تعرض ل / نجا من before a masdar. The agent, if any, is named by من قبل.
    const int undergoer = ArabicUndergoer(st, t);
    const int partitive = left < 0 && ClauseInitial(st, t.begin) ? ArabicPartitiveVictims(st, t) : -1;
    const int fire_of = ArabicFireOf(st, t);
    const char* rule = undergoer >= 0                                 ? "undergoer"
                       : fire_of >= 0                                  ? "fire-of"
                       : partitive >= 0                                ? "partitive-victims"
                       : ArabicVictimVerb(st, t)                       ? "victim-verb"
                       : ArabicCountedVictims(st, t, left, right) ? "counted-victims"
                                                                       : nullptr;
    if (rule != nullptr) {
      int agent = fire_of >= 0 ? fire_of : FirstWith(st, right, kGPrepAgent);
      if (agent < 0) {
        // "قتل جنديان في هجوم شنه مسلحون": the agent of the act that caused it.
        agent = ArabicRelativeAgent(st, t.end, st.end);
        if (agent >= 0) r.rule = "+relative-agent";
      }
      int victim = undergoer >= 0 ? undergoer : partitive >= 0 ? partitive : left;
      if (victim < 0) {
        for (int m : right) {
          const Mention& mm = st.mentions[m];
          if (Unmarked(mm) && (agent < 0 || mm.group != st.mentions[agent].group)) {
            victim = m;
            break;
          }
        }
      }
      if (agent >= 0 && victim >= 0 && st.mentions[agent].group == st.mentions[victim].group) agent = -1;
      if (agent >= 0) AddGroup(st, agent, &r.sources);
      if (victim >= 0) AddGroup(st, victim, &r.targets);
      r.rule = rule + r.rule;
      return r;
    }
  }
  // Arabic protest verb with its crowd after it (ArabicProtestSubject).
  bool counted_people = false, unnamed_crowd = false;
  const int protest_subject =
      arabic && left < 0 ? ArabicProtestSubject(st, t, &counted_people, &unnamed_crowd) : -1;
  if (left < 0 && french && t.verb) {
    left = FrenchGenitiveSubject(st, t);
    if (left >= 0) r.rule = "+genitive-subject";
  }

  if (french && t.verb && t.begin > st.begin + 1 && st.surface(t.begin - 1) == "," &&
      st.stem(t.begin).ends_with("ant")) {
    // French present participle after a comma that follows another event
    // (", tuant douze personnes", ", blessant trois soldats"): the toll of that
    // event, coded with it, not an event of its own.
    for (uint32_t k = st.begin; k + 1 < t.begin; ++k) {
      if (st.trigger(k) >= 0) {
        r.rule = "participle-toll";
        return r;
      }
    }
  }
  if (!t.verb && french && FrenchSignedContent(st, t)) {
    r.rule = "noun-signed-content";
    return r;
  }
  if (!t.verb && french && FrenchDeniedContent(st, t)) {
    r.rule = "noun-denied-content";
    return r;
  }
  if (!t.verb && french && FrenchProtestContent(st, t)) {
    r.rule = "noun-protest-content";
    return r;
  }
  if (!t.verb && french && FrenchClaimedAct(st, t, &r)) return r;
  if (!t.verb && french) {
    // "l'assassinat, attribué à Israël, d'un commandant": the author is the
    // source, the genitive after the incise the target.
    uint32_t after = 0;
    int author = FrenchAttributedAuthor(st, t.end, &after);
    if (author >= 0) {
      AddGroup(st, author, &r.sources);
      if (after < st.end && (st.cls(after) & kGPrepOf)) {
        for (uint32_t k = after; k < st.end && k < after + 4; ++k) {
          int m = st.mention(k);
          if (m < 0) continue;
          const Mention& mm = st.mentions[m];
          if (mm.marker == kGPrepOf && !mm.locative && mm.group != st.mentions[author].group) AddGroup(st, m, &r.targets);
          break;
        }
      }
      r.rule = "noun-attributed-author";
      return r;
    }
  }
  if (!t.verb) {
    // The first mention right after the noun (allowing one adjective between) is
    // its genitive complement when nothing marks it.
    int genitive = -1, between = -1;
    for (int m : right) {
      const Mention& mm = st.mentions[m];
      if (mm.begin > t.end + 1 && !(french && FrenchShortGap(st, t.end, mm.begin))) break;
      if (mm.marker & kGBetween) between = m;
      else if (arabic ? Unmarked(mm) || (mm.marker == kGPrepOf && ArabicNisbaAgent(st, t, mm))
                      : (mm.marker & kGPrepOf) != 0) {
        genitive = m;
      }
      break;
    }
    // Rule approximate-victims: "مقتل زهاء 15 مسلحا" (see ArabicApproximateVictims).
    bool approximate = false;
    if (arabic && genitive < 0 && between < 0 && ArabicPatientMasdar(st, t)) {
      genitive = ArabicApproximateVictims(st, t);
      approximate = genitive >= 0;
    }
    if (between < 0) {
      // "between" may follow an adjective or two: "الشراكة السرية بين".
      for (int m : right) {
        if (st.mentions[m].marker & kGBetween) between = m;
        break;
      }
    }
    if (between >= 0) {
      auto members = GroupMembers(st, between);
      if (members.size() >= 2) {
        r.sources.push_back(members[0]);
        for (size_t i = 1; i < members.size(); ++i) r.targets.push_back(members[i]);
        r.symmetric = true;
        r.rule = "noun-between";
        return r;
      }
    }
    int marked_target = FirstWith(st, right, kGPrepTarget | kGPrepWith, genitive >= 0 ? st.mentions[genitive].group : -2);
    int from = FirstWith(st, right, kGPrepFrom | kGPrepAgent);
    if (french && genitive < 0 && between < 0) {
      // An agent + demonym right after the noun is a relational adjective
      // too ("une aide militaire israélienne").
      for (int m : right) {
        const Mention& mm = st.mentions[m];
        if (mm.begin == t.end && Unmarked(mm) && mm.agent_before && mm.type == lexicon::ActorType::kCountry) {
          genitive = m;
        }
        break;
      }
    }
    int among = french ? FrenchAmongSubject(st, t) : -1;
    if (among >= 0) {
      // The genitive may follow a superlative ("les appuis les plus constants de Y").
      int target = genitive;
      if (target < 0) {
        for (int m : right) {
          const Mention& mm = st.mentions[m];
          if (mm.begin > t.end + 6) break;
          if (mm.marker == kGPrepOf && mm.group != st.mentions[among].group) target = m;
          break;
        }
      }
      AddGroup(st, among, &r.sources);
      if (target >= 0) AddGroup(st, target, &r.targets);
      r.rule = "noun-among";
    } else if (french && genitive >= 0 && (st.mentions[genitive].type == lexicon::ActorType::kDemonym ||
                                           (st.mentions[genitive].begin == t.end && Unmarked(st.mentions[genitive])))) {
      // French relational adjective after an event noun names its agent
      // ("des frappes aériennes israéliennes", "l'offensive turque contre"):
      // the source. The target is a marked phrase, or the clause subject when
      // the noun is the agent of a passive ("X a été tué par une frappe
      // israélienne").
      AddGroup(st, genitive, &r.sources);
      bool by = (st.mentions[genitive].marker & kGPrepAgent) != 0 ||
                (t.begin > st.begin && (st.cls(t.begin - 1) & kGPrepAgent)) ||
                (t.begin > st.begin + 1 && (st.cls(t.begin - 2) & kGPrepAgent));
      int subject_of = -1;
      if (marked_target < 0 && !by) subject_of = FrenchEventNounSubjectObject(st, st.mentions[genitive].end);
      if (marked_target >= 0) AddGroup(st, marked_target, &r.targets);
      else if (by && left >= 0) AddGroup(st, left, &r.targets);
      else if (subject_of >= 0) AddGroup(st, subject_of, &r.targets);
      r.rule = subject_of >= 0 ? "noun-relational-adjective+object-of-verb" : "noun-relational-adjective";
    } else if (arabic && genitive >= 0 && ArabicNisbaAgent(st, t, st.mentions[genitive])) {
      AddGroup(st, genitive, &r.sources);
      if (marked_target >= 0) AddGroup(st, marked_target, &r.targets);
      r.rule = "noun-nisba-agent";
    } else if (left >= 0 && genitive >= 0) {
      AddGroup(st, left, &r.sources);
      AddGroup(st, genitive, &r.targets);
      r.rule = "noun-subj-obj";
    } else if (genitive >= 0 && arabic && ArabicPatientMasdar(st, t)) {
      AddGroup(st, genitive, &r.targets);
      r.rule = approximate ? "noun-genitive-patient+approximate-victims" : "noun-genitive-patient";
    } else if (int by_agent = french && genitive >= 0 ? FrenchNounParAgent(st, t, right, genitive) : -1;
               by_agent >= 0) {
      AddGroup(st, by_agent, &r.sources);
      AddGroup(st, genitive, &r.targets);
      r.rule = "noun-genitive-patient+par-agent";
    } else if (genitive >= 0) {
      AddGroup(st, genitive, &r.sources);
      if (marked_target >= 0) AddGroup(st, marked_target, &r.targets);
      r.rule = "noun-genitive";
    } else if (from >= 0) {
      AddGroup(st, from, &r.sources);
      if (marked_target >= 0) AddGroup(st, marked_target, &r.targets);
      else if (left >= 0) AddGroup(st, left, &r.targets);
      r.rule = "noun-from/by";
    } else if (left >= 0) {
      AddGroup(st, left, &r.sources);
      int protest = french ? FrenchProtestTarget(st, t, st.mentions[left].group) : -1;
      if (protest >= 0) {
        AddGroup(st, protest, &r.targets);
        r.rule = "+protest-against";
      } else if (marked_target >= 0) AddGroup(st, marked_target, &r.targets);
      else if (!english) {
        int obj = FirstObject(st, right, st.mentions[left].group);
        if (obj >= 0 && st.mentions[obj].begin <= t.end + 2) AddGroup(st, obj, &r.targets);
      }
      r.rule = "noun-subject" + r.rule;
    }
  } else if (protest_subject >= 0) {
    AddGroup(st, protest_subject, &r.sources);
    int obj = ArabicProtestObject(st, protest_subject);
    // Else whom it addresses or where it stands (+protest-target, below), else
    // a marked phrase of the verb's clause, as VSO has it ("سار المتظاهرون حتى
    // السفارة", "اشتبك ... مع رجال الأمن").
    if (obj < 0) {
      obj = ArabicProtestTarget(st, t, r, true);
      if (obj >= 0) r.rule = "+protest-target";
    }
    // The crowd's own kind ("متظاهرون ... على المدنيين") would make a self-event.
    if (obj < 0) {
      for (int m : right) {
        const Mention& mm = st.mentions[m];
        if (mm.group == st.mentions[protest_subject].group || mm.code == st.mentions[protest_subject].code) continue;
        if (mm.marker & (kGPrepTarget | kGPrepWith | kGPrepOther)) {
          obj = m;
          break;
        }
      }
    }
    if (obj >= 0) AddGroup(st, obj, &r.targets);
    r.rule = "protest-vso" + r.rule;
  } else if (counted_people) {
    // The subject is a count of people: named, but no actor.
    r.rule = "protest-vso-people";
  } else if (unnamed_crowd) {
    // A count with no noun ("الآلاف"): the crowd, named by no actor here; the
    // actor before which it stands is no subject (+crowd and +protest-target).
    r.rule = "protest-vso-unnamed";
  } else if (PassiveVerb(st, t, right)) {
    int agent = FirstWith(st, right, kGPrepAgent);
    if (agent < 0 && english && left >= 0) {
      // English passive without a by-phrase: the actor of a prepositional
      // phrase of the verb stands for the agent ("was criticized over its
      // dispute with Eriador", "was shot dead in Osgiliath"), as PETRARCH reads
      // the verb phrase; the subject stays the target.
      agent = FirstWith(st, right, ~kGAlongside, st.mentions[left].group);
      if (agent >= 0) r.rule = "+oblique-agent";
    }
    if (agent < 0 && french && left >= 0) {
      agent = FrenchInstitutionAgent(st, right, st.mentions[left].group);
      if (agent >= 0) r.rule = "+institution-agent";
    }
    if (agent < 0 && french && left >= 0 && FrenchTransferredThing(st, t, left)) {
      // The thing's country transfers it to the "à" phrase.
      AddGroup(st, left, &r.sources);
      int to = FirstWith(st, right, kGPrepTarget, st.mentions[left].group);
      if (to >= 0) AddGroup(st, to, &r.targets);
      r.rule = "passive+transferred-thing";
    } else {
      if (agent >= 0) AddGroup(st, agent, &r.sources);
      if (left >= 0) AddGroup(st, left, &r.targets);
      else {
        int obj = FirstObject(st, right, agent >= 0 ? st.mentions[agent].group : -2);
        if (obj >= 0) AddGroup(st, obj, &r.targets);
      }
      r.rule = "passive" + r.rule;
    }
  } else if (arabic && left < 0 && ClauseInitial(st, t.begin)) {
    int subject = -1;
    for (int m : right) {
      if (Unmarked(st.mentions[m])) {
        subject = m;
        break;
      }
    }
    const int reporter = ArabicPronounComplementizer(st, t.begin) ? ArabicReporter(st, t.begin) : -1;
    if (reporter >= 0) {
      // Rule reporter-subject: "قال الحلف إنه قتل ...": the reporter did it.
      AddGroup(st, reporter, &r.sources);
      int obj = subject >= 0 && st.mentions[subject].group != st.mentions[reporter].group ? subject : -1;
      if (obj < 0) obj = FirstObject(st, right, st.mentions[reporter].group);
      if (obj >= 0) AddGroup(st, obj, &r.targets);
      r.rule = "reporter-subject";
    } else if (subject >= 0 && ArabicPluralSubjectVerb(st, t)) {
      // Rule plural-verb: the ending is the subject, the noun after it the
      // object; who "they" are is not in the clause.
      AddGroup(st, subject, &r.targets);
      r.rule = "plural-verb";
    } else if (subject >= 0 && ArabicAccusativeObject(st, t, st.mentions[subject])) {
      // Rule accusative-object: the first noun after the verb is in the
      // accusative, so it is the object of a dropped subject.
      AddGroup(st, subject, &r.targets);
      r.rule = "accusative-object";
    } else if (subject >= 0 && ArabicViolencePassive(st, t, right)) {
      // The noun after a passive verb of violence is its victim; the agent is
      // not named.
      AddGroup(st, subject, &r.targets);
      r.rule = "vso-passive";
      int agent = ArabicRelativeAgent(st, t.end, st.end);
      if (agent >= 0 && st.mentions[agent].group != st.mentions[subject].group) {
        AddGroup(st, agent, &r.sources);
        r.rule += "+relative-agent";
      }
    } else if (subject >= 0) {
      AddGroup(st, subject, &r.sources);
      int obj = FirstObject(st, right, st.mentions[subject].group);
      if (obj < 0) obj = FirstWith(st, right, kGPrepTarget | kGPrepWith | kGPrepOther, st.mentions[subject].group);
      if (obj >= 0) AddGroup(st, obj, &r.targets);
      r.rule = "vso";
    } else {
      r.source_implied = true;
      int obj = FirstObject(st, right, -2);
      if (obj >= 0) AddGroup(st, obj, &r.targets);
      r.rule = "implied";
    }
  } else if (left >= 0) {
    AddGroup(st, left, &r.sources);
    int obj = -1;
    if (french) {
      size_t before = right.size();
      std::erase_if(right, [&](int m) { return FrenchOwnPossessive(st, m, left); });
      if (right.size() != before) r.rule += "+own-possessive";
      // A role word left with no country is no actor ("sa coopération
      // militaire avec le Niger": the adjective is no object; Niger is).
      before = right.size();
      std::erase_if(right, [&](int m) { return st.mentions[m].agent_only && !st.mentions[m].has_country; });
      if (right.size() != before) r.rule += "+bare-role-skipped";
    }
    if (french) {
      obj = FrenchProtestTarget(st, t, st.mentions[left].group);
      if (obj >= 0) r.rule += "+protest-against";
    }
    if (french && obj < 0) {
      // French direct object: an unmarked phrase, before an "à" phrase ("a
      // reçu mardi à Alger l'envoyée de l'ONU", "a livré à Alger des avions").
      for (int m : right) {
        const Mention& mm = st.mentions[m];
        if (mm.group == st.mentions[left].group) continue;
        if (Unmarked(mm) && !(mm.marker & kGAlongside)) {
          obj = m;
          break;
        }
      }
    }
    if (french && obj < 0) {
      // Before an "à" phrase: the object clitic, then a plain noun's "de"
      // complement ("a rencontré des agents du Mossad à Amman").
      obj = FrenchObjectClitic(st, t, left);
      if (obj >= 0) {
        r.rule += "+object-clitic";
      } else {
        obj = FrenchGenitiveObject(st, t, right, st.mentions[left].group);
        if (obj >= 0) r.rule += "+genitive-object";
      }
      if (obj < 0) {
        obj = FrenchJudgedActAuthor(st, t, st.mentions[left].group);
        if (obj >= 0) r.rule += "+judged-act-author";
      }
      if (obj < 0) {
        // A claim of an act ("a revendiqué l'attaque contre X") is aimed at
        // the act's target.
        for (uint32_t k = t.end; k < st.end && k < t.end + 3; ++k) {
          int tr = st.trigger(k);
          if (tr < 0) continue;
          Roles act;
          if (!st.triggers[tr].verb && FrenchClaimedAct(st, st.triggers[tr], &act) && !act.targets.empty() &&
              st.mentions[act.targets[0]].group != st.mentions[left].group) {
            obj = act.targets[0];
            r.rule += "+claimed-act-target";
          }
          break;
        }
      }
    }
    if (obj < 0) obj = FirstObject(st, right, st.mentions[left].group);
    if (french && obj >= 0 && GroupMembers(st, left).size() >= 2 &&
        st.mentions[obj].type == lexicon::ActorType::kCapital && (st.mentions[obj].marker & kGPrepTarget)) {
      // A compound subject acting together in a capital ("ont signé à Pékin
      // un accord"): the capital is the place, the members act on each other.
      obj = -1;
    }
    if (obj < 0) obj = FirstWith(st, right, kGPrepWith, st.mentions[left].group);
    r.rule = (via_relative ? "relative" : "svo") + r.rule;
    if (english) {
      // English verb phrase: the first actor after the verb is its target,
      // also inside the object's own phrases ("condemned an attack by
      // Osgiliath soldiers": the attackers), as PETRARCH reads the phrase.
      for (int m : right) {
        const Mention& mm = st.mentions[m];
        if (m == obj) break;
        if (mm.group == st.mentions[left].group || (mm.marker & (kGAlongside | kGPrepLocative))) continue;
        obj = m;
        r.rule += "+verb-phrase";
        break;
      }
    }
    if (controlled) r.rule += "+control";
    if (obj < 0 && french && GroupMembers(st, left).size() == 1) {
      obj = FrenchLocativeCountry(st, t, st.mentions[left].group);
      if (obj >= 0) r.rule += "+locative-country";
    }
    if (obj < 0 && english) {
      obj = ComplementSubject(st, t);
      if (obj >= 0) r.rule += "+complement-subject";
    }
    if (obj < 0 && english) {
      // English locative complement: the place a verb of movement or action
      // reaches is its target ("arrived in Gondor"), as CAMEO codes visits.
      for (size_t i = 0; i < st.mentions.size() && obj < 0; ++i) {
        const Mention& mm = st.mentions[i];
        if (mm.begin < t.end || mm.group == st.mentions[left].group) continue;
        if (st.clause_of(mm.begin) != st.clause_of(t.end - 1)) break;
        if (mm.locative) obj = static_cast<int>(i);
      }
      if (obj >= 0) r.rule += "+locative-complement";
    }
    if (obj < 0 && english) {
      // English prepositional complement: a verb with no direct object takes
      // its target from the prepositional phrases of its clause ("criticized
      // the closure of guest houses in Bree", "fired shells near a vessel
      // from South Korea"), as PETRARCH reads the verb phrase.
      obj = FirstWith(st, right, ~kGPrepAgent & ~kGAlongside, st.mentions[left].group);
      if (obj >= 0) r.rule += "+prep-complement";
    }
    if (obj >= 0) AddGroup(st, obj, &r.targets);
  } else if (french && FrenchInfinitiveOfObject(st, t)) {
    // The infinitive's subject is the governing verb's object, no actor here.
    int obj = FirstObject(st, right, -2);
    if (obj >= 0) AddGroup(st, obj, &r.targets);
    r.rule = "infinitive-of-object";
  } else {
    r.source_implied = true;
    int obj = FirstObject(st, right, -2);
    if (obj >= 0) AddGroup(st, obj, &r.targets);
    r.rule = "implied";
  }

  // French: a bare role word with no country ("des hommes armés", "les
  // rebelles") that coreference did not resolve names no actor of the
  // network; it is left out of the roles rather than coded without a country.
  if (french) {
    auto country_less = [&](int m) {
      const Mention& mm = st.mentions[m];
      return mm.agent_only && !mm.has_country;
    };
    std::erase_if(r.sources, country_less);
    std::erase_if(r.targets, country_less);
  }

  // Arabic: a noun of violence whose agent a relative clause names ("هجوم شنه
  // مسلحون"), right after it or after its adjectives: that agent, rather than a
  // subject the other rules took from the clause.
  if (arabic && !t.verb && !r.symmetric && ArabicViolenceOnly(st, t)) {
    int agent = ArabicRelativeAgent(st, t.end, t.end + 4);
    if (agent >= 0) {
      std::erase_if(r.targets, [&](int x) { return st.mentions[x].group == st.mentions[agent].group; });
      r.sources.clear();
      AddGroup(st, agent, &r.sources);
      r.source_implied = false;
      r.rule += "+relative-agent";
    }
  }

  // Arabic: a verb with no target takes a partitive object ("قصفت مجموعة من
  // المتمردين").
  if (arabic && t.verb && r.targets.empty() && !r.symmetric) {
    int obj = ArabicPartitiveObject(st, t, right, r.sources.empty() ? -2 : st.mentions[r.sources[0]].group);
    if (obj >= 0) {
      AddGroup(st, obj, &r.targets);
      r.rule += "+partitive-object";
    }
  }

  // Arabic: a noun of violence with no target takes the victims of its
  // consequence ("انفجار أدى إلى مقتل ثلاثة جنود").
  if (arabic && !t.verb && r.targets.empty() && !r.symmetric) {
    int victim = ArabicConsequenceVictims(st, t);
    bool source = false;
    for (int x : r.sources) source |= victim >= 0 && st.mentions[x].group == st.mentions[victim].group;
    if (victim >= 0 && !source) {
      AddGroup(st, victim, &r.targets);
      r.rule += "+consequence";
    }
  }

  // Arabic: a toll's named part is the target of an act with none ("بينهم ثلاثة
  // من رجال الشرطة").
  if (arabic && r.targets.empty() && !r.symmetric && ArabicViolenceOnly(st, t)) {
    int victim = ArabicAmongVictims(st, t);
    if (victim >= 0) {
      // The من after بينهم is partitive: a group a rule took as "from X" is the victim.
      std::erase_if(r.sources, [&](int x) { return st.mentions[x].group == st.mentions[victim].group; });
      AddGroup(st, victim, &r.targets);
      r.rule += "+among-victims";
    }
  }

  // Arabic: the place that "witnessed" a protest is no source (ArabicWitnessPlace).
  if (arabic && !r.symmetric && !r.sources.empty()) {
    int place = ArabicWitnessPlace(st, t);
    if (place >= 0) {
      const int g = st.mentions[place].group;
      size_t before = r.sources.size();
      std::erase_if(r.sources, [&](int x) { return st.mentions[x].group == g; });
      if (r.sources.size() != before) r.rule += "+witness-place";
    }
  }
  // Arabic: a masdar of protest stating the purpose of an act is the crowd's
  // that acts (ArabicPurposeCrowd), whatever the clause rules took.
  if (arabic && !r.symmetric) {
    bool people = false;
    int crowd = ArabicPurposeCrowd(st, t, &people);
    if (people) {
      r.sources.clear();
      r.source_implied = false;
      counted_people = true;  // No crowd of another clause either.
      r.rule += "+purpose-people";
    } else if (crowd >= 0) {
      const int g = st.mentions[crowd].group;
      std::erase_if(r.targets, [&](int x) { return st.mentions[x].group == g; });
      r.sources.clear();
      AddGroup(st, crowd, &r.sources);
      r.source_implied = false;
      r.rule += "+purpose-crowd";
    }
  }
  // Arabic: a protest with no source of its own is the crowd's (ArabicCrowd).
  if (arabic && r.sources.empty() && !r.symmetric && !counted_people) {
    int crowd = ArabicCrowd(st, t, r);
    if (crowd >= 0) {
      AddGroup(st, crowd, &r.sources);
      r.source_implied = false;
      r.rule += "+crowd";
    }
  }
  // Arabic: a protest with no target takes the one it addresses (ArabicProtestTarget).
  if (arabic && r.targets.empty() && !r.symmetric) {
    int target = ArabicProtestTarget(st, t, r, protest_subject >= 0 || counted_people || unnamed_crowd);
    if (target >= 0) {
      AddGroup(st, target, &r.targets);
      r.rule += "+protest-target";
    }
  }

  if (french && r.targets.empty() && r.sources.size() >= 2 && !r.symmetric &&
      r.rule.find("+alongside") == std::string::npos) {
    // Every source one compound group: the members act on each other when
    // French marks the action as mutual.
    bool one_group = true;
    for (int m : r.sources) one_group &= st.mentions[m].group == st.mentions[r.sources[0]].group;
    int mutual = one_group ? FrenchReciprocalCompound(st, t) : 0;
    if (mutual == 2) {
      r.targets = r.sources;
      r.rule += "+reciprocal-respective";
    } else if (mutual == 1) {
      r.targets.assign(r.sources.begin() + 1, r.sources.end());
      r.sources.resize(1);
      r.symmetric = true;
      r.rule += "+reciprocal";
    }
  }

  // Co-agents introduced by "alongside" earlier in the sentence.
  if (!r.sources.empty() && !r.symmetric) {
    for (const Mention& m : st.mentions) {
      // French also puts the co-agents after the verb phrase ("Israël
      // soutient Haftar aux côtés de l'Egypte et de la France"), in its clause.
      if (m.begin >= t.begin && !(french && st.clause_of(m.begin) == st.clause_of(t.begin))) break;
      if ((m.marker & kGAlongside) == 0 || m.locative) continue;
      int idx = static_cast<int>(&m - st.mentions.data());
      bool present = false;
      for (int s : r.sources) present |= st.mentions[s].group == m.group;
      if (!present) {
        AddGroup(st, idx, &r.sources);
        r.rule += "+alongside";
      }
    }
  }
  return r;
}

}  // namespace roles_internal

}  // namespace isnad::coder
