// Role assignment. Every rule is named in Roles::rule so `isnad explain` can say
// which one decided. The rules, in the order they are tried:
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
#include <array>
#include <string>
#include <unordered_set>
#include <vector>

#include "text/normalize.h"

namespace isnad::coder {
namespace {

constexpr uint32_t kPrepMask = kGPrepTarget | kGPrepWith | kGPrepFrom | kGPrepAgent | kGPrepLocative |
                               kGPrepOther | kGPrepOf | kGBetween;

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

bool Unmarked(const Mention& m) { return (m.marker & kPrepMask) == 0; }

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

// French verbs whose compound past takes être and is active ("est arrivé",
// "est venu", "est intervenu"): intransitive verbs of movement and change of
// state. Their participle after est/sont is no passive. Normalized forms (accents
// folded), each with its feminine and plural endings.
bool FrenchEtreParticiple(std::string_view stem) {
  static const std::unordered_set<std::string> kForms = [] {
    std::unordered_set<std::string> forms;
    for (const char* base : {"allé", "venu", "arrivé", "parti", "rentré", "retourné", "revenu", "entré", "sorti",
                             "resté", "devenu", "tombé", "mort", "intervenu", "parvenu", "passé", "monté",
                             "descendu", "décédé", "né"}) {
      for (const char* ending : {"", "e", "s", "es"}) forms.insert(text::NormalizeWord(std::string(base) + ending));
    }
    return forms;
  }();
  return kForms.count(std::string(stem)) > 0;
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

// Arabic perfect whose unvocalized form is also its passive: قَتَل / قُتِل،
// خطف، اختطف، اعتقل، جرح، أسر، ذبح، أعدم, with a subject suffix (قتلت، قتلوا،
// قتلا), after an optional و/ف.
bool ArabicAmbiguousPerfect(const SentenceState& st, const Trigger& t) {
  if (t.end != t.begin + 1) return false;
  std::string_view verb = st.surface(t.begin);
  if ((st.tok(t.begin).clitics & (text::kCliticWa | text::kCliticFa)) && verb.size() > 6) verb.remove_prefix(2);
  static const std::array<std::string_view, 12> kRoots = {"قتل", "خطف", "اختطف", "اعتقل", "جرح", "أسر",
                                                          "اسر", "ذبح", "أعدم", "اعدم", "اختطفت", "قتلت"};
  for (std::string_view root : kRoots) {
    if (verb == root || (verb.starts_with(root) && verb.size() <= root.size() + 4 &&
                         (verb.ends_with("وا") || verb.ends_with("ت") || verb.ends_with("ا")))) {
      return true;
    }
  }
  return false;
}

// True when nothing that could be an object stands at token `pos`: the end of
// the sentence, punctuation, a preposition (word or clitic: في، ب، جراء، إثر),
// an adverb of time, or a verb joined by و (قتل وجرح). A transitive verb of
// violence with no object there is read as a passive ("قتل الجندي في الانفجار").
bool ArabicNoObjectAt(const SentenceState& st, uint32_t pos) {
  if (pos >= st.end || st.is_punct(pos)) return true;
  if ((st.cls(pos) & kPrepMask) || (st.tok(pos).clitics & (text::kCliticBi | text::kCliticLi))) return true;
  static const std::unordered_set<std::string_view> kAfter = {"أمس", "امس", "اليوم", "جراء", "إثر", "اثر", "خلال",
                                                              "بعد", "قبل", "عندما", "حين"};
  if (kAfter.count(st.surface(pos))) return true;
  return (st.tok(pos).clitics & text::kCliticWa) && IsVerbTrigger(st, pos);
}

// Arabic unvocalized perfect verb of violence read as a passive (قُتِل، أُصيب،
// اُختطف، اُعتقل، جُرح): "قتل جندي أمريكي" is "an American soldier was killed".
// True when the verb opens its clause (checked by the caller), is a perfect
// (no imperfect ي or future س prefix), carries no object pronoun (قتله، اعتقلتهم),
// is followed directly by a human noun (an agent word, alone or with a nisba)
// that does not carry the indefinite accusative -ًا (then it is the object of a
// dropped subject), and no other unmarked noun phrase follows as the object: in
// "قتل مسلحون جنديا" the accusative marks the second noun as the object and
// the first as the subject. The agent phrase (من قبل، على يد) is handled by
// PassiveVerb before this is asked.
bool ArabicViolencePassive(const SentenceState& st, const Trigger& t, const std::vector<int>& right) {
  if (right.empty() || t.end != t.begin + 1) return false;
  // Every reading of the verb is one of violence or coercion (not a verb that
  // may also be a clash or riot, اشتبك، أحرق, whose subject is the crowd).
  bool violence = false, protest = false;
  for (uint32_t e : t.verb_events) {
    std::string_view code = st.lexicon->events()[e].code;
    violence |= code.starts_with("18") || code.starts_with("19") || code.starts_with("17");
    protest |= code.starts_with("14");
    const auto& ev = st.lexicon->events()[e];
    const auto& patterns = ev.pattern_source >= 0 ? st.lexicon->events()[ev.pattern_source].patterns : ev.patterns;
    for (const auto& p : patterns) protest |= p.code.starts_with("14");
  }
  if (!violence || protest) return false;
  std::string_view verb = st.surface(t.begin);
  if ((verb.starts_with("و") || verb.starts_with("ف")) && verb.size() > 8) verb.remove_prefix(2);
  if (verb.starts_with("ي") || verb.starts_with("س")) return false;
  for (std::string_view suffix : {"ه", "ها", "هم", "هما", "هن"}) {
    if (verb.ends_with(suffix) && verb.size() >= suffix.size() + 6) return false;
  }
  const Mention& noun = st.mentions[right[0]];
  // A definite collective (الشرطة، الجيش) after the verb is far more often
  // its subject with an object the lexicon does not name; the new victim of a
  // report is indefinite (جندي، مدنيون).
  // A cardinal may stand between the verb and the noun ("قتل ثلاثة جنود",
  // "أصيب 5 مدنيين"); a count of victims is indefinite.
  static const std::unordered_set<std::string_view> kCardinals = {
      "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", "مئات", "آلاف", "الاف"};
  // Adverbs of time may come first ("قتل أمس جندي"، "قتل أول من أمس 4 جنود").
  static const std::unordered_set<std::string_view> kTimeWords = {"أمس", "امس", "اليوم", "أول", "اول", "من"};
  uint32_t first = t.end;
  while (first < noun.begin && first < t.end + 3 && kTimeWords.count(st.surface(first))) ++first;
  const uint32_t after_time = first;
  while (first < noun.begin && first < after_time + 2 &&
         (st.tok(first).kind == text::TokenKind::kNumber || kCardinals.count(st.surface(first)))) {
    ++first;
  }
  const bool counted = first != after_time;
  // A definite or named victim ("قتل الجندي في الانفجار"، "جرح وزير الدفاع في
  // تفجير") when the verb's perfect is also its passive and nothing after the
  // noun could be the object.
  const bool definite_victim = ArabicAmbiguousPerfect(st, t) && ArabicNoObjectAt(st, noun.end) &&
                               (noun.agent_index >= 0 || noun.type == lexicon::ActorType::kPerson);
  if (noun.begin != first || !Unmarked(noun)) return false;
  if (!definite_victim) {
    if (noun.agent_index < 0 || noun.definite) return false;
    // A definite noun, or an idafa head before a definite genitive (قوات الأمن).
    for (uint32_t k = noun.begin; k < noun.end; ++k) {
      if (st.surface(k).starts_with("ال")) return false;
    }
  }
  // The indefinite accusative marks an object, except on a noun counted by a
  // number (11 to 99 take it: "قتل 15 مدنيا" is a toll).
  if (!counted && st.surface(noun.begin).ends_with("ا")) return false;
  // An indefinite accusative further on in the clause is the verb's object
  // ("خطف مسلحون قبل أيام عددا من الأشخاص"): the noun is the subject. Adverbs
  // of time and manner carry the same ending and are no object.
  static const std::unordered_set<std::string_view> kAdverbs = {
      "أيضا", "ايضا", "صباحا", "ليلا", "نهارا", "ظهرا", "عصرا", "فجرا", "مساء", "مؤخرا", "حاليا", "يوميا", "سابقا", "لاحقا", "أمس"};
  for (uint32_t k = noun.end, steps = 0; k < st.end && steps < 8; ++k, ++steps) {
    if (IsVerbTrigger(st, k) || IsReportVerb(st, k)) break;
    if (st.mention(k) >= 0 || st.is_punct(k) || (st.cls(k) & kPrepMask)) continue;
    if (k > st.begin && (st.cls(k - 1) & kPrepMask)) continue;
    std::string_view w = st.surface(k);
    if (w.ends_with("ا") && w.size() >= 6 && !kAdverbs.count(w)) return false;
  }
  for (size_t i = 1; i < right.size(); ++i) {
    const Mention& other = st.mentions[right[i]];
    if (other.group == noun.group || !Unmarked(other)) continue;
    if (st.clause_of(other.begin) != st.clause_of(t.begin)) break;
    return false;
  }
  return true;
}

// Arabic masdars of violence whose genitive is the one who suffers it: مقتل
// "the death of", اغتيال/اختطاف/اعتقال/إصابة "the assassination, kidnapping,
// arrest, wounding of" (مقتل جندي، اغتيال الوزير). Their agent is named with
// من قبل or على يد, not with the genitive.
bool ArabicPatientMasdar(const SentenceState& st, const Trigger& t) {
  static const std::unordered_set<std::string_view> kMasdars = {
      "مقتل", "بمقتل", "لمقتل", "ومقتل", "اغتيال", "باغتيال", "لاغتيال", "واغتيال", "اختطاف", "باختطاف", "واختطاف",
      "اعتقال", "باعتقال", "واعتقال", "إصابة", "اصابة", "بإصابة", "وإصابة"};
  return t.end == t.begin + 1 && kMasdars.count(st.surface(t.begin)) > 0;
}

// Arabic approximate count after a masdar of violence suffered: "مقتل زهاء 15
// مسلحا"، "مقتل نحو عشرين جنديا"، "إصابة أكثر من 30 مدنيا"، "مقتل ما لا يقل عن
// عشرة": an approximator (زهاء، نحو، حوالي، قرابة، أكثر/أقل من، ما لا يقل/يزيد
// عن) and a number stand between the masdar and its genitive, the counted
// victims. Returns that mention (unmarked, in the clause, at most six tokens
// after the masdar), or -1 when the words between are not an approximate count.
int ArabicApproximateVictims(const SentenceState& st, const Trigger& t) {
  static const std::unordered_set<std::string_view> kApprox = {
      "زهاء", "نحو", "حوالي", "حوالى", "قرابة", "قرابه", "أكثر", "اكثر", "أقل", "اقل", "من", "ما",
      "لا", "يقل", "يزيد", "عن", "على", "عشرات", "مئات", "آلاف", "الاف", "عشرين", "ثلاثين", "أربعين",
      "اربعين", "خمسين", "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};
  bool approx = false;
  for (uint32_t k = t.end; k < st.end && k < t.end + 6; ++k) {
    if (st.clause_of(k) != st.clause_of(t.begin)) return -1;
    int m = st.mention(k);
    if (m >= 0) return approx && Unmarked(st.mentions[m]) && !st.mentions[m].locative ? m : -1;
    std::string_view w = st.surface(k);
    if (w == "زهاء" || w == "نحو" || w == "حوالي" || w == "حوالى" || w == "قرابة" || w == "أكثر" || w == "اكثر" ||
        w == "أقل" || w == "اقل" || w == "يقل" || w == "يزيد") {
      approx = true;
    }
    if (st.tok(k).kind != text::TokenKind::kNumber && !kApprox.count(w)) return -1;
  }
  return -1;
}

// Arabic nisba (relational adjective) after an event noun names its agent, not
// its patient: the demonym agrees with the noun in definiteness, which a
// genitive (idafa) never does after a noun with the article ("الضربات الجوية
// الأمريكية", "غارة إسرائيلية" vs "قصف إسرائيل"). The mention is kept by
// mentions.cc (ArabicNisbaAfterEventNoun); here it becomes the source.
bool ArabicNisbaAgent(const SentenceState& st, const Trigger& t, const Mention& m) {
  if (m.type != lexicon::ActorType::kDemonym) return false;
  // A demonym carries an agent only when mentions.cc read it as the army behind
  // an act of war (military-nisba: "غارة إسرائيلية" -> ISRMIL).
  if (!m.agent.empty() && !(m.agent == "MIL" && m.marker == kGPrepOf)) return false;
  // A plural people noun (-ون / -ين) is a genitive: "اختطاف إسرائيليين".
  std::string_view stem = st.stem(m.begin);
  if (stem.ends_with("يون") || stem.ends_with("يين")) return false;
  return (st.tok(t.begin).clitics & text::kCliticAl) == (st.tok(m.begin).clitics & text::kCliticAl);
}

// ---- Arabic: who suffers an act of violence (issue #12). Each function names
// the construction it reads; AssignRoles applies them to Arabic sentences only.

// True when every reading of the trigger is one of violence or coercion (CAMEO
// 17, 18, 19) and none is a protest (14: a clash or riot, whose subject is the
// crowd).
bool ArabicViolenceOnly(const SentenceState& st, const Trigger& t) {
  bool violence = false, protest = false;
  auto look = [&](uint32_t e) {
    const auto& ev = st.lexicon->events()[e];
    std::string_view code = ev.code;
    violence |= code.starts_with("18") || code.starts_with("19") || code.starts_with("17");
    protest |= code.starts_with("14");
    const auto& patterns = ev.pattern_source >= 0 ? st.lexicon->events()[ev.pattern_source].patterns : ev.patterns;
    for (const auto& p : patterns) protest |= p.code.starts_with("14");
  };
  for (uint32_t e : t.verb_events) look(e);
  for (uint32_t e : t.noun_events) look(e);
  return violence && !protest;
}

// True when some reading of the trigger, a default code or a pattern's, is a
// protest (CAMEO 14).
bool ArabicProtestReading(const SentenceState& st, const Trigger& t) {
  const auto& events = st.lexicon->events();
  for (const auto* list : {&t.verb_events, &t.noun_events}) {
    for (uint32_t e : *list) {
      if (events[e].code.starts_with("14")) return true;
      for (const auto& p : lexicon::PatternsOf(events, e)) {
        if (p.code.starts_with("14")) return true;
      }
    }
  }
  return false;
}

// True when the trigger has a default code and every default code is a
// protest's (CAMEO 14): a protest word whatever follows it.
bool ArabicProtestCoded(const SentenceState& st, const Trigger& t) {
  bool any = false;
  for (const auto* list : {&t.verb_events, &t.noun_events}) {
    for (uint32_t e : *list) {
      std::string_view code = st.lexicon->events()[e].code;
      if (code.empty()) continue;
      if (!code.starts_with("14")) return false;
      any = true;
    }
  }
  return any;
}

// True when every reading of the trigger is a protest (CAMEO 14): its default
// codes and the codes of its patterns. Verbs whose plain sense is no protest
// (تجمع، خرج، توجه، احتشد) code only through patterns that name a crowd; a
// pattern-only verb whose patterns all code protests is a protest verb.
bool ArabicProtestOnly(const SentenceState& st, const Trigger& t) {
  bool any = false;
  const auto& events = st.lexicon->events();
  for (const auto* list : {&t.verb_events, &t.noun_events}) {
    for (uint32_t e : *list) {
      std::string_view code = events[e].code;
      if (!code.empty()) {
        if (!code.starts_with("14")) return false;
        any = true;
      }
      for (const auto& p : lexicon::PatternsOf(events, e)) {
        if (p.code.empty()) continue;
        if (!p.code.starts_with("14")) return false;
        any = true;
      }
    }
  }
  return any;
}

// The surface form of token `k` without a leading conjunction و or ف (a
// form of at least three letters is left: وقتل -> قتل, but ولد stays).
std::string_view ArabicWithoutConjunction(const SentenceState& st, uint32_t k) {
  std::string_view w = st.surface(k);
  if ((st.tok(k).clitics & (text::kCliticWa | text::kCliticFa)) && w.size() > 6) w.remove_prefix(2);
  return w;
}

// Arabic verbs whose written form is only passive or whose subject is the one
// who suffers: أُصيب "was wounded" (the active is أصاب), اُغتيل "was
// assassinated" (active اغتال), استُشهد "was martyred", لقي حتفه/مصرعه "met
// his death". Whatever the word order, their subject is the victim: "أصيب
// ثلاثة جنود", "الجنود أصيبوا"; an agent comes only with من قبل or على يد.
bool ArabicVictimVerb(const SentenceState& st, const Trigger& t) {
  static const std::unordered_set<std::string_view> kForms = {
      "أصيب", "اصيب", "أصيبت", "اصيبت", "أصيبوا", "اصيبوا", "أصيبا", "اصيبا", "يصاب", "تصاب", "يصابون",
      "اغتيل", "اغتيلت", "أغتيل", "استشهد", "استشهدت", "استشهدوا", "استشهدا", "يستشهد", "لقي", "لقيت", "لقوا"};
  return kForms.count(ArabicWithoutConjunction(st, t.begin)) > 0;
}

// Arabic toll in subject-verb order: a counted noun before a perfect verb whose
// unvocalized form is also its passive (قُتل، خُطف، اُعتقل، جُرح، أُسر، ذُبح،
// أُعدم), with no object after it: "ثلاثة جنود قتلوا في الانفجار", "11 مدنيا
// قتلوا": a count of victims; the verb is read as a passive and the counted
// noun is its target. A count is a number or a cardinal right before the noun;
// without one, the verb must be followed by no possible object at all
// (ArabicNoObjectAt: "أحد عناصر الشرطة قتل في الهجوم"). With an object ("ثلاثة
// مسلحين قتلوا جنديا") the verb stays active.
bool ArabicCountedVictims(const SentenceState& st, const Trigger& t, int left, const std::vector<int>& right) {
  if (left < 0 || !t.verb || t.end != t.begin + 1) return false;
  if (!ArabicAmbiguousPerfect(st, t) || !ArabicViolenceOnly(st, t)) return false;
  const Mention& subject = st.mentions[left];
  if (subject.begin <= st.begin) return false;
  static const std::unordered_set<std::string_view> kCardinals = {
      "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", "مئات", "آلاف", "الاف", "اثنان", "اثنين"};
  uint32_t before = subject.begin - 1;
  bool counted = st.tok(before).kind == text::TokenKind::kNumber || kCardinals.count(st.surface(before)) > 0;
  if (!counted && !ArabicNoObjectAt(st, t.end)) return false;
  // An indefinite accusative further on in the clause is the object, after any
  // adverbials ("مسلحين خطفوا قبل ظهر أمس أميركيا").
  static const std::unordered_set<std::string_view> kAdverbs = {"أيضا", "ايضا", "صباحا", "ليلا", "نهارا", "ظهرا",
                                                                "عصرا", "فجرا", "مؤخرا", "حاليا", "يوميا", "سابقا",
                                                                "لاحقا", "جميعا", "تقريبا"};
  for (uint32_t k = t.end, steps = 0; k < st.end && steps < 8; ++k, ++steps) {
    if (st.clause_of(k) != st.clause_of(t.begin) || IsVerbTrigger(st, k) || IsReportVerb(st, k)) break;
    if (st.is_punct(k) || (st.cls(k) & kPrepMask) || (k > st.begin && (st.cls(k - 1) & kPrepMask))) continue;
    std::string_view w = st.surface(k);
    if (w.ends_with("ا") && w.size() >= 6 && !kAdverbs.count(w)) return false;
  }
  // A noun inside a prepositional phrase after the verb is no object, even
  // when unmarked itself: "قتلوا في التفجير الانتحاري" (the adjective is read
  // as an agent word, the phrase is the cause).
  for (int m : right) {
    const Mention& mm = st.mentions[m];
    if (st.clause_of(mm.begin) != st.clause_of(t.begin)) break;
    bool in_phrase = false;
    for (uint32_t k = t.end; k < mm.begin && !in_phrase; ++k) in_phrase = (st.cls(k) & kPrepMask) != 0;
    if (in_phrase) break;
    if (Unmarked(mm) && mm.group != subject.group) return false;
  }
  return true;
}

// Arabic verb whose own ending is its plural subject: the perfect -وا (خطفوا،
// قتلوا، أطلقوا) and the imperfect ي/ت...ون (يطلقون). A verb before its subject
// stays singular (قتل المسلحون), so a noun phrase after such a verb is never its
// subject: it is the object (خطفوا القنصل "they kidnapped the consul"). True for
// a one-word verb trigger, after an optional و/ف.
bool ArabicPluralSubjectVerb(const SentenceState& st, const Trigger& t) {
  if (!t.verb || t.end != t.begin + 1) return false;
  std::string_view verb = st.surface(t.begin);
  if ((st.tok(t.begin).clitics & (text::kCliticWa | text::kCliticFa)) && verb.size() > 8) verb.remove_prefix(2);
  if (verb.size() < 8) return false;  // At least four letters: a root and the ending.
  if (verb.ends_with("وا")) return true;
  return (verb.starts_with("ي") || verb.starts_with("ت")) && verb.ends_with("ون");
}

// Arabic object in the indefinite accusative (tanween alif) right after a verb:
// a role word or a nisba ending in -ا (جنديا، مسلحا، أمريكيا). Names that end in
// ا (ليبيا، روسيا) and broken plurals in -ايا (ضحايا) are not accusatives: only
// role words and nisbas count. A noun counted by a number from 11 to 99 takes
// the accusative whatever its role (تجمع نحو 40 متظاهرا "some 40 protesters
// gathered": the subject), so a counted noun is the object only when the verb
// cannot agree with it: a feminine perfect (-ت) before a masculine noun ("فقتلت
// 32 متمردا": the rockets killed them).
bool ArabicAccusativeObject(const SentenceState& st, const Trigger& t, const Mention& m) {
  if (m.agent.empty() && m.type != lexicon::ActorType::kDemonym) return false;
  std::string_view w = st.surface(m.begin);  // The head noun comes first.
  bool accusative = w.ends_with("اً") || (w.ends_with("ا") && !w.ends_with("ايا") && w.size() >= 8);
  if (!accusative || m.begin < t.end) return false;
  static const std::unordered_set<std::string_view> kTens = {
      "عشر", "عشرة", "عشرين", "عشرون", "ثلاثين", "ثلاثون", "أربعين", "اربعين", "أربعون", "خمسين", "خمسون",
      "ستين", "ستون", "سبعين", "سبعون", "ثمانين", "ثمانون", "تسعين", "تسعون"};
  bool counted = false;
  for (uint32_t k = t.end; k < m.begin; ++k) {
    counted |= st.tok(k).kind == text::TokenKind::kNumber || kTens.count(st.surface(k)) > 0;
  }
  if (!counted) return true;
  std::string_view verb = ArabicWithoutConjunction(st, t.begin);
  bool feminine_verb = verb.ends_with("ت") && !verb.starts_with("ت") && !verb.starts_with("ي");
  std::string_view noun = st.surface(m.begin);
  bool feminine_noun = noun.ends_with("ة") || noun.ends_with("ات") || noun.ends_with("تا");
  return feminine_verb && !feminine_noun;
}

// The actor who reports the clause at token `pos`: the subject of the nearest
// reporting verb before it in the sentence, after the verb (قال الجيش
// الأمريكي إن) or before it (الجيش الأمريكي قال إن). Returns -1 when there is
// none.
int ArabicReporter(const SentenceState& st, uint32_t pos) {
  for (uint32_t k = pos; k-- > st.begin;) {
    if (!IsReportVerb(st, k)) continue;
    for (uint32_t j = k + 1; j < pos && j < k + 8; ++j) {
      int m = st.mention(j);
      if (m >= 0) return Unmarked(st.mentions[m]) && !st.mentions[m].locative ? m : -1;
    }
    bool via_relative = false;
    return LeftSubject(st, k, &via_relative);
  }
  return -1;
}

// Arabic complementizer carrying the subject as a pronoun: أنه، إنه، أنها، إنها
// (قال الحلف إنه قتل عددا من زعماء الحركة "the alliance said it killed ..."):
// the verb right after it has that pronoun as its subject, which refers to the
// reporter; a noun after the verb is its object. True when token `pos` - 1 is
// such a complementizer.
bool ArabicPronounComplementizer(const SentenceState& st, uint32_t pos) {
  if (pos <= st.begin) return false;
  static const std::unordered_set<std::string_view> kForms = {"أنه", "انه", "إنه", "أنها", "انها", "إنها"};
  return kForms.count(st.surface(pos - 1)) > 0;
}

// Arabic verbs of undergoing before a masdar of violence: تعرض ل "was subjected
// to" (تعرضت القافلة لهجوم), نجا من "escaped" (نجا الوزير من محاولة اغتيال). The
// subject of the verb, before it or right after it, suffers the act: returns
// that mention, or -1. The verb must stand in the masdar's clause, at most six
// tokens before it.
int ArabicUndergoer(const SentenceState& st, const Trigger& t) {
  if (t.verb || t.begin <= st.begin || !ArabicViolenceOnly(st, t)) return -1;
  const bool li = (st.tok(t.begin).clitics & text::kCliticLi) != 0;
  const bool min = st.surface(t.begin - 1) == "من";
  if (!li && !min) return -1;
  static const std::array<std::string_view, 6> kSubjected = {"تعرض", "يتعرض", "تتعرض", "يتعرضون", "تعرضوا", "تعرضا"};
  static const std::array<std::string_view, 6> kEscaped = {"نجا", "ينجو", "نجت", "نجوا", "تنجو", "ينجون"};
  // The verb's subject may be long and set off by commas ("نجا قائد الشرطة في
  // المدينة، أمس، من محاولة اغتيال"): commas are crossed, other clause
  // boundaries (a subordinator, a relative, a stop) are not.
  uint32_t stop = t.begin > st.begin + 12 ? t.begin - 12 : st.begin;
  for (uint32_t k = t.begin; k-- > stop;) {
    bool comma = st.surface(k) == "،" || st.surface(k) == ",";
    if ((st.boundary[k - st.begin] && !comma) || IsVerbTrigger(st, k) || IsReportVerb(st, k)) break;
    std::string_view w = ArabicWithoutConjunction(st, k);
    bool verb = false;
    if (li) {
      for (std::string_view f : kSubjected) verb |= w == f || (w.starts_with(f) && w.size() == f.size() + 2);
    } else {
      for (std::string_view f : kEscaped) verb |= w == f;
    }
    if (!verb) continue;
    bool via_relative = false;
    int subject = LeftSubject(st, k, &via_relative);
    if (subject >= 0) return subject;
    for (uint32_t j = k + 1; j < t.begin; ++j) {
      int m = st.mention(j);
      if (m >= 0 && Unmarked(st.mentions[m]) && !st.mentions[m].locative) return m;
    }
    return -1;
  }
  return -1;
}

// Arabic relative clause naming the agent of an act: "هجوم شنه مسلحون"، "غارة
// شنتها طائرات أمريكية"، "عمليات نفذها قراصنة"، "هجوم تبنته طالبان"، "المجازر
// التي ارتكبتها ميليشيات": a verb of carrying out (شن، نفذ، تبنى، ارتكب) with an
// object pronoun that refers back to the act, then its subject. Returns the
// subject of the first such verb in tokens [from, to), or -1.
int ArabicRelativeAgent(const SentenceState& st, uint32_t from, uint32_t to) {
  static const std::array<std::string_view, 4> kCarriedOut = {"شن", "نفذ", "تبن", "ارتكب"};
  for (uint32_t k = from; k < to && k < st.end; ++k) {
    if (!(st.tok(k).clitics & text::kCliticPronoun)) continue;
    std::string_view w = ArabicWithoutConjunction(st, k);
    bool verb = false;
    for (std::string_view v : kCarriedOut) verb |= w.starts_with(v);
    if (!verb) continue;
    for (uint32_t j = k + 1; j < k + 3 && j < st.end; ++j) {
      int m = st.mention(j);
      if (m >= 0) return Unmarked(st.mentions[m]) && !st.mentions[m].locative ? m : -1;
    }
    return -1;
  }
  return -1;
}

// Arabic act named by a nisba in the phrase of its cause: "قتل ثلاثة مسلحين في
// ضربة جوية أمريكية"، "أصيب جندي بقصف إسرائيلي"، "قتلوا جراء غارة إسرائيلية": a
// violent event noun after في or ب or a preposition of cause (جراء، إثر، بسبب،
// نتيجة), in tokens [from, to) of one clause, whose nisba (noun-nisba-agent) names
// its agent; that agent did the verb's act too. Returns the nisba, or -1.
int ArabicNisbaActAgent(const SentenceState& st, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to && k < st.end; ++k) {
    if (st.clause_of(k) != st.clause_of(from) || IsVerbTrigger(st, k) || IsReportVerb(st, k)) break;
    int ti = st.trigger(k);
    if (ti < 0 || st.triggers[ti].verb || st.triggers[ti].begin != k) continue;
    const Trigger& act = st.triggers[ti];
    static const std::unordered_set<std::string_view> kCause = {"في", "جراء", "إثر", "اثر", "بسبب", "نتيجة"};
    bool governed = (st.tok(k).clitics & text::kCliticBi) || (k > st.begin && kCause.count(st.surface(k - 1)) > 0);
    // A series or wave of acts: "في سلسلة من الضربات الجوية الأمريكية".
    if (!governed && k >= st.begin + 3 && st.surface(k - 1) == "من") {
      governed = kCause.count(st.surface(k - 3)) > 0;
    }
    if (!governed || !ArabicViolenceOnly(st, act)) return -1;
    for (uint32_t j = act.end; j < act.end + 2 && j < st.end; ++j) {
      int m = st.mention(j);
      if (m < 0) continue;
      const Mention& mm = st.mentions[m];
      return mm.marker == kGPrepOf && mm.begin == j && ArabicNisbaAgent(st, act, mm) ? m : -1;
    }
    return -1;
  }
  return -1;
}

// Arabic partitive victims after a verb of violence opening its clause: "قتل
// أمس سبعة من عناصر الشرطة"، "أصيب ثلاثة من الجنود": a count, then من and the
// group they belong to, which is the target. Returns that mention, or -1. The
// verb must be a perfect without an object pronoun (قتلهم has its object), and
// only adverbs of time may stand between it and the count.
int ArabicPartitiveVictims(const SentenceState& st, const Trigger& t) {
  if (t.end != t.begin + 1 || !ArabicViolenceOnly(st, t)) return -1;
  std::string_view verb = ArabicWithoutConjunction(st, t.begin);
  if (verb.starts_with("ي") || verb.starts_with("س") || verb.starts_with("ت")) return -1;
  if (st.tok(t.begin).clitics & text::kCliticPronoun) return -1;
  static const std::unordered_set<std::string_view> kCounts = {
      "اثنين", "اثنان", "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات",
      "مئات", "آلاف", "الاف", "عدد", "عددا", "أحد", "احد", "إحدى", "احدى", "بعض"};
  static const std::unordered_set<std::string_view> kTime = {"أمس", "امس", "اليوم", "فجر", "صباح", "مساء", "ليل",
                                                             "ليلة", "الليلة", "أول", "اول", "من", "الاثنين"};
  for (uint32_t k = t.end; k + 2 < st.end && k < t.end + 5; ++k) {
    if (st.mention(k) >= 0 || st.trigger(k) >= 0 || st.is_punct(k)) return -1;
    bool count = st.tok(k).kind == text::TokenKind::kNumber || kCounts.count(st.surface(k)) > 0;
    if (count && st.surface(k + 1) == "من") {
      int m = st.mention(k + 2);
      return m >= 0 && !st.mentions[m].locative ? m : -1;
    }
    if (!kTime.count(st.surface(k))) return -1;
  }
  return -1;
}

// Arabic agent named as the fire or hand that did it: "قتل شرطي بنيران
// مسلحين"، "أصيب جندي برصاص قناص"، "على أيدي مسلحين": the mention right after
// بنيران / برصاص / بأيدي / على أيدي, in the trigger's clause, is the agent and
// the verb is read as a passive. Returns that mention, or -1.
int ArabicFireOf(const SentenceState& st, const Trigger& t) {
  if (!t.verb || t.end != t.begin + 1 || !ArabicViolenceOnly(st, t)) return -1;
  std::string_view verb = ArabicWithoutConjunction(st, t.begin);
  if (verb.starts_with("ي") || verb.starts_with("س") || (st.tok(t.begin).clitics & text::kCliticPronoun)) return -1;
  for (uint32_t k = t.end; k + 1 < st.end && k < t.end + 10; ++k) {
    if (st.clause_of(k) != st.clause_of(t.begin) || IsVerbTrigger(st, k) || IsReportVerb(st, k)) break;
    std::string_view w = ArabicWithoutConjunction(st, k);
    bool fire = w == "بنيران" || w == "برصاص" || w == "بأيدي" || w == "بايدي" || w == "بيد" ||
                ((w == "أيدي" || w == "ايدي" || w == "يد") && k > st.begin && st.surface(k - 1) == "على");
    if (!fire) continue;
    int m = st.mention(k + 1);
    return m >= 0 && !st.mentions[m].locative ? m : -1;
  }
  return -1;
}

// Arabic consequence of an act: "انفجار ... أدى إلى مقتل ثلاثة جنود"، "هجوم
// أسفر عن إصابة خمسة مدنيين": the victims of the masdar of suffering after أسفر
// عن / أدى إلى (in the same sentence, after the trigger) are the act's target.
// Returns that mention, or -1.
int ArabicConsequenceVictims(const SentenceState& st, const Trigger& t) {
  if (t.verb || !ArabicViolenceOnly(st, t)) return -1;
  static const std::unordered_set<std::string_view> kSuffered = {"مقتل", "إصابة", "اصابة", "جرح", "سقوط", "وفاة"};
  for (uint32_t k = t.end; k + 2 < st.end && k < t.end + 20; ++k) {
    if (IsReportVerb(st, k)) break;
    std::string_view w = ArabicWithoutConjunction(st, k);
    bool led = w.starts_with("أسفر") || w.starts_with("اسفر") || w.starts_with("أدى") || w.starts_with("ادى") ||
               w.starts_with("أدت") || w.starts_with("ادت");
    if (!led) continue;
    uint32_t j = k + 1;
    std::string_view p = st.surface(j);
    if (p == "عن" || p == "إلى" || p == "الى") ++j;
    if (j >= st.end) return -1;
    std::string_view masdar = st.surface(j);
    if ((st.tok(j).clitics & (text::kCliticLi | text::kCliticBi)) != 0 && masdar.size() > 2) masdar.remove_prefix(2);
    if (!kSuffered.count(masdar)) return -1;
    // A masdar coded as the same event already carries these victims: giving
    // them to the act too would make one event of the two.
    if (int other = st.trigger(j); other >= 0) {
      auto code_of = [&](const Trigger& x) {
        const auto& list = x.noun_events.empty() ? x.verb_events : x.noun_events;
        return list.empty() ? std::string_view() : std::string_view(st.lexicon->events()[list[0]].code);
      };
      if (code_of(st.triggers[other]) == code_of(t)) return -1;
    }
    for (uint32_t g = j + 1; g < st.end && g < j + 4; ++g) {
      int m = st.mention(g);
      if (m >= 0) return Unmarked(st.mentions[m]) && !st.mentions[m].locative ? m : -1;
      if (st.is_punct(g)) return -1;
    }
    return -1;
  }
  return -1;
}

// Arabic victims named as a part of a toll: "مقتل 13 معظمهم من أفراد الشرطة"،
// "إصابة عشرة بينهم ثلاثة من رجال الشرطة": the group after بينهم / منهم /
// معظمهم / غالبيتهم (and an optional count and من) within 15 tokens after the
// trigger, in its sentence, with no other act of violence between (the toll
// belongs to the nearest act). Returns that mention, or -1.
int ArabicAmongVictims(const SentenceState& st, const Trigger& t) {
  static const std::unordered_set<std::string_view> kAmong = {"بينهم", "منهم", "معظمهم", "غالبيتهم", "أغلبهم",
                                                              "اغلبهم", "بينهن", "بينهما"};
  for (uint32_t k = t.end; k < st.end && k < t.end + 15; ++k) {
    if (IsReportVerb(st, k)) break;
    // The toll belongs to the nearest act before it.
    if (int other = st.trigger(k); other >= 0 && ArabicViolenceOnly(st, st.triggers[other])) break;
    if (!kAmong.count(ArabicWithoutConjunction(st, k))) continue;
    for (uint32_t j = k + 1; j < st.end && j < k + 5; ++j) {
      int m = st.mention(j);
      if (m >= 0) return st.mentions[m].locative ? -1 : m;
      if (st.is_punct(j)) return -1;
    }
    return -1;
  }
  return -1;
}

// Arabic partitive object of a verb: "قصفت مجموعة من المتمردين"، "اغتال عنصرين
// من الكتائب"، "قتل عددا من زعماء طالبان": a quantity (a number, a cardinal,
// مجموعة، عدد، عشرات، بعض، أحد، عنصرين ...) then من and the group, in the verb's
// clause: the group is the object. Returns that mention, or -1.
int ArabicPartitiveObject(const SentenceState& st, const Trigger& t, const std::vector<int>& right, int skip_group) {
  static const std::unordered_set<std::string_view> kQuantities = {
      "مجموعة", "مجموعه", "مجموعات", "عدد", "عددا", "عشرات", "العشرات", "مئات", "المئات", "بعض", "أحد", "احد",
      "إحدى", "احدى", "عنصرين", "عنصرا", "عناصر", "أفراد", "افراد", "اثنين", "ثلاثة", "أربعة", "اربعة", "خمسة",
      "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};
  // A verb carrying its object pronoun (قتلهم ثلاثة من الجنود) has the
  // partitive as its subject.
  if (st.tok(t.end - 1).clitics & text::kCliticPronoun) return -1;
  for (int m : right) {
    const Mention& mm = st.mentions[m];
    if (st.clause_of(mm.begin) != st.clause_of(t.begin)) break;
    if (mm.group == skip_group || mm.locative || mm.begin < t.end + 2) continue;
    // A group's name may be quoted: "عنصرين من «ألوية ...»".
    uint32_t of = mm.begin - 1;
    std::string_view quote = st.surface(of);
    if ((quote == "«" || quote == "\"" || quote == "“") && of > t.end + 1) --of;
    if (st.surface(of) != "من") continue;
    uint32_t q = of - 1;
    if (st.tok(q).kind == text::TokenKind::kNumber || kQuantities.count(ArabicWithoutConjunction(st, q))) return m;
  }
  return -1;
}

// Arabic "witnessed" with a place as subject and a protest as object: "شهدت
// تركيا مسيرتين ضخمتين"، "تشهد العاصمة مظاهرات": the subject of شهد is where
// the protest happened, not who protested. Returns that mention (between the
// verb and the noun, at most four tokens before the noun), or -1.
int ArabicWitnessPlace(const SentenceState& st, const Trigger& t) {
  if (t.verb || !ArabicProtestOnly(st, t)) return -1;
  static const std::unordered_set<std::string_view> kWitnessed = {"شهد", "شهدت", "تشهد", "يشهد", "ستشهد",
                                                                  "سيشهد"};
  int place = -1;
  for (uint32_t k = t.begin, steps = 0; k > st.begin && steps < 4; ++steps) {
    --k;
    if (st.is_punct(k)) return -1;
    int m = st.mention(k);
    if (m >= 0) {
      if (place >= 0 && m != place) return -1;
      place = m;
      k = st.mentions[m].begin;
      continue;
    }
    if (kWitnessed.count(ArabicWithoutConjunction(st, k))) return place;
  }
  return -1;
}

// Arabic construct state (idafa) whose head is a bare role word and whose owner
// a named actor of the same role: "حكومة الرئيس عمر البشير" is the government
// of Bashir's country, SDNGOV, not a GOV of no country. Returns the owner when
// the mention `m` is such a head, else `m`. (With another role, "قوات الأسد",
// the head keeps its own role.)
int ArabicConstructOwner(const SentenceState& st, int m) {
  const Mention& head = st.mentions[m];
  if (!head.agent_only || head.has_country || head.end >= st.end) return m;
  int owner = st.mention(head.end);
  if (owner < 0 || owner == m) return m;
  const Mention& o = st.mentions[owner];
  // The owner is unmarked, or governed by the head's own preposition ("بحكومة X").
  if (o.begin != head.end || (!Unmarked(o) && o.marker != head.marker) || o.locative || !o.has_country ||
      o.agent != head.agent) {
    return m;
  }
  return owner;
}

// Arabic protest with no target of its own: whom the protest addresses is named
// after it by ضد / على ("تظاهروا ضد الحكومة"، "احتجاجا على قرار الحكومة"), by a
// word of demand or denunciation (مطالبين الحكومة، للتنديد بزيارة X، هتافات
// معادية لـ X، تدين X، يسقط X) or by the place it stands before or heads for
// (أمام السفارة الأمريكية، إلى مقر رئيس الوزراء: a protest before an
// institution's seat addresses it). In the protest's own clause (up to the next
// act) a word that addresses beats a seat, and a seat beats a bare ل/إلى;
// after it, the first of any. Actors of the source's group or code are skipped
// (a self-event). `crowd_subject`: the trigger is a verb with a protest reading
// whose crowd protest-vso found. Returns the mention, or -1.
int ArabicProtestTarget(const SentenceState& st, const Trigger& t, const Roles& r, bool crowd_subject) {
  // A protest word, one whose default reading is a protest (احتج "protested",
  // 114 only in "احتج رسميا لدى": a formal complaint), or a verb with a protest
  // reading whose subject is a crowd (protest-vso: توجه المتظاهرون).
  if (!ArabicProtestOnly(st, t) && !ArabicProtestCoded(st, t) && !(crowd_subject && ArabicProtestReading(st, t))) {
    return -1;
  }
  // Chants and banners that demand of, call on, condemn or accuse an actor
  // ("هتافات تدعو الحكومة إلى"، "شعارات تدين سلطات X"، "متهمين الجنود"، "يسقط X"):
  // verbs and indefinite participles with a direct object.
  static const std::unordered_set<std::string_view> kAddressing = {
      "تطالب", "يطالب", "يطالبون", "تدعو", "يدعو", "يدعون", "داعين", "داعيا", "تدين", "يدين", "يدينون",
      "متهمين", "متهما", "تتهم", "يتهمون", "يسقط", "تسقط", "ليسقط", "لتسقط", "فليسقط", "فلتسقط",
      // Rejection as the protest's purpose: "رفضا لـ X"، "رافضين X".
      "رفضا", "رافضين", "رافضا", "رافضه"};
  // The seat of an institution a march heads for ("توجه المتظاهرون إلى مقر رئيس
  // الوزراء"، "ساروا نحو مبنى البرلمان").
  static const std::unordered_set<std::string_view> kSeats = {"مقر", "مبني", "مكتب", "سفاره", "قصر", "منزل", "بيت"};
  static const std::unordered_set<std::string_view> kTowards = {"الي", "نحو", "حتي", "باتجاه"};
  int seat = -1;  // The first actor the crowd stands before or heads for.
  bool own_clause = true;  // No other verb between the trigger and k.
  for (uint32_t k = t.end; k < st.end; ++k) {
    if (IsReportVerb(st, k)) break;
    // Another verb, or another act joined by و ("ورددوا شعارات"), ends the
    // protest's own clause.
    const bool next_act = IsVerbTrigger(st, k) || (st.trigger(k) >= 0 && k > t.end &&
                                                    (st.tok(k).clitics & text::kCliticWa) != 0);
    if (next_act && own_clause) {
      // The phrases of the protest's own clause come first; a seat named there
      // is where the protest stood ("تظاهر أمام مقر X"), unless a phrase of
      // purpose names whom it addresses ("... أمام مقر X احتجاجا على زيارة Y").
      if (seat >= 0) return seat;
      own_clause = false;
    }
    int m = st.mention(k);
    if (m < 0 || st.mentions[m].begin != k) continue;
    const Mention& mm = st.mentions[m];
    // The crowd's own kind would make a self-event ("حاصر المتظاهرون ...
    // لإطلاق سراح المعتقلين من أبناء الشعب").
    bool source = false;
    for (int x : r.sources) source |= st.mentions[x].group == mm.group || st.mentions[x].code == mm.code;
    if (source || mm.locative) continue;
    // Up to three tokens before the mention: ضد, على (احتجاجا على زيارة X), a
    // word of demand or denunciation (مطالبين الحكومة، للتنديد بزيارة X،
    // هتافات معادية لـ X، مناهضة لـ X); or أمام/خارج/قرب and a seat after إلى.
    bool addressed = false, before_seat = false;
    for (uint32_t j = k; j > t.end && j + 3 > k;) {
      --j;
      std::string_view w = st.stem(j);
      before_seat |= w == "امام" || w == "خارج" || w == "قرب";
      before_seat |= kSeats.count(w) > 0 && j > t.end && kTowards.count(st.stem(j - 1)) > 0;
      before_seat |= j + 1 == k && kTowards.count(w) > 0;  // "ساروا حتى السفارة الإسرائيلية"
      addressed |= w == "ضد" || w == "علي";
      // The participles and masdar of طالب, not the noun مطالب "demands".
      for (std::string_view cue : {"مطالبين", "مطالبا", "مطالبون", "مطالبه"}) addressed |= w == cue;
      for (std::string_view cue : {"تنديد", "تندد", "ينددون", "مندد", "مناهض", "معادي"}) {
        addressed |= w.starts_with(cue);
      }
      addressed |= kAddressing.count(w) > 0 && (st.tok(j).clitics & text::kCliticAl) == 0;
      // The masdar رفض before the thing rejected ("ورفض ترشيح X"); right before
      // an actor it is the verb "refused" and the actor its subject.
      addressed |= w == "رفض" && j + 1 < k && (st.tok(j).clitics & text::kCliticAl) == 0;
    }
    if (addressed) return ArabicConstructOwner(st, m);
    // A bare ل/إلى (often a place's genitive: "الضاحية الشمالية لأثينا")
    // comes after a seat already found.
    if ((mm.marker & kGPrepTarget) != 0) return seat >= 0 ? seat : m;
    if (before_seat) {
      if (!own_clause) return m;
      if (seat < 0) seat = m;
    }
  }
  return seat;
}

// Arabic protest with no source of its own (a noun, مظاهرة، احتجاجات، or a verb
// whose subject is a pronoun): the crowd the sentence names by its protest
// (المتظاهرون، المحتجون) or its sector (الطلاب، العمال: EDU, LAB) carries it.
// People named only as people (أشخاص، مواطنون، سكان) say nothing of who
// protests and are not taken, nor a crowd nearer another protest trigger (its
// subject). Returns the nearest such mention that is not a place, or -1.
int ArabicCrowd(const SentenceState& st, const Trigger& t, const Roles& r) {
  if (!ArabicProtestOnly(st, t)) return -1;
  int best = -1;
  uint32_t best_distance = 0;
  for (size_t i = 0; i < st.mentions.size(); ++i) {
    const Mention& m = st.mentions[i];
    if (m.locative || (m.agent != "CVL" && m.agent != "EDU" && m.agent != "LAB")) continue;
    if (m.agent == "CVL") {
      std::string_view stem = st.stem(m.end - 1);
      if (!stem.starts_with("متظاهر") && !stem.starts_with("محتج")) continue;
    }
    bool taken = false;
    for (int x : r.targets) taken |= st.mentions[x].group == m.group;
    if (taken) continue;
    uint32_t d = m.begin >= t.end ? m.begin - t.end : t.begin - m.end;
    // A crowd nearer another protest trigger is that one's (its subject).
    bool nearer_other = false;
    for (const Trigger& o : st.triggers) {
      // Only a word that is a protest whatever follows it: a pattern-only verb
      // (أشعل النار) may not code at all.
      if (&o == &t || !ArabicProtestCoded(st, o)) continue;
      uint32_t od = m.begin >= o.end ? m.begin - o.end : (o.begin >= m.end ? o.begin - m.end : 0);
      nearer_other |= od < d;
    }
    if (nearer_other) continue;
    if (best < 0 || d < best_distance) {
      best = static_cast<int>(i);
      best_distance = d;
    }
  }
  return best;
}

// True when an actor named at token `k` stands where a crowd gathers: after
// أمام / خارج / قرب (in front of, outside, near), with at most two nouns
// between ("أمام مقر نقابة الصحافيين"، "خارج السفارة الصينية").
bool ArabicBeforeSeat(const SentenceState& st, uint32_t k) {
  for (uint32_t j = k, steps = 0; j > st.begin && steps < 3; ++steps) {
    --j;
    std::string_view w = st.stem(j);
    if (w == "امام" || w == "خارج" || w == "قرب") return true;
    if (st.is_punct(j)) return false;
  }
  return false;
}

// Arabic words that count or gather people before the noun they count: "آلاف
// المتظاهرين"، "نحو 1500 من المتظاهرين"، "مجموعات من الطلاب"، "أكثر من ألف شخص".
bool ArabicCrowdQuantity(const SentenceState& st, uint32_t k) {
  static const std::unordered_set<std::string_view> kWords = {
      "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر", "اكثر", "أقل", "اقل", "عدد", "عدة", "بضعة", "بضع",
      "عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "الاف", "الالاف", "ألف", "الف", "ألفا", "الفا",
      "مليون", "ملايين", "الملايين", "مائة", "مئة", "مائتي", "مئتي", "مائتا", "ثلاثة", "أربعة", "اربعة", "خمسة",
      "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "مجموعة", "مجموعات", "جموع", "حشود", "حشد", "الحشود"};
  return st.tok(k).kind == text::TokenKind::kNumber || kWords.count(ArabicWithoutConjunction(st, k)) > 0;
}

// Arabic nouns that name people only as people, as the counted subject of a
// protest verb: "تظاهر نحو مائتي شخص"، "ردد أكثر من ألف شخص".
bool ArabicPeopleNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "شخص", "شخصا", "أشخاص", "اشخاص", "مواطن", "مواطنا", "مواطنين", "مواطنون", "نسمة", "نسمه",
      "امرأة", "إمرأة", "امراة", "امراه", "نساء", "الأشخاص", "الاشخاص", "المواطنين", "المواطنون"};
  return kWords.count(w) > 0;
}

// True when the mention's head is a people noun (ArabicPeopleNoun): "آلاف
// الأشخاص" names a crowd only as people.
bool ArabicPeopleMention(const SentenceState& st, const Mention& m) {
  return ArabicPeopleNoun(st.stem(m.begin)) || ArabicPeopleNoun(ArabicWithoutConjunction(st, m.begin));
}

// Arabic verb of protest whose subject follows it (VSO), possibly after an
// adverb of time, a count or a partitive: "وفي بغداد أحرق متظاهرون ..."،
// "اشتبك العشرات من المتظاهرين مع ..."، "احتشدت مجموعات صغيرة من المتظاهرين
// خارج السفارة"، "تجمع مئات من الطلاب". The first actor after the verb in its
// clause, unmarked or (after a count) governed by the partitive من, is the
// subject; an actor named after أمام/خارج/قرب is where the crowd stands, not
// who it is. When a count of mere people comes first ("تظاهر نحو مائتي شخص")
// the subject is named and is no actor: *people is set and -1 returned. A
// count with no noun before such a place ("تظاهر الآلاف أمام مقر X") names
// the crowd without an actor: *unnamed is set and -1 returned.
// Returns the subject mention, or -1.
int ArabicProtestSubject(const SentenceState& st, const Trigger& t, bool* people, bool* unnamed) {
  *people = false;
  *unnamed = false;
  if (!t.verb || !ArabicProtestReading(st, t)) return -1;
  // A verb that may also be something else (أحرق "burned", حاصر "besieged",
  // توجه "headed for") takes only a crowd as its subject here.
  const bool only = ArabicProtestOnly(st, t);
  auto crowd = [&](const Mention& mm) {
    return only || mm.agent == "CVL" || mm.agent == "EDU" || mm.agent == "LAB" || mm.agent == "REL";
  };
  static const std::unordered_set<std::string_view> kTime = {"أمس", "امس", "اليوم", "الليلة", "مساء", "صباح",
                                                             "صباحا", "أيضا", "ايضا", "أول", "اول"};
  bool counted = false;
  uint32_t words = 0;  // Words that are neither counts nor times (adjectives of a count).
  for (uint32_t k = t.end; k < st.end && k < t.end + 9; ++k) {
    if (st.clause_of(k) != st.clause_of(t.begin) || st.is_punct(k) || IsVerbTrigger(st, k) || IsReportVerb(st, k)) {
      return -1;
    }
    int m = st.mention(k);
    if (m >= 0) {
      const Mention& mm = st.mentions[m];
      if (mm.locative) {
        k = mm.end - 1;
        continue;
      }
      if (ArabicBeforeSeat(st, k)) {
        *unnamed = counted;
        return -1;
      }
      if (!crowd(mm)) return -1;
      if (ArabicPeopleMention(st, mm)) {
        *people = true;
        return -1;
      }
      if (Unmarked(mm)) return m;
      bool partitive = counted && k > t.end && st.surface(k - 1) == "من";
      return partitive ? m : -1;
    }
    std::string_view w = ArabicWithoutConjunction(st, k);
    if (kTime.count(w)) continue;
    if (ArabicCrowdQuantity(st, k)) {
      counted = true;
      continue;
    }
    if (counted && ArabicPeopleNoun(w)) {
      *people = true;
      return -1;
    }
    std::string_view stem = st.stem(k);
    if ((st.cls(k) & kPrepMask) || stem == "امام" || stem == "خارج" || stem == "قرب") {
      // The partitive من after a count ("العشرات من المتظاهرين"), or a place
      // phrase before the subject ("تظاهر في المدينة آلاف"): its noun follows.
      if (st.surface(k) == "في" && k + 1 < st.end && st.mention(k + 1) < 0) ++k;
      continue;
    }
    if (!counted || ++words > 2) return -1;
  }
  return -1;
}

// The object of an Arabic protest verb after its subject (VSO): "أحرق
// متظاهرون أعلام ..."، "أعاق الآلاف من المتظاهرين المناوئين للحكومة عمل
// البرلمان": the first unmarked actor after the subject in its clause, with no
// preposition word between (verbs of going out and gathering have none:
// "خرج متظاهرون من مساجد الخرطوم"). Returns it, or -1.
int ArabicProtestObject(const SentenceState& st, int subject) {
  const Mention& s = st.mentions[subject];
  for (uint32_t k = s.end; k < st.end && k < s.end + 8; ++k) {
    if (st.clause_of(k) != st.clause_of(s.begin) || st.is_punct(k) || IsVerbTrigger(st, k) || IsReportVerb(st, k)) {
      return -1;
    }
    int m = st.mention(k);
    if (m >= 0) {
      const Mention& mm = st.mentions[m];
      if (mm.group != s.group && Unmarked(mm) && !mm.locative && mm.begin == k) return m;
      k = mm.end - 1;
      continue;
    }
    // Where the crowd stands is no object (+protest-target weighs it).
    std::string_view stem = st.stem(k);
    if ((st.cls(k) & kPrepMask) || stem == "امام" || stem == "خارج" || stem == "قرب") return -1;
  }
  return -1;
}

// Arabic masdar of protest that states the purpose of the clause's act:
// "تجمع مئات من المتظاهرين ... للاحتجاج على"، "وصلت حشود من المعلمين إلى باحة
// البرلمان للاحتجاج"، "خرج الطلاب احتجاجا على": ل + masdar or the accusative
// masdar (احتجاجا، تنديدا). Its agent is the crowd that acts, named before it in
// the sentence: the nearest people's group (protesters, students, workers,
// clerics: CVL, EDU, LAB, REL) that is no place and does not stand after أمام.
// When the act is a protest verb with its subject after it (protest-vso), that
// subject; a count of mere people ("تظاهر نحو مائتي شخص ... احتجاجا على")
// names no actor: *people is set. Returns that mention, or -1.
int ArabicPurposeCrowd(const SentenceState& st, const Trigger& t, bool* people) {
  *people = false;
  if (t.verb || t.end != t.begin + 1 || !ArabicProtestOnly(st, t)) return -1;
  std::string_view w = ArabicWithoutConjunction(st, t.begin);
  const bool li = (st.tok(t.begin).clitics & text::kCliticLi) != 0;
  const bool al = (st.tok(t.begin).clitics & text::kCliticAl) != 0;
  if (!li && (al || !(w.ends_with("ا") || w.ends_with("اً")))) return -1;
  for (uint32_t k = t.begin; k > st.begin;) {
    --k;
    if (IsReportVerb(st, k)) break;
    if (!IsVerbTrigger(st, k)) continue;
    const Trigger& act = st.triggers[st.trigger(k)];
    bool unnamed = false;
    int subject = ArabicProtestSubject(st, act, people, &unnamed);
    if (subject >= 0 || *people) return subject;
    break;
  }
  for (uint32_t k = t.begin; k > st.begin;) {
    --k;
    if (IsReportVerb(st, k)) return -1;
    int m = st.mention(k);
    if (m < 0) continue;
    const Mention& mm = st.mentions[m];
    k = mm.begin;
    if (mm.locative || ArabicBeforeSeat(st, mm.begin)) continue;
    if (mm.agent != "CVL" && mm.agent != "EDU" && mm.agent != "LAB" && mm.agent != "REL") continue;
    // A crowd named only as people is the act's subject, and no actor.
    if (ArabicPeopleMention(st, mm)) return -1;
    bool partitive = mm.begin > st.begin && st.surface(mm.begin - 1) == "من";
    if (!Unmarked(mm) && !partitive) continue;
    return m;
  }
  return -1;
}

void AddGroup(const SentenceState& st, int m, std::vector<int>* out) {
  for (int x : GroupMembers(st, m)) out->push_back(x);
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

// French object clitic: a verb with no object of its own whose object is a
// clitic pronoun before it or its auxiliary ("l'a rencontré", "lui a fourni",
// "les a accusés", "ne l'a pas reçu"). The pronoun refers back to the most
// recent actor before it in the sentence that is not the subject (in the
// sentence, no further: the previous sentence's actors are not kept here).
// Returns that mention, or -1.
int FrenchObjectClitic(const SentenceState& st, const Trigger& t, int subject) {
  uint32_t k = t.begin;
  bool clitic = false;
  for (int steps = 0; k > st.begin && steps < 5; ++steps) {
    --k;
    if (st.mention(k) >= 0 || st.is_punct(k)) return -1;
    std::string_view n = st.doc->Norm(st.tok(k));
    if (n == "l'" || n == "le" || n == "la" || n == "les" || n == "lui" || n == "leur") {
      clitic = true;
      break;
    }
    if (!(st.cls(k) & (kGAux | kGAuxPassive | kGNegation))) return -1;
  }
  if (!clitic) return -1;
  // A non-reflexive clitic never refers to its own subject (that would take
  // se): skip the subject's group and any other mention of the same actor
  // ("Macron a reçu X à l'Elysée et lui a promis": X, not l'Elysée).
  int subject_group = subject >= 0 ? st.mentions[subject].group : -2;
  std::string_view subject_code = subject >= 0 ? std::string_view(st.mentions[subject].code) : std::string_view();
  // A named actor is preferred over a bare role noun ("les terroristes"),
  // which is taken only when no named actor precedes.
  int bare = -1;
  for (uint32_t j = k; j > st.begin;) {
    --j;
    int m = st.mention(j);
    if (m < 0) continue;
    const Mention& mm = st.mentions[m];
    if (mm.group != subject_group && !mm.locative && !mm.code.empty() && mm.code != subject_code) {
      if (!mm.agent_only) return m;
      if (bare < 0) bare = m;
    }
    j = mm.begin;
  }
  return bare;
}

// French: true when tokens [from, to) are only prepositions, articles and
// quotes, with at most one other word ("de l'", "d'un", "aériennes de la"):
// the gap between a noun and its genitive complement.
bool FrenchShortGap(const SentenceState& st, uint32_t from, uint32_t to) {
  int words = 0;
  for (uint32_t k = from; k < to; ++k) {
    if (st.cls(k) & (kPrepMask | kGDeterminer | kGDemonstrative)) continue;
    if (st.is_punct(k) || st.mention(k) >= 0 || st.trigger(k) >= 0 || ++words > 1) return false;
  }
  return true;
}

// French noun phrase whose head is a plain noun and whose actor is its
// genitive complement: "un camp de l'armée malienne", "un convoi de l'ANL",
// "des agents du Mossad". True when tokens [from, to) hold articles,
// numbers and at most three plain lowercase words (the head noun and its
// adjectives), then "de/du/des/d'" just before `to`.
bool FrenchHeadBeforeGenitive(const SentenceState& st, uint32_t from, uint32_t to) {
  if (to <= from) return false;
  uint32_t k = to;
  // The genitive preposition and its article ("de l'", "du", "des", "d'").
  bool de = false;
  while (k > from && (st.cls(k - 1) & (kGPrepOf | kGDeterminer))) {
    de |= (st.cls(k - 1) & kGPrepOf) != 0;
    --k;
    if (de) break;
  }
  if (!de) return false;
  int words = 0;
  for (uint32_t j = from; j < k; ++j) {
    const text::Token& tk = st.tok(j);
    if (st.cls(j) & (kGDeterminer | kGDemonstrative)) continue;
    // The plural indefinite article opening the phrase ("Des agents du Mossad").
    if (j == from && (st.doc->Norm(tk) == "des" || st.doc->Norm(tk) == "du")) continue;
    // A head with its own "de" complement ("Le chef du bureau politique du Hamas").
    if (j > from && st.cls(j) == kGPrepOf && words > 0) continue;
    if (tk.kind == text::TokenKind::kNumber) continue;
    if (tk.kind != text::TokenKind::kWord || tk.capitalized || st.cls(j) != kGNone || st.mention(j) >= 0 ||
        st.trigger(j) >= 0 || ++words > 4) {
      return false;
    }
  }
  return words > 0;
}

// French object in a genitive: a verb whose direct object is a plain noun
// takes the actor of that noun's "de" complement ("a attaqué un camp de
// l'armée malienne", "a rencontré des agents du Mossad"). Returns the
// mention, or -1.
int FrenchGenitiveObject(const SentenceState& st, const Trigger& t, const std::vector<int>& right, int skip_group) {
  uint32_t from = t.end;
  // An incise between the verb and its object ("a rencontré, dans le plus
  // grand secret, des agents du Mossad") is skipped.
  if (from < st.end && st.surface(from) == ",") {
    uint32_t k = from + 1;
    while (k < st.end && k < from + 10 && st.surface(k) != "," && st.mention(k) < 0 && st.trigger(k) < 0) ++k;
    if (k < st.end && st.surface(k) == ",") from = k + 1;
  }
  int m = -1;
  for (uint32_t k = from; k < st.end && k < from + 6; ++k) {
    if (st.is_punct(k) || st.trigger(k) >= 0) break;
    if (st.mention(k) >= 0) {
      const Mention& mk = st.mentions[st.mention(k)];
      // A place phrase right after the verb ("a accueilli à Dakar le chef de
      // la junte") is skipped: the object follows it.
      if ((mk.marker & (kGPrepTarget | kGPrepLocative)) && mk.begin <= from + 2 &&
          st.mentions[st.mention(k)].type == lexicon::ActorType::kCapital) {
        from = mk.end;
        k = mk.end - 1;
        continue;
      }
      m = st.mention(k);
      break;
    }
  }
  if (m < 0) {
    for (int r : right) {
      if (st.mentions[r].group != skip_group) {
        m = r;
        break;
      }
    }
  }
  if (m < 0) return -1;
  const Mention& mm = st.mentions[m];
  if (mm.group == skip_group || mm.marker != kGPrepOf || mm.locative || (mm.agent_only && !mm.has_country)) return -1;
  // A relational adjective stands for its noun phrase ("le long de la
  // frontière libyenne"): the "de" comes before the noun.
  uint32_t to = mm.begin;
  if (mm.type == lexicon::ActorType::kDemonym) {
    for (int words = 0; to > from && words < 3; ++words) {
      const text::Token& tk = st.tok(to - 1);
      if (tk.kind != text::TokenKind::kWord || tk.capitalized || st.cls(to - 1) != kGNone || st.mention(to - 1) >= 0 ||
          st.trigger(to - 1) >= 0) {
        break;
      }
      --to;
    }
  }
  // Adverbs and time words may sit between the verb and its object
  // ("a attaqué mardi un camp de ..."): only the phrase after the last of them.
  return FrenchHeadBeforeGenitive(st, from, to) || (to > from + 1 && FrenchHeadBeforeGenitive(st, from + 1, to))
             ? m
             : -1;
}

// French locative complement: a verb with no object whose clause names a
// country after it ("a mené des frappes aériennes en Libye", "s'est rendu en
// Jordanie") acts on that country, as CAMEO codes strikes in a country and
// visits to it. Cities stay places. Returns the mention, or -1.
int FrenchLocativeCountry(const SentenceState& st, const Trigger& t, int skip_group) {
  for (size_t i = 0; i < st.mentions.size(); ++i) {
    const Mention& mm = st.mentions[i];
    if (mm.begin < t.end || mm.group == skip_group) continue;
    if (st.clause_of(mm.begin) != st.clause_of(t.end - 1)) break;
    if (mm.locative && mm.type == lexicon::ActorType::kCountry) {
      // The place must belong to the verb's phrase: no other preposition
      // between ("s'est entretenu de la situation en Syrie" is a topic); an
      // article right after the verb ("a mené des frappes") is no preposition.
      for (uint32_t k = t.end; k + 1 < mm.begin; ++k) {
        // A "de" complement inside the object ("un site d'enrichissement en
        // Iran") and the article right after the verb ("a mené des frappes")
        // are part of the verb's phrase; any other preposition is not.
        std::string_view n = st.doc->Norm(st.tok(k));
        bool article = k == t.end && (n == "des" || n == "du");
        bool noun_de = (st.cls(k) & kGPrepOf) && k > t.end && st.cls(k - 1) == kGNone &&
                       st.tok(k - 1).kind == text::TokenKind::kWord;
        if ((st.cls(k) & kPrepMask) && !article && !noun_de) return -1;
      }
      return static_cast<int>(i);
    }
  }
  return -1;
}

// French possessive object of the subject's own people: "Rabat a rappelé
// son ambassadeur à Paris" (Morocco acts on France, not on its own
// ambassador). The role word after "son/sa/ses/leur/leurs" belongs to
// the subject (mentions.cc gives it the subject's code), so it is what the
// verb moves, not whom it acts on: the target is the actor further on.
// True when mention `m` is such a phrase of the actor of mention `subject`.
bool FrenchOwnPossessive(const SentenceState& st, int m, int subject) {
  const Mention& mm = st.mentions[m];
  if (mm.begin <= st.begin || mm.agent_index < 0 || mm.base_code.empty()) return false;
  std::string_view det = st.doc->Norm(st.tok(mm.begin - 1));
  if (det != "son" && det != "sa" && det != "ses" && det != "leur" && det != "leurs") return false;
  const Mention& s = st.mentions[subject];
  return mm.base_code == s.code || mm.base_code == s.base_code;
}

// French "X figure parmi les soutiens de Y", "X compte, avec d'autres, parmi
// les appuis les plus constants de Y": a noun after "parmi" counts its subject
// among the noun's agents. Returns the subject of the clause before "parmi"
// (across an incise between commas), or -1 when the noun does not follow
// "parmi".
int FrenchAmongSubject(const SentenceState& st, const Trigger& t) {
  // "parmi", then articles and adjectives ("parmi les principaux").
  uint32_t k = t.begin;
  bool found = false;
  for (int steps = 0; k > st.begin && steps < 4 && !found; ++steps) {
    --k;
    if (st.doc->Norm(st.tok(k)) == "parmi") found = true;
    else if (st.is_punct(k) || st.mention(k) >= 0 || st.trigger(k) >= 0) return -1;
  }
  if (!found) return -1;
  bool in_incise = false;
  for (uint32_t j = k; j > st.begin && j + 20 > k;) {
    --j;
    if (st.surface(j) == ",") {
      in_incise = !in_incise;
      continue;
    }
    if (in_incise) continue;
    if (st.cls(j) & (kGSubordinator | kGRelative)) return -1;
    int m = st.mention(j);
    if (m >= 0) {
      const Mention& mm = st.mentions[m];
      if ((mm.marker & kPrepMask) == 0 && !mm.locative) return m;
      j = mm.begin;
    }
  }
  return -1;
}

// French subject in a genitive: "Un convoi de l'Armée nationale libyenne a
// été attaqué", "Des agents du Mossad auraient saboté": the clause opens with
// a plain noun phrase whose actor is its "de" complement, and only auxiliaries,
// negation and clitics lie between it and the verb. Returns the mention, or -1.
int FrenchGenitiveSubject(const SentenceState& st, const Trigger& t) {
  uint32_t k = t.begin;
  while (k > st.begin && (st.cls(k - 1) & (kGAux | kGAuxPassive | kGNegation | kGReflexive))) --k;
  if (k == st.begin) return -1;
  int m = st.mention(k - 1);
  if (m < 0) return -1;
  const Mention& mm = st.mentions[m];
  if (mm.marker != kGPrepOf || mm.locative) return -1;
  // The phrase must open the clause: the sentence start or a clause boundary.
  uint32_t from = mm.begin;
  while (from > st.begin && !st.is_punct(from - 1) && st.clause_of(from - 1) == st.clause_of(mm.begin)) --from;
  return FrenchHeadBeforeGenitive(st, from, mm.begin) ? m : -1;
}

// French event noun as the subject of a plain verb: "Des frappes aériennes
// israéliennes ont visé des entrepôts du Hezbollah", "les tirs turcs ont
// touché une position kurde". After the noun phrase (ending at `pos`), an
// auxiliary and a participle that is no event of its own, the verb's object
// (an unmarked phrase or a plain noun's de-complement) is the event's target.
// Returns that mention, or -1.
int FrenchEventNounSubjectObject(const SentenceState& st, uint32_t pos) {
  uint32_t k = pos;
  if (k >= st.end || !(st.cls(k) & (kGAux | kGAuxPassive))) return -1;
  while (k < st.end && (st.cls(k) & (kGAux | kGAuxPassive))) ++k;
  if (k >= st.end || st.tok(k).kind != text::TokenKind::kWord || st.cls(k) != kGNone || st.trigger(k) >= 0 ||
      st.mention(k) >= 0) {
    return -1;
  }
  uint32_t from = k + 1;
  for (uint32_t j = from; j < st.end && j < from + 8; ++j) {
    if (st.is_punct(j) || st.trigger(j) >= 0) return -1;
    int m = st.mention(j);
    if (m < 0) continue;
    const Mention& mm = st.mentions[m];
    if (mm.locative || (mm.agent_only && !mm.has_country)) return -1;
    if (Unmarked(mm)) return m;
    if (mm.marker != kGPrepOf) return -1;
    // The object phrase may follow an adverbial phrase ("ont visé dans la
    // nuit des entrepôts du Hezbollah"): any article may open it.
    for (uint32_t start = from; start < mm.begin; ++start) {
      std::string_view n = st.doc->Norm(st.tok(start));
      bool opens = start == from || (st.cls(start) & kGDeterminer) || n == "des" || n == "du";
      if (opens && FrenchHeadBeforeGenitive(st, start, mm.begin)) return m;
    }
    return -1;
  }
  return -1;
}

// French reciprocal compound: a compound subject ("Le Mali et l'Algérie",
// "L'armée et les FSR") with no other party acts on each of its own members
// when French marks the action as mutual: "respectif/respective(s)" in the
// clause ("ont rappelé leurs ambassadeurs respectifs": each recalls its own,
// an event in each direction), a reflexive verb ("se sont affrontés", "se
// sont entendus": one mutual event), or a noun of mutual agreement as the
// object or inside the trigger ("ont accepté une trêve", "ont exprimé leur
// accord", "ont conclu un cessez-le-feu": one mutual event). Returns 2 for
// each direction, 1 for one mutual event, 0 when the action is not mutual.
int FrenchReciprocalCompound(const SentenceState& st, const Trigger& t) {
  static const std::unordered_set<std::string> kMutualNouns = [] {
    std::unordered_set<std::string> words;
    for (const char* w : {"trêve", "trêves", "cessez-le-feu", "accord", "accords", "compromis", "paix", "pacte",
                          "traité", "armistice", "réconciliation", "entente", "protocole"}) {
      words.insert(text::NormalizeWord(w));
    }
    return words;
  }();
  const int clause = st.clause_of(t.begin);
  for (uint32_t k = t.end; k < st.end && st.clause_of(k) == clause; ++k) {
    if (st.doc->Norm(st.tok(k)).starts_with("respecti")) return 2;
  }
  uint32_t k = t.begin;
  for (int steps = 0; k > st.begin && steps < 4; ++steps) {
    --k;
    if (st.cls(k) & kGReflexive) return t.verb ? 1 : 0;
    if (!(st.cls(k) & (kGAux | kGAuxPassive | kGNegation))) break;
  }
  // The object noun: within the trigger, or after the verb and at most two
  // articles, possessives or adjectives.
  for (uint32_t j = t.begin; j < st.end && j < t.end + 3 && st.clause_of(j) == clause; ++j) {
    if (st.mention(j) >= 0 || st.is_punct(j)) break;
    if (kMutualNouns.count(std::string(st.doc->Norm(st.tok(j)))) > 0) return 1;
  }
  return 0;
}

// French agentless passive of a transfer whose subject is a thing qualified by
// a demonym: "Des drones turcs auraient été livrés à l'armée burkinabè", "des
// armes françaises ont été vendues à X". The thing's country is the one that
// transfers it (as CAMEO codes an arms delivery by its origin), the "à" phrase
// the recipient. Only verbs whose default code is a transfer (06, 07: livrer,
// fournir, vendre, remettre): "des drones turcs ont été abattus" says nothing
// of who shot them. True when `subject` is such a demonym mention of a thing.
bool FrenchTransferredThing(const SentenceState& st, const Trigger& t, int subject) {
  const Mention& mm = st.mentions[subject];
  if (mm.type != lexicon::ActorType::kDemonym || mm.agent_index >= 0 || !Unmarked(mm)) return false;
  bool transfer = false;
  for (uint32_t idx : t.verb_events) {
    const std::string& code = st.lexicon->events()[idx].code;
    transfer |= code.size() >= 2 && code[0] == '0' && (code[1] == '6' || code[1] == '7');
  }
  return transfer;
}

// French verb that depends on the previous verb of the sentence and shares
// its subject: an infinitive of purpose or manner ("a appelé X pour le
// remercier", "afin de", "sans", "avant de"), and a past infinitive after a
// reporting verb ("a affirmé avoir tiré"). A present participle after a comma
// (", tuant douze personnes") is left alone: it gives the toll of the main
// event, not an event of its own. `head` is the first clitic or auxiliary of
// the verb. Returns the subject, or -1 when the verb is not of that kind.
int FrenchDependentVerbSubject(const SentenceState& st, const Trigger& t, uint32_t head) {
  if (!t.verb || head <= st.begin) return -1;
  std::string_view before = st.doc->Norm(st.tok(head - 1));
  std::string_view before2 = head > st.begin + 1 ? st.doc->Norm(st.tok(head - 2)) : std::string_view();
  bool purpose = before == "pour" || before == "sans" ||
                 ((before == "de" || before == "d'") && (before2 == "afin" || before2 == "avant"));
  // A past infinitive right after a reporting verb ("a affirmé avoir tiré",
  // "a dit avoir appelé", "a annoncé s'être retirée"): the speaker's own act.
  if ((before == "avoir" || before == "être" || before == "etre") && head > st.begin + 1) {
    uint32_t k = head - 2;
    if (k > st.begin && (st.cls(k) & kGReflexive)) --k;
    if (st.cue(k) >= 0 && IsReportVerb(st, k)) {
      bool via_relative = false;
      return LeftSubject(st, st.cues[st.cue(k)].begin, &via_relative);
    }
  }
  if (st.cue(head - 1) >= 0 && IsReportVerb(st, head - 1)) {
    // "a annoncé s'être retirée": the auxiliary and the reflexive lie in
    // [head, t.begin).
    for (uint32_t k = head; k < t.begin; ++k) {
      std::string_view n = st.doc->Norm(st.tok(k));
      if (n == "avoir" || n == "être" || n == "etre") {
        bool via_relative = false;
        return LeftSubject(st, st.cues[st.cue(head - 1)].begin, &via_relative);
      }
    }
  }
  if (!purpose) return -1;
  // The previous verb may itself be an infinitive with no subject of its own
  // ("a dit avoir appelé X pour le remercier"): then the verb or reporting
  // verb before it.
  bool via_relative = false;
  for (uint32_t k = head - 1; k > st.begin;) {
    --k;
    if (IsVerbTrigger(st, k)) {
      const Trigger& prev = st.triggers[st.trigger(k)];
      int m = LeftSubject(st, prev.begin, &via_relative);
      if (m >= 0) return m;
      k = prev.begin;
    } else if (st.cue(k) >= 0 && IsReportVerb(st, k)) {
      return LeftSubject(st, st.cues[st.cue(k)].begin, &via_relative);
    }
  }
  return -1;
}

int FrenchAttributedAuthor(const SentenceState& st, uint32_t noun_end, uint32_t* after);

// French verb of judgement whose object is an event noun: "a salué
// l'engagement de la Mauritanie", "ont dénoncé le nettoyage ethnique mené par
// les FSR", "a rejeté l'offre de X". What is judged is the act, and the act's
// author, its "de" complement or the "par" phrase of the noun (also after a
// participle: "l'expulsion décidée par Paris"), is the target, as CAMEO codes
// praise and blame toward whoever did the thing. Only verbs whose default code
// judges (05 praise, 11 disapprove, 12 reject): "a exigé la libération des
// otages" names the freed, not the holder. Returns the mention, or -1.
int FrenchJudgedActAuthor(const SentenceState& st, const Trigger& t, int skip_group) {
  auto quote = [](std::string_view s) { return s == "«" || s == "»" || s == "\"" || s == "“" || s == "”"; };
  bool judges = false;
  for (uint32_t idx : t.verb_events) {
    const std::string& code = st.lexicon->events()[idx].code;
    judges |= code.size() >= 2 &&
              ((code[0] == '0' && code[1] == '5') || (code[0] == '1' && (code[1] == '1' || code[1] == '2')));
  }
  if (!judges) return -1;
  // The object's head: an event noun after at most an article and a quote,
  // and after a quoted adverbial ("a condamné « avec la plus grande fermeté »
  // l'assassinat").
  uint32_t k = t.end;
  if (k < st.end && st.surface(k) == "«") {
    uint32_t close = k + 1;
    while (close < st.end && close < k + 12 && st.surface(close) != "»" && st.mention(close) < 0 &&
           st.trigger(close) < 0) {
      ++close;
    }
    if (close < st.end && st.surface(close) == "»") k = close + 1;
  }
  int skipped = 0;
  while (k < st.end && skipped < 3 && st.trigger(k) < 0 &&
         ((st.cls(k) & (kGDeterminer | kGDemonstrative)) || quote(st.surface(k)) ||
          st.doc->Norm(st.tok(k)) == "l'")) {
    ++k;
    ++skipped;
  }
  // A noun of report before the act ("a salué l'annonce d'un cessez-le-feu
  // par les parties"): the act is its complement.
  if (k + 2 < st.end && st.cue(k) >= 0 && st.trigger(k) < 0 && (st.cls(k + 1) & kGPrepOf)) {
    k += 2;
    if (k < st.end && st.trigger(k) < 0 && (st.cls(k) & kGDeterminer)) ++k;
  }
  if (k >= st.end || st.trigger(k) < 0 || st.triggers[st.trigger(k)].noun_events.empty()) return -1;
  const int clause = st.clause_of(k);
  uint32_t noun_end = st.triggers[st.trigger(k)].end;
  uint32_t after = 0;
  int attributed = FrenchAttributedAuthor(st, noun_end, &after);
  if (attributed >= 0) return st.mentions[attributed].group == skip_group ? -1 : attributed;
  for (uint32_t j = noun_end; j < st.end && j < noun_end + 8 && st.clause_of(j) == clause; ++j) {
    if (st.is_punct(j) && !quote(st.surface(j))) return -1;
    int m = st.mention(j);
    if (m < 0) continue;
    const Mention& mm = st.mentions[m];
    if (mm.group == skip_group || mm.locative || (mm.agent_only && !mm.has_country)) return -1;
    if ((mm.marker & kGPrepAgent) || (mm.marker == kGPrepOf && FrenchShortGap(st, noun_end, mm.begin))) return m;
    return -1;
  }
  return -1;
}

// French noun governed by an earlier trigger coded `code`: true when such a
// trigger stands at most four tokens before `t` and only articles, "l'" and
// prepositions of `prep_mask` stand between them. The earlier trigger is the
// event; the noun names its content and is no event of its own.
bool FrenchGovernedByCode(const SentenceState& st, const Trigger& t, std::string_view code, uint32_t prep_mask) {
  uint32_t k = t.begin;
  for (int steps = 0; k > st.begin && steps < 4; ++steps) {
    --k;
    int tr = st.trigger(k);
    if (tr >= 0) {
      const Trigger& other = st.triggers[tr];
      for (const auto* events : {&other.verb_events, &other.noun_events}) {
        for (uint32_t idx : *events) {
          if (st.lexicon->events()[idx].code == code) return true;
        }
      }
      return false;
    }
    if (!(st.cls(k) & (kGDeterminer | prep_mask)) && st.doc->Norm(st.tok(k)) != "l'") return false;
  }
  return false;
}

// A lowercase French past participle (détenus, retenue, commis, pris,
// détruit) standing right before "par": the agent phrase is its own.
bool FrenchParticipleBeforePar(std::string_view w) {
  if (w.empty() || (!(w[0] >= 'a' && w[0] <= 'z') && !w.starts_with("é"))) return false;
  for (std::string_view end : {"é", "ée", "és", "ées", "nu", "nue", "nus", "nues", "is", "ise", "ises", "it", "ite",
                               "its", "ites"}) {
    if (w.ends_with(end)) return true;
  }
  return false;
}

// French event noun with its own "par" agent: "l'enlèvement d'un ressortissant
// autrichien à Agadez par des hommes armés", "la destruction du pont par
// l'armée". The "par" phrase names the agent, so the genitive is the patient.
// Returns the first "par" mention after the genitive `genitive` and before any
// verb (a later "par" belongs to the verb: "a été confirmé par les
// autorités"), or -1.
int FrenchNounParAgent(const SentenceState& st, const Trigger& t, const std::vector<int>& right, int genitive) {
  const int clause = st.clause_of(t.begin);
  for (int m : right) {
    const Mention& mm = st.mentions[m];
    if (mm.begin <= st.mentions[genitive].begin || mm.group == st.mentions[genitive].group) continue;
    if (st.clause_of(mm.begin) != clause) return -1;
    for (uint32_t k = t.end; k < mm.begin; ++k) {
      // A verb or an auxiliary ("a", not "à") ends the noun phrase.
      if (IsVerbTrigger(st, k) || st.surface(k) == "a" || st.surface(k) == "ont") return -1;
    }
    if (!(mm.marker & kGPrepAgent)) continue;
    // "la libération des prisonniers détenus par l'Algérie": a participle
    // before "par" takes the agent phrase; the event noun has none.
    for (uint32_t k = mm.begin; k > t.end + 1 && mm.begin - k < 3;) {
      --k;
      if (st.doc->Norm(st.tok(k)) != "par") continue;
      if (FrenchParticipleBeforePar(st.surface(k - 1))) return -1;
      break;
    }
    return m;
  }
  return -1;
}

// French infinitive whose subject is the object of the verb that governs it:
// "a appelé la communauté internationale à fournir une aide", "a exhorté les
// donateurs à financer". The infinitive follows "à", and words stand between
// the governing verb and "à" (its object). The subject in focus is then not
// the infinitive's subject. True for such an infinitive.
bool FrenchInfinitiveOfObject(const SentenceState& st, const Trigger& t) {
  if (!t.verb || t.begin < st.begin + 3) return false;
  std::string_view v = st.doc->Norm(st.tok(t.begin));
  if (!(v.ends_with("er") || v.ends_with("ir") || v.ends_with("re"))) return false;
  if (st.surface(t.begin - 1) != "à") return false;
  int words = 0;
  for (uint32_t k = t.begin - 1; k > st.begin && words < 8;) {
    --k;
    if (st.is_punct(k)) return false;
    if (IsVerbTrigger(st, k)) return words > 0;
    ++words;
  }
  return false;
}

// French mediation named by its frame: "Les négociations entre Israël et le
// Hamas ont repris sous l'égide du Qatar et de l'Egypte", "un accord conclu
// sous les auspices de l'ONU par X et Y". The "de" complement of the frame is
// the mediator (source); the parties are the "entre" group of the sentence,
// else the compound group before the frame; each mediator acts toward each
// party (045). A frame with no parties codes nothing (the mediators are no
// pair of their own). Sets the roles and returns true for such a trigger.
bool FrenchAegisMediation(const SentenceState& st, const Trigger& t, Roles* r) {
  if (t.verb || t.end - t.begin < 2 || st.doc->Norm(st.tok(t.begin)) != "sous") return false;
  bool mediation = false;
  for (uint32_t idx : t.noun_events) mediation |= st.lexicon->events()[idx].code == "045";
  if (!mediation) return false;
  r->rule = "aegis-mediation";
  int mediator = -1;
  for (uint32_t k = t.end; k < st.end && k < t.end + 3; ++k) {
    int m = st.mention(k);
    if (m < 0) continue;
    if (st.mentions[m].marker & kGPrepOf) mediator = m;
    break;
  }
  if (mediator < 0) return true;
  const int mediator_group = st.mentions[mediator].group;
  int parties = -1;
  for (const Mention& mm : st.mentions) {
    if ((mm.marker & kGBetween) && mm.group != mediator_group) {
      parties = static_cast<int>(&mm - st.mentions.data());
      break;
    }
  }
  if (parties < 0) {
    for (const Mention& mm : st.mentions) {
      if (mm.begin >= t.begin) break;
      int m = static_cast<int>(&mm - st.mentions.data());
      if (!mm.locative && mm.group != mediator_group && GroupMembers(st, m).size() >= 2) {
        parties = m;
        break;
      }
    }
  }
  if (parties < 0) return true;
  AddGroup(st, mediator, &r->sources);
  AddGroup(st, parties, &r->targets);
  return true;
}

// French event noun that is the subject of a passive verb of concluding or
// carrying out, whose "par" phrase names the noun's agent: "L'accord ... a été
// signé à Riyad par les ministres saoudien et américain", "Une commission
// d'enquête a été mise en place par Tripoli", "l'offensive a été lancée par
// l'armée". Returns the "par" mention, or -1.
int FrenchPassiveNounSubjectAgent(const SentenceState& st, const Trigger& t) {
  static const char* kStems[] = {"sign", "conclu", "paraph", "ratifi", "lance", "mene", "perpetr", "effectu",
                                 "conduit", "declench", "orchestr", "commis", "organis"};
  const int clause = st.clause_of(t.begin);
  uint32_t k = t.end;
  // The noun phrase up to the auxiliary: no verb, no punctuation but quotes.
  for (; k < st.end && k < t.end + 10 && st.clause_of(k) == clause; ++k) {
    if (st.doc->Norm(st.tok(k)) == "ete" && st.surface(k) == "été") break;
    std::string_view surface = st.surface(k);
    bool quote = surface == "«" || surface == "»";
    if ((st.is_punct(k) && !quote) || IsVerbTrigger(st, k) || IsReportVerb(st, k)) return -1;
  }
  if (k + 1 >= st.end || st.surface(k) != "été" || k == t.end) return -1;
  std::string_view aux = st.surface(k - 1);
  if (aux != "a" && aux != "ont" && aux != "avait" && aux != "avaient") return -1;
  std::string_view participle = st.doc->Norm(st.tok(k + 1));
  bool carried_out = false;
  for (const char* stem : kStems) carried_out |= participle.starts_with(stem);
  if ((participle == "mis" || participle == "mise") && k + 3 < st.end && st.doc->Norm(st.tok(k + 2)) == "en" &&
      st.doc->Norm(st.tok(k + 3)) == "place") {
    carried_out = true;
  }
  if (!carried_out) return -1;
  for (uint32_t j = k + 2; j < st.end && j < k + 12 && st.clause_of(j) == clause; ++j) {
    int m = st.mention(j);
    if (m >= 0 && (st.mentions[m].marker & kGPrepAgent) && !st.mentions[m].agent_only) return m;
  }
  return -1;
}

// French repression named with no agent: "La répression des manifestations
// de l'opposition en Iran", "la répression des militants kurdes". CAMEO's
// violent repression (175) is a state's act: with no "par" phrase the
// repressor is the government of the repressed group's country. Returns the
// repressed mention (the first national actor of the noun's de chain, across
// articles, plain words and other event nouns), or -1.
int FrenchRepressedGroup(const SentenceState& st, const Trigger& t) {
  bool repression = false;
  for (uint32_t idx : t.noun_events) repression |= st.lexicon->events()[idx].code == "175";
  if (!repression) return -1;
  const int clause = st.clause_of(t.begin);
  for (uint32_t k = t.end; k < st.end && k < t.end + 8 && st.clause_of(k) == clause; ++k) {
    if (st.is_punct(k) || IsVerbTrigger(st, k) || (st.cls(k) & kGPrepAgent)) return -1;
    int m = st.mention(k);
    if (m < 0) continue;
    const Mention& mm = st.mentions[m];
    if (mm.begin < t.end) return -1;
    bool of = (mm.marker & kGPrepOf) || st.doc->Norm(st.tok(mm.begin - 1)) == "des" ||
              st.doc->Norm(st.tok(mm.begin - 1)) == "du";
    if (!of || !mm.has_country || mm.locative || mm.agent_only) return -1;
    // "la répression de la Chine": a state named alone is the repressor.
    std::string_view agent = std::string_view(mm.code).substr(std::min<size_t>(mm.code.size(), 3));
    if (agent.empty() || agent == "GOV" || agent == "MIL" || agent == "COP" || agent == "SPY") return -1;
    std::string country = CountryPrefix(mm.code);
    if (country.size() != 3 || country.starts_with("IGO") || country.starts_with("NGO") || country.starts_with("IMG")) {
      return -1;
    }
    // A "par" phrase after it names the repressor (FrenchNounParAgent).
    for (uint32_t j = mm.end; j < st.end && st.clause_of(j) == clause; ++j) {
      if (IsVerbTrigger(st, j)) break;
      if (st.cls(j) & kGPrepAgent) return -1;
    }
    return m;
  }
  return -1;
}

Roles AssignRolesByClause(const SentenceState& st, const Trigger& t);

// French instrument as the agent of a passive, with its author in a relative
// clause: "Un camion a été détruit par un engin explosif improvisé qu'aurait
// posé le JNIM", "tués par une bombe que le groupe avait placée". The
// instrument's event (a roadside bomb, a mine) is the author's act on the
// passive verb's subject. Sets the roles and returns true for such a noun.
bool FrenchInstrumentAuthor(const SentenceState& st, const Trigger& t, Roles* r) {
  if (t.verb || t.begin < st.begin + 2 || t.end + 1 >= st.end) return false;
  uint32_t k = t.begin - 1;
  if (st.cls(k) & kGDeterminer) --k;
  if (!(st.cls(k) & kGPrepAgent) || k == st.begin) return false;
  int verb = st.trigger(k - 1);
  if (verb < 0 || !st.triggers[verb].verb) return false;
  std::string_view rel = st.doc->Norm(st.tok(t.end));
  if (rel != "que" && rel != "qu'") return false;
  int author = -1;
  for (uint32_t j = t.end + 1; j < st.end && j < t.end + 6; ++j) {
    if (st.is_punct(j)) break;
    int m = st.mention(j);
    if (m < 0) continue;
    if (!st.mentions[m].agent_only && Unmarked(st.mentions[m])) author = m;
    break;
  }
  if (author < 0) return false;
  Roles passive = AssignRolesByClause(st, st.triggers[verb]);
  if (passive.targets.empty() || st.mentions[passive.targets[0]].group == st.mentions[author].group) return false;
  AddGroup(st, author, &r->sources);
  r->targets = passive.targets;
  r->rule = "instrument-author";
  return true;
}

// French agreement signed: a noun that is the object or the "de" complement
// of a signing word ("la signature d'un pacte de défense", "ont signé un accord
// de coopération militaire") names what was signed, and CAMEO codes the
// signature (057) whatever the agreement's content: the noun is no event of its
// own. True when a trigger whose default code is 057 stands at most three
// articles or "de" before `t`.
bool FrenchSignedContent(const SentenceState& st, const Trigger& t) {
  return FrenchGovernedByCode(st, t, "057", kGPrepOf);
}

// French agentless passive whose verb phrase names the government building
// where it happened: "L'ambassadeur de France a été convoqué au ministère
// algérien des Affaires étrangères", "a été reçu à la présidence": the
// institution housed there did it. Returns the "à" mention whose head is such
// a building, or -1.
int FrenchInstitutionAgent(const SentenceState& st, const std::vector<int>& right, int skip_group) {
  static const std::unordered_set<std::string> kHeads = [] {
    std::unordered_set<std::string> words;
    for (const char* w : {"ministère", "présidence", "palais", "primature", "chancellerie", "quai"}) {
      words.insert(text::NormalizeWord(w));
    }
    return words;
  }();
  for (int m : right) {
    const Mention& mm = st.mentions[m];
    if (mm.group == skip_group || !(mm.marker & kGPrepTarget) || mm.locative) continue;
    if (kHeads.count(std::string(st.doc->Norm(st.tok(mm.begin)))) > 0) return m;
    return -1;
  }
  return -1;
}

// French act named by a noun after a verb that claims or carries it out: "Le
// JNIM a revendiqué l'attaque contre un camp de l'armée malienne", "ont mené
// des frappes contre", "a lancé une offensive contre". The verb's subject did
// the act; the act's target is its "contre/sur/visant" phrase (the actor in
// it, also a plain noun's de complement or a relational adjective) or its
// genitive ("l'assassinat d'un commandant"). Sets the roles and returns true
// when the noun is such an object.
bool FrenchClaimedAct(const SentenceState& st, const Trigger& t, Roles* r) {
  static const std::unordered_set<std::string> kVerbs = [] {
    std::unordered_set<std::string> forms;
    for (const char* base : {"revendiqu", "men", "lanc", "effectu", "perpétr"}) {
      for (const char* ending : {"é", "ée", "és", "ées", "er", "e", "ent", "ait", "aient", "era", "eront"}) {
        forms.insert(text::NormalizeWord(std::string(base) + ending));
      }
    }
    for (const char* f : {"mène", "mènent", "mènera", "mèneront", "conduit", "conduite", "conduits", "conduites"}) {
      forms.insert(text::NormalizeWord(f));
    }
    return forms;
  }();
  uint32_t k = t.begin;
  int verb = -1;
  for (int steps = 0; k > st.begin && steps < 3; ++steps) {
    --k;
    if (st.trigger(k) >= 0) {
      if (IsVerbTrigger(st, k) && kVerbs.count(std::string(st.stem(k))) > 0) verb = st.trigger(k);
      break;
    }
    if (!(st.cls(k) & (kGDeterminer | kGPrepOf)) && st.doc->Norm(st.tok(k)) != "l'") break;
  }
  if (verb < 0) return false;
  bool via_relative = false;
  int subject = LeftSubject(st, st.triggers[verb].begin, &via_relative);
  if (subject < 0) subject = FrenchGenitiveSubject(st, st.triggers[verb]);
  if (subject < 0) return false;
  const int clause = st.clause_of(t.begin);
  int target = -1;
  bool against = false;
  for (uint32_t j = t.end; j < st.end && j < t.end + 10 && st.clause_of(j) == clause; ++j) {
    std::string_view n = st.doc->Norm(st.tok(j));
    if (n == "contre" || n == "sur" || n == "visant") against = true;
    // A present participle qualifies the target noun ("un navire battant
    // pavillon libérien"); another verb ends the act's phrase.
    if (st.is_punct(j) || (j > t.end && IsVerbTrigger(st, j) && !st.stem(j).ends_with("ant"))) break;
    int m = st.mention(j);
    if (m < 0) continue;
    const Mention& mm = st.mentions[m];
    if (mm.locative || mm.group == st.mentions[subject].group || (mm.agent_only && !mm.has_country)) break;
    bool genitive = mm.marker == kGPrepOf && FrenchShortGap(st, t.end, mm.begin);
    if (against || genitive) target = m;
    break;
  }
  AddGroup(st, subject, &r->sources);
  if (target >= 0) AddGroup(st, target, &r->targets);
  r->rule = "noun-claimed-act";
  return true;
}

// True when a default code of trigger `t` (either reading) is a protest (14).
bool ProtestTrigger(const SentenceState& st, const Trigger& t) {
  for (const auto* events : {&t.verb_events, &t.noun_events}) {
    for (uint32_t idx : *events) {
      const std::string& code = st.lexicon->events()[idx].code;
      if (code.size() >= 2 && code[0] == '1' && code[1] == '4') return true;
    }
  }
  return false;
}

// French protest aimed "contre" something: "ont défilé à Rabat contre la
// normalisation avec Israël", "manifestent contre la présence française". The
// place of the march ("à Rabat") is no target; the actor of the "contre"
// phrase is. Returns that mention, or -1 when the clause has no "contre".
int FrenchProtestTarget(const SentenceState& st, const Trigger& t, int skip_group) {
  if (!ProtestTrigger(st, t)) return -1;
  const int clause = st.clause_of(t.begin);
  bool against = false;
  for (uint32_t k = t.end; k < st.end && k < t.end + 16 && st.clause_of(k) == clause; ++k) {
    if (st.doc->Norm(st.tok(k)) == "contre") against = true;
    int m = st.mention(k);
    if (!against || m < 0) continue;
    const Mention& mm = st.mentions[m];
    if (mm.group == skip_group || mm.locative || (mm.agent_only && !mm.has_country)) continue;
    return m;
  }
  return -1;
}

// French noun that says what a protest is against ("contre la normalisation
// avec Israël", "contre la présence militaire"): the protest's object, no
// event of its own. True when "contre" and articles stand right before `t`
// and a protest trigger before them in the clause.
bool FrenchProtestContent(const SentenceState& st, const Trigger& t) {
  uint32_t k = t.begin;
  while (k > st.begin && (st.cls(k - 1) & kGDeterminer)) --k;
  if (k == st.begin || st.doc->Norm(st.tok(k - 1)) != "contre") return false;
  const int clause = st.clause_of(t.begin);
  for (uint32_t j = k - 1; j > st.begin;) {
    --j;
    if (st.clause_of(j) != clause) break;
    int tr = st.trigger(j);
    if (tr >= 0 && ProtestTrigger(st, st.triggers[tr])) return true;
  }
  return false;
}

// French act whose involvement is denied: "a démenti toute implication dans
// l'attaque contre X", "nie toute responsabilité dans l'enlèvement": the denial
// (016) is the event; the act is someone else's, and the denier is not its
// source. True when a trigger coded 016 stands just before `t`, across
// articles and one preposition.
bool FrenchDeniedContent(const SentenceState& st, const Trigger& t) {
  return FrenchGovernedByCode(st, t, "016", kPrepMask);
}

// French incise naming the author of an act: "l'assassinat, attribué à
// Israël, d'un commandant" (attribué, imputé). `noun_end` is the token after
// the event noun. Returns the author's mention and sets *after to the token
// after the closing comma, or returns -1.
int FrenchAttributedAuthor(const SentenceState& st, uint32_t noun_end, uint32_t* after) {
  if (noun_end + 3 >= st.end || st.surface(noun_end) != ",") return -1;
  std::string_view v = st.stem(noun_end + 1);
  if (!v.starts_with("attribu") && !v.starts_with("impute")) return -1;
  int author = -1;
  for (uint32_t k = noun_end + 2; k < st.end && k < noun_end + 10; ++k) {
    if (st.surface(k) == ",") {
      if (author >= 0) *after = k + 1;
      return author;
    }
    if (author < 0 && st.mention(k) >= 0) author = st.mention(k);
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

namespace {

// French past participle (or present participle) that qualifies the noun
// before it rather than heading a clause: "l'offensive menée par", "une
// cargaison destinée à", "un navire battant pavillon". True when token `j`
// ends like a participle and no auxiliary or pronoun stands right before it.
bool FrenchQualifyingParticiple(const SentenceState& st, uint32_t j) {
  std::string_view n = st.doc->Norm(st.tok(j));
  if (!(n.ends_with("e") || n.ends_with("es") || n.ends_with("ant"))) return false;
  if (j == st.begin) return false;
  static const std::unordered_set<std::string> kBefore = [] {
    std::unordered_set<std::string> words;
    for (const char* w : {"a", "ont", "est", "sont", "été", "avait", "avaient", "aurait", "auraient", "sera", "seront",
                          "était", "étaient", "avoir", "être", "ayant", "étant", "qui", "se", "s'", "ne", "n'", "pas",
                          "il", "elle", "ils", "elles"}) {
      words.insert(text::NormalizeWord(w));
    }
    return words;
  }();
  if (st.surface(j - 1) == "à") return true;
  return kBefore.count(std::string(st.doc->Norm(st.tok(j - 1)))) == 0;
}

}  // namespace

bool FrenchPlaceTarget(const SentenceState& st, const Trigger& t, std::string_view code, const Roles& roles,
                       std::string* country, uint32_t* begin, uint32_t* end) {
  if (st.sentence->lang != text::Lang::kFr || roles.sources.empty() || !roles.targets.empty() || roles.symmetric) {
    return false;
  }
  // Acts on a place: seizure and destruction of property (171), assault (18),
  // fighting (19), mass violence (20), humanitarian access (0863), a visit
  // (042).
  bool mass_violence = code.starts_with("20");
  if (!(code.starts_with("171") || code.starts_with("18") || code.starts_with("19") || mass_violence ||
        code == "0863" || code == "042")) {
    return false;
  }
  // A past participle right after a noun is passive ("le premier Taïwanais
  // tué au combat en Ukraine"): the noun before it is no agent.
  if (t.verb && FrenchQualifyingParticiple(st, t.begin) && !st.doc->Norm(st.tok(t.begin)).ends_with("ant")) {
    return false;
  }
  static const std::unordered_set<std::string> kTopicWords = [] {
    std::unordered_set<std::string> words;
    for (const char* w : {"sujet", "propos", "concernant", "situation", "question", "dossier"}) {
      words.insert(text::NormalizeWord(w));
    }
    return words;
  }();
  // An event noun that only borrows the subject of the verb governing it ("a
  // rattrapé les États-Unis en testant son prototype de bombe H au
  // Kazakhstan") has no sure agent to aim at the place.
  if (!t.verb && roles.rule.starts_with("noun-subject")) return false;
  // A reflexive verb ("se sont affrontés près de Ménaka") acts on its own subject.
  for (uint32_t k = t.begin; k > st.begin && k + 4 > t.begin;) {
    --k;
    std::string_view n = st.doc->Norm(st.tok(k));
    if (n == "se" || n == "s'") return false;
  }
  std::string found;
  const int clause = st.clause_of(t.begin);
  for (uint32_t j = t.end; j < st.end && j < t.end + 15 && st.clause_of(j) == clause; ++j) {
    std::string_view surface = st.surface(j);
    if (surface == "«" || surface == "»" || surface == "\"" || surface == "“" || surface == "”") continue;
    if (st.is_punct(j)) break;
    // Another verb ends the act's phrase, but not a participle qualifying a
    // noun of it ("le « nettoyage ethnique » mené par les FSR au Darfour").
    if (IsVerbTrigger(st, j) && st.trigger(j) != st.trigger(t.begin) && !FrenchQualifyingParticiple(st, j)) break;
    // A topic ("au sujet de la situation en Libye") is no place of the act.
    if (kTopicWords.count(std::string(st.doc->Norm(st.tok(j)))) > 0) break;
    if (int m = st.mention(j); m >= 0) {
      const Mention& mm = st.mentions[m];
      bool own = false;
      for (int s : roles.sources) own |= st.mentions[s].group == mm.group;
      if (own) {
        j = mm.end - 1;
        continue;
      }
      bool country_type = mm.type == lexicon::ActorType::kCountry || mm.type == lexicon::ActorType::kCapital;
      // "dans le nord de la Syrie", "dans la province d'Idleb": a country
      // after a noun of a part of a country is a place.
      bool part_of = false;
      for (uint32_t k = mm.begin; k > st.begin && k + 4 > mm.begin;) {
        --k;
        if (FrenchPlaceNoun(st.doc->Norm(st.tok(k)))) part_of = true;
        if (part_of || !(st.cls(k) & (kGDeterminer | kGPrepOf))) break;
      }
      if (country_type && (mm.locative || part_of) && !CountryPrefix(mm.code).empty()) {
        found = CountryPrefix(mm.code);
        *begin = mm.begin;
        *end = mm.end;
      }
      break;
    }
    for (const PlaceMark& p : st.places) {
      // French writes place names with a capital ("Salé", not "sale").
      if (p.begin != j || !st.tok(p.begin).capitalized) continue;
      std::string c;
      bool agree = true;
      for (uint32_t idx : p.places) {
        const std::string& pc = st.lexicon->places()[idx].country;
        if (c.empty()) c = pc;
        agree &= pc == c;
      }
      if (agree && !c.empty()) {
        found = c;
        *begin = p.begin;
        *end = p.end;
      }
      break;
    }
    if (!found.empty()) break;
  }
  if (found.empty()) return false;
  // In its own country only an armed or political opposition acts on the
  // country (the state acting at home, or its people, name no target by the
  // place).
  for (int s : roles.sources) {
    const Mention& sm = st.mentions[s];
    if (CountryPrefix(sm.code) != found) continue;
    std::string_view agent = std::string_view(sm.code).substr(std::min<size_t>(sm.code.size(), 3));
    if (!(agent == "REB" || agent == "UAF" || agent == "SEP" || agent == "INS" || agent == "OPP")) return false;
  }
  *country = mass_violence ? found + "CVL" : found;
  return true;
}

namespace {

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

}  // namespace

}  // namespace isnad::coder
