// News or background. An event coder that counts every mention of an attack as
// an attack counts trials, anniversaries and condolences as violence. These
// rules mark such mentions `background` (the record keeps them; the analyses and
// the gold-standard scores leave them out). Each rule is a fact of news writing:
//
//   judicial   the event is what a trial, a charge or an investigation is about:
//              "محاكمة المتهمين باغتيال", "charged with the murder of", "accusé
//              de l'assassinat" (the news is the trial; CAMEO codes it apart).
//   reaction   the event is the object of a condemnation, condolence,
//              judgement (وصف، اعتبر) or commemoration: "أدان الهجوم",
//              "condemned the attack", "a condamné l'attentat" (the news is the
//              reaction). In Arabic the reaction verb governs its whole clause
//              (أدان الحزب ... في بيان أصدره أمس عملية خطف).
//   recalled   a background cue governs the trigger's clause: "كان قد", "سبق أن",
//              "في وقت سابق", "العام الماضي", "ذكرى", "last year", "earlier",
//              "l'an dernier" (the dictionaries' `background` cues).
//              In Arabic العام after a title (الأمين العام السابق) is "general",
//              no year: a cue that opens with it there is no date.
//   recalled also takes, in Arabic, a past time expression after the trigger
//              in its clause (الأسبوع الماضي، قبل أشهر); "من قبل" before a noun
//              is the agent of a passive ("by") and no date.
//   last-weekday (Arabic) "الأربعاء الماضي" near the trigger: an act of days ago.
//   date-list  the sentence opens a chronology: a date followed by a colon
//              (English and French; an Arabic chronology item is news, see
//              chronology).
//   chronology (Arabic) an item of a dated list (* 12 ديسمبر 2005: اغتيال
//              ...) reports its act: the date anchors the noun.
//   dated-past (Arabic) a bare year near the trigger (عام 2003) with no today,
//              yesterday or weekday in the sentence; for destruction and
//              repression too (دمرت القلعة عام 1991).
//   kind (Arabic) the act is named as a kind by the noun before it (جرائم
//              خطف، موجة تفجيرات، ظاهرة القتل، أعمال قمع).
//   list-of-kinds (Arabic) masdars of violence or destruction joined by و,
//              all definite (القتل والخطف والاغتصاب، القتل والتدمير) or all
//              indefinite (خطف وقتل وتهجير): kinds of crime, not one act.
//   statistic (Arabic) a noun of violence after a word of count or rate
//              (عدد الهجمات، لعدة محاولات اغتيال) or a plural one whose rise or
//              fall its clause tells (التفجيرات زادت): a tally, no act.
//   time-since (Arabic) a noun of violence after a span of time (بعد يومين
//              من محاولة الاغتيال، قبل ساعات من الهجوم): the reference point of
//              the news, told before.
//   points-back (Arabic) a demonstrative before a definite noun of violence
//              (هذا الهجوم): the act was told before; this sentence elaborates.
//              So does a massacre named with the article (المذبحة، المجزرة):
//              news introduces one indefinite.
//   continuation (Arabic) the sentence opens with وأضاف / وتابع ("he
//              added"): it details an event the story told before.
//   no-device (Arabic) انفجر، تفجر، انفجار with no device or bomber in the
//              sentence: a bubble, a crisis or laughter bursts, no attack.
//   li-masdar (Arabic) ل + a masdar of violence (لتدمير، للهجوم): a purpose,
//              an object or a time reference, unless تعرض ل reports it.
//   ill-treatment (Arabic) a noun of torture or rape with no today,
//              yesterday or weekday in its clause: an allegation about custody
//              or a crime named as a category.
//   habitual, relative (Arabic) a verb in the imperfect (also تقتل and نضرب,
//              told from a form V perfect by the lexicon), or right after
//              a relative pronoun: what someone does, who someone is; and the
//              toll of a relative clause (الحرب التي أسفرت عن مقتل), and the
//              act that caused its verb (الذي قتل في انفجار سيارة مفخخة).
//   unanchored-noun  an Arabic verbal noun of violence (هجوم، الاغتيال، تفجير) with
//              no news anchor in its clause or the clauses beside it names an
//              act as a topic (of a trial, a speech, an analysis), not as
//              today's news. Anchors: today,
//              yesterday, a weekday, a toll (a number of people), a result verb
//              (أسفر، أدى إلى، أصيب، قتل). Verbs report by themselves, and so do
//              phrases but noun phrases with a nominal head (هجوم انتحاري، سيارة
//              مفخخة، ضربة جوية) and no verb after them.
//              Protest nouns (root 14) take their own anchors besides: a verb
//              of occurrence or organisation (اندلعت، نظم، خرج، شارك، انفجرت), a
//              crowd and its size (آلاف، متظاهرون: indefinite), a day and a month.
//   protest-*  (Arabic, root 14) a protest is introduced once; what follows it
//              is not a new protest: its details (protest-detail), a protest as
//              the time or place of other news (-setting, -in-toll,
//              -dispersed, -audience), known or named protests (-possessed,
//              -presupposed, -named, -continuing), plans and calls (-project,
//              -call, -planned), the protesters' own words (-we, -quoted), and
//              احتجاجا على after another act (-purpose). See "Arabic protest
//              salience" below.
#include "coder/salience.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <type_traits>
#include <vector>

#include "text/normalize.h"

namespace isnad::coder {
namespace {

bool In(std::string_view key, std::initializer_list<const char*> words) {
  return text::InNormalizedList(key, words);
}

// Words whose complement is the event being tried, charged or investigated.
bool IsJudicial(std::string_view k) {
  static const text::WordList kWords = {
      "محاكمة", "محاكمه", "بتهمة", "تهمة", "تهم", "متهم", "المتهمين", "متهمين",
      "المتهم", "محكمة",
      // accusations: "اتهم X بقتل Y" reports the accusation, not the killing
      "متهمة", "متهمون", "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون",
      "اتهام", "باتهام", "الاتهام", "التحقيق", "تحقيق", "التحقيقات", "قضية",
      "إدانة", "charged", "charges", "charge", "trial", "accused", "convicted",
      "indicted", "investigation", "inquiry", "suspected", "procès", "accusé",
      "accusés", "inculpé", "mis en examen", "enquête", "condamné"};
  return kWords.Contains(k);
}

bool IsReaction(std::string_view k) {
  static const text::WordList kWords = {
      "أدان", "ادان", "أدانت", "يدين", "تدين", "استنكر", "استنكرت", "يستنكر",
      "ندد", "نددت", "شجب", "شجبت", "تعازي", "تعازيه", "عزى", "عزاء", "تعزية",
      "ذكرى", "إحياء",
      // a judgement on the act: "وصف الهجوم بأنه ...", "اعتبر الاغتيال ..."
      "وصف", "وصفت", "ووصف", "ووصفت", "يصف", "تصف", "اعتبر", "اعتبرت", "واعتبر",
      "واعتبرت", "يعتبر", "تعتبر", "condemned", "condemns", "denounced",
      "condolences", "mourned", "commemorated", "anniversary", "condamné",
      "condamne", "dénoncé", "commémoré", "anniversaire", "hommage"};
  return kWords.Contains(k);
}

bool IsCommemoration(std::string_view k) {
  static const text::WordList kWords = {"ذكرى", "الذكرى", "إحياء", "احياء"};
  return kWords.Contains(k);
}

// Funerals and tombs (تشييع، جنازة، ضريح): mourning recalls a killing told
// before, but a protest held at a funeral or a tomb ("سار المعتصمون بعد اللقاء
// أمام الضريح", "تظاهرة التشييع") is news.
bool IsMourning(std::string_view k) {
  static const text::WordList kWords = {"تشييع",  "التشييع", "شيع",    "شيعت",
                                        "جنازة",  "الجنازة", "جنازات", "ضريح",
                                        "الضريح", "أضرحة"};
  return kWords.Contains(k);
}

bool IsProtestCode(std::string_view code) { return code.size() >= 2 && code.substr(0, 2) == "14"; }

bool IsNewsAnchor(std::string_view k) {
  static const text::WordList kWords = {
      "أمس",     "امس",      "اليوم",    "الليلة",  "صباح",      "مساء",
      "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",  "الجمعة",    "السبت",
      "الأحد",   "أسفر",     "اسفر",     "أسفرت",   "أدى",       "ادى",
      "أدت",     "أصيب",     "أصيبوا",   "مقتل",    "قتل",       "قتلى",
      "جرحى",    "جريح",     "مصرع",     "حصيلة",   "yesterday", "today",
      "tonight", "killed",   "wounded",  "injured", "hier",      "aujourd'hui",
      "tués",    "blessés"};
  return kWords.Contains(k);
}

// Words that make a protest noun news: a verb of occurrence or organisation
// (اندلعت مظاهرات، نظم اعتصاما، خرج في مسيرة، شارك في), or a crowd and its size
// (آلاف، مئات، المتظاهرون). A protest noun without them names a protest as a
// topic (the right to protest, a call to demonstrate, a protest last year).
bool IsProtestAnchor(std::string_view k) {
  static const text::WordList kWords = {
      "اندلعت", "اندلع", "اندلعت", "انطلقت", "انطلق", "نظم", "نظمت", "نظموا",
      "نفذ", "نفذت", "نفذوا", "خرج", "خرجت", "خرجوا", "نزل", "نزلت", "نزلوا",
      "شارك", "شاركت", "شاركوا", "شهدت", "شهد", "جرت", "تظاهر", "تظاهروا",
      "تظاهرت", "احتج", "احتجوا", "تجمع", "تجمعوا", "احتشد", "احتشدوا", "شكل",
      "شكلوا", "أقام", "أقاموا", "آلاف", "الآلاف", "مئات", "المئات", "عشرات",
      "العشرات", "حشود", "الحشود", "حشد", "المتظاهرون", "المتظاهرين",
      "متظاهرون", "متظاهرين", "المحتجون", "المحتجين", "محتجون", "محتجين",
      "المعتصمون", "المعتصمين", "معتصمون", "معتصمين",
      // protests that erupt or sweep a place (انفجرت مظاهرات، عمت الاحتجاجات),
      // and a call answered (لبى الدعوة إلى التظاهر، تلبية لدعوة): the protest
      // took place
      "انفجرت", "انفجر", "عمت", "اجتاحت", "لبى", "لبت", "لبوا", "تلبية",
      "استجاب", "استجابت", "استجابوا"};
  return kWords.Contains(k);
}

// Whether `pred` holds of word k: its stem, its normalized form, or that form
// without the conjunction و/ف that the segmenter leaves on verbs (واندلعت).
template <typename Pred>
bool WordIsUncached(const SentenceState& st, uint32_t k, Pred pred) {
  std::string_view norm = st.doc->Norm(st.tok(k)), stem = st.stem(k);
  // A word without clitics has its normalized form as its stem: asked once.
  if (pred(stem) || (norm != stem && pred(norm))) return true;
  for (std::string_view conj : {"و", "ف"}) {
    if (norm.size() > conj.size() + 4 && norm.substr(0, conj.size()) == conj) return pred(norm.substr(conj.size()));
  }
  return false;
}

// The answers of WordIs for the sentence being coded, per token and predicate:
// the rules ask the same word lists of the same tokens for every trigger (and
// dated-past asks IsMonth of four tokens before each token), so each answer is
// computed once per sentence. Keyed by BuildSentenceState's serial; a predicate
// is a slot: a captureless lambda by its type, a function by its address.
struct WordMemo {
  static constexpr int kSlots = 64;
  uint64_t serial = 0;
  std::vector<uint64_t> known, value;  // Per token (index - begin): bit = slot.
  std::vector<bool (*)(std::string_view)> functions;  // Slot of functions[i]: kSlots - 1 - i.
  int next_lambda_slot = 0;

  // The memo of `st`, reset when a new sentence is asked about; null when `st`
  // was not built by BuildSentenceState (no serial).
  static WordMemo* For(const SentenceState& st) {
    thread_local WordMemo memo;
    if (st.serial == 0) return nullptr;
    if (memo.serial != st.serial) {
      memo.serial = st.serial;
      memo.known.assign(st.end - st.begin, 0);
      memo.value.assign(st.end - st.begin, 0);
    }
    return &memo;
  }
  int FunctionSlot(bool (*f)(std::string_view)) {
    for (size_t i = 0; i < functions.size(); ++i) {
      if (functions[i] == f) return kSlots - 1 - static_cast<int>(i);
    }
    if (kSlots - 1 - static_cast<int>(functions.size()) < next_lambda_slot) return -1;  // Full: not memoized.
    functions.push_back(f);
    return kSlots - static_cast<int>(functions.size());
  }
  int LambdaSlot() { return next_lambda_slot < kSlots - static_cast<int>(functions.size()) ? next_lambda_slot++ : -1; }
};

template <typename Pred>
bool WordIs(const SentenceState& st, uint32_t k, Pred pred) {
  WordMemo* memo = WordMemo::For(st);
  if (memo == nullptr || k < st.begin || k >= st.end) return WordIsUncached(st, k, pred);
  int slot = -1;
  if constexpr (std::is_convertible_v<Pred, bool (*)(std::string_view)> && std::is_empty_v<Pred>) {
    // A captureless lambda: its answers depend on the word only.
    thread_local int lambda_slot = -2;
    if (lambda_slot == -2) lambda_slot = memo->LambdaSlot();
    slot = lambda_slot;
  } else if constexpr (std::is_same_v<Pred, bool (*)(std::string_view)>) {
    slot = memo->FunctionSlot(pred);
  }
  if (slot < 0) return WordIsUncached(st, k, pred);
  const uint64_t bit = uint64_t{1} << slot;
  const uint32_t i = k - st.begin;
  if (memo->known[i] & bit) return (memo->value[i] & bit) != 0;
  const bool is = WordIsUncached(st, k, pred);
  memo->known[i] |= bit;
  if (is) memo->value[i] |= bit;
  return is;
}

// A year written in digits (1900 to 2099): "عام 2004", "في 1996".
bool IsYear(const SentenceState& st, uint32_t k) {
  if (st.tok(k).kind != text::TokenKind::kNumber) return false;
  std::string_view w = st.surface(k);
  return w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20") &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Words that place a report on the day of the news: today, yesterday, tonight,
// a weekday.
bool IsNewsDay(std::string_view k) {
  static const text::WordList kWords = {
      "أمس",      "امس",    "اليوم",  "الليلة", "الاثنين", "الثلاثاء",
      "الأربعاء", "الخميس", "الجمعة", "السبت",  "الأحد"};
  return kWords.Contains(k);
}

// The nominal heads of Arabic phrases of violence: "هجوم انتحاري", "سيارة
// مفخخة", "ضربة جوية", "تطهير عرقي", "إطلاق الصواريخ".
bool IsNominalHead(std::string_view k) {
  static const text::WordList kWords = {
      "هجوم",   "هجوما",  "هجمات",    "هجوم",  "سيارة", "سيارات",
      "ضربة",   "ضربات",  "غارة",     "غارات", "تفجير", "تفجيرات",
      "انفجار", "قذيفة",  "قذائف",    "تطهير", "مجزرة", "مذبحة",
      "مجازر",  "إطلاق",  "اطلاق",    "حزام",  "حزاما", "عملية",
      "عمليات", "اعتداء", "اعتداءات", "قصف",   "إبادة", "حرب"};
  return kWords.Contains(k);
}

// Perfect verbs that end the noun phrases above ("سيارة مفخخة انفجرت").
bool IsPerfectOfViolence(std::string_view k) {
  static const text::WordList kWords = {"انفجرت",  "انفجر",  "فجرت",
                                        "استهدفت", "استهدف", "أسفر",
                                        "أسفرت",   "قتل",    "قتلت"};
  return kWords.Contains(k);
}

// Nouns that make the act after them a kind, not one act: "جرائم خطف
// الأجانب" (crimes of kidnapping), "ظاهرة القتل", "تكرار خطف الصحافيين", "موجة
// اغتيالات", "قصة خطف". The singular "عملية" (an operation) names one act and
// is not here.
bool IsKindHead(std::string_view k) {
  static const text::WordList kWords = {
      "جرائم",  "جريمة", "ظاهرة", "ظواهر", "قصة",   "قصص",    "تكرار",
      "سلسلة",  "مسلسل", "موجة",  "موجات", "حوادث", "أعمال",  "اعمال",
      "عمليات", "حملة",  "حملات", "ثقافة", "سياسة", "أساليب", "وسائل"};
  return kWords.Contains(k);
}

// "من قبل" before a noun marks the agent of a passive ("عذب من قبل الحراس",
// "by"), not "before": such a background cue is no date.
bool IsAgentMarker(const SentenceState& st, const CueMark& c) {
  return c.end < st.end && !st.is_punct(c.end) && In(st.doc->Norm(st.tok(c.end - 1)), {"قبل"});
}

// "العام" after a title is the adjective "general" (الأمين العام السابق "the
// former secretary general", المدعي العام), not "the year": a background cue
// that opens with it there (العام السابق، العام الماضي) is no date.
bool IsTitleGeneral(const SentenceState& st, const CueMark& c) {
  return c.begin > st.begin && In(st.doc->Norm(st.tok(c.begin)), {"العام"}) &&
         WordIs(st, c.begin - 1, [](std::string_view w) {
           static const text::WordList kWords = {
               "الأمين",  "أمين",   "المدير",  "مدير",   "المدعي", "مدعي",
               "النائب",  "المفتش", "المراقب", "المنسق", "المقرر", "القائد",
               "الأمانة", "الحاكم", "المرشد",  "القنصل", "المفوض"};
           return kWords.Contains(w);
         });
}

bool IsWeekday(std::string_view k) {
  static const text::WordList kWords = {
      "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
  return kWords.Contains(k);
}

// CAMEO codes of ill-treatment: sexual violence (1821) and torture (1822).
bool IsIllTreatmentCode(std::string_view code) { return code == "1821" || code == "1822"; }

// CAMEO roots of violence (18 to 20) and protest (14).
bool IsViolentOrProtest(std::string_view code) {
  return code.size() >= 2 && (code.substr(0, 2) == "18" || code.substr(0, 2) == "19" ||
                              code.substr(0, 2) == "20" || code.substr(0, 2) == "14");
}

// Month names (Egyptian-Maghrebi and Levantine): a day and a month ("17 مارس",
// "3 آذار") date an act to a day, as news does.
bool IsMonth(std::string_view k) {
  static const text::WordList kWords = {
      "يناير", "فبراير", "مارس",   "أبريل",  "مايو",   "يونيو",
      "يوليو", "أغسطس",  "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
      "كانون", "شباط",   "آذار",   "نيسان",  "أيار",   "حزيران",
      "تموز",  "آب",     "أيلول",  "تشرين"};
  return kWords.Contains(k);
}

// Nouns that make a number a toll: "60 شخصا", "عشرة جنود", "5 civilians".
bool IsCasualtyNoun(std::string_view k) {
  static const text::WordList kWords = {
      "شخص",       "شخصا",      "أشخاص",     "قتيل",    "قتيلا",   "قتلى",
      "جريح",      "جريحا",     "جرحى",      "مدني",    "مدنيا",   "مدنيين",
      "جندي",      "جنديا",     "جنود",      "عنصر",    "عناصر",   "شرطي",
      "شرطيا",     "مسلح",      "مسلحين",    "people",  "persons", "soldiers",
      "civilians", "policemen", "personnes", "soldats", "civils"};
  return kWords.Contains(k);
}

// An Arabic verb in the imperfect (المضارع) of the third person: "يقتلون",
// "ويطلق", "يُختطف", "تتعرض". Its prefix ي (he/they) or تت (she/you, form V/VI)
// is what a perfect verb, the tense of news reports, never opens with. The
// conjunctions و/ف and the future س are stripped first.
bool IsArabicImperfect(std::string_view w) {
  auto starts = [&](std::string_view p) { return w.substr(0, p.size()) == p; };
  for (std::string_view pre : {"و", "ف"}) {
    if (starts(pre) && w.size() > pre.size() + 4) {
      w.remove_prefix(pre.size());
      break;
    }
  }
  if (starts("س") && w.size() > 6) w.remove_prefix(std::string_view("س").size());
  return starts("ي") || starts("تت");
}

// The imperfect of the third person feminine and of the first person plural
// (تقتل، تهاجم، وتعذب، لتقتحم؛ نضرب، نصيب): ت or ن + the stem of an imperfect
// in ي. A perfect of form V or VI (تفجر، تظاهر) has the same letters as the
// first; the lexicon tells them apart, since such a verb is listed with its own
// imperfect in يت (تفجر|يتفجر), and a verb of form I-IV with its imperfect in ي
// (قتل|يقتل). A perfect whose root begins with ن (نفذ، نسف) has no imperfect
// يفذ or يسف.
bool IsPrefixedImperfectForm(const SentenceState& st, std::string_view w) {
  auto person = [](std::string_view x) { return x.substr(0, 2) == "ت" || x.substr(0, 2) == "ن"; };
  for (std::string_view pre : {"و", "ف", "ل", "س"}) {
    if (w.size() > pre.size() + 6 && w.substr(0, pre.size()) == pre && person(w.substr(pre.size()))) {
      w.remove_prefix(pre.size());
      break;
    }
  }
  if (w.size() < 8 || !person(w) || w.substr(2, 2) == "ت") return false;
  std::string rest(w.substr(2));
  return st.lexicon->Lookup("ي" + rest) != lexicon::kNoSym &&
         st.lexicon->Lookup("ي" + std::string(w.substr(0, 2)) + rest) == lexicon::kNoSym;
}

// The whole form, or the stem without an object pronoun (نصيبه "his share").
bool IsPrefixedImperfect(const SentenceState& st, uint32_t k) {
  return IsPrefixedImperfectForm(st, st.doc->Norm(st.tok(k))) || IsPrefixedImperfectForm(st, st.stem(k));
}

// انفجر، تفجر and their masdar انفجار ("burst", "exploded", "explosion") are
// intransitive: what bursts is named beside them. A device (سيارة، عبوة، قنبلة،
// لغم، صاروخ، حزام ناسف، متفجرات) or a bomber makes an attack of it; without one
// the word is figurative or an accident (انفجرت الفقاعة العقارية، انفجر الحضور بالضحك،
// تفجرت أزمة، تفجر الخلاف).
bool IsBurstWord(std::string_view w) {
  for (std::string_view pre : {"و", "ف"}) {
    // >=: "وتفجر" is و and the four letters of تفجر.
    if (w.size() >= pre.size() + 8 && w.substr(0, pre.size()) == pre) {
      w.remove_prefix(pre.size());
      break;
    }
  }
  for (std::string_view root : {"انفجر", "تفجر", "انفجار"}) {
    if (w.substr(0, root.size()) == root) return true;
  }
  return false;
}

bool IsDeviceWord(std::string_view w) {
  for (std::string_view pre : {"سيار", "عبو", "قنبل", "لغم", "الغام", "صاروخ", "قذيف", "قذائف", "حزام", "شاحن", "دراج",
                               "طرد", "انتحاري", "ناسف", "مفخخ", "متفجر", "ذخير", "مخزن", "خزان", "صهريج", "انبوب", "غاز",
                               "عربة", "حافلة", "مركبة", "قارورة", "مقذوف", "فتيل", "صاعق", "ديناميت"}) {
    if (w.substr(0, pre.size()) == pre) return true;
  }
  return false;
}

bool BurstWithoutDevice(const SentenceState& st, const Trigger& t) {
  if (t.end != t.begin + 1 || !IsBurstWord(st.doc->Norm(st.tok(t.begin)))) return false;
  for (uint32_t k = st.begin; k < st.end; ++k) {
    if (k != t.begin && (IsDeviceWord(st.stem(k)) || IsDeviceWord(st.doc->Norm(st.tok(k))))) return false;
  }
  return true;
}

// Arabic relative pronouns: a verb right after one describes the noun before it
// ("القيادي الذي قتل في غارة", "السفينتين اللتين خطفهما قراصنة").
bool IsArabicRelative(std::string_view k) {
  static const text::WordList kWords = {"الذي",   "التي",   "الذين",  "اللذين",
                                        "اللتين", "اللذان", "اللتان", "اللواتي",
                                        "اللاتي", "اللائي"};
  return kWords.Contains(k);
}

// تعرض ل + masdar, "was subjected to" an act: the passive report of the act
// (تعرضت السفينة للهجوم، تعرضوا للتعذيب). Only the perfect reports; it must
// govern the trigger (at most three words before it). Allegations (زعم أنه
// تعرض) are left to the provenance rules.
bool SubjectedTo(const SentenceState& st, const Trigger& t) {
  for (uint32_t k = t.begin, steps = 0; k > st.begin && steps < 3; ++steps) {
    --k;
    // With a pronoun suffix it is the masdar (تعرضها "her being subjected"), a topic.
    if (In(st.stem(k), {"تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضن"}) &&
        st.tok(k).pronoun == text::Pronoun::kNone)
      return true;
  }
  return false;
}

// Whether token k opens a noun reading of a trigger (القتل, والخطف), definite
// when `definite`, and not a noun of the toll (مقتل، إصابة، جرح: "مقتل وإصابة
// العشرات" is one act's result).
bool NounTriggerAt(const SentenceState& st, uint32_t k, bool definite) {
  int i = st.trigger(k);
  if (i < 0) return false;
  const Trigger& u = st.triggers[i];
  if (u.begin != k || u.verb || u.noun_events.empty()) return false;
  if (definite != ((st.tok(k).clitics & text::kCliticAl) != 0)) return false;
  return !WordIs(st, k, [](std::string_view w) {
    static const text::WordList kWords = {"مقتل",   "إصابة",  "اصابة", "جرح",
                                          "إصابات", "اصابات", "سقوط"};
    return kWords.Contains(w);
  });
}

// A list of masdars of violence joined by و, all definite (القتل والخطف،
// القتل والاغتيال والاعتداء، الاغتصاب والتعذيب) or all indefinite (تفجير
// وخطف وقتل، نهب وقتل وتشريد), names kinds of crime, a topic of commentary,
// statistics or law, never one act: news tells an act with its actors or its
// toll, not as a category beside other categories. Nouns of the toll (مقتل
// وإصابة) are one act's result and make no list.
bool InListOfKinds(const SentenceState& st, const Trigger& t) {
  const bool definite = (st.tok(t.begin).clitics & text::kCliticAl) != 0;
  if (!NounTriggerAt(st, t.begin, definite)) return false;
  bool before = t.begin > st.begin && (st.tok(t.begin).clitics & text::kCliticWa) != 0 && st.trigger(t.begin - 1) >= 0 &&
                NounTriggerAt(st, st.triggers[st.trigger(t.begin - 1)].begin, definite);
  bool after = t.end < st.end && (st.tok(t.end).clitics & text::kCliticWa) != 0 && NounTriggerAt(st, t.end, definite);
  return before || after;
}

// A definite noun of violence after a demonstrative (هذا الهجوم، تلك
// العملية، لهذا الاغتيال) points back to an act the story has already told:
// a sentence that says it elaborates or reacts; it does not report a new act.
bool PointsBack(const SentenceState& st, const Trigger& t) {
  if (t.verb || t.begin == st.begin || (st.tok(t.begin).clitics & text::kCliticAl) == 0) return false;
  const text::Token& prev = st.tok(t.begin - 1);
  return In(st.stem(t.begin - 1), {"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء"}) ||
         In(st.doc->Norm(prev), {"هذا", "هذه", "ذلك", "تلك", "لهذا", "لهذه", "بهذا", "بهذه", "وهذا", "وهذه", "لذلك",
                                 "بذلك", "لتلك", "بتلك"});
}

// ل + a masdar of violence (لتدمير المستوطنات، لاحتجاز رهائن، المؤيدة
// للهجوم، عشية مقتل) is a purpose ("in order to destroy"), the object
// of a noun or adjective, or a time reference: the act is intended, supported
// or recalled, not reported. The exceptions are the passive report تعرض ل
// (تعرضت القافلة لهجوم, with any words between: its subject may carry
// appositions, تعرض المحافظ، العائد من العاصمة، لهجوم) and a result
// verb right before it (أدى لمقتل).
bool PurposeOrObjectLi(const SentenceState& st, const Trigger& t) {
  if (t.verb || (st.tok(t.begin).clitics & text::kCliticLi) == 0) return false;
  for (uint32_t k = st.begin; k < t.begin; ++k) {
    if (WordIs(st, k, [](std::string_view w) { return w.substr(0, std::string_view("تعرض").size()) == "تعرض"; }))
      return false;
  }
  return !(
      t.begin > st.begin && WordIs(st, t.begin - 1, [](std::string_view w) {
        static const text::WordList kWords = {"أدى",   "ادى",  "أدت",  "ادت",
                                              "يؤدي",  "تؤدي", "أفضى", "تسبب",
                                              "تسببت", "أسفر", "أسفرت"};
        return kWords.Contains(w);
      }));
}

// A sentence that opens with "he added" or "he went on" (وأضاف، وأضافت،
// وتابع) continues a statement the story has already begun to quote: in news
// prose the acts it tells are details of the story's event (its toll, how it
// happened), told first in the lead, not a new event.
bool ContinuesAStatement(const SentenceState& st) {
  for (uint32_t k = st.begin; k < st.end && k < st.begin + 2; ++k) {
    if (st.is_punct(k)) continue;
    return In(st.doc->Norm(st.tok(k)), {"وأضاف", "واضاف", "وأضافت", "واضافت", "وتابع", "وتابعت", "وأضافوا", "واضافوا"});
  }
  return false;
}

// statistic (Arabic): a noun of violence counted or measured as a quantity
// (عدد الهجمات، نسبة الاغتيالات، تقليص عدد التفجيرات، لعدة محاولات اغتيال،
// تراجع الهجمات) or a plural one whose rise or fall its clause tells
// (التفجيرات زادت في أنحاء البلاد، تراجعت الهجمات): statistics and trends sum
// acts told before, they report none.
bool IsStatistic(const SentenceState& st, const Trigger& t) {
  if (t.verb) return false;
  auto quantity = [](std::string_view w) {
    static const text::WordList kWords = {
        "عدد",   "أعداد", "اعداد",  "عدة",    "نسبة",  "معدل",  "معدلات",
        "وتيرة", "حجم",   "ارتفاع", "انخفاض", "تراجع", "تزايد", "تصاعد",
        "تقليص", "خفض",   "زيادة",  "تضاعف",  "إحصاء", "احصاء", "إحصائيات"};
    return kWords.Contains(w);
  };
  uint32_t k = t.begin;
  // One noun of occurrence may stand between (عدد عمليات الخطف، عدة محاولات اغتيال).
  if (k > st.begin && WordIs(st, k - 1, [](std::string_view w) {
        static const text::WordList kWords = {"عمليات", "محاولات", "حوادث",
                                              "حالات"};
        return kWords.Contains(w);
      }))
    --k;
  if (k > st.begin && WordIs(st, k - 1, quantity)) return true;
  // The plural subject of a verb of rise or fall after it in its clause.
  if (!(st.tok(t.begin).clitics & text::kCliticAl)) return false;
  const int clause = st.clause_of(t.begin);
  for (uint32_t j = t.end; j < st.end && j < t.end + 6; ++j) {
    if (st.clause_of(j) != clause) break;
    if (WordIs(st, j, [](std::string_view w) {
          static const text::WordList kWords = {"زادت",   "ازدادت", "تزايدت",
                                                "ارتفعت", "تراجعت", "انخفضت",
                                                "تضاعفت", "تصاعدت", "تقلصت"};
          return kWords.Contains(w);
        }))
      return true;
  }
  return false;
}

// The act that caused a relative clause's verb (الذي قتل في انفجار سيارة
// مفخخة، التي أصيبت بقذيفة، الذين قتلوا جراء الغارة) belongs to the clause: it
// is said of the noun the clause describes, as the verb is (rule relative). The
// noun of cause follows the verb after في، جراء، إثر or with ب, at most three
// words on.
bool CauseInRelativeClause(const SentenceState& st, const Trigger& t) {
  if (t.verb || t.begin < st.begin + 3) return false;
  const bool bi = (st.tok(t.begin).clitics & text::kCliticBi) != 0;
  if (!bi && !WordIs(st, t.begin - 1, [](std::string_view w) {
        static const text::WordList kWords = {"في", "جراء", "إثر", "اثر"};
        return kWords.Contains(w);
      }))
    return false;
  const int clause = st.clause_of(t.begin);
  for (uint32_t k = t.begin - (bi ? 0 : 1), steps = 0; k > st.begin + 1 && steps < 3; ++steps) {
    --k;
    if (st.clause_of(k) != clause || st.is_punct(k)) return false;
    int i = st.trigger(k);
    if (i < 0 || !st.triggers[i].verb) continue;
    return IsArabicRelative(st.doc->Norm(st.tok(k - 1))) || IsArabicRelative(st.stem(k - 1));
  }
  return false;
}

// chronology (Arabic): an item of a dated list, opened by its date and a
// colon ("* 12 ديسمبر (كانون الأول) 2005: اغتيال النائب ...", "ـ 20: تفجير
// انتحاري في فندق ..."). Arabic papers print such timelines of the acts of a
// campaign, one act per item, and the item reports its act as a dated news
// line: the date anchors the noun, and the list is not background (date-list
// stays for English and French).
bool IsChronologyItem(const SentenceState& st) {
  for (uint32_t k = st.begin; k < st.end && k < st.begin + 8; ++k) {
    if (st.surface(k) != ":" || k == st.begin) continue;
    return st.tok(k - 1).kind == text::TokenKind::kNumber;
  }
  return false;
}

// time-since (Arabic): a noun of violence that dates other news by a span of
// time from it (بعد يومين من محاولة الاغتيال، قبل ساعات من الهجوم، بعد أسبوع
// على اختطافه): the act is the reference point of the report, told before.
bool IsTimeReference(const SentenceState& st, const Trigger& t) {
  if (t.verb || t.begin < st.begin + 2) return false;
  if (!In(st.doc->Norm(st.tok(t.begin - 1)), {"من", "على"})) return false;
  for (uint32_t k = t.begin - 1, steps = 0; k > st.begin && steps < 4; ++steps) {
    --k;
    if (st.is_punct(k)) return false;
    if (!WordIs(st, k, [](std::string_view w) {
          static const text::WordList kWords = {
              "يوم",    "يومين",  "يومان", "أيام",  "ايام",    "ساعة",
              "ساعتين", "ساعات",  "أسبوع", "اسبوع", "أسبوعين", "اسبوعين",
              "أسابيع", "اسابيع", "شهر",   "شهرين", "أشهر",    "اشهر",
              "شهور",   "سنة",    "سنتين", "سنوات", "عام",     "عامين",
              "أعوام",  "اعوام",  "دقائق", "لحظات"};
          return kWords.Contains(w);
        }))
      continue;
    // The span opens with بعد or قبل, at most two words before it (بعد يومين فقط من).
    for (uint32_t j = k, back = 0; j > st.begin && back < 3; ++back) {
      --j;
      if (WordIs(st, j, [](std::string_view w) {
            static const text::WordList kWords = {"بعد", "قبل", "قبيل", "بعيد"};
            return kWords.Contains(w);
          }))
        return true;
    }
    return false;
  }
  return false;
}

// A massacre named with the article (المجزرة، بالمذبحة، صور المذبحة) is one
// the reader already knows: news introduces a mass killing indefinite (ارتكبت
// القوات مجزرة، وقعت مذبحة) and refers back to it with the article in the
// reactions, the pictures and the mourning that follow.
bool KnownMassacre(const SentenceState& st, const Trigger& t, std::string_view code) {
  return code.substr(0, std::min<size_t>(code.size(), 3)) == "202" && !t.verb &&
         (st.tok(t.begin).clitics & text::kCliticAl) != 0;
}

// reaction (Arabic) reaches further than five words: the verb of condemnation
// opens its clause and its subject, often a long title (أدان الحزب الديمقراطي
// التقدمي المعارض أمس عملية خطف السائحين), stands between it and the act it
// condemns. Any reaction verb earlier in the trigger's clause, with no other
// verb between, governs it.
bool CondemnedInItsClause(const SentenceState& st, const Trigger& t) {
  const int clause = st.clause_of(t.begin);
  for (uint32_t k = t.begin; k > st.begin;) {
    --k;
    if (st.clause_of(k) != clause) return false;
    if (st.mention(k) < 0 && (IsReaction(st.stem(k)) || IsReaction(st.doc->Norm(st.tok(k))))) return true;
    if (st.trigger(k) >= 0 && st.triggers[st.trigger(k)].verb) return false;
  }
  return false;
}

// ---- Arabic protest salience (PROTEST, CAMEO root 14). A news story
// introduces a protest once (a crowd, often counted, gathered, marched out,
// protested) and then tells its details in sentences of their own: what the
// protesters chanted, which banners they raised, what they burned, how the
// police dispersed them. Coded alone, each detail would count the same protest
// again. These functions name the constructions that tell a detail, a setting
// or a project from the report of a new protest.

// Whether word k anchors a protest noun (IsProtestAnchor). The protesters
// themselves anchor only when indefinite ("متظاهرون", a new crowd): the definite
// "المتظاهرين" refers back to a protest told before ("ووجه الرئيس انتقادا
// للمتظاهرين، معتبرا أن المظاهرات ...").
bool ProtestAnchorAt(const SentenceState& st, uint32_t k) {
  if (!WordIs(st, k, IsProtestAnchor)) return false;
  if (!(st.tok(k).clitics & text::kCliticAl)) return true;
  return !WordIs(st, k, [](std::string_view w) {
    static const text::WordList kWords = {"متظاهرون", "متظاهرين", "محتجون",
                                          "محتجين",   "معتصمون",  "معتصمين"};
    return kWords.Contains(w);
  });
}

// A counted crowd: a number or a quantity word followed within three words by
// people ("آلاف المتظاهرين", "نحو 200 متظاهر", "عدد من الشبان", "مئات من
// أنصار الحزب"), or "عددهم" (their number). A counted crowd introduces a
// protest; the bare definite "المتظاهرون" refers back to one already told.
bool IsCrowdCount(const SentenceState& st, uint32_t k) {
  auto quantity = [](std::string_view w) {
    static const text::WordList kWords = {
        "آلاف",     "الآلاف", "ألف", "الف",   "ألفي",  "الفي",    "مئات",
        "المئات",   "مائة",   "مئة", "مائتي", "عشرات", "العشرات", "مليون",
        "الملايين", "عدد",    "عدة", "نحو",   "حوالي", "حوالى",   "قرابة"};
    return kWords.Contains(w);
  };
  if (st.tok(k).kind != text::TokenKind::kNumber && !WordIs(st, k, quantity)) return false;
  if (st.tok(k).pronoun != text::Pronoun::kNone && In(st.stem(k), {"عدد"})) return true;
  for (uint32_t j = k + 1; j < st.end && j <= k + 3; ++j) {
    if (st.mention(j) >= 0 || WordIs(st, j, [](std::string_view w) {
          static const text::WordList kWords = {
              "متظاهر",  "متظاهرا", "متظاهرين", "المتظاهرين", "متظاهرون",
              "محتج",    "محتجا",   "محتجين",   "المحتجين",   "معتصم",
              "معتصمين", "شخص",     "شخصا",     "أشخاص",      "الأشخاص",
              "مواطن",   "مواطنا",  "مواطنين",  "المواطنين",  "طالب",
              "طالبا",   "طلاب",    "الطلاب",   "عامل",       "عمال",
              "العمال",  "ناشط",    "ناشطا",    "نشطاء",      "الناشطين",
              "أنصار",   "انصار",   "مؤيدي",    "شاب",        "شابا",
              "شبان"};
          return kWords.Contains(w);
        }))
      return true;
  }
  return false;
}

// The nouns of a protest held: "في مسيرة", "مظاهرة", "اعتصام".
bool IsProtestForm(std::string_view k) {
  static const text::WordList kWords = {"مسيرة",   "مسيرات", "مظاهرة",
                                        "مظاهرات", "تظاهرة", "تظاهرات",
                                        "اعتصام",  "وقفة"};
  return kWords.Contains(k);
}

// A sentence that opens with "وفي <place>،" starts a new item of a roundup
// ("وفي كراتشي، ردد ...", "وفي القدس ... أشعل المتظاهرون"): what follows
// is the news from that place, not a detail of the protest told before.
bool OpensWithPlace(const SentenceState& st) {
  if (st.end - st.begin < 3 || !In(st.doc->Norm(st.tok(st.begin)), {"وفي", "في"})) return false;
  for (const PlaceMark& p : st.places) {
    if (p.begin == st.begin + 1 || (p.begin == st.begin + 2 && In(st.stem(st.begin + 1), {"مدينة", "بلدة"})))
      return true;
  }
  return false;
}

// The head words of protest details: chanting (هتف، ردد، هتافات), banners and
// flags (رفع، حمل، لافتات، لوح), marching on (سار، جاب، توجه، تدفق), and the
// acts of a riot (أحرق، حطم، رشق، ألقى، أشعل، اشتبك، هاجم، شغب) or a road
// block (أغلق، أقفل، قطع، سد، إطارات). Not here: the verbs and nouns that hold
// a protest (تظاهر، احتج، اعتصم، تجمع، احتشد، خرج، نزل، مظاهرة، اعتصام، إضراب).
bool IsProtestDetailHead(std::string_view k) {
  static const text::WordList kWords = {
      "هتف",      "هتفت",   "هتفوا",    "يهتف",     "يهتفون",   "هتافات",
      "الهتافات", "هتاف",   "ردد",      "رددت",     "رددوا",    "يردد",
      "يرددون",   "رفع",    "رفعت",     "رفعوا",    "حمل",      "حملت",
      "حملوا",    "لافتات", "اللافتات", "لوح",      "لوحوا",    "سار",
      "سارت",     "ساروا",  "جاب",      "جابت",     "جابوا",    "توجه",
      "توجهت",    "توجهوا", "تدفق",     "تدفقت",    "تدفقوا",   "أحرق",
      "احرق",     "أحرقت",  "أحرقوا",   "احرقوا",   "حطم",      "حطمت",
      "حطموا",    "رشق",    "رشقت",     "رشقوا",    "ألقى",     "القى",
      "ألقت",     "ألقوا",  "القوا",    "أشعل",     "أشعلت",    "أشعلوا",
      "اشتبك",    "اشتبكت", "اشتبكوا",  "اشتباك",   "اشتباكات", "الاشتباكات",
      "هاجم",     "هاجمت",  "هاجموا",   "شغب",      "الشغب",    "أعمال",
      "اعمال",    "أغلق",   "اغلق",     "أغلقت",    "اغلقت",    "أغلقوا",
      "اغلقوا",   "أقفل",   "أقفلت",    "أقفلوا",   "قطع",      "قطعت",
      "قطعوا",    "سد",     "سدوا",     "الإطارات", "الاطارات", "إطارات",
      "اطارات",   "متاريس", "المتاريس", "الزجاجات", "زجاجات"};
  return kWords.Contains(k);
}

// protest-detail: a detail of a protest (see IsProtestDetailHead) with no
// counted crowd in its clause: "وهتف المتظاهرون «...»", "ورفعوا لافتات كتب
// عليها", "وأحرق المتظاهرون إطارات". Its subject is the definite protesters or
// a pronoun, who were introduced before: the sentence elaborates a protest
// already reported. "ورشق مئات المتظاهرين الشرطة" introduces its crowd and
// stays news.
bool IsProtestDetail(const SentenceState& st, const Trigger& t) {
  if (!WordIs(st, t.begin, IsProtestDetailHead)) return false;
  const int clause = st.clause_of(t.begin);
  for (uint32_t k = st.begin; k < st.end; ++k) {
    if (std::abs(st.clause_of(k) - clause) <= 1 && IsCrowdCount(st, k)) return false;
  }
  // Marching in a march ("سار المعتصمون في مسيرة") holds one.
  for (uint32_t k = t.end; k < st.end && k < t.end + 3; ++k) {
    if (WordIs(st, k, IsProtestForm)) return false;
  }
  // Indefinite protesters next to the verb on the day of the news ("وأغلق
  // محتجون الطريق صباح اليوم") are a crowd the sentence introduces.
  bool indefinite = false, today = false;
  for (uint32_t k = (t.begin > st.begin + 2 ? t.begin - 2 : st.begin); k < st.end && k < t.end + 3; ++k) {
    indefinite |=
        !(st.tok(k).clitics & text::kCliticAl) &&
        WordIs(st, k, [](std::string_view w) {
          static const text::WordList kWords = {
              "متظاهرون", "متظاهرين", "محتجون", "محتجين", "معتصمون", "معتصمين"};
          return kWords.Contains(w);
        });
  }
  for (uint32_t k = st.begin; k < st.end; ++k) today |= WordIs(st, k, IsNewsDay);
  if (indefinite && today) return false;
  return !OpensWithPlace(st);
}

// protest-setting: a protest noun after a preposition of time ("خلال
// التظاهرة", "قبل انطلاق المظاهرة", "عشية التظاهرة", "بعد مظاهرة"): the protest
// is the time of what the sentence reports (an arrest, a speech, a death).
bool IsProtestSetting(const SentenceState& st, const Trigger& t) {
  // Only the word right before the noun: "عقب ذلك مسيرة" is "after that, a
  // march".
  return t.begin > st.begin && WordIs(st, t.begin - 1, [](std::string_view w) {
           static const text::WordList kWords = {
               "خلال", "أثناء", "اثناء", "قبل",    "قبيل",   "بعد",   "بعيد",
               "عشية", "إثر",   "اثر",   "عقب",    "أعقاب",  "اعقاب", "طوال",
               "إبان", "ابان",  "هامش",  "انطلاق", "انتهاء", "نهاية", "بداية"};
           return kWords.Contains(w);
         });
}

// protest-dispersed: a protest noun that is the object of a verb of dispersal
// or suppression ("فرقت الشرطة مظاهرة", "طوقت الشرطة المسيرة", "مظاهرات
// قمعتها قوات الأمن"): the news is the police action, which PLOVER codes apart
// (ASSAULT, COERCE).
bool IsProtestDispersed(const SentenceState& st, const Trigger& t) {
  auto dispersal = [](std::string_view w) {
    static const text::WordList kWords = {
        "فرق",   "فرقت",   "فرقوا", "تفريق", "فض",     "فضت",
        "طوق",   "طوقت",   "قمع",   "قمعت",  "قمعتها", "فرقتها",
        "فضتها", "طوقتها", "منع",   "منعت",  "حظر",    "حظرت"};
    return kWords.Contains(w);
  };
  for (uint32_t k = t.begin, steps = 0; k > st.begin && steps < 4; ++steps) {
    --k;
    if (st.is_punct(k)) break;
    if (WordIs(st, k, dispersal)) return true;
  }
  return t.end < st.end && WordIs(st, t.end, dispersal);
}

// protest-possessed: a protest noun with a possessive pronoun ("احتجاجهم على",
// "تظاهراتنا", "هتافاتهم") is the protest of a group the sentence already
// knows, or the objection it voices, not a new protest.
bool IsProtestPossessed(const SentenceState& st, const Trigger& t) {
  if (st.tok(t.end - 1).pronoun == text::Pronoun::kNone) return false;
  // The verbs of protesting take no object: with a pronoun suffix the word is
  // their masdar ("أثناء تجمعهم أمام البيت الأبيض", their gathering).
  return !t.verb || (t.end == t.begin + 1 && In(st.stem(t.begin), {"تجمع", "تظاهر", "احتشد", "اعتصم", "احتج"}));
}

// protest-presupposed: a definite protest noun followed by a relative pronoun
// ("الاحتجاجات التي وقعت أمس الأول", "التظاهرة التي شاركت فيها"): the relative
// clause describes a protest the reader knows; the sentence is about something
// said of it.
bool IsProtestPresupposed(const SentenceState& st, const Trigger& t) {
  if (t.verb || !(st.tok(t.begin).clitics & text::kCliticAl)) return false;
  // A relative clause that counts the crowd ("التظاهرات التي شارك فيها مئات
  // المتظاهرين") tells the protest's size: news.
  for (uint32_t k = st.begin; k < st.end; ++k) {
    if (IsCrowdCount(st, k)) return false;
  }
  return t.end < st.end && (IsArabicRelative(st.doc->Norm(st.tok(t.end))) || IsArabicRelative(st.stem(t.end)));
}

// protest-project: a protest noun governed by a masdar of organising ("تنظيم
// مظاهرة", "بتسيير مسيرات", "إقامة اعتصام"): the protest as a plan, a permit or
// a call; the perfect verb (نظم، سيرت) reports one held.
bool IsProtestProject(const SentenceState& st, const Trigger& t) {
  if (t.begin > st.begin && WordIs(st, t.begin - 1, [](std::string_view w) {
        static const text::WordList kWords = {"تنظيم",  "التنظيم", "تسيير",
                                              "إقامة",  "اقامة",   "تنظيمها",
                                              "تنظيمه", "موعد",    "مواعيد"};
        return kWords.Contains(w);
      }))
    return true;
  // The masdar of taking part ("جاؤوا للمشاركة في الاحتجاجات", "ثناهم عن
  // المشاركة في المظاهرة") names taking part as an aim or a topic; the perfect
  // (شارك آلاف في المظاهرة) reports it.
  return t.begin > st.begin + 1 && In(st.doc->Norm(st.tok(t.begin - 1)), {"في"}) &&
         In(st.stem(t.begin - 2), {"مشاركة", "مشاركه"});
}

// protest-call: a protest noun that is the object of a call, a demand or an
// appeal ("دعا إلى الإضراب", "طالبت الجماهير بتسيير مسيرات", "حث على مقاطعة",
// "دعوات للتجمع"): what is called for has not happened. "بدعوة من الحزب" after
// the noun (at the call of) reports a protest held and is not looked at.
bool IsProtestCall(const SentenceState& st, const Trigger& t) {
  // "مقاطعة فرنسا التي دعا إليها" (the boycott called for): a relative call after the noun.
  for (uint32_t k = t.end; k + 1 < st.end && k < t.end + 3; ++k) {
    if (IsArabicRelative(st.doc->Norm(st.tok(k))) &&
        In(st.doc->Norm(st.tok(k + 1)), {"دعا", "دعت", "دعوا", "يدعو", "تدعو", "طالب", "طالبت", "طالبوا"}))
      return true;
  }
  for (uint32_t k = t.begin, steps = 0; k > st.begin && steps < 5; ++steps) {
    --k;
    if (st.is_punct(k)) break;
    if (WordIs(st, k, [](std::string_view w) {
          static const text::WordList kWords = {
              "دعا",    "دعت",     "دعوا",    "يدعو",    "تدعو",    "يدعون",
              "دعوة",   "الدعوة",  "للدعوة",  "دعوات",   "طالب",    "طالبت",
              "طالبوا", "يطالب",   "تطالب",   "يطالبون", "مطالبة",  "المطالبة",
              "حث",     "حثت",     "يحث",     "تحث",     "ناشد",    "ناشدت",
              "يناشد",  "الداعين", "الداعية", "التفكير", "التهديد", "هدد",
              "هددت"};
          return kWords.Contains(w);
        })) {
      // A call answered ("لبت الدعوة إلى التظاهر مجموعة من النساء") was
      // followed: the protest took place.
      for (uint32_t j = k; j > st.begin && j + 6 > k;) {
        if (WordIs(st, --j, [](std::string_view w) {
              static const text::WordList kWords = {
                  "لبى",    "لبت",     "لبوا",    "تلبية",
                  "استجاب", "استجابت", "استجابوا"};
              return kWords.Contains(w);
            }))
          return false;
      }
      return true;
    }
  }
  return false;
}

// protest-quoted: a protest word inside a direct quotation («...»): the
// speaker's words about protests (a claim, a view, an intention: «نحن نتظاهر
// ضد الحرب», «نحن مع المظاهرات السلمية»), not the reporter's account of one.
bool IsProtestQuoted(const SentenceState& st, const Trigger& t) {
  // A counted crowd in the sentence ("وانضم ستة آلاف مواطن «إلى الوقوف ...»")
  // or a day of the news right after the protest word («تظاهرة انطلقت
  // اليوم») reports the protest, whoever words it.
  for (uint32_t k = st.begin; k < st.end; ++k) {
    if (IsCrowdCount(st, k) || (k >= t.end && k < t.end + 3 && WordIs(st, k, IsNewsDay))) return false;
  }
  int depth = 0;
  for (uint32_t k = st.begin; k < t.begin; ++k) {
    std::string_view w = st.surface(k);
    if (w == "«") ++depth;
    if (w == "»" && depth > 0) --depth;
  }
  return depth > 0;
}

// protest-we: the first person plural imperfect of a protest verb
// ("نتظاهر ضد الحرب", "سنعتصم حتى ...", "نحتج على"): what the speakers do or
// will do, said by them, not a protest reported.
bool IsProtestWe(const SentenceState& st, const Trigger& t) {
  return t.verb && WordIs(st, t.begin, [](std::string_view w) {
           static const text::WordList kWords = {
               "نتظاهر", "سنتظاهر", "نحتج",   "سنحتج", "نعتصم",
               "سنعتصم", "نتجمع",   "سنتجمع", "نضرب",  "سنضرب"};
           return kWords.Contains(w);
         });
}

// protest-purpose: "احتجاجا على" (in protest at), an accusative of purpose,
// says why another act was done (a mourning, a boycott, clashes); it reports a
// protest only after a perfect verb of protesting ("تظاهر مئات الطلاب ...
// احتجاجا على رفع الرسوم"), whose target it names.
bool IsProtestPurpose(const SentenceState& st, const Trigger& t) {
  // لـ + the imperfect ("ليقطعوا الطريق", "ليتظاهروا") is a purpose too: what
  // the act was for, not an act reported.
  if (t.verb && (st.tok(t.begin).clitics & text::kCliticLi)) return true;
  if (t.verb || t.end != t.begin + 1 || !In(st.doc->Norm(st.tok(t.begin)), {"احتجاجا", "واحتجاجا"})) return false;
  for (uint32_t k = st.begin; k < t.begin; ++k) {
    if (st.trigger(k) < 0 || !st.triggers[st.trigger(k)].verb || IsArabicImperfect(st.surface(k))) continue;
    if (WordIs(st, k, [](std::string_view w) {
          static const text::WordList kWords = {
              "تظاهر", "تظاهروا", "تظاهرت", "احتج",   "احتجوا", "احتجت",
              "اعتصم", "اعتصموا", "تجمع",   "تجمعوا", "احتشد",  "احتشدوا",
              "خرج",   "خرجوا",   "نزل",    "نزلوا",  "سار",    "ساروا"};
          return kWords.Contains(w);
        }))
      return false;
  }
  return true;
}

// protest-continuing: a protest noun with a verb of continuing or ending in its
// clause ("تواصلت الاحتجاجات", "استمرت المظاهرات", "انتهت مظاهرة", "تحولت
// المسيرة إلى شغب", "ما زالت"): the protest was reported when it began.
bool IsProtestContinuing(const SentenceState& st, const Trigger& t) {
  const int clause = st.clause_of(t.begin);
  for (uint32_t k = (t.begin > st.begin + 3 ? t.begin - 3 : st.begin); k < st.end && k < t.end + 3; ++k) {
    if (k >= t.begin && k < t.end) continue;
    if (st.clause_of(k) != clause) continue;
    if (WordIs(st, k, [](std::string_view w) {
          static const text::WordList kWords = {
              "تواصلت", "تواصل", "استمرت", "استمر", "تستمر", "يستمر", "مستمرة",
              "مستمر", "انتهت", "انتهى", "تحولت", "تحول", "زالت", "تزال",
              "يزال", "زال", "انفضت", "تجددت",
              // how a known protest went ("وجرت التظاهرة بهدوء")
              "بهدوء"};
          return kWords.Contains(w);
        }))
      return true;
  }
  return false;
}

// protest-named: a protest noun that names a movement, a committee or the
// protest as a topic: "حركة الاحتجاج الاجتماعي", "لجنة الاعتصام", "هذه
// المظاهرات", "تلك الاحتجاجات" (a demonstrative refers back).
bool IsProtestNamed(const SentenceState& st, const Trigger& t) {
  if (t.begin == st.begin) return false;
  if (WordIs(st, t.begin - 1, [](std::string_view w) {
        static const text::WordList kWords = {"حركة", "حركات", "لجنة", "لجان",
                                              "تنسيقية"};
        return kWords.Contains(w);
      }))
    return true;
  // A demonstrative agrees with a definite noun ("هذه المظاهرات"); before an
  // indefinite one it is a pronoun ("عقب ذلك مسيرة": after that, a march).
  return (st.tok(t.begin).clitics & text::kCliticAl) &&
         In(st.doc->Norm(st.tok(t.begin - 1)), {"هذه", "هذا", "تلك", "ذلك", "بهذا", "بهذه", "وهذه", "وتلك"});
}

// protest-in-toll: a protest noun after "في" in a clause that tells a death,
// an injury or arrests ("قتل مراهق في أحد الاحتجاجات", "سقطوا في مظاهرات",
// "مقتل 18 شخصا في مظاهرة"): the protest is where the news happened.
bool IsProtestInToll(const SentenceState& st, const Trigger& t) {
  uint32_t k = t.begin;
  if (k > st.begin && In(st.stem(k - 1), {"احد", "أحد"})) --k;
  if (k == st.begin || !In(st.doc->Norm(st.tok(k - 1)), {"في", "خلال"})) return false;
  const int clause = st.clause_of(t.begin);
  for (uint32_t j = st.begin; j + 1 < k; ++j) {
    if (st.clause_of(j) != clause) continue;
    if (WordIs(st, j, [](std::string_view w) {
          static const text::WordList kWords = {
              "قتل",   "مقتل",   "قتلى",    "سقط",  "سقطوا",
              "أصيب",  "اصيب",   "أصيبوا",  "جرح",  "جرحى",
              "اعتقل", "اعتقال", "اعتقلوا", "وفاة", "مصرع"};
          return kWords.Contains(w);
        }))
      return true;
  }
  return false;
}

// protest-planned: a future time in the protest's clause ("مسيرة شموع مساء
// غد", "إضراب الأسبوع المقبل"): a protest announced, not held.
bool IsProtestPlanned(const SentenceState& st, const Trigger& t) {
  const int clause = st.clause_of(t.begin);
  for (uint32_t k = st.begin; k < st.end; ++k) {
    if (st.clause_of(k) == clause && WordIs(st, k, [](std::string_view w) {
          static const text::WordList kWords = {"غد",      "غدا",    "المقبل",
                                                "المقبلة", "القادم", "القادمة"};
          return kWords.Contains(w);
        }))
      return true;
  }
  return false;
}

// protest-audience: a speech given before protesters ("في كلمة أمام آلاف
// المتظاهرين", "قال أمام حشد من المتظاهرين"): the speech is the news; the
// protest is its audience, told before.
bool IsProtestAudience(const SentenceState& st) {
  for (uint32_t k = st.begin; k + 2 < st.end; ++k) {
    if (!WordIs(st, k, [](std::string_view w) {
          static const text::WordList kWords = {"كلمة",  "كلمته", "خطاب",
                                                "خطابا", "خطابه", "خطبة",
                                                "قال",   "ألقى",  "القى"};
          return kWords.Contains(w);
        }))
      continue;
    for (uint32_t j = k + 1; j < st.end && j <= k + 3; ++j) {
      if (!In(st.doc->Norm(st.tok(j)), {"أمام", "امام"})) continue;
      for (uint32_t c = j + 1; c < st.end && c <= j + 3; ++c) {
        if (IsCrowdCount(st, c) || WordIs(st, c, [](std::string_view w) {
              static const text::WordList kWords = {
                  "المتظاهرين", "متظاهرين", "المحتجين", "محتجين",
                  "حشد",        "حشود",     "الحشود",   "الجموع"};
              return kWords.Contains(w);
            }))
          return true;
      }
    }
  }
  return false;
}

// Whether an Arabic protest trigger is background by one of the rules above;
// `*rule` names it.
bool IsArabicProtestBackground(const SentenceState& st, const Trigger& t, std::string* rule) {
  const bool noun = !t.verb;
  if (IsProtestDetail(st, t)) {
    *rule = "protest-detail";
  } else if (noun && IsProtestSetting(st, t)) {
    *rule = "protest-setting";
  } else if (IsProtestDispersed(st, t)) {
    *rule = "protest-dispersed";
  } else if (IsProtestPossessed(st, t)) {
    *rule = "protest-possessed";
  } else if (IsProtestPresupposed(st, t)) {
    *rule = "protest-presupposed";
  } else if (noun && IsProtestProject(st, t)) {
    *rule = "protest-project";
  } else if (noun && IsProtestCall(st, t)) {
    *rule = "protest-call";
  } else if (IsProtestWe(st, t)) {
    *rule = "protest-we";
  } else if (IsProtestQuoted(st, t)) {
    *rule = "protest-quoted";
  } else if (IsProtestPurpose(st, t)) {
    *rule = "protest-purpose";
  } else if (noun && IsProtestContinuing(st, t)) {
    *rule = "protest-continuing";
  } else if (noun && IsProtestNamed(st, t)) {
    *rule = "protest-named";
  } else if (noun && IsProtestInToll(st, t)) {
    *rule = "protest-in-toll";
  } else if (IsProtestPlanned(st, t)) {
    *rule = "protest-planned";
  } else if (IsProtestAudience(st)) {
    *rule = "protest-audience";
  } else {
    return false;
  }
  return true;
}

}  // namespace

bool IsQuestion(const SentenceState& st) {
  if (st.end <= st.begin) return false;
  // Arabic هل opens a yes/no question whatever the final mark ("لكن هل هو حقا
  // وراء اغتيال ...؟" is often printed with a full stop).
  if (st.sentence->lang == text::Lang::kAr) {
    static const text::WordList kInterrogative = {"هل", "وهل", "فهل"};
    for (uint32_t k = st.begin; k < st.end && k < st.begin + 3; ++k) {
      if (kInterrogative.Contains(st.doc->Norm(st.tok(k)))) return true;
    }
  }
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
    const bool same = key == norm;  // No clitics: one list check gives both answers.
    if (IsJudicial(key) || (!same && IsJudicial(norm))) {
      *rule = "judicial";
      return true;
    }
    // A protest held on an anniversary (تظاهروا في ذكرى النكبة) commemorates:
    // the protest is the news, the act remembered is not coded here.
    bool commemoration = IsCommemoration(key) || (!same && IsCommemoration(norm));
    if ((IsReaction(key) || (!same && IsReaction(norm))) && !(IsProtestCode(code) && commemoration)) {
      *rule = "reaction";
      return true;
    }
    if (st.trigger(k) >= 0 && st.triggers[st.trigger(k)].verb) break;
  }
  if (st.sentence->lang == text::Lang::kAr && IsViolentOrProtest(code) && !IsProtestCode(code) &&
      CondemnedInItsClause(st, t)) {
    *rule = "reaction";
    return true;
  }
  // recalled: a background cue before the trigger in its clause or the one governing it.
  for (const CueMark& c : st.cues) {
    if (c.begin >= t.begin) break;
    if (c.kind != lexicon::CueKind::kBackground) continue;
    if (IsAgentMarker(st, c) || IsTitleGeneral(st, c)) continue;
    bool commemoration = false;
    for (uint32_t k = c.begin; k < c.end; ++k) {
      commemoration |=
          WordIs(st, k, IsCommemoration) || (st.sentence->lang == text::Lang::kAr && WordIs(st, k, IsMourning));
    }
    if (commemoration && IsProtestCode(code)) continue;
    int cc = st.clause_of(c.begin);
    if (cc == clause || cc + 1 == clause) {
      *rule = "recalled";
      return true;
    }
  }
  // recalled-after (Arabic): a past time expression after the trigger, in its
  // clause ("قتل ... الأسبوع الماضي", "خطفوا قبل أشهر", "في وقت سابق"): the date
  // follows the act in Arabic as often as it precedes it.
  if (st.sentence->lang == text::Lang::kAr && IsViolentOrProtest(code)) {
    for (const CueMark& c : st.cues) {
      if (c.begin < t.end || c.kind != lexicon::CueKind::kBackground || st.clause_of(c.begin) != clause) continue;
      if (IsAgentMarker(st, c) || IsTitleGeneral(st, c)) continue;
      bool past_time = false;
      for (uint32_t k = c.begin; k < c.end; ++k) {
        past_time |= WordIs(st, k, [](std::string_view w) {
          static const text::WordList kWords = {"الماضي", "الماضية", "سابق",
                                                "السابق", "آنذاك",   "قبل",
                                                "حينها",  "وقتها"};
          return kWords.Contains(w);
        });
      }
      if (past_time) {
        *rule = "recalled";
        return true;
      }
    }
  }
  // last-weekday (Arabic): "يوم الأربعاء الماضي", "الأحد الفائت" in the
  // trigger's clause or one beside it, before or after the trigger: daily news
  // says أمس for yesterday, so a past weekday dates an act told days ago.
  if (st.sentence->lang == text::Lang::kAr && IsViolentOrProtest(code)) {
    // The word "past" first: rarer than a weekday, and one lookup.
    static const text::WordList kPast = {"الماضي", "الماضية", "الفائت",
                                         "الفائتة"};
    for (uint32_t k = st.begin; k + 1 < st.end; ++k) {
      if (!kPast.Contains(st.doc->Norm(st.tok(k + 1))) ||
          std::abs(st.clause_of(k) - clause) > 1)
        continue;
      if (WordIs(st, k, IsWeekday)) {
        *rule = "last-weekday";
        return true;
      }
    }
  }
  // date-list: "<day> <month> <year>:" or "<year>:" opening the sentence.
  const bool chronology = st.sentence->lang == text::Lang::kAr && IsChronologyItem(st);
  for (uint32_t k = st.begin; k < st.end && k < st.begin + 6 && !chronology; ++k) {
    if (st.surface(k) == ":" && k > st.begin && st.tok(k - 1).kind == text::TokenKind::kNumber) {
      *rule = "date-list";
      return true;
    }
  }
  if (st.sentence->lang == text::Lang::kAr && IsProtestCode(code) && IsArabicProtestBackground(st, t, rule)) {
    return true;
  }
  // unanchored-noun (Arabic).
  bool violent = code.size() >= 2 && (code.substr(0, 2) == "18" || code.substr(0, 2) == "19" ||
                                      code.substr(0, 2) == "20");
  bool protest = code.size() >= 2 && code.substr(0, 2) == "14";
  bool noun = !t.verb && !t.noun_events.empty();
  for (uint32_t e : t.noun_events) {
    auto kind = st.lexicon->events()[e].kind;
    // A phrase counts as a noun when it is a noun phrase: a nominal head of
    // violence and no verb after it (هجوم انتحاري، سيارة مفخخة، ضربة جوية, not
    // سيارة مفخخة انفجرت).
    if (kind == lexicon::EventWordKind::kPhrase) {
      bool verb_inside = false;
      // The verb may follow the phrase: its subject in SVO (سيارة مفخخة فجرت حافلة).
      for (uint32_t k = t.begin + 1; k <= t.end && k < st.end; ++k) verb_inside |= WordIs(st, k, IsPerfectOfViolence);
      kind = WordIs(st, t.begin, IsNominalHead) && !verb_inside ? lexicon::EventWordKind::kNoun
                                                                : lexicon::EventWordKind::kPhrase;
    }
    noun &= kind == lexicon::EventWordKind::kNoun;
  }
  // Destruction (1712) and repression (175) are assaults too (PLOVER ASSAULT).
  const bool assault = violent || code == "1712" || code.substr(0, std::min<size_t>(code.size(), 3)) == "175";
  // list-of-kinds and points-back (Arabic): see the functions. Destruction
  // joins the lists of kinds (القتل والتدمير، بالخطف والقتل والتدمير).
  if (st.sentence->lang == text::Lang::kAr && assault && InListOfKinds(st, t)) {
    *rule = "list-of-kinds";
    return true;
  }
  if (st.sentence->lang == text::Lang::kAr && violent && (PointsBack(st, t) || KnownMassacre(st, t, code))) {
    *rule = "points-back";
    return true;
  }
  if (st.sentence->lang == text::Lang::kAr && assault && IsTimeReference(st, t)) {
    *rule = "time-since";
    return true;
  }
  if (st.sentence->lang == text::Lang::kAr && assault && IsStatistic(st, t)) {
    *rule = "statistic";
    return true;
  }
  if (st.sentence->lang == text::Lang::kAr && violent && ContinuesAStatement(st)) {
    *rule = "continuation";
    return true;
  }
  if (st.sentence->lang == text::Lang::kAr && violent && BurstWithoutDevice(st, t)) {
    *rule = "no-device";
    return true;
  }
  if (st.sentence->lang == text::Lang::kAr && assault && PurposeOrObjectLi(st, t)) {
    *rule = "li-masdar";
    return true;
  }
  // ill-treatment (Arabic): torture and rape named by a noun (تعرض للتعذيب،
  // اعترف تحت التعذيب، الاغتصاب جريمة) are what detainees, lawyers and
  // rights groups allege of past custody, or crimes named as a category; "تعرض
  // ل" and a toll do not make them news, only a day of the news in their own
  // clause does (عذب الحراس السجناء أمس).
  if (st.sentence->lang == text::Lang::kAr && !t.verb && IsIllTreatmentCode(code)) {
    bool today = false;
    for (uint32_t k = st.begin; k < st.end && !today; ++k) {
      if (k >= t.begin && k < t.end) continue;
      today = st.clause_of(k) == clause && WordIs(st, k, IsNewsDay);
    }
    if (!today) {
      *rule = "ill-treatment";
      return true;
    }
  }
  if (st.sentence->lang == text::Lang::kAr && (violent || protest) && noun) {
    bool anchored = SubjectedTo(st, t) || chronology;
    for (uint32_t k = st.begin; k < st.end && !anchored; ++k) {
      // The trigger does not anchor itself: "قتل" the masdar is not "قتل" the verb.
      if (k >= t.begin && k < t.end) continue;
      if (std::abs(st.clause_of(k) - clause) > 1) continue;
      // For violence, a toll or a result verb anchors the noun only in its own
      // clause or the clause after it (هجوم ...، أسفر عن مقتل): one in the
      // clause before belongs to another act (قتل جندي، وقال إن الهجوم ...).
      // A day word dates the whole report. A noun of cause (في انفجار، بانفجار،
      // جراء هجوم) takes the toll of the clause before: "مقتل 40 شخصا ...، في
      // انفجار سيارة مفخخة".
      bool cause = (st.tok(t.begin).clitics & text::kCliticBi) != 0 ||
                   (t.begin > st.begin &&
                    WordIs(st, t.begin - 1, [](std::string_view w) {
                      static const text::WordList kWords = {
                          "في", "جراء", "إثر", "اثر", "خلال", "بسبب"};
                      return kWords.Contains(w);
                    }));
      bool near = !violent || st.clause_of(k) == clause || (k > t.begin && st.clause_of(k) == clause + 1) ||
                  (cause && k < t.begin);
      anchored = WordIs(st, k, IsNewsDay) || (near && WordIs(st, k, IsNewsAnchor)) ||
                 (protest && (ProtestAnchorAt(st, k) ||
                              (st.tok(k).kind == text::TokenKind::kNumber && k + 1 < st.end &&
                               IsMonth(st.doc->Norm(st.tok(k + 1)))))) ||
                 (near && st.tok(k).kind == text::TokenKind::kNumber && k + 1 < st.end &&
                  (st.mention(k + 1) >= 0 || IsCasualtyNoun(st.stem(k + 1))));
    }
    if (!anchored) {
      *rule = "unanchored-noun";
      return true;
    }
  }
  // kind (Arabic): a violent act named as a kind by the noun that governs it
  // (جرائم خطف، حملة اغتيالات، موجة تفجيرات).
  if (st.sentence->lang == text::Lang::kAr && assault && t.begin > st.begin && WordIs(st, t.begin - 1, IsKindHead)) {
    *rule = "kind";
    return true;
  }
  // dated-past (Arabic): an act dated by a bare year (no month) in its clause
  // or a clause beside it ("قتل جندي في حادث عام 2003", "في العام 2006") is history told as
  // context, unless the sentence also places it on the day of the news (أمس،
  // اليوم، a weekday: "the first attack in 2008, yesterday").
  if (st.sentence->lang == text::Lang::kAr && (assault || protest)) {
    // The cheap test first: most sentences have no year; the day words are
    // looked up only when one is found.
    bool year = false, today = false;
    for (uint32_t k = st.begin; k < st.end && !year; ++k) {
      if (!IsYear(st, k) || std::abs(st.clause_of(k) - clause) > 1) continue;
      // A month before the year ("يوليو (تموز) 2005") dates one event, as a
      // chronology does; a bare year names a period. A month up to four words
      // before the year.
      bool month = false;
      for (uint32_t j = k > st.begin + 4 ? k - 4 : st.begin; j < k && !month;
           ++j)
        month = WordIs(st, j, IsMonth);
      year = !month;
    }
    for (uint32_t k = st.begin; k < st.end && year && !today; ++k)
      today = WordIs(st, k, IsNewsDay);
    if (year && !today) {
      *rule = "dated-past";
      return true;
    }
  }
  // habitual (Arabic): a verb of violence or protest in the imperfect states
  // what someone does, can do or will do ("يقتلون الجزائريين", "بإمكاننا أن
  // نضرب", "يتظاهرون كل أسبوع"), not an act reported as news, which Arabic
  // tells in the perfect.
  if (st.sentence->lang == text::Lang::kAr && (violent || protest) && t.verb &&
      (IsArabicImperfect(st.surface(t.begin)) || (violent && IsPrefixedImperfect(st, t.begin)))) {
    *rule = "habitual";
    return true;
  }
  // habitual (Arabic) also takes a masdar after the imperfect auxiliaries of
  // the passive (يتم فيها خطف التجار، تجري عمليات الخطف): what is done, as a rule.
  if (st.sentence->lang == text::Lang::kAr && violent && noun) {
    for (uint32_t k = t.begin, steps = 0; k > st.begin && steps < 2; ++steps) {
      --k;
      if (WordIs(st, k, [](std::string_view w) {
            static const text::WordList kWords = {"يتم", "تتم", "يجري", "تجري"};
            return kWords.Contains(w);
          })) {
        *rule = "habitual";
        return true;
      }
    }
  }
  // relative (Arabic): a verb of violence or protest in a relative clause
  // ("الرجل الذي قتل أخاه", "الرهائن الذين اختطفتهم الحركة") tells who or what
  // its noun is: the act is said of a person, a group or a place the sentence
  // is about.
  // The toll of a relative clause (الحرب التي أسفرت عن مقتل 200 ألف، الهجوم
  // الذي أدى إلى مقتل) describes its noun as the verb of one does: a result
  // verb right after the relative pronoun governs the masdar at most three
  // words on.
  if (st.sentence->lang == text::Lang::kAr && violent && noun) {
    for (uint32_t k = t.begin, steps = 0; k > st.begin + 1 && steps < 3; ++steps) {
      --k;
      if (!WordIs(st, k, [](std::string_view w) {
            static const text::WordList kWords = {
                "أسفر", "اسفر", "أسفرت", "اسفرت", "أدى",  "ادى",
                "أدت",  "ادت",  "خلف",   "خلفت",  "تسبب", "تسببت"};
            return kWords.Contains(w);
          }))
        continue;
      if (IsArabicRelative(st.doc->Norm(st.tok(k - 1))) || IsArabicRelative(st.stem(k - 1))) {
        *rule = "relative";
        return true;
      }
    }
  }
  if (st.sentence->lang == text::Lang::kAr && violent && CauseInRelativeClause(st, t)) {
    *rule = "relative";
    return true;
  }
  // A verbal phrase counts as a verb (الذي فجر نفسه، الذي أودى بحياة).
  if (st.sentence->lang == text::Lang::kAr && (violent || protest) && (t.verb || !noun) &&
      t.begin > st.begin &&
      (IsArabicRelative(st.doc->Norm(st.tok(t.begin - 1))) || IsArabicRelative(st.stem(t.begin - 1)))) {
    *rule = "relative";
    return true;
  }
  return false;
}

}  // namespace isnad::coder
