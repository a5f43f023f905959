// coder/roles_ar.cc: the Arabic role rules, split out of roles.cc. Each
// function names the Arabic construction it reads: who suffers an act of
// violence (an unvocalized passive, a masdar's genitive, a toll, a victim
// verb), who does it (a reporter, a relative clause, a nisba, بنيران X), and
// the crowd and addressee of a protest. roles.cc (AssignRoles,
// AssignRolesByClause) applies them to Arabic sentences only; the ones it calls
// are declared in roles_internal.h, the others are local helpers here. The
// rules are listed by name in roles.cc's opening comment.

#include "coder/roles.h"

#include <array>
#include <string_view>
#include <vector>

#include "coder/roles_internal.h"
#include "coder/trigger_memo.h"
#include "text/normalize.h"

namespace isnad::coder {

using roles_internal::ExactWords;
using roles_internal::kPrepMask;
using roles_internal::IsVerbTrigger;
using roles_internal::Unmarked;

namespace {

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
  static const ExactWords kAfter = {"أمس", "امس", "اليوم", "جراء", "إثر", "اثر", "خلال",
      "بعد", "قبل", "عندما", "حين"};
  if (kAfter.count(st.surface(pos))) return true;
  return (st.tok(pos).clitics & text::kCliticWa) && IsVerbTrigger(st, pos);
}

// True when some reading of the trigger, a default code or a pattern's, is a
// protest (CAMEO 14).
bool ArabicProtestReading(const SentenceState& st, const Trigger& t) {
  // Asked of a trigger by several rules; read once (all the patterns of a
  // peer dictionary verb).
  thread_local TriggerFactMemo memo;
  return memo.Get(st, t, [&](const Trigger& trigger) {
    const auto& events = st.lexicon->events();
    for (const auto* list : {&trigger.verb_events, &trigger.noun_events}) {
      for (uint32_t e : *list) {
        if (events[e].code.starts_with("14")) return true;
        for (const auto& p : lexicon::PatternsOf(events, e)) {
          if (p.code.starts_with("14")) return true;
        }
      }
    }
    return false;
  });
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
  static const ExactWords kWords = {
      "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر", "اكثر", "أقل", "اقل", "عدد", "عدة", "بضعة", "بضع",
      "عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "الاف", "الالاف", "ألف", "الف", "ألفا", "الفا",
      "مليون", "ملايين", "الملايين", "مائة", "مئة", "مائتي", "مئتي", "مائتا", "ثلاثة", "أربعة", "اربعة", "خمسة",
      "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "مجموعة", "مجموعات", "جموع", "حشود", "حشد", "الحشود"};
  return st.tok(k).kind == text::TokenKind::kNumber || kWords.count(ArabicWithoutConjunction(st, k)) > 0;
}

// Arabic nouns that name people only as people, as the counted subject of a
// protest verb: "تظاهر نحو مائتي شخص"، "ردد أكثر من ألف شخص".
bool ArabicPeopleNoun(std::string_view w) {
  static const ExactWords kWords = {
      "شخص", "شخصا", "أشخاص", "اشخاص", "مواطن", "مواطنا", "مواطنين", "مواطنون", "نسمة", "نسمه",
      "امرأة", "إمرأة", "امراة", "امراه", "نساء", "الأشخاص", "الاشخاص", "المواطنين", "المواطنون"};
  return kWords.count(w) > 0;
}

// True when the mention's head is a people noun (ArabicPeopleNoun): "آلاف
// الأشخاص" names a crowd only as people.
bool ArabicPeopleMention(const SentenceState& st, const Mention& m) {
  return ArabicPeopleNoun(st.stem(m.begin)) || ArabicPeopleNoun(ArabicWithoutConjunction(st, m.begin));
}

}  // namespace

namespace roles_internal {

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
    for (size_t i = 0; i < patterns.size() && !protest; ++i) protest = patterns[i].code.starts_with("14");
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
  static const ExactWords kCardinals = {
      "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", "مئات", "آلاف", "الاف"};
  // Adverbs of time may come first ("قتل أمس جندي"، "قتل أول من أمس 4 جنود").
  static const ExactWords kTimeWords = {"أمس", "امس", "اليوم", "أول", "اول", "من"};
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
  static const ExactWords kAdverbs = {
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
  static const ExactWords kMasdars = {
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
  static const ExactWords kApprox = {
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

namespace {

// EventFacts of event `e` of `lexicon`: reads every pattern of the event
// (hundreds for a verb of the peer dictionaries).
uint8_t FactsOfEvent(const lexicon::Lexicon& lexicon, uint32_t e) {
  const auto& ev = lexicon.events()[e];
  std::string_view code = ev.code;
  uint8_t facts = 0;
  if (code.starts_with("18") || code.starts_with("19") || code.starts_with("17")) facts |= kEventViolence;
  bool protest = code.starts_with("14");
  const auto& patterns = ev.pattern_source >= 0 ? lexicon.events()[ev.pattern_source].patterns : ev.patterns;
  for (size_t i = 0; i < patterns.size() && !protest; ++i) protest = patterns[i].code.starts_with("14");
  if (protest) facts |= kEventProtest;
  return facts;
}

// ArabicViolenceOnly without its memo.
bool ViolenceOnlyUncached(const SentenceState& st, const Trigger& t) {
  // A verb of the peer dictionaries has hundreds of patterns: their facts are
  // read from the table the Coder built, when there is one.
  uint8_t facts = 0;
  auto look = [&](uint32_t e) {
    facts |= st.event_facts != nullptr ? (*st.event_facts)[e] : FactsOfEvent(*st.lexicon, e);
  };
  for (uint32_t e : t.verb_events) look(e);
  for (uint32_t e : t.noun_events) look(e);
  return (facts & kEventViolence) && !(facts & kEventProtest);
}

}  // namespace

// True when every reading of the trigger is one of violence or coercion (CAMEO
// 17, 18, 19) and none is a protest (14: a clash or riot, whose subject is the
// crowd).
bool ArabicViolenceOnly(const SentenceState& st, const Trigger& t) {
  thread_local TriggerFactMemo memo;
  return memo.Get(st, t, [&](const Trigger& trigger) { return ViolenceOnlyUncached(st, trigger); });
}

// Arabic verbs whose written form is only passive or whose subject is the one
// who suffers: أُصيب "was wounded" (the active is أصاب), اُغتيل "was
// assassinated" (active اغتال), استُشهد "was martyred", لقي حتفه/مصرعه "met
// his death". Whatever the word order, their subject is the victim: "أصيب
// ثلاثة جنود", "الجنود أصيبوا"; an agent comes only with من قبل or على يد.
bool ArabicVictimVerb(const SentenceState& st, const Trigger& t) {
  static const ExactWords kForms = {
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
  static const ExactWords kCardinals = {
      "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", "مئات", "آلاف", "الاف", "اثنان", "اثنين"};
  uint32_t before = subject.begin - 1;
  bool counted = st.tok(before).kind == text::TokenKind::kNumber || kCardinals.count(st.surface(before)) > 0;
  if (!counted && !ArabicNoObjectAt(st, t.end)) return false;
  // An indefinite accusative further on in the clause is the object, after any
  // adverbials ("مسلحين خطفوا قبل ظهر أمس أميركيا").
  static const ExactWords kAdverbs = {"أيضا", "ايضا", "صباحا", "ليلا", "نهارا", "ظهرا",
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
  static const ExactWords kTens = {
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
  static const ExactWords kForms = {"أنه", "انه", "إنه", "أنها", "انها", "إنها"};
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
    static const ExactWords kCause = {"في", "جراء", "إثر", "اثر", "بسبب", "نتيجة"};
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
  static const ExactWords kCounts = {
      "اثنين", "اثنان", "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات",
      "مئات", "آلاف", "الاف", "عدد", "عددا", "أحد", "احد", "إحدى", "احدى", "بعض"};
  static const ExactWords kTime = {"أمس", "امس", "اليوم", "فجر", "صباح", "مساء", "ليل",
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
  static const ExactWords kSuffered = {"مقتل", "إصابة", "اصابة", "جرح", "سقوط", "وفاة"};
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
  static const ExactWords kAmong = {"بينهم", "منهم", "معظمهم", "غالبيتهم", "أغلبهم",
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
  static const ExactWords kQuantities = {
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
  static const ExactWords kWitnessed = {"شهد", "شهدت", "تشهد", "يشهد", "ستشهد",
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
  static const ExactWords kAddressing = {
      "تطالب", "يطالب", "يطالبون", "تدعو", "يدعو", "يدعون", "داعين", "داعيا", "تدين", "يدين", "يدينون",
      "متهمين", "متهما", "تتهم", "يتهمون", "يسقط", "تسقط", "ليسقط", "لتسقط", "فليسقط", "فلتسقط",
      // Rejection as the protest's purpose: "رفضا لـ X"، "رافضين X".
      "رفضا", "رافضين", "رافضا", "رافضه"};
  // The seat of an institution a march heads for ("توجه المتظاهرون إلى مقر رئيس
  // الوزراء"، "ساروا نحو مبنى البرلمان").
  static const ExactWords kSeats = {"مقر", "مبني", "مكتب", "سفاره", "قصر", "منزل", "بيت"};
  static const ExactWords kTowards = {"الي", "نحو", "حتي", "باتجاه"};
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
  static const ExactWords kTime = {"أمس", "امس", "اليوم", "الليلة", "مساء", "صباح",
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

}  // namespace roles_internal

std::vector<uint8_t> EventFacts(const lexicon::Lexicon& lexicon) {
  std::vector<uint8_t> facts(lexicon.events().size());
  for (uint32_t e = 0; e < facts.size(); ++e) facts[e] = roles_internal::FactsOfEvent(lexicon, e);
  return facts;
}

}  // namespace isnad::coder
