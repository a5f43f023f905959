// coder/roles_fr.cc: the French role rules, split out of roles.cc. Each
// function names the French construction it reads (être as an active
// auxiliary, object clitics, genitive objects and subjects, reciprocals,
// agentless passives, dependent verbs, judged and claimed acts, protests, and
// FrenchPlaceTarget of roles.h). roles.cc (AssignRoles, AssignRolesByClause,
// PassiveVerb) applies them to French sentences; the ones it calls are
// declared in roles_internal.h, the others are local helpers here. The rules
// are listed by name in roles.cc's opening comment.

#include "coder/roles.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "coder/roles_internal.h"
#include "text/normalize.h"

namespace isnad::coder {

using roles_internal::IsVerbTrigger;

namespace {

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

namespace roles_internal {

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

}  // namespace roles_internal

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

}  // namespace isnad::coder
