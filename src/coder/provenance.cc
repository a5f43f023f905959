// Provenance rules. Deterministic and listed here:
//
// Attribution: a reporting verb (قال، أكد، أورد، أخبر، said, told, a déclaré ...)
// or a hedging verb (اقترح، suggested) takes the noun phrase that is its subject
// (after the verb in Arabic verb-first clauses and in an inserted clause after a
// comma: ", a déclaré un responsable"; before it otherwise) up to the
// complementizer (أن/إن, that, que) or a comma; a reporting preposition (حسب،
// وفق، نقلا عن, according to, selon, d'après) takes the phrase after it up to a
// comma. The phrase is split at outlet words (صحيفة، موقع، وكالة, newspaper,
// agency, journal) and source words (مصدر، مسؤول, source, official), the modifiers
// before a head word staying with it ("military source"), leading articles left
// out; each piece is one link, its kind from its first name or head word:
// `outlet` (an outlet word or a media actor), `author` (the writer, الكاتب,
// l'auteur), `person` (a named person) or `source`. A phrase that begins with a
// demonstrative or "same" and a source word ("هذا المصدر العسكري", "the same
// source") inherits the previous chain.
// Certainty: `negated` if a negator governs the trigger (لم، لن، لا، ما، ليس، عدم,
// not/never, ne...pas) or a denial of responsibility precedes it in its clause
// ("a démenti toute implication dans l'attaque": not the denier's attack); `hypothetical` if a warning governs it (warned X against,
// حذر من, mettre en garde contre) or a future, conditional or intent cue comes
// before it in its clause or governs its clause, or (Arabic) منع governs its
// masdar (منع خرق الهدنة: to be prevented); `alleged` if the sentence hedges
// (a hedge cue, or an unnamed/unknown source in the chain); `reported` if it has an
// attribution; `asserted` otherwise.
// Dates: four-digit years (with سنة/عام/year/en, mid-2017), month names with a year,
// relative expressions resolved against the document date (last year, السنة
// الماضية, l'an dernier, yesterday, أمس, hier), "at that time" (في ذلك الوقت, à
// l'époque) back to the last date of the text, year ranges (ما بين سنة 2015 و2016
// -> 2015/2016), a day and month without a year (le 3 mars: the document's year,
// or the year before if the month is still to come), weekdays (last Tuesday,
// mardi, يوم الثلاثاء: the latest such day up to the document date). The
// expression nearest to the trigger in the sentence wins.
// Location: a place or country governed by a locative preposition (في، in, en;
// French à before a gazetteer place); a name with several readings (عمان: Amman,
// Oman) takes the reading whose country the document has already named, else the
// first, with the others kept as alternatives.
#include "coder/provenance.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "coder/trigger_memo.h"
#include "text/normalize.h"
#include "util/hash.h"

namespace isnad::coder {
namespace {

constexpr uint32_t kStop = kGSubordinator | kGRelative | kGClauseAdverb;

std::string SpanText(const SentenceState& st, uint32_t b, uint32_t e) {
  if (b >= e) return "";
  return std::string(st.doc->text.substr(st.tok(b).begin, st.tok(e - 1).end - st.tok(b).begin));
}

bool IsQuote(std::string_view s) { return s == "«" || s == "»" || s == "\"" || s == "“" || s == "”"; }

bool IsComma(std::string_view s) { return s == "," || s == "،" || s == ";" || s == "؛" || s == ":"; }

bool AnyOf(std::string_view norm, std::initializer_list<const char*> words) {
  return text::InNormalizedList(norm, words);
}

// Asked of every token of every attribution phrase: word lists hashed once
// (text::WordList) rather than compared word by word.
bool IsAuthorWord(std::string_view norm) {
  static const text::WordList kWords = {"كاتب",   "الكاتب", "الكاتبة", "كاتبة",    "المؤلف",  "مؤلف",
                                        "writer", "author", "auteur",  "l'auteur", "columnist", "chroniqueur"};
  return kWords.Contains(norm);
}

bool IsUnnamed(std::string_view norm) {
  static const text::WordList kWords = {"معروف",        "مجهول",     "unnamed",    "unidentified",
                                        "anonymous",    "anonyme",   "undisclosed"};
  return kWords.Contains(norm);
}

// Splits the phrase [b, e) into attribution links.
void AddLinks(const SentenceState& st, uint32_t b, uint32_t e, AttributionSource* out,
              std::vector<std::pair<uint32_t, uint32_t>>* spans) {
  while (b < e && (st.is_punct(b) || (st.cls(b) & (kGConj | kGDeterminer)))) ++b;
  while (e > b && st.is_punct(e - 1) && st.surface(e - 1) != "»" && st.surface(e - 1) != "\"") --e;
  if (b >= e) return;
  // Cut points: outlet and source head words, and media mentions.
  std::vector<uint32_t> cuts{b};
  for (uint32_t k = b + 1; k < e; ++k) {
    int c = st.cue(k);
    bool head = c >= 0 && st.cues[c].begin == k &&
                (st.cues[c].kind == lexicon::CueKind::kOutletHead || st.cues[c].kind == lexicon::CueKind::kSourceHead);
    int m = st.mention(k);
    // A media name right after an outlet word belongs to it ("صحيفة العربي الجديد").
    bool media = m >= 0 && st.mentions[m].begin == k && st.mentions[m].type == lexicon::ActorType::kMedia &&
                 st.cue(k - 1) < 0 && !IsQuote(st.surface(k - 1));
    // Never cut inside a name: "Saudi Press Agency" is one outlet.
    int inside = st.mention(k);
    if (inside >= 0 && st.mentions[inside].begin < k) continue;
    // Modifiers before a head word belong to it ("a military source", "the state
    // news agency"): no cut when the piece so far names nobody.
    if (head && !media) {
      bool names = false;
      for (uint32_t j = cuts.back(); j < k && !names; ++j) {
        int cj = st.cue(j);
        names = st.mention(j) >= 0 || (cj >= 0 && (st.cues[cj].kind == lexicon::CueKind::kOutletHead ||
                                                   st.cues[cj].kind == lexicon::CueKind::kSourceHead));
      }
      if (!names) continue;
    }
    if (head || media) cuts.push_back(k);
  }
  cuts.push_back(e);
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    uint32_t pb = cuts[i], pe = cuts[i + 1];
    while (pe > pb && (st.is_punct(pe - 1) && st.surface(pe - 1) != "»" && st.surface(pe - 1) != "\"")) --pe;
    // Drop a trailing preposition phrase that is not part of the name ("في مقاله").
    for (uint32_t k = pb + 1; k < pe; ++k) {
      if (IsComma(st.surface(k))) {
        pe = k;
        break;
      }
    }
    if (pb >= pe) continue;
    events::Attribution a;
    a.text = SpanText(st, pb, pe);
    a.kind = "source";
    // The piece's kind comes from its first head word or name (after its modifiers).
    uint32_t hb = pb;
    while (hb + 1 < pe && st.mention(hb) < 0 && st.cue(hb) < 0) ++hb;
    if (st.mention(hb) < 0 && st.cue(hb) < 0) hb = pb;
    int c = st.cue(hb);
    int m = st.mention(hb);
    if (c >= 0 && st.cues[c].kind == lexicon::CueKind::kOutletHead) a.kind = "outlet";
    if (m >= 0 && st.mentions[m].type == lexicon::ActorType::kMedia) a.kind = "outlet";
    if (m >= 0 && st.mentions[m].type == lexicon::ActorType::kPerson) a.kind = "person";
    if (IsAuthorWord(st.stem(pb)) || IsAuthorWord(st.doc->Norm(st.tok(pb)))) a.kind = "author";
    for (uint32_t k = pb; k < pe; ++k) {
      if (IsUnnamed(st.stem(k))) out->hedged = true;
    }
    out->links.push_back(std::move(a));
    spans->emplace_back(pb, pe);
  }
}

// A cue whose words hold the trigger is the trigger's own verb ("a refusé de"
// around the refusal "refusé", "menacé de" around the threat): it governs the
// verb that follows, not itself.
bool CueIsTheTrigger(const CueMark& c, const Trigger& t) { return c.begin <= t.begin && c.end > t.begin; }

// A denial of responsibility before the trigger in its clause ("a démenti toute
// implication dans l'attaque", "denied any role in the attack", "نفى أي تورط في
// الهجوم"): the denial (016) is the event; the act it names is denied of the
// speaker, so coded with the denier as its author it is negated.
bool DeniedInvolvement(const SentenceState& st, const Trigger& t) {
  const int clause = st.clause_of(t.begin);
  for (const Trigger& p : st.triggers) {
    if (p.end > t.begin) break;
    if (st.clause_of(p.begin) != clause) continue;
    for (uint32_t e : p.verb ? p.verb_events : p.noun_events) {
      if (st.lexicon->events()[e].code.starts_with("016")) return true;
    }
  }
  return false;
}

// A device found, seized or defused before it went off ("فككت الشرطة سيارة
// مفخخة قرب السفارة", "أبطل الخبراء عبوة ناسفة", "عثرت القوات على قنبلة",
// "ضبطت الشرطة سيارة مفخخة", "بلاغ بوجود عبوة", "وجدوا حاويات غاز الكلور"):
// the bomb or the gas named by the trigger was not set off, so no attack took
// place. The trigger must be the device itself (no explosion word in it) and
// the verb of finding or defusing must come before it in its clause.
bool FoundOrDefusedDevice(const SentenceState& st, const Trigger& t) {
  // Word lists hashed once (text::WordList): InNormalizedList compares a
  // list's every pointer on each call, and the verbs' list is asked of every
  // word before an Arabic trigger in its clause.
  static const text::WordList kDevices = {"عبوة", "عبوات", "العبوة", "العبوات", "قنبلة", "قنابل", "القنبلة", "القنابل"};
  static const text::WordList kFindVerbs = {
      "فكك", "وفكك", "فككت", "وفككت", "فككوا", "وفككوا", "تفكيك", "وتفكيك", "بتفكيك", "أبطل", "وأبطل",
      "أبطلت", "وأبطلت", "أبطلوا", "إبطال", "وإبطال", "بإبطال", "عثر", "وعثر", "عثرت", "وعثرت", "عثروا",
      "العثور", "وجد", "ووجد", "وجدت", "ووجدت", "وجدوا", "وجدنا", "ضبط", "وضبط", "ضبطت", "وضبطت", "ضبطوا", "بضبط", "اكتشف", "واكتشف", "اكتشفت",
      "واكتشفت", "اكتشاف", "باكتشاف", "صادر", "صادرت", "وصادرت", "مصادرة", "يستقلون", "يستقل",
      // the presence of a bomb, reported or rumoured (إنذارات بوجود قنابل)
      "وجود", "بوجود", "لوجود"};
  bool device = false;
  for (uint32_t k = t.begin; k < t.end; ++k) {
    std::string_view n = st.doc->Norm(st.tok(k));
    if (n.find("انفجر") != std::string_view::npos || n.find("تفجير") != std::string_view::npos ||
        n.find("فجر") != std::string_view::npos)
      return false;
    device |= n.find("مفخخ") != std::string_view::npos || n.find("ناسف") != std::string_view::npos ||
              n.find("غاز") != std::string_view::npos ||
              kDevices.Contains(n);
  }
  if (!device) return false;
  const int clause = st.clause_of(t.begin);
  for (uint32_t k = t.begin; k > st.begin;) {
    --k;
    if (st.clause_of(k) != clause) break;
    if (kFindVerbs.Contains(st.doc->Norm(st.tok(k)))) return true;
  }
  return false;
}

// An act named as what is to be prevented (منع خرق الهدنة، بمنع وقوع هجمات،
// يمنع اختطاف الأجانب): the masdar right after منع, or after منع وقوع / حدوث,
// has not happened. Only the masdar it governs: a verb after it in the clause
// (منعت القوات المتظاهرين وأطلقت النار) reports its own act.
bool PreventedAct(const SentenceState& st, const Trigger& t) {
  if (t.verb || t.begin == st.begin) return false;
  uint32_t k = t.begin - 1;
  static const text::WordList kOccurrence = {"وقوع", "حدوث"};
  static const text::WordList kPrevent = {"منع", "ومنع", "بمنع", "لمنع", "يمنع", "تمنع", "ويمنع", "وتمنع"};
  if (k > st.begin && kOccurrence.Contains(st.doc->Norm(st.tok(k)))) --k;
  return kPrevent.Contains(st.doc->Norm(st.tok(k)));
}

}  // namespace

SentenceAttribution FindAttribution(const SentenceState& st, DocumentContext* ctx) {
  SentenceAttribution out;
  const bool arabic = st.sentence->lang == text::Lang::kAr;
  for (const CueMark& c : st.cues) {
    using K = lexicon::CueKind;
    if (c.kind != K::kReport && c.kind != K::kReportPrep && !(c.kind == K::kHedge && c.takes_clause)) continue;
    AttributionSource source;
    uint32_t addressee_b = 0, addressee_e = 0;
    source.cue_begin = c.begin;
    source.hedged = c.kind == K::kHedge;
    uint32_t b = c.end, e = c.end;
    if (c.kind == K::kReportPrep) {
      // "according to X," / "حسب X،" / "selon X,".
      while (e < st.end && !IsComma(st.surface(e)) && !(st.cls(e) & kStop) && st.trigger(e) < 0) ++e;
    } else {
      // Subject after the verb (Arabic verb-first, English "said X")...
      auto is_head = [&](uint32_t k) {
        int ci = st.cue(k);
        return ci >= 0 && (st.cues[ci].kind == K::kOutletHead || st.cues[ci].kind == K::kSourceHead);
      };
      while (e < st.end && !IsComma(st.surface(e)) && !(st.cls(e) & kStop) && st.trigger(e) < 0 &&
             st.surface(e) != "." && (st.cue(e) < 0 || is_head(e)))
        ++e;
      bool after_is_subject = arabic && e > b;
      if (!arabic && e > b && st.mention(b) >= 0) after_is_subject = true;
      // An inserted clause after the reported one: ", a déclaré un responsable", ", said the official".
      if (!arabic && e > b && c.begin > st.begin && IsComma(st.surface(c.begin - 1))) after_is_subject = true;
      // "A military source told Reuters that ...": the subject stands before the
      // verb and the phrase after it is the addressee, also part of the chain.
      // "Officials said Egypt attacked ...": a phrase after the verb that runs into
      // a trigger is the reported clause's subject, not the reporter.
      if (!arabic && e > b && e < st.end && st.trigger(e) >= 0) after_is_subject = false;
      if (!arabic && after_is_subject && e < st.end && (st.cls(e) & kGSubordinator) &&
          !(c.begin > st.begin && IsComma(st.surface(c.begin - 1)))) {
        uint32_t lb = c.begin;
        while (lb > st.begin && !IsComma(st.surface(lb - 1)) && !(st.cls(lb - 1) & kStop) && st.trigger(lb - 1) < 0)
          --lb;
        if (lb < c.begin) {
          addressee_b = b;
          addressee_e = e;
          b = lb;
          e = c.begin;
        }
      }
      if (!after_is_subject) {
        // ...or before it ("X said", "X قال إن" / "the official said").
        e = c.begin;
        b = c.begin;
        while (b > st.begin && !IsComma(st.surface(b - 1)) && !(st.cls(b - 1) & kStop) && st.trigger(b - 1) < 0)
          --b;
        if (b >= e && c.kind == K::kHedge) continue;
      }
      // In Arabic "أخبر X صحيفة Y أن": the addressee is also part of the chain.
    }
    if (b >= e) continue;
    // Inherited attribution: "هذا المصدر", "this source", "the same source".
    uint32_t h = b;
    while (h + 1 < e && (st.cls(h) & kGDeterminer) && !(st.cls(h) & kGDemonstrative)) ++h;
    bool demonstrative = (st.cls(h) & kGDemonstrative) || AnyOf(st.stem(h), {"same", "même", "نفس", "ذات"});
    int head = st.cue(demonstrative && h + 1 < e ? h + 1 : h);
    if (demonstrative && head >= 0 && st.cues[head].kind == lexicon::CueKind::kSourceHead &&
        !ctx->last_chain.empty()) {
      source.links = ctx->last_chain;
      out.spans.emplace_back(b, e);
    } else {
      AddLinks(st, b, e, &source, &out.spans);
    }
    if (addressee_e > addressee_b) AddLinks(st, addressee_b, addressee_e, &source, &out.spans);
    if (!source.links.empty()) {
      ctx->last_chain = source.links;
      out.sources.push_back(std::move(source));
    }
  }
  return out;
}

template <typename Take>
void SentenceAttribution::ForEachChainSource(uint32_t pos, bool* hedged, Take take) const {
  bool any = false;
  *hedged = false;
  for (const auto& s : sources) {
    if (s.cue_begin >= pos) continue;
    take(s);
    any |= !s.links.empty();
    *hedged |= s.hedged;
  }
  if (!any) {
    // A reporting verb after the event: "..., a senior official said". A hedging
    // verb after the event qualifies something else (a relative clause about an
    // actor), not the event.
    for (const auto& s : sources) {
      if (s.hedged) continue;
      take(s);
      break;
    }
  }
}

std::vector<events::Attribution> SentenceAttribution::ChainFor(uint32_t pos, bool* hedged) const {
  std::vector<events::Attribution> chain;
  ForEachChainSource(pos, hedged,
                     [&](const AttributionSource& s) { chain.insert(chain.end(), s.links.begin(), s.links.end()); });
  return chain;
}

bool SentenceAttribution::HasChainFor(uint32_t pos, bool* hedged) const {
  bool any = false;
  ForEachChainSource(pos, hedged, [&](const AttributionSource& s) { any |= !s.links.empty(); });
  return any;
}

events::Certainty FindCertainty(const SentenceState& st, const Trigger& t, const SentenceAttribution& attribution,
                                bool* negated) {
  bool hedged = false;
  const bool reported = attribution.HasChainFor(t.begin, &hedged);
  *negated = false;
  const text::Lang lang = st.sentence->lang;
  // Negation governing the trigger.
  uint32_t window = lang == text::Lang::kAr ? 2 : 3;
  for (uint32_t k = t.begin, steps = 0; k > st.begin && steps < window; ++steps) {
    --k;
    if (st.mention(k) >= 0 || st.is_punct(k)) break;
    std::string_view s = st.stem(k);
    // English "won't try to clash": a negator before "to" negates the governing verb.
    if (lang == text::Lang::kEn && s == "to") break;
    // A coordinated verb has its own polarity: "would not work and warned".
    if (lang == text::Lang::kEn && (st.cls(k) & kGConj)) break;
    if (st.cls(k) & kGNegation) {
      // French "ne" needs its "pas/jamais" after the verb; "ne" alone is often expletive.
      if (lang == text::Lang::kFr && (s == "ne" || s == "n'")) {
        for (uint32_t j = t.end; j < st.end && j < t.end + 3; ++j) {
          if (st.cls(j) & kGNegation) *negated = true;
        }
      } else if (lang == text::Lang::kAr && s == "ما") {
        // "ما" negates only a past verb right after it.
        *negated = t.verb && k + 1 == t.begin;
      } else {
        *negated = true;
      }
    }
  }
  // Arabic denial: نفى / نفت / ينفي governs the clause it opens ("نفى المتحدث أن
  // يكون المعتقل قد تعرض للتعذيب"): what it denies is negated, in its clause or
  // the complement clause after it. So does foiling (أحبطت الشرطة محاولة
  // اختطاف، أجهضت محاولة): the foiled act did not take place.
  if (!*negated && lang == text::Lang::kAr) {
    const int tc = st.clause_of(t.begin);
    for (const CueMark& c : st.cues) {
      if (c.begin >= t.begin) break;
      if (c.kind != lexicon::CueKind::kNegation) continue;
      static const text::WordList kDenyOrFoil = {"نفى",   "ونفى",  "نفت",   "ونفت",   "نفوا",   "ونفوا",  "ينفي",
                                                 "تنفي",  "ينفون", "أحبط",  "وأحبط",  "أحبطت",  "وأحبطت", "أحبطوا",
                                                 "أجهض", "أجهضت", "وأجهضت", "أفشل", "أفشلت"};
      if (!kDenyOrFoil.Contains(st.doc->Norm(st.tok(c.begin)))) continue;
      int cc = st.clause_of(c.begin);
      if (cc == tc || cc + 1 == tc) *negated = true;
    }
  }
  if (!*negated && DeniedInvolvement(st, t)) *negated = true;
  if (!*negated && lang == text::Lang::kAr && FoundOrDefusedDevice(st, t)) *negated = true;
  if (*negated) return events::Certainty::kNegated;
  if (lang == text::Lang::kAr && PreventedAct(st, t)) return events::Certainty::kHypothetical;
  // A warning against something ("warned Haftar against attacking", "حذر ... من
  // مهاجمة", "a mis en garde ... contre une attaque"): the event warned against has
  // not happened.
  thread_local TriggerFactMemo warning_memo;
  auto warns = [&](const Trigger& p) {
    for (uint32_t e : p.verb ? p.verb_events : p.noun_events) {
      const auto& ev = st.lexicon->events()[e];
      if (ev.code.starts_with("13")) return true;
      for (const auto& pat : ev.patterns) {
        if (pat.code.starts_with("13")) return true;
      }
    }
    return false;
  };
  for (const Trigger& p : st.triggers) {
    if (p.end > t.begin) break;
    if (!warning_memo.Get(st, p, warns)) continue;
    static const text::WordList kAgainstStem = {"against", "contre", "من", "of"};
    static const text::WordList kAgainstWord = {"against", "contre", "من"};
    for (uint32_t k = p.end; k < t.begin; ++k) {
      if (kAgainstStem.Contains(st.stem(k)) || kAgainstWord.Contains(st.doc->Norm(st.tok(k)))) {
        return events::Certainty::kHypothetical;
      }
    }
  }
  // Future, condition or intent before the trigger in its clause or the one
  // governing it (the clause just before a complementizer).
  int clause = st.clause_of(t.begin);
  for (const CueMark& c : st.cues) {
    if (c.begin >= t.begin) break;
    using K = lexicon::CueKind;
    if (c.kind != K::kFuture && c.kind != K::kCondition && c.kind != K::kIntent && c.kind != K::kRefusal) continue;
    if (CueIsTheTrigger(c, t)) continue;
    int cc = st.clause_of(c.begin);
    if (cc == clause || cc + 1 == clause) return events::Certainty::kHypothetical;
  }
  for (uint32_t k = t.begin; k > st.begin;) {
    --k;
    if (st.clause_of(k) != clause) break;
    if (st.cls(k) & (kGFuture | kGCondition)) return events::Certainty::kHypothetical;
    if (st.tok(k).clitics & text::kCliticSa) return events::Certainty::kHypothetical;
  }
  if (st.tok(t.begin).clitics & text::kCliticSa) return events::Certainty::kHypothetical;
  if (hedged) return events::Certainty::kAlleged;
  // A hedge word ("allegedly", "reportedly", يشتبه، ربما، présumé) before the
  // trigger in the sentence makes it alleged; one after it qualifies something else.
  for (const CueMark& c : st.cues) {
    if (c.begin >= t.begin) break;
    if (c.kind == lexicon::CueKind::kHedge && (st.clause_of(c.begin) == clause || c.takes_clause)) {
      return events::Certainty::kAlleged;
    }
  }
  if (reported) return events::Certainty::kReported;
  return events::Certainty::kAsserted;
}

namespace {

struct DateExpr {
  uint32_t begin, end;
  std::string value;  // Empty when the value is the last date seen.
  bool last_date =
      false;  // "at that time": the date told before, known when asked.
};

// Bit min(size, 63) of a word: the date tables keep the bits of their words'
// sizes, and a token of another size is rejected before it is hashed.
uint64_t SizeBit(std::string_view w) { return uint64_t{1} << std::min<size_t>(w.size(), 63); }

int ParseYear(std::string_view norm) {
  // "و2016": the conjunction written on a number.
  if (norm.starts_with("و")) norm.remove_prefix(std::string_view("و").size());
  // "mid-2017" written as one word.
  if (norm.starts_with("mid-")) norm.remove_prefix(4);
  if (norm.size() != 4) return -1;
  int y = 0;
  for (char c : norm) {
    if (c < '0' || c > '9') return -1;
    y = y * 10 + (c - '0');
  }
  return (y >= 1900 && y <= 2100) ? y : -1;
}

// Month names by month: English, French, Arabic (Egyptian-Maghrebi, Levantine),
// abbreviations.
const char* const kMonths[12][6] = {
    {"january", "janvier", "يناير", "كانون الثاني", "jan", "janv"},
    {"february", "fevrier", "فبراير", "شباط", "feb", "fevr"},
    {"march", "mars", "مارس", "آذار", "mar", "mars"},
    {"april", "avril", "أبريل", "نيسان", "apr", "avr"},
    {"may", "mai", "مايو", "أيار", "may", "mai"},
    {"june", "juin", "يونيو", "حزيران", "jun", "juin"},
    {"july", "juillet", "يوليو", "تموز", "jul", "juil"},
    {"august", "aout", "أغسطس", "آب", "aug", "aout"},
    {"september", "septembre", "سبتمبر", "أيلول", "sep", "sept"},
    {"october", "octobre", "أكتوبر", "تشرين الأول", "oct", "oct"},
    {"november", "novembre", "نوفمبر", "تشرين الثاني", "nov", "nov"},
    {"december", "decembre", "ديسمبر", "كانون الأول", "dec", "dec"},
};

int MonthOf(std::string_view norm) {
  // Normalized once into a hash map (the first month of a name wins, as in the
  // table's order): this runs on every token.
  static uint64_t sizes = 0;
  static const auto* const kNormalized = [] {
    auto* map = new std::unordered_map<std::string_view, int, Fnv1aHash>();
    static std::vector<std::string> names;  // Owns the map's keys.
    names.reserve(12 * 6);
    for (int m = 0; m < 12; ++m) {
      for (const char* name : kMonths[m]) {
        names.push_back(text::NormalizeWord(name));
        map->emplace(names.back(), m + 1);
        sizes |= SizeBit(names.back());
      }
    }
    return map;
  }();
  if ((sizes & SizeBit(norm)) == 0) return 0;
  auto it = kNormalized->find(norm);
  return it == kNormalized->end() ? 0 : it->second;
}

std::string ShiftYear(const std::string& date, int delta) {
  if (date.size() < 4) return "";
  int y = std::atoi(date.substr(0, 4).c_str());
  return std::to_string(y + delta);
}


// Days since 1970-01-01 of a civil date, and back (proleptic Gregorian).
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// 0 = Sunday ... 6 = Saturday, or -1.
// Weekday names from Sunday: English, French, Arabic with and without the
// article (the names WeekdayOf knows), then abbreviations.
const char* const kDays[7][6] = {
    {"sunday", "dimanche", "الأحد", "أحد", "sun", "dim"},
    {"monday", "lundi", "الاثنين", "اثنين", "mon", "lun"},
    {"tuesday", "mardi", "الثلاثاء", "ثلاثاء", "tue", "mar"},
    {"wednesday", "mercredi", "الأربعاء", "أربعاء", "wed", "mer"},
    {"thursday", "jeudi", "الخميس", "خميس", "thu", "jeu"},
    {"friday", "vendredi", "الجمعة", "جمعة", "fri", "ven"},
    {"saturday", "samedi", "السبت", "سبت", "sat", "sam"},
};

int WeekdayOf(std::string_view norm) {
  // Normalized once into a hash map (the first day of a name wins, as in the
  // table's order): this runs on every token.
  static uint64_t sizes = 0;
  static const auto* const kNormalized = [] {
    auto* map = new std::unordered_map<std::string, int, Fnv1aHash, std::equal_to<>>();
    for (int d = 0; d < 7; ++d) {
      for (int i = 0; i < 4; ++i) {
        std::string name = text::NormalizeWord(kDays[d][i]);
        sizes |= SizeBit(name);
        map->emplace(std::move(name), d);
      }
    }
    return map;
  }();
  if ((sizes & SizeBit(norm)) == 0) return -1;
  auto it = kNormalized->find(norm);
  return it == kNormalized->end() ? -1 : it->second;
}

// The day before an ISO date ("" when `date` is not a full date).
std::string PreviousDay(const std::string& date) {
  if (date.size() < 10) return "";
  int y = std::atoi(date.substr(0, 4).c_str()), m = std::atoi(date.substr(5, 2).c_str()),
      d = std::atoi(date.substr(8, 2).c_str());
  return CivilFromDays(DaysFromCivil(y, m, d) - 1);
}

// The first words of DateExpressions' relative expressions ("last year", "سنة
// ماضية", "yesterday", "at that time", ...), one list per expression, in the order
// DateExpressions tries them.
const std::initializer_list<const char*> kRelativeFirst[] = {
    {"سنة", "عام"}, {"last"}, {"année", "an"}, {"أمس", "yesterday", "hier"}, {"اليوم", "today", "aujourd'hui"},
    {"ذلك"},        {"that"}, {"l'"},
};

// Every word of kRelativeFirst, normalized.
const std::unordered_set<std::string, Fnv1aHash, std::equal_to<>>& RelativeFirstWords() {
  static const auto* const kWords = [] {
    auto* set = new std::unordered_set<std::string, Fnv1aHash, std::equal_to<>>();
    for (const auto& list : kRelativeFirst) {
      for (const char* w : list) set->insert(text::NormalizeWord(w));
    }
    return set;
  }();
  return *kWords;
}

// A filter before a word set: rejects, with one bit, a word whose length and
// last byte no word of the set has (the last byte of an Arabic word is most of
// its last letter). IsDateWord asks it of every token of every sentence with a
// trigger, and few tokens are date words.
class DateWordFilter {
 public:
  explicit DateWordFilter(const std::vector<const char*>& literals) {
    for (const char* l : literals) {
      std::string_view w = text::NormalizedLiteral(l);
      if (!w.empty()) Set(w);
    }
  }
  // False only when no word of the list is `normalized`.
  bool MayContain(std::string_view normalized) const {
    if (normalized.empty()) return false;
    const size_t bit = Bit(normalized);
    return (bits_[bit / 64] >> (bit % 64)) & 1;
  }

 private:
  static size_t Bit(std::string_view w) {
    return std::min<size_t>(w.size(), 63) * 256 + static_cast<unsigned char>(w.back());
  }
  void Set(std::string_view w) {
    const size_t bit = Bit(w);
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  uint64_t bits_[64 * 256 / 64] = {};
};

// Every word that opens a date expression other than a year: the month and
// weekday names MonthOf and WeekdayOf know and kRelativeFirst's words.
std::vector<const char*> DateWordLiterals() {
  std::vector<const char*> words;
  for (const auto& names : kMonths) words.insert(words.end(), std::begin(names), std::end(names));
  for (const auto& names : kDays) words.insert(words.end(), names, names + 4);
  for (const auto& list : kRelativeFirst) words.insert(words.end(), list.begin(), list.end());
  return words;
}

// True when `normalized` is one of DateWordLiterals (one set, so most tokens
// are passed over with one bit test instead of three lookups).
bool IsDateWord(std::string_view normalized) {
  static const DateWordFilter* const kFilter = new DateWordFilter(DateWordLiterals());
  static const text::WordList* const kWords = new text::WordList(DateWordLiterals());
  return kFilter->MayContain(normalized) && kWords->Contains(normalized);
}

std::vector<DateExpr> DateExpressions(const SentenceState& st, const DocumentContext& ctx) {
  // The words asked of the tokens around every year, hashed once.
  static const text::WordList kYearJoiners = {"سنة", "عام", "and", "to", "et", "à"};
  static const text::WordList kBeforeYear = {"سنة", "عام", "منتصف", "mid", "year", "en", "in", "بين", "ما"};
  std::vector<DateExpr> out;
  for (uint32_t k = st.begin; k < st.end; ++k) {
    std::string_view s = st.stem(k);
    int year = ParseYear(s);
    if (year > 0) {
      uint32_t b = k, e = k + 1;
      std::string value = std::to_string(year);
      int month = k > st.begin ? MonthOf(st.stem(k - 1)) : 0;
      if (month > 0) {
        b = k - 1;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
        value = buf;
        if (b > st.begin && st.tok(b - 1).kind == text::TokenKind::kNumber) {
          int day = std::atoi(std::string(st.stem(b - 1)).c_str());
          if (day >= 1 && day <= 31) {
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
            value = buf;
            --b;
          }
        }
      }
      // A year range: "2015 و2016", "2015-2016", "between 2015 and 2016".
      for (uint32_t j = k + 1; j < st.end && j < k + 4; ++j) {
        int y2 = ParseYear(st.stem(j));
        if (y2 > year) {
          value += "/" + std::to_string(y2);
          e = j + 1;
          break;
        }
        if (!(st.cls(j) & kGConj) && !st.is_punct(j) && !kYearJoiners.Contains(st.stem(j)))
          break;
      }
      // Extend back over "سنة"/"عام"/"منتصف"/"في"/"in" for the date text.
      while (b > st.begin && kBeforeYear.Contains(st.stem(b - 1))) --b;
      out.push_back({b, e, value});
      k = e - 1;
      continue;
    }
    if (!IsDateWord(s)) continue;
    std::string_view next = k + 1 < st.end ? st.stem(k + 1) : std::string_view();
    const bool have_doc_date = ctx.doc_date.size() >= 10;
    // A day and month without a year ("le 3 mars", "3 مارس", "on March 3", "في
    // مارس"): the document's year, or the year before when that month is still to
    // come. A month name needs a day number or a preposition beside it ("may" and
    // "mars" are also other words).
    if (int month = MonthOf(s); month > 0 && have_doc_date && ParseYear(next) < 0) {
      uint32_t b = k, e = k + 1;
      int day = 0;
      if (k > st.begin && st.tok(k - 1).kind == text::TokenKind::kNumber) {
        day = std::atoi(std::string(st.stem(k - 1)).c_str());
        if (day >= 1 && day <= 31) b = k - 1;
      } else if (k + 1 < st.end && st.tok(k + 1).kind == text::TokenKind::kNumber) {
        day = std::atoi(std::string(next).c_str());
        if (day >= 1 && day <= 31) e = k + 2;
      }
      if (day < 1 || day > 31) day = 0;
      bool governed = k > st.begin && AnyOf(st.stem(k - 1), {"in", "en", "في", "début", "fin", "mi", "early", "late"});
      if (day > 0 || governed) {
        int doc_y = std::atoi(ctx.doc_date.substr(0, 4).c_str());
        int doc_m = std::atoi(ctx.doc_date.substr(5, 2).c_str());
        int y = month > doc_m ? doc_y - 1 : doc_y;
        char buf[32];
        if (day > 0) {
          std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, month, day);
        } else {
          std::snprintf(buf, sizeof buf, "%04d-%02d", y, month);
        }
        out.push_back({b, e, buf});
        k = e - 1;
        continue;
      }
    }
    // A weekday ("on Tuesday", "last Tuesday", "mardi dernier", "يوم الثلاثاء", "الاثنين
    // الماضي"): the latest such day up to the document date (before it with
    // "last"). An Arabic weekday needs the article or "يوم" (أحد is also "one").
    if (int wd = WeekdayOf(s); wd >= 0 && have_doc_date) {
      bool arabic_ok = st.sentence->lang != text::Lang::kAr || (st.tok(k).clitics & text::kCliticAl) ||
                       (k > st.begin && AnyOf(st.stem(k - 1), {"يوم"}));
      if (arabic_ok) {
        bool last = AnyOf(next, {"الماضي", "ماضي", "dernier", "last"}) ||
                    (k > st.begin && AnyOf(st.stem(k - 1), {"last"}));
        int y = std::atoi(ctx.doc_date.substr(0, 4).c_str()), m = std::atoi(ctx.doc_date.substr(5, 2).c_str()),
            d = std::atoi(ctx.doc_date.substr(8, 2).c_str());
        int64_t days = DaysFromCivil(y, m, d);
        int doc_wd = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday (4).
        int delta = (doc_wd - wd + 7) % 7;
        if (delta == 0 && last) delta = 7;
        uint32_t e = AnyOf(next, {"الماضي", "ماضي", "dernier"}) ? k + 2 : k + 1;
        out.push_back({k, e, CivilFromDays(days - delta)});
        k = e - 1;
        continue;
      }
    }
    // Relative expressions. Their first words are kRelativeFirst's lists: a token
    // in none of them (most tokens) is passed over with one set lookup instead of
    // eight list checks; a word added to one of those lists is in the set too.
    if (!RelativeFirstWords().contains(s)) continue;
    auto two = [&](std::initializer_list<const char*> first, std::initializer_list<const char*> second) {
      return AnyOf(s, first) && !next.empty() && AnyOf(next, second);
    };
    if (two(kRelativeFirst[0], {"ماضية", "ماضي", "منصرم", "منصرمة"}) || two(kRelativeFirst[1], {"year"}) ||
        two(kRelativeFirst[2], {"dernière", "dernier"})) {
      out.push_back({k, k + 2, ctx.doc_date.empty() ? std::string() : ShiftYear(ctx.doc_date, -1)});
      ++k;
    } else if (AnyOf(s, kRelativeFirst[3])) {
      out.push_back({k, k + 1, PreviousDay(ctx.doc_date)});
    } else if (AnyOf(s, kRelativeFirst[4])) {
      out.push_back({k, k + 1, ctx.doc_date});
    } else if ((AnyOf(s, kRelativeFirst[5]) && AnyOf(next, {"وقت"})) ||
               (AnyOf(s, kRelativeFirst[6]) && AnyOf(next, {"time"})) ||
               (AnyOf(s, kRelativeFirst[7]) && AnyOf(next, {"époque"}))) {
      out.push_back({k > st.begin ? k - 1 : k, k + 2, std::string(), true});
      ++k;
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> FindDate(const SentenceState& st, const Trigger& t, DocumentContext* ctx,
                                    std::string* date_text) {
  // The date expressions depend on the sentence and the document date only (the
  // value of "at that time" is the last date seen, filled in here): found again
  // only when one of them changed (the sentence by BuildSentenceState's
  // serial), not once per trigger, though each trigger that finds a date sets
  // the last one.
  thread_local uint64_t memo_serial = 0;
  thread_local std::string memo_doc_date;
  thread_local std::vector<DateExpr> memo;
  if (st.serial == 0 || st.serial != memo_serial ||
      memo_doc_date != ctx->doc_date) {
    memo = DateExpressions(st, *ctx);
    memo_serial = st.serial;
    memo_doc_date = ctx->doc_date;
  }
  const std::vector<DateExpr>& exprs = memo;
  const bool any_last_date =
      std::any_of(exprs.begin(), exprs.end(),
                  [](const DateExpr& d) { return d.last_date; });
  const std::string last_date =
      any_last_date ? ctx->last_date : std::string();  // As on entry.
  auto value = [&](const DateExpr& d) -> const std::string& {
    return d.last_date ? last_date : d.value;
  };
  const DateExpr* best = nullptr;
  uint32_t best_dist = 0;
  int clause = st.clause_of(t.begin);
  for (const DateExpr& d : exprs) {
    uint32_t dist = d.begin >= t.end ? d.begin - t.end : t.begin - std::min(t.begin, d.end);
    // Prefer an expression in the trigger's own clause.
    if (st.clause_of(d.begin) != clause) dist += 1000;
    if (best == nullptr || dist < best_dist) {
      best = &d;
      best_dist = dist;
    }
  }
  for (const DateExpr& d : exprs) {
    if (!value(d).empty())
      ctx->last_date = value(d).substr(0, value(d).find('/'));
  }
  if (best == nullptr || value(*best).empty()) return std::nullopt;
  *date_text = SpanText(st, best->begin, best->end);
  return value(*best);
}

std::optional<events::Location> FindLocation(const SentenceState& st, const Trigger& t, const DocumentContext& ctx) {
  constexpr uint32_t kLoc = kGPrepLocative;
  int clause = st.clause_of(t.begin);
  std::optional<events::Location> best;
  uint32_t best_dist = 0;
  auto consider = [&](uint32_t b, uint32_t e, events::Location loc) {
    uint32_t dist = b >= t.end ? b - t.end : t.begin - std::min(t.begin, e);
    if (st.clause_of(b) != clause) dist += 1000;
    if (!best || dist < best_dist) {
      best = std::move(loc);
      best_dist = dist;
    }
  };
  for (const Mention& m : st.mentions) {
    if (!m.locative) continue;
    events::Location loc;
    loc.name = SpanText(st, m.begin, m.end);
    loc.country = CountryPrefix(m.code);
    consider(m.begin, m.end, std::move(loc));
  }
  for (const PlaceMark& p : st.places) {
    // Governed by a locative preposition (word or clitic).
    bool governed = false;
    if (p.begin > st.begin && (st.cls(p.begin - 1) & kLoc)) governed = true;
    // French "à" before a gazetteer place is locative ("à Tripoli"); before an actor it marks the target.
    if (p.begin > st.begin && st.sentence->lang == text::Lang::kFr &&
        (st.surface(p.begin - 1) == "à" || st.surface(p.begin - 1) == "À")) governed = true;
    if (!governed || st.mention(p.begin) >= 0) continue;
    const auto& places = st.lexicon->places();
    size_t chosen = 0;
    for (size_t i = 0; i < p.places.size(); ++i) {
      if (ctx.countries_seen.count(places[p.places[i]].country)) {
        chosen = i;
        break;
      }
    }
    const lexicon::Place& pl = places[p.places[chosen]];
    events::Location loc;
    loc.name = SpanText(st, p.begin, p.end);
    loc.country = pl.country;
    if (pl.has_coordinates) {
      loc.lat = pl.lat;
      loc.lon = pl.lon;
    }
    for (size_t i = 0; i < p.places.size(); ++i) {
      const auto& other = places[p.places[i]];
      if (i != chosen && other.country != pl.country) loc.alternatives.push_back(other.country);
    }
    consider(p.begin, p.end, std::move(loc));
  }
  return best;
}

}  // namespace isnad::coder
