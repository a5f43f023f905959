// The coder: for each sentence, build the sentence state (mentions.cc), then for
// each trigger choose its code (patterns first), decide its roles (roles.cc),
// expand compound actors into dyads, and attach provenance (provenance.cc).
//
// Design note: isnad does not parse. Event coding needs only a few decisions per
// trigger (who acts, on whom, how sure), and each has a small set of cues that a
// shallow analysis finds reliably: actor mentions from the dictionaries, clause
// boundaries from punctuation, complementizers and relative pronouns, and role
// markers from prepositions and clitics. Keeping the analysis shallow keeps it
// fast (no parser in the loop) and explainable (every decision is a named rule).
//
// TABARI/PETRARCH dictionaries: their patterns are matched by TabariPatterns
// (tabari_patterns.h); paired codes [A:B] give the reverse event, `%` codes the
// event between the members of a compound, a null code blocks the default.
// With a PICO table (CoderOptions::pico) a stance verb governing an action
// through "to" is one combined event, and a negated event is coded as PICO's
// negation when the ontology lists it.
#include "coder/coder.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <set>

#include "coder/modality.h"
#include "coder/provenance.h"
#include "coder/roles.h"
#include "coder/salience.h"
#include "coder/sentence_state.h"
#include "coder/tabari_patterns.h"
#include "text/normalize.h"
#include "util/strings.h"

namespace isnad::coder {

// The code ChooseCode picked for a trigger, with the roles its pattern named.
struct CodeChoice {
  std::string code;          // "" = nothing (no default, or a null-coded pattern).
  std::string reverse_code;  // Paired event target -> source, or "".
  int source = -1;           // Mentions a pattern picked, or -1.
  int target = -1;
  int compound = -1;         // A `%` compound: the event holds between its members.
  std::string why;
};

struct Coder::Impl {
  const lexicon::Lexicon& lexicon;
  CoderOptions options;
  TabariPatterns tabari;
  // Normalized keys of each pattern element: [event][pattern][element] -> keys.
  std::vector<std::vector<std::vector<std::vector<std::string>>>> pattern_keys;
  // Grammar::ClassesBySym of the lexicon for Arabic, French and English.
  std::vector<uint32_t> classes_by_sym[3];
  // EventFacts(lexicon), for SentenceState::event_facts.
  std::vector<uint8_t> event_facts;

  // The classes_by_sym of `lang` (a language the coder codes: ar, fr, en).
  const std::vector<uint32_t>* ClassesBySym(text::Lang lang) const {
    switch (lang) {
      case text::Lang::kAr: return &classes_by_sym[0];
      case text::Lang::kFr: return &classes_by_sym[1];
      case text::Lang::kEn: return &classes_by_sym[2];
      default: return nullptr;
    }
  }

  Impl(const lexicon::Lexicon& lex, const CoderOptions& opts) : lexicon(lex), options(opts), tabari(lex) {
    classes_by_sym[0] = Grammar::For(text::Lang::kAr).ClassesBySym(lex);
    classes_by_sym[1] = Grammar::For(text::Lang::kFr).ClassesBySym(lex);
    classes_by_sym[2] = Grammar::For(text::Lang::kEn).ClassesBySym(lex);
    event_facts = EventFacts(lex);
    const auto& evs = lexicon.events();
    pattern_keys.resize(evs.size());
    for (size_t e = 0; e < evs.size(); ++e) {
      for (const auto& p : evs[e].patterns) {
        std::vector<std::vector<std::string>> elems;
        for (const auto& el : p.elements) {
          std::vector<std::string> keys;
          for (const auto& w : el.keys) {
            auto k = lexicon.Keys(text::Lang::kUnknown, w);
            // A multi-word alternative is matched by its first key (gap rules cover the rest).
            if (!k.empty()) keys.push_back(k.front());
          }
          elems.push_back(std::move(keys));
        }
        pattern_keys[e].push_back(std::move(elems));
      }
    }
  }

  void CodeSentence(const ingest::Document& doc, const text::AnalyzedDocument& analyzed, uint32_t sentence_index,
                    DocumentContext* ctx, std::vector<events::Event>* out, Trace* trace) const;
  // The code of trigger `t`: the longest matching pattern of its words (isnad's
  // own or TABARI/PETRARCH ones), else the first default code.
  CodeChoice ChooseCode(const SentenceState& st, const Trigger& t) const;
  int MatchPattern(const SentenceState& st, const Trigger& t, uint32_t event, size_t pattern, int* source,
                   int* target) const;
};

Coder::Coder(const lexicon::Lexicon& lexicon, const CoderOptions& options)
    : impl_(std::make_unique<Impl>(lexicon, options)) {}
Coder::~Coder() = default;

namespace {

// The text of tokens [b, e): a view of the document's text ("" when empty),
// valid as long as the document.
std::string_view SpanView(const SentenceState& st, uint32_t b, uint32_t e) {
  if (b >= e) return {};
  return st.doc->text.substr(st.tok(b).begin, st.tok(e - 1).end - st.tok(b).begin);
}

std::string SpanText(const SentenceState& st, uint32_t b, uint32_t e) { return std::string(SpanView(st, b, e)); }

// `word == key`, the last bytes compared before the call to memcmp: most keys
// of a pattern element have the length of some token but another ending.
inline bool SameKey(std::string_view word, const std::string& key) {
  return word.size() == key.size() && (word.empty() || (word.back() == key.back() &&
                                                         std::memcmp(word.data(), key.data(), word.size()) == 0));
}

bool TokenHasKey(const SentenceState& st, uint32_t k, const std::vector<std::string>& keys) {
  const std::string_view stem = st.stem(k), norm = lexicon::NormKey(*st.doc, st.tok(k));
  for (const auto& key : keys) {
    if (SameKey(stem, key) || SameKey(norm, key)) return true;
  }
  return false;
}

// True when `t` is the verb of an English reporting clause: the last clause of
// the sentence, opened by a comma, after another trigger, with no actor after
// the verb ("..., the official news agency said on Thursday.").
bool ReportingClause(const SentenceState& st, const Trigger& t) {
  if (st.sentence->lang != text::Lang::kEn) return false;
  uint32_t comma = t.begin;
  while (comma > st.begin && st.surface(comma - 1) != ",") {
    if (st.trigger(comma - 1) >= 0 && st.triggers[st.trigger(comma - 1)].verb) return false;
    --comma;
  }
  if (comma == st.begin) return false;
  bool earlier = false;
  for (uint32_t k = st.begin; k + 1 < comma; ++k) earlier |= st.trigger(k) >= 0;
  if (!earlier) return false;
  for (uint32_t k = t.end; k < st.end; ++k) {
    if (st.mention(k) >= 0 || st.surface(k) == ",") return false;
  }
  return true;
}

// French denial of involvement ("a démenti toute implication", "nie toute
// responsabilité"): the verb is also a negation cue, but the denial is itself
// the event CAMEO codes (016, deny responsibility), not a reporting verb.
bool FrenchDenialIsEvent(const SentenceState& st, const Trigger& t, const std::string& code) {
  if (st.sentence->lang != text::Lang::kFr || !code.starts_with("016")) return false;
  int c = st.cue(t.begin);
  return c >= 0 && st.cues[c].kind == lexicon::CueKind::kNegation;
}

// The author of an event noun named by a participle after it: "le nettoyage
// ethnique mené par les FSR", "l'expulsion décidée par Paris" (the agent of the
// participle) or "l'assassinat, attribué à Israël" (an attribution: `*attributed`
// is set, the event is alleged). Returns the author's mention, or -1.
int ParticipleAgent(const SentenceState& st, const Trigger& t, bool* attributed) {
  *attributed = false;
  if (t.verb || st.sentence->lang != text::Lang::kFr) return -1;
  uint32_t k = t.end;
  // Past a closing quote or a comma ("« nettoyage ethnique » mené par").
  while (k < st.end && k < t.end + 2 && st.is_punct(k)) ++k;
  if (k + 2 >= st.end) return -1;
  std::string_view participle = st.surface(k);
  std::string_view by = st.surface(k + 1);
  uint32_t n = k + 2;
  if (n + 1 < st.end && (st.cls(n) & kGDeterminer)) ++n;
  int m = st.mention(n);
  if (m < 0 || !st.mentions[m].has_country) return -1;
  auto ends = [&](std::initializer_list<std::string_view> endings) {
    for (std::string_view e : endings) {
      if (participle.size() > e.size() + 2 && participle.substr(participle.size() - e.size()) == e) return true;
    }
    return false;
  };
  if (by == "par" && ends({"é", "ée", "és", "ées", "is", "ise", "ises", "it", "ite", "its", "ites"})) return m;
  if ((by == "à" || by == "au" || by == "aux") && participle.starts_with("attribu")) {
    *attributed = true;
    return m;
  }
  return -1;
}

// Mediation (045, 039) "between X and Y" is a third party's act toward each of
// them, never X's act toward Y ("ont servi d'intermédiaire entre Haftar et les
// Israéliens"): the pair are the targets and the source is the actor before the
// trigger outside the pair, or nobody (no event).
void MediatorOutsideThePair(const SentenceState& st, const Trigger& t, const std::string& code, Roles* roles) {
  if (!(code.starts_with("045") || code.starts_with("039")) || roles->rule.find("between") == std::string::npos) return;
  std::vector<int> pair = roles->sources;
  pair.insert(pair.end(), roles->targets.begin(), roles->targets.end());
  auto in_pair = [&](int m) {
    for (int p : pair) {
      if (st.mentions[p].code == st.mentions[m].code) return true;
    }
    return false;
  };
  int mediator = -1;
  for (size_t m = 0; m < st.mentions.size(); ++m) {
    const Mention& mm = st.mentions[m];
    if (mm.begin >= t.begin) break;
    if (mm.has_country && !mm.locative && !mm.agent_only && !in_pair(static_cast<int>(m))) mediator = static_cast<int>(m);
  }
  roles->sources.clear();
  if (mediator >= 0) roles->sources = GroupMembers(st, mediator);
  roles->targets = pair;
  roles->symmetric = false;
  roles->rule += "+mediator";
}

// The authors of trigger `p` other than the sources of `roles`.
std::vector<int> AuthorsOf(const SentenceState& st, size_t p, const CodeChoice& choice, const Roles& roles) {
  // A participle's agent names the author outright ("mené par", "attribué à").
  bool attributed = false;
  int agent = ParticipleAgent(st, st.triggers[p], &attributed);
  std::vector<int> authors = agent >= 0              ? GroupMembers(st, agent)
                             : choice.source >= 0    ? GroupMembers(st, choice.source)
                                                     : AssignRoles(st, st.triggers[p]).sources;
  std::erase_if(authors, [&](int m) {
    for (int s : roles.sources) {
      if (st.mentions[s].code == st.mentions[m].code) return true;
    }
    return false;
  });
  return authors;
}

// A rejection whose object is another event of the sentence ("a rejeté la demande
// américaine", "l'a rejetée" after "a proposé sa médiation", "les a rejetées"
// after "les accusations de Bamako"): coded by what is rejected (coder/modality.h
// RejectionOf: a denial 016 for accusations, 12x for requests and offers), with
// the author of the rejected event (the requester, the one who offered or
// accused) as target.
void RejectionOfAnEvent(const SentenceState& st, const Trigger& t, const std::vector<CodeChoice>& choices,
                        CodeChoice* choice, std::string* code, Roles* roles, Trace* trace) {
  if (!choice->code.starts_with("12")) return;
  int p = ObjectEvent(st, t);
  if (p < 0) return;
  const CodeChoice& rejected = choices[p];
  std::string rejection = RejectionOf(rejected.code);
  if (rejection.empty()) return;
  // The author must be someone other than the rejecter.
  std::vector<int> authors = AuthorsOf(st, p, rejected, *roles);
  if (authors.empty()) return;
  if (trace) {
    trace->Add("    rejection of '" + SpanText(st, st.triggers[p].begin, st.triggers[p].end) + "' (" + rejected.code +
               "): " + choice->code + " -> " + rejection + ", target its author");
  }
  choice->code = rejection;
  choice->reverse_code.clear();
  *code = rejection;
  roles->targets = authors;
  roles->rule += "+rejected-event";
}

// A praise, a condemnation or a comment whose object is an event ("a salué
// l'engagement de la Mauritanie", "a dénoncé l'expulsion décidée par Paris",
// "ont salué l'annonce d'un cessez-le-feu par les parties libyennes") is aimed
// at the event's author: the target when the verb found none.
void ReactionToAnEvent(const SentenceState& st, const Trigger& t, CodeChoice* choice, Roles* roles, Trace* trace) {
  const std::string& c = choice->code;
  if (!t.verb || !(c.starts_with("051") || c.starts_with("11") || c.starts_with("01"))) return;
  if (!roles->targets.empty() && roles->rule.find("mutual") == std::string::npos) return;
  if (roles->sources.empty()) return;
  int p = ObjectEvent(st, t);
  if (p < 0) return;
  // The object event's author, found by its own roles.
  CodeChoice none;
  std::vector<int> authors = AuthorsOf(st, p, none, *roles);
  if (authors.empty()) return;
  if (trace) {
    trace->Add("    reaction to '" + SpanText(st, st.triggers[p].begin, st.triggers[p].end) + "': target its author");
  }
  roles->targets = authors;
  roles->rule += "+object-event";
}

// A demand or an appeal whose object is an act ("a exigé de Paris la
// restitution des archives", "a exigé que les FSR se retirent", "a réclamé la
// libération"): the one asked is the target (a "de"/"à" phrase after the verb,
// else the subject of the que-clause, else the act's author), and the code is the
// demand of the act's family (DemandOf: 0842 -> 1053).
void DemandOfAnAct(const SentenceState& st, const Trigger& t, const std::vector<CodeChoice>& choices,
                   CodeChoice* choice, std::string* code, Roles* roles, Trace* trace) {
  const std::string& c = choice->code;
  if (!t.verb || !(c.starts_with("10") || c.starts_with("02")) || roles->sources.empty()) return;
  if (st.sentence->lang != text::Lang::kFr) return;
  // The act: the noun object, or the verb of a que-clause right after the verb.
  int p = ObjectEvent(st, t);
  uint32_t que = 0;
  for (uint32_t k = t.end; k < st.end && k < t.end + 4; ++k) {
    if (text::InNormalizedList(st.stem(k), {"que", "qu'"})) {
      que = k;
      break;
    }
    if (st.trigger(k) >= 0) break;
  }
  if (p < 0 && que > 0) {
    for (uint32_t k = que + 1; k < st.end; ++k) {
      if (st.trigger(k) >= 0) {
        p = st.trigger(k);
        break;
      }
    }
  }
  if (roles->targets.empty()) {
    // "exiger de Paris", "réclamer à Washington".
    for (uint32_t k = t.end; k + 1 < st.end && k < t.end + 3; ++k) {
      uint32_t n = k + 1;  // The actor after the preposition, past an article ("de l'Égypte").
      if (st.cls(n) & kGDeterminer && n + 1 < st.end) ++n;
      int m = st.mention(n);
      std::string_view w = st.surface(k);
      // Accents matter: "à" marks the one asked, "a" is the auxiliary.
      bool asked = w == "de" || w == "d'" || w == "d’" || w == "à" || w == "auprès";
      if (asked && m >= 0 && st.mentions[m].begin <= n &&
          st.mentions[m].has_country) {
        roles->targets = GroupMembers(st, m);
        roles->rule += "+asked";
        break;
      }
    }
  }
  if (roles->targets.empty() && que > 0) {
    // "a exigé que les FSR se retirent": the subject of the que-clause.
    for (uint32_t k = que + 1; k < st.end && k < que + 6; ++k) {
      if (st.trigger(k) >= 0) break;
      int m = st.mention(k);
      if (m >= 0 && st.mentions[m].has_country) {
        roles->targets = GroupMembers(st, m);
        roles->rule += "+asked-que";
        break;
      }
    }
  }
  if (p < 0 || choices[p].code.empty()) return;
  std::string demand = DemandOf(choices[p].code, std::string_view(c).substr(0, 2));
  if (demand.empty()) return;
  if (trace) {
    trace->Add("    demand of '" + SpanText(st, st.triggers[p].begin, st.triggers[p].end) + "' (" + choices[p].code +
               "): " + c + " -> " + demand);
  }
  choice->code = demand;
  choice->reverse_code.clear();
  *code = demand;
}

// Tense and modality (coder/modality.h): an act announced for the future is
// coded as the intent or threat of its family and a refused cooperative act as
// the rejection of its family, with the certainty of their attribution (the
// announcement or the refusal is what is reported); a possible or conditional act
// keeps its code and is hypothetical. `reported` and `hedged`: an attribution
// applies to the trigger, a hedged one (SentenceAttribution::HasChainFor).
void ApplyModality(const SentenceState& st, const Trigger& t, const ModalityTable& table,
                   bool reported, bool hedged, CodeChoice* choice, std::string* code,
                   events::Certainty* certainty, Trace* trace) {
  MoodReading mood = FindMood(st, t);
  // The act is recoded as what was announced or refused: that is reported, so
  // it takes the certainty of its attribution.
  auto recode = [&](const std::string& to) {
    choice->code = to;
    choice->reverse_code.clear();
    *code = to;
    if (*certainty == events::Certainty::kHypothetical) {
      *certainty = hedged ? events::Certainty::kAlleged
                          : (reported ? events::Certainty::kReported : events::Certainty::kAsserted);
    }
  };
  if (mood.mood == Mood::kNegated) {
    *certainty = events::Certainty::kNegated;
    if (trace) trace->Add("    mood: negated (" + mood.rule + ")");
    return;
  }
  if (mood.mood == Mood::kRefused) {
    std::string rejection = choice->code.empty() ? std::string() : table.RefusalCode(choice->code);
    if (rejection.empty()) {
      // Refusing an act that has no rejection code: the act does not happen.
      *certainty = events::Certainty::kHypothetical;
      if (trace) trace->Add("    mood: refused (" + mood.rule + "), no rejection code: hypothetical");
      return;
    }
    if (trace) trace->Add("    mood: refused (" + mood.rule + "): " + choice->code + " -> " + rejection);
    recode(rejection);
    return;
  }
  if (mood.mood == Mood::kPossible) {
    *certainty = events::Certainty::kHypothetical;
  } else if (mood.mood == Mood::kFuture && !choice->code.empty()) {
    std::string future = table.FutureCode(choice->code);
    if (future.empty()) return;
    // A threat with a condition after it ("qu'elles seraient frappées si elles
    // ne déposaient pas les armes", "will strike unless"): an ultimatum (139).
    if (future.starts_with("13")) {
      for (const CueMark& c : st.cues) {
        if (c.begin >= t.end && c.kind == lexicon::CueKind::kCondition) {
          future = "139";
          break;
        }
      }
    }
    if (trace) trace->Add("    mood: future (" + mood.rule + "): " + choice->code + " -> " + future);
    recode(future);
    return;
  }
  if (trace && !mood.rule.empty()) trace->Add("    mood: possible (" + mood.rule + ")");
}

}  // namespace

// Matches pattern `pattern` of `event` around trigger `t`: elements before the
// trigger leftwards, after it rightwards, each within three tokens of the
// previous one (quotation marks not counted). Returns the number of elements
// matched (0 = no match).
int Coder::Impl::MatchPattern(const SentenceState& st, const Trigger& t, uint32_t event, size_t pattern,
                              int* source, int* target) const {
  const auto& p = lexicon.events()[event].patterns[pattern];
  const auto& keys = pattern_keys[event][pattern];
  size_t star = 0;
  while (star < p.elements.size() && p.elements[star].type != lexicon::PatternElement::Type::kTrigger) ++star;
  constexpr uint32_t kGap = 3;
  // French only for now: in Arabic the same step let one more sentence of the
  // GSR dev half pass for a protest.
  const bool french = st.sentence->lang == text::Lang::kFr;
  int src = -1, tgt = -1;
  auto match_element = [&](size_t i, uint32_t k) -> bool {
    using T = lexicon::PatternElement::Type;
    switch (p.elements[i].type) {
      case T::kWords: return TokenHasKey(st, k, keys[i]);
      case T::kTarget:
        if (st.mention(k) >= 0) {
          tgt = st.mention(k);
          return true;
        }
        return false;
      case T::kSource:
        if (st.mention(k) >= 0) {
          src = st.mention(k);
          return true;
        }
        return false;
      default: return false;
    }
  };
  // Rightwards.
  uint32_t pos = t.end;
  for (size_t i = star + 1; i < p.elements.size(); ++i) {
    bool found = false;
    for (uint32_t k = pos, seen = 0; k < st.end && seen <= kGap; ++k) {
      if (french && text::IsQuotationMarkToken(st.surface(k))) continue;
      ++seen;
      if (match_element(i, k)) {
        pos = (st.mention(k) >= 0 && p.elements[i].type != lexicon::PatternElement::Type::kWords)
                  ? st.mentions[st.mention(k)].end
                  : k + 1;
        found = true;
        break;
      }
    }
    if (!found) return 0;
  }
  // Leftwards.
  pos = t.begin;
  for (size_t i = star; i-- > 0;) {
    bool found = false;
    for (uint32_t k = pos, seen = 0; k > st.begin && seen <= kGap;) {
      --k;
      if (french && text::IsQuotationMarkToken(st.surface(k))) continue;
      ++seen;
      if (match_element(i, k)) {
        pos = (st.mention(k) >= 0 && p.elements[i].type != lexicon::PatternElement::Type::kWords)
                  ? st.mentions[st.mention(k)].begin
                  : k;
        found = true;
        break;
      }
    }
    if (!found) return 0;
  }
  *source = src;
  *target = tgt;
  return static_cast<int>(p.elements.size());
}

CodeChoice Coder::Impl::ChooseCode(const SentenceState& st, const Trigger& t) const {
  const auto& ids = t.verb ? t.verb_events : t.noun_events;
  const auto& events = lexicon.events();
  int best_len = 0;
  CodeChoice best, fallback;
  // The winning pattern: its codes and `why` are copied once, at the end.
  const lexicon::EventPattern* best_pattern = nullptr;
  for (uint32_t e : ids) {
    const auto& ev = events[e];
    if (fallback.code.empty() && fallback.reverse_code.empty() && (!ev.code.empty() || !ev.reverse_code.empty())) {
      fallback.code = ev.code;
      fallback.reverse_code = ev.reverse_code;
      fallback.why = "default code";
    }
    const auto& patterns = lexicon::PatternsOf(events, e);
    uint32_t owner = ev.pattern_source >= 0 ? static_cast<uint32_t>(ev.pattern_source) : e;
    // Only the patterns that can match in this sentence, in their order.
    thread_local std::vector<uint32_t> candidates;
    tabari.Candidates(st, e, &candidates);
    for (uint32_t p : candidates) {
      PatternMatch m;
      if (patterns[p].max_gap == lexicon::kUnboundedPatternGap) {
        if (!tabari.Match(st, t, e, p, &m)) continue;
      } else {
        m.length = MatchPattern(st, t, owner, p, &m.source, &m.target);
      }
      if (m.length > best_len) {
        best_len = m.length;
        best.source = m.source;
        best.target = m.target;
        best.compound = m.compound;
        best_pattern = &patterns[p];
      }
    }
  }
  if (best_len == 0) return fallback;
  best.code = best_pattern->code;
  best.reverse_code = best_pattern->reverse_code;
  // "pattern ORIGIN 'TEXT'", built in place (one allocation, no temporaries).
  const std::string& origin = best_pattern->origin;
  const std::string& text = best_pattern->text;
  best.why.reserve(8 + origin.size() + (text.empty() ? 0 : text.size() + 3));
  best.why.append("pattern ").append(origin);
  if (!text.empty()) best.why.append(" '").append(text).push_back('\'');
  return best;
}

void Coder::Impl::CodeSentence(const ingest::Document& doc, const text::AnalyzedDocument& analyzed,
                               uint32_t sentence_index, DocumentContext* ctx, std::vector<events::Event>* out,
                               Trace* trace) const {
  const text::Sentence& sentence = analyzed.sentences[sentence_index];
  thread_local SentenceState st;
  BuildSentenceState(lexicon, analyzed, sentence, doc.date, &st, trace, ClassesBySym(sentence.lang));
  st.event_facts = &event_facts;
  // Discards drop the sentence (story-level discards are handled by the caller).
  if (st.any_discard) {
    if (trace) trace->Add("  discard phrase: sentence not coded");
    return;
  }
  // Coreference: an agent with no country ("the military commander", "هذا القائد
  // العسكري", "army positions") refers to the most recent actor of the document
  // with the same agent, if there is one; otherwise it keeps its bare agent code.
  for (Mention& m : st.mentions) {
    if (!m.agent_only) continue;
    for (auto it = ctx->recent.rbegin(); it != ctx->recent.rend(); ++it) {
      if (it->first == m.agent) {
        if (trace) trace->Add("  coreference: '" + SpanText(st, m.begin, m.end) + "' -> " + it->second);
        m.code = it->second;
        m.has_country = true;
        m.agent_only = false;
        break;
      }
    }
  }
  SentenceAttribution attribution = FindAttribution(st, ctx);
  if (trace) {
    for (const auto& src : attribution.sources) {
      for (const auto& a : src.links) trace->Add("  attribution: " + a.kind + " '" + a.text + "'");
    }
  }
  size_t emitted = 0;
  std::set<std::string> seen;
  // Whether the sentence is a question: asked by the first trigger that needs it.
  std::optional<bool> question;
  // Codes of every trigger first: a verb that governs another ("promised to
  // attack") is combined with it through PICO (CoderOptions::pico) into one
  // event on the governed verb, and is then not coded by itself.
  std::vector<CodeChoice> choices;
  std::vector<bool> governs(st.triggers.size(), false);
  for (const Trigger& t : st.triggers) choices.push_back(ChooseCode(st, t));
  // When they do not combine, the governed verb is what the governing one
  // asks, intends or refuses ("urged Eriador to respond"): CAMEO codes the
  // appeal, and the governed action, which has not happened, is not coded.
  std::vector<bool> governed(st.triggers.size(), false);
  for (size_t i = 0; i < st.triggers.size(); ++i) {
    int evidential = -1;
    int g = InfinitiveGovernor(st, st.triggers[i], &evidential);
    // "Arnor is said to restore ties": the passive verb of perception or report
    // attributes the event; it is not an event of its own.
    if (evidential >= 0 && !choices[i].code.empty()) governed[evidential] = true;
    // Without the ontology nothing tells an appeal from a purpose ("sent troops
    // to attack"): both verbs are coded.
    if (g < 0 || options.pico == nullptr || choices[g].code.empty() || choices[i].code.empty()) continue;
    auto outer = options.pico->ToPico(choices[g].code);
    auto inner = options.pico->ToPico(choices[i].code);
    // Verbs with a stance (say, appeal, intend, demand, threaten, consult ...)
    // and refusals (negative values) take the infinitive as their content.
    // Plain actions ("sent troops to attack") take it as a purpose: both are
    // events.
    int stance = outer && *outer > 0 ? (*outer >> 12) & 0xF : 0;
    bool content = outer && (*outer < 0 || stance != 0);
    if (!content) continue;
    std::string combined;
    // Only an action combines with the stance; of two stances, the governing
    // one is the event.
    if (inner && *inner >= 0 && (*inner & 0xF000) == 0) {
      combined = options.pico->CombineCameo(choices[g].code, choices[i].code);
    }
    if (combined.empty()) {
      governed[i] = true;
      continue;
    }
    {
      if (trace) {
        trace->Add("  PICO: '" + SpanText(st, st.triggers[g].begin, st.triggers[g].end) + "' " + choices[g].code +
                   " governs '" + SpanText(st, st.triggers[i].begin, st.triggers[i].end) + "' " +
                   choices[i].code + " -> " + combined);
      }
      choices[i].code = combined;
      choices[i].reverse_code.clear();
      choices[i].why += " + PICO";
      governs[g] = true;
    }
  }
  for (size_t i = 0; i < governed.size(); ++i) governs[i] = governs[i] || governed[i];
  for (size_t ti = 0; ti < st.triggers.size(); ++ti) {
    const Trigger& t = st.triggers[ti];
    if (governs[ti]) continue;
    // A trigger inside an attribution phrase is not an event of the sentence.
    bool in_attr = false;
    for (auto [b, e] : attribution.spans) in_attr |= t.begin >= b && t.begin < e;
    // A view of the document's text: copied into a string only for an event
    // or the trace (most triggers emit none).
    const std::string_view trigger_text = SpanView(st, t.begin, t.end);
    if (in_attr) {
      if (trace) trace->Add("  '" + std::string(trigger_text) + "': inside the attribution, skipped");
      continue;
    }
    CodeChoice& choice = choices[ti];
    std::string code = choice.code.empty() ? choice.reverse_code : choice.code;
    const std::string& why = choice.why;
    int psrc = choice.source, ptgt = choice.target;
    if (code.empty()) {
      if (trace) trace->Add("  '" + std::string(trigger_text) + "': no code for this reading");
      continue;
    }
    // A statement verb that is also a reporting verb reports; it is not an event.
    // So does an English statement verb in a final comma clause after another
    // event ("..., a senior official said on Saturday"): reported speech, where
    // CAMEO codes the reported event.
    if (code.starts_with("01") && (st.cue(t.begin) >= 0 || ReportingClause(st, t)) &&
        !FrenchDenialIsEvent(st, t, code)) {
      if (trace) trace->Add("  '" + std::string(trigger_text) + "': reporting verb, not coded as a statement");
      continue;
    }
    // Every side of an event is an actor mention of the sentence (a French
    // place target needs a source): without one, no trigger of the sentence
    // codes an event, and past the date, which notes the sentence's dates in
    // the context, nothing else of the trigger is needed.
    if (st.mentions.empty() && !options.allow_missing_actor && trace == nullptr) {
      std::string unused;
      FindDate(st, t, ctx, &unused);
      continue;
    }
    Roles roles = AssignRoles(st, t);
    if (psrc >= 0) roles.sources = GroupMembers(st, psrc);
    if (ptgt >= 0) roles.targets = GroupMembers(st, ptgt);
    bool attributed = false;
    if (options.modality != nullptr && roles.sources.empty()) {
      if (int agent = ParticipleAgent(st, t, &attributed); agent >= 0) {
        roles.sources = GroupMembers(st, agent);
        std::erase_if(roles.targets, [&](int m) { return st.mentions[m].code == st.mentions[agent].code; });
        roles.rule += attributed ? "+attributed-to" : "+participle-agent";
      }
    }
    if (options.modality != nullptr) MediatorOutsideThePair(st, t, choice.code, &roles);
    if (options.modality != nullptr) {
      RejectionOfAnEvent(st, t, choices, &choice, &code, &roles, trace);
      ReactionToAnEvent(st, t, &choice, &roles, trace);
      DemandOfAnAct(st, t, choices, &choice, &code, &roles, trace);
    }
    events::EventActor implied;
    if (roles.sources.empty() && roles.source_implied && !ctx->focus_code.empty()) {
      implied.code = ctx->focus_code;
      implied.text = ctx->focus_text;
    }
    bool negated = false, hedged = false;
    // Whether an attribution applies; the chain itself is copied for an event only.
    const bool reported = attribution.HasChainFor(t.begin, &hedged);
    events::Certainty certainty = FindCertainty(st, t, attribution, &negated);
    // "attribué à Israël": the author is only attributed.
    if (attributed && (certainty == events::Certainty::kAsserted || certainty == events::Certainty::kReported)) {
      certainty = events::Certainty::kAlleged;
    }
    if (options.modality != nullptr && certainty != events::Certainty::kNegated) {
      ApplyModality(st, t, *options.modality, reported, hedged, &choice, &code, &certainty, trace);
    }
    // A question asks whether something happened; it reports nothing.
    if (certainty != events::Certainty::kNegated) {
      if (!question.has_value()) question = IsQuestion(st);
      if (*question) certainty = events::Certainty::kHypothetical;
    }
    // The date is found for every trigger (it notes the sentence's dates in the
    // context); salience, place and attribution chain only for a trigger that
    // emits an event (most triggers of a sentence emit none: no actor on one
    // side, a duplicate), on the first event, or up front for the trace.
    std::string date_text;
    std::optional<std::string> date = FindDate(st, t, ctx, &date_text);
    std::string background_rule;
    bool background = false;
    std::optional<events::Location> location;
    std::vector<events::Attribution> chain;
    bool event_facts_found = false;
    // The code as it stands here: a negation through PICO below recodes the
    // event, but salience is judged on the act as read.
    const std::string salience_code = code;
    auto find_event_facts = [&] {
      if (event_facts_found) return;
      event_facts_found = true;
      background = IsBackground(st, t, salience_code, &background_rule);
      location = FindLocation(st, t, *ctx);
      bool chain_hedged = false;
      chain = attribution.ChainFor(t.begin, &chain_hedged);
    };
    if (trace) {
      find_event_facts();
      trace->Add("  '" + std::string(trigger_text) + "' -> " + code + " (" + why + "), roles by rule " + roles.rule +
                 ", certainty " + events::CertaintyName(certainty) +
                 (background ? ", background (" + background_rule + ")" : std::string()));
      // How the date and the place were found.
      if (date) trace->Add("    date " + *date + " from '" + date_text + "'");
      if (location) {
        std::string alternatives;
        for (const auto& a : location->alternatives) alternatives += " " + a;
        trace->Add("    place '" + location->name + "' -> " + location->country +
                   (alternatives.empty() ? std::string() : " (other readings:" + alternatives + ")"));
      }
    }
    if (certainty == events::Certainty::kNegated && options.pico != nullptr) {
      // PICO writes a negated event as its value less 0xFFFF ("did not
      // disapprove" is cooperation); when the ontology lists the result, that
      // is the event coded, asserted. Otherwise the negated event is left out.
      auto value = options.pico->ToPico(code);
      std::string_view negated_code = value ? options.pico->ToCameo(*value - 0xFFFF) : std::string_view();
      if (!negated_code.empty() && negated_code != "---") {
        if (trace) trace->Add("    negation through PICO: " + code + " -> " + std::string(negated_code));
        code = std::string(negated_code);
        choice.code = code;
        choice.reverse_code.clear();
        certainty = events::Certainty::kAsserted;
      }
    }
    if (certainty == events::Certainty::kNegated && !options.keep_negated) {
      if (trace) trace->Add("    negated: left out (--keep-negated keeps it)");
      continue;
    }
    auto actor_of = [&](int m) {
      events::EventActor a;
      const Mention& mm = st.mentions[m];
      // The null actor (TABARI/PETRARCH `[---]`) is recognised but codes
      // nothing: the side is missing ("---REL" with an agent still codes).
      a.code = mm.code == lexicon::kNullActorCode ? "" : mm.code;
      a.text = SpanText(st, mm.begin, mm.end);
      a.begin = st.tok(mm.begin).begin;
      a.end = st.tok(mm.end - 1).end;
      return a;
    };
    // Mutual actions with a compound subject and no other party ("Saudi Arabia
    // and Egypt signed an agreement", "التقى حفتر والسيسي"): each member acts
    // on the others. Only for the cooperative roots (03 to 06) whose events need
    // two parties; "A and B attacked" names two attackers, not each other.
    // Co-agents joined by "alongside"/"aux côtés de"/"إلى جانب" act with the
    // subject, not on it: they are no mutual parties.
    if (roles.targets.empty() && roles.sources.size() >= 2 && code.size() >= 2 && code[0] == '0' &&
        code[1] >= '3' && code[1] <= '6' && roles.rule.find("+alongside") == std::string::npos) {
      roles.targets.assign(roles.sources.begin() + 1, roles.sources.end());
      roles.sources.resize(1);
      roles.rule += "+mutual";
    }
    std::vector<events::EventActor> sources, targets;
    for (int m : roles.sources) sources.push_back(actor_of(m));
    if (sources.empty() && !roles.implied_state.empty()) {
      events::EventActor state;
      state.code = roles.implied_state;
      sources.push_back(std::move(state));
    }
    if (sources.empty() && !implied.code.empty()) sources.push_back(implied);
    for (int m : roles.targets) targets.push_back(actor_of(m));
    if (events::EventActor place; FrenchPlaceTarget(st, t, code, roles, &place.code, &place.begin, &place.end)) {
      place.text = SpanText(st, place.begin, place.end);
      place.begin = st.tok(place.begin).begin;
      place.end = st.tok(place.end - 1).end;
      if (trace) trace->Add("    target by the place: '" + place.text + "' -> " + place.code);
      targets.push_back(std::move(place));
    }
    if (targets.empty() && options.allow_missing_actor) targets.emplace_back();
    if (sources.empty() && options.allow_missing_actor) sources.emplace_back();
    // The dyads to code: every source with every target; a `%` compound of a
    // pattern codes the event between its members instead (each member with
    // each other member).
    std::vector<std::pair<events::EventActor, events::EventActor>> dyads;
    if (choice.compound >= 0) {
      std::vector<int> members = GroupMembers(st, choice.compound);
      for (size_t i = 0; i < members.size(); ++i) {
        for (size_t j = 0; j < members.size(); ++j) {
          if (i != j) dyads.emplace_back(actor_of(members[i]), actor_of(members[j]));
        }
      }
    } else {
      for (const auto& s : sources) {
        for (const auto& tg : targets) dyads.emplace_back(s, tg);
      }
      // French "entre A, B et C": a relation among all the members, so each
      // pair of the later members too (for a few parties: a list of a whole
      // bloc's members is no set of pairwise acts).
      if (roles.symmetric && sentence.lang == text::Lang::kFr && targets.size() <= 3) {
        for (size_t i = 0; i < targets.size(); ++i) {
          for (size_t j = i + 1; j < targets.size(); ++j) dyads.emplace_back(targets[i], targets[j]);
        }
      }
    }
    auto emit = [&](const events::EventActor& s, const events::EventActor& tg, const std::string& event_code) {
      if (event_code.empty()) return;
      if (!s.code.empty() && s.code == tg.code) return;  // Self-event.
      if (!options.allow_missing_actor && (s.code.empty() || tg.code.empty())) return;
      std::string key = s.code + ">" + tg.code + ":" + event_code;
      if (!seen.insert(key).second) return;  // Duplicate within the sentence.
      if (emitted >= options.max_events_per_sentence) {
        if (trace) trace->Add("    over the limit of events per sentence: dropped " + key);
        return;
      }
      find_event_facts();
      events::Event ev;
      ev.doc_id = doc.id;
      ev.sentence_index = sentence_index;
      ev.sentence = std::string(analyzed.SentenceText(sentence));
      ev.lang = std::string(text::LangCode(sentence.lang));
      ev.span_begin = sentence.begin;
      ev.span_end = sentence.end;
      ev.source = s;
      ev.target = tg;
      ev.code = event_code;
      ev.trigger_text = std::string(trigger_text);
      ev.trigger_begin = st.tok(t.begin).begin;
      ev.trigger_end = st.tok(t.end - 1).end;
      ev.date = date;
      ev.date_text = date_text;
      ev.location = location;
      ev.attribution = chain;
      ev.certainty = certainty;
      ev.background = background;
      if (trace) trace->Add("    event " + key);
      out->push_back(std::move(ev));
      ++emitted;
    };
    for (const auto& [s, tg] : dyads) {
      emit(s, tg, choice.code);
      // Paired events (CAMEO's visit/host, reciprocal agreements): the reverse
      // code goes from the target back to the source.
      if (!choice.reverse_code.empty() && !tg.code.empty()) emit(tg, s, choice.reverse_code);
    }
    // The source becomes the subject in focus.
    if (!roles.sources.empty()) {
      const Mention& m = st.mentions[roles.sources.front()];
      if (m.has_country) {
        ctx->focus_code = m.code;
        ctx->focus_text = SpanText(st, m.begin, m.end);
      }
    }
  }
  // Remember the actors and places of the sentence for later sentences.
  for (const Mention& m : st.mentions) {
    std::string country = CountryPrefix(m.code);
    if (!country.empty() && !m.agent_only) ctx->countries_seen.insert(country);
    if (m.has_country && !m.agent_only && m.code.size() >= 6) {
      ctx->recent.emplace_back(m.code.substr(3, 3), m.code);
      if (ctx->recent.size() > 16) ctx->recent.erase(ctx->recent.begin());
    }
  }
  if (ctx->focus_code.empty()) {
    for (const Mention& m : st.mentions) {
      if (m.has_country && !m.locative && !m.agent_only && m.type == lexicon::ActorType::kPerson) {
        ctx->focus_code = m.code;
        ctx->focus_text = SpanText(st, m.begin, m.end);
        break;
      }
    }
  }
}

void Coder::Code(const ingest::Document& doc, const text::AnalyzedDocument& analyzed, std::vector<events::Event>* out,
                 Trace* trace) const {
  DocumentContext ctx;
  ctx.doc_date = doc.date;
  uint32_t last_paragraph = UINT32_MAX;
  for (uint32_t i = 0; i < analyzed.sentences.size(); ++i) {
    const text::Sentence& s = analyzed.sentences[i];
    if (trace) {
      trace->Add("sentence " + std::to_string(i) + " [" + std::string(text::LangCode(s.lang)) + "]" +
                 (s.boilerplate ? " (boilerplate)" : "") + (s.headline ? " (headline)" : "") + ": " +
                 std::string(analyzed.SentenceText(s)));
    }
    if (s.boilerplate) continue;
    if (s.lang != text::Lang::kAr && s.lang != text::Lang::kFr && s.lang != text::Lang::kEn) continue;
    if (s.paragraph != last_paragraph) {
      // A new paragraph starts a new focus (the implied subject does not carry over).
      ctx.focus_code.clear();
      ctx.focus_text.clear();
      last_paragraph = s.paragraph;
    }
    impl_->CodeSentence(doc, analyzed, i, &ctx, out, trace);
  }
}

}  // namespace isnad::coder
