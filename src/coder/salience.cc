// News or background. An event coder that counts every mention of an attack as
// an attack counts trials, anniversaries and condolences as violence. These
// rules mark such mentions `background` (the record keeps them; the analyses and
// the gold-standard scores leave them out). Each rule is a fact of news writing:
//
//   judicial   the event is what a trial, a charge or an investigation is about:
//              "محاكمة المتهمين باغتيال", "charged with the murder of", "accusé
//              de l'assassinat" (the news is the trial; CAMEO codes it apart).
//   reaction   the event is the object of a condemnation, condolence or
//              commemoration: "أدان الهجوم", "condemned the attack", "a condamné
//              l'attentat" (the news is the reaction).
//   recalled   a background cue governs the trigger's clause: "كان قد", "سبق أن",
//              "في وقت سابق", "العام الماضي", "ذكرى", "last year", "earlier",
//              "l'an dernier" (the dictionaries' `background` cues).
//   date-list  the sentence opens a chronology: a date followed by a colon.
//   unanchored-noun  an Arabic verbal noun of violence (هجوم، الاغتيال، تفجير) with
//              no news anchor in its sentence names an act as a topic (of a trial,
//              a speech, an analysis), not as today's news. Anchors: today,
//              yesterday, a weekday, a toll (a number of people), a result verb
//              (أسفر، أدى إلى، أصيب، قتل). Phrases and verbs report by themselves.
//              Violence only (roots 18 to 20): a protest noun ("الاحتجاج",
//              "الاعتصام") usually names the protest going on, which is the news.
#include "coder/salience.h"

#include <initializer_list>

#include "text/normalize.h"

namespace isnad::coder {
namespace {

bool In(std::string_view key, std::initializer_list<const char*> words) {
  return text::InNormalizedList(key, words);
}

// Words whose complement is the event being tried, charged or investigated.
bool IsJudicial(std::string_view k) {
  return In(k, {"محاكمة", "محاكمه", "بتهمة", "تهمة", "تهم", "متهم", "المتهمين", "متهمين", "المتهم", "محكمة",
                "التحقيق", "تحقيق", "التحقيقات", "قضية", "إدانة", "charged", "charges", "charge", "trial",
                "accused", "convicted", "indicted", "investigation", "inquiry", "suspected", "procès", "accusé",
                "accusés", "inculpé", "mis en examen", "enquête", "condamné"});
}

bool IsReaction(std::string_view k) {
  return In(k, {"أدان", "ادان", "أدانت", "يدين", "تدين", "استنكر", "استنكرت", "يستنكر", "ندد", "نددت", "شجب", "شجبت",
                "تعازي", "تعازيه", "عزى", "عزاء", "تعزية", "ذكرى", "إحياء", "condemned", "condemns", "denounced",
                "condolences", "mourned", "commemorated", "anniversary", "condamné", "condamne", "dénoncé",
                "commémoré", "anniversaire", "hommage"});
}

bool IsNewsAnchor(std::string_view k) {
  return In(k, {"أمس", "امس", "اليوم", "الليلة", "صباح", "مساء", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
                "الجمعة", "السبت", "الأحد", "أسفر", "اسفر", "أسفرت", "أدى", "ادى", "أدت", "أصيب", "أصيبوا",
                "مقتل", "قتل", "قتلى", "جرحى", "جريح", "مصرع", "حصيلة", "yesterday", "today", "tonight",
                "killed", "wounded", "injured", "hier", "aujourd'hui", "tués", "blessés"});
}

// Nouns that make a number a toll: "60 شخصا", "عشرة جنود", "5 civilians".
bool IsCasualtyNoun(std::string_view k) {
  return In(k, {"شخص", "شخصا", "أشخاص", "قتيل", "قتيلا", "قتلى", "جريح", "جريحا", "جرحى", "مدني", "مدنيا",
                "مدنيين", "جندي", "جنديا", "جنود", "عنصر", "عناصر", "شرطي", "شرطيا", "مسلح", "مسلحين", "people",
                "persons", "soldiers", "civilians", "policemen", "personnes", "soldats", "civils"});
}

}  // namespace

bool IsQuestion(const SentenceState& st) {
  if (st.end <= st.begin) return false;
  std::string_view last = st.surface(st.end - 1);
  if (last != "?" && last != "؟") return false;
  // A question mark closing a quotation inside a report ("«...؟» قال") is part of
  // the quote; only a sentence that is itself a question counts.
  return true;
}

bool IsBackground(const SentenceState& st, const Trigger& t, std::string_view code, std::string* rule) {
  const int clause = st.clause_of(t.begin);
  // judicial and reaction: a governing word shortly before the trigger.
  for (uint32_t k = t.begin, steps = 0; k > st.begin && steps < 5; ++steps) {
    --k;
    if (st.mention(k) >= 0) continue;
    std::string_view key = st.stem(k), norm = st.doc->Norm(st.tok(k));
    if (IsJudicial(key) || IsJudicial(norm)) {
      *rule = "judicial";
      return true;
    }
    if (IsReaction(key) || IsReaction(norm)) {
      *rule = "reaction";
      return true;
    }
    if (st.trigger(k) >= 0 && st.triggers[st.trigger(k)].verb) break;
  }
  // recalled: a background cue before the trigger in its clause or the one governing it.
  for (const CueMark& c : st.cues) {
    if (c.begin >= t.begin) break;
    if (c.kind != lexicon::CueKind::kBackground) continue;
    int cc = st.clause_of(c.begin);
    if (cc == clause || cc + 1 == clause) {
      *rule = "recalled";
      return true;
    }
  }
  // date-list: "<day> <month> <year>:" or "<year>:" opening the sentence.
  for (uint32_t k = st.begin; k < st.end && k < st.begin + 6; ++k) {
    if (st.surface(k) == ":" && k > st.begin && st.tok(k - 1).kind == text::TokenKind::kNumber) {
      *rule = "date-list";
      return true;
    }
  }
  // unanchored-noun (Arabic).
  bool violent = code.size() >= 2 && (code.substr(0, 2) == "18" || code.substr(0, 2) == "19" ||
                                      code.substr(0, 2) == "20");
  bool noun = !t.verb && !t.noun_events.empty();
  for (uint32_t e : t.noun_events) noun &= st.lexicon->events()[e].kind == lexicon::EventWordKind::kNoun;
  if (st.sentence->lang == text::Lang::kAr && violent && noun) {
    bool anchored = false;
    for (uint32_t k = st.begin; k < st.end && !anchored; ++k) {
      anchored = IsNewsAnchor(st.stem(k)) || IsNewsAnchor(st.doc->Norm(st.tok(k))) ||
                 (st.tok(k).kind == text::TokenKind::kNumber && k + 1 < st.end &&
                  (st.mention(k + 1) >= 0 || IsCasualtyNoun(st.stem(k + 1))));
    }
    if (!anchored) {
      *rule = "unanchored-noun";
      return true;
    }
  }
  return false;
}

}  // namespace isnad::coder
