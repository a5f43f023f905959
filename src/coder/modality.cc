// Tense and modality. Rules, in the order FindMood applies them (the first that
// fires decides):
//
// negated-intent: an intent or future cue that is itself negated ("n'a pas
//   l'intention d'envoyer", "ne compte pas", "has no plans to") announces nothing:
//   negated.
// refused: a refusal cue (a refusé de, refuse de, refused to, رفض) before the
//   trigger in its clause or the governing one, the trigger not being the refusal
//   verb itself: refused. When another trigger stands between them, that one is
//   refused (a demand, an offer) and this act is only asked for: possible
//   (refused-request).
// condition: a condition cue (si, if, en cas de, إذا، لو) or a possibility modal
//   (pourrait, could, might: condition cues in data/cues) before the trigger in
//   its clause or one or two clauses before (the consequent of "si X, Y", "إذا X
//   فإن Y"): possible.
// french-conditional: the trigger is a French conditional ("frapperait"): in a
//   que-clause it is the future of reported speech or of a promise ("a averti
//   qu'elles seraient frappées", "a assuré que Paris livrerait"): future;
//   elsewhere a conditional act is possible.
// french-future: the trigger is a French simple future ("livrera", "frapperont",
//   "se rendra"), or a participle after a future auxiliary ("seront livrés",
//   "aura signé"): future; a passive conditional in a que-clause ("qu'elles
//   seraient frappées"), as french-conditional; the past conditional ("aurait
//   mené") stays the hedge of provenance.cc.
// future-cue: a future cue or word (va + infinitive, will, shall, going to, سوف,
//   the Arabic prefix س) or an intent cue (compte, entend, s'est dit prêt à,
//   plans to, intends to, يعتزم، ينوي; menace de) before the trigger in its
//   clause or the governing one: future.
//
// French future and conditional forms are recognised by their stems, the forms
// lexicon/morphology.cc generates: the infinitive of -er and -ir verbs
// (livrer-a, fournir-ont), the -dre, -ttre and -uire verbs without their final e
// (rendr-a, mettr-ait, détruir-a), and the closed list of irregular future stems
// (ser-, aur-, fer-, ir-, pourr-, viendr-, enverr- ...). The passé simple of the
// -er verbs (déclara, libéra, montra) has no such stem.
#include "coder/modality.h"

#include <algorithm>
#include <filesystem>

#include "coder/sentence_state.h"
#include "text/normalize.h"
#include "util/files.h"
#include "util/strings.h"
#include "util/versioned_table.h"

namespace isnad::coder {
namespace {

constexpr std::string_view kKind = "modality";
constexpr size_t kModalityFields = 3;

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A stem that takes the future and conditional endings.
bool IsFutureStem(std::string_view stem) {
  // The irregular future stems of French (être, avoir, faire, aller, pouvoir,
  // devoir, vouloir, venir, tenir, envoyer, voir, savoir, falloir, valoir,
  // recevoir, mourir, courir, and their compounds).
  static constexpr std::string_view kIrregular[] = {"ser", "aur", "fer", "ir", "pourr", "devr", "voudr", "enverr",
                                                    "verr", "saur", "faudr", "vaudr", "recevr", "mourr", "courr"};
  for (std::string_view s : kIrregular) {
    if (stem == s || (stem.size() > s.size() + 1 && EndsWith(stem, s) && s.size() >= 4)) return true;
  }
  if (EndsWith(stem, "viendr") || EndsWith(stem, "tiendr")) return true;
  if (stem.size() < 4) return false;
  return EndsWith(stem, "er") || EndsWith(stem, "ir") || EndsWith(stem, "dr") || EndsWith(stem, "ttr") ||
         EndsWith(stem, "uir");
}

bool IsPunct(const SentenceState& st, uint32_t k) { return st.is_punct(k); }

// A cue of `kind` before the trigger, in its clause or the one governing it; sets
// `*where` to its first token.
bool CueBefore(const SentenceState& st, const Trigger& t, lexicon::CueKind kind, uint32_t* where,
               uint32_t* where_end = nullptr) {
  const int clause = st.clause_of(t.begin);
  for (const CueMark& c : st.cues) {
    if (c.begin >= t.begin) break;
    if (c.kind != kind) continue;
    // A cue that holds the trigger is the trigger's own verb ("a refusé de").
    if (c.end > t.begin) continue;
    int cc = st.clause_of(c.begin);
    if (cc == clause || cc + 1 == clause) {
      *where = c.begin;
      if (where_end != nullptr) *where_end = c.end;
      return true;
    }
  }
  return false;
}

// A negator within three words before token `k` ("n'a pas l'intention", "ne
// compte pas", "has no plans"), or "pas"/"not" right after it ("ne compte pas").
bool NegatedAt(const SentenceState& st, uint32_t k) {
  for (uint32_t j = k, steps = 0; j > st.begin && steps < 3; ++steps) {
    --j;
    if (IsPunct(st, j) || st.mention(j) >= 0) break;
    if (st.cls(j) & kGNegation) return true;
    if (text::InNormalizedList(st.stem(j), {"no"})) return true;
  }
  for (uint32_t j = k + 1; j < st.end && j < k + 3; ++j) {
    std::string_view s = st.stem(j);
    if (text::InNormalizedList(s, {"pas", "jamais", "not"})) return true;
  }
  return false;
}

// The trigger's clause opens with a complementizer (que, qu', that, أن) that
// follows another clause: reported speech or a promise.
bool InThatClause(const SentenceState& st, const Trigger& t) {
  const int clause = st.clause_of(t.begin);
  if (clause == st.clause_of(st.begin)) return false;
  for (uint32_t k = t.begin; k > st.begin;) {
    --k;
    if (st.clause_of(k) != clause) break;
    if (text::InNormalizedList(st.stem(k), {"que", "qu'", "that", "أن", "بأن"})) return true;
  }
  return false;
}

}  // namespace

FrenchTense FrenchTenseOf(std::string_view word) {
  std::string w = AsciiLower(word);
  static constexpr std::string_view kFuture[] = {"ont", "ai", "as", "a", "ons", "ez"};
  static constexpr std::string_view kConditional[] = {"aient", "ait", "ais", "ions", "iez"};
  for (std::string_view e : kConditional) {
    if (EndsWith(w, e) && IsFutureStem(std::string_view(w).substr(0, w.size() - e.size()))) {
      // "-irait" is also the imperfect of the verbs in -irer (tirait, retirait):
      // only the regular -er stems and the irregular ones are taken as conditional.
      std::string_view stem = std::string_view(w).substr(0, w.size() - e.size());
      if (EndsWith(stem, "ir") && stem.size() > 3) return FrenchTense::kOther;
      return FrenchTense::kConditional;
    }
  }
  for (std::string_view e : kFuture) {
    if (EndsWith(w, e) && IsFutureStem(std::string_view(w).substr(0, w.size() - e.size()))) {
      return FrenchTense::kFuture;
    }
  }
  return FrenchTense::kOther;
}

StatusOr<ModalityTable> ModalityTable::Parse(std::string_view contents, std::string_view name) {
  ModalityTable table;
  Status s = ForEachTableRecord(contents, name, kKind, [&](size_t, const std::vector<std::string_view>& fields) {
    ISNAD_RETURN_IF_ERROR(ExpectFieldCount(fields, kModalityFields));
    for (size_t i = 0; i < fields.size(); ++i) {
      std::string_view f = fields[i];
      if (i == 2 && f == "-") continue;
      if (!IsDigits(f) || f.size() < 2 || f.size() > 4) {
        return Status::Corruption("not a CAMEO code: \"" + std::string(f) + "\"");
      }
    }
    table.rows_.push_back({std::string(fields[0]), std::string(fields[1]),
                           fields[2] == "-" ? std::string() : std::string(fields[2])});
    return Status::OK();
  });
  if (!s.ok()) return s;
  return table;
}

StatusOr<ModalityTable> ModalityTable::Load(const std::string& data_dir) {
  std::string path = (std::filesystem::path(data_dir) / "cameo" / "modality.tsv").string();
  auto contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  return Parse(*contents, "cameo/modality.tsv");
}

const ModalityTable::Row* ModalityTable::Find(std::string_view code) const {
  const Row* best = nullptr;
  for (const Row& row : rows_) {
    if (code.starts_with(row.prefix) && (best == nullptr || row.prefix.size() > best->prefix.size())) best = &row;
  }
  return best;
}

std::string ModalityTable::FutureCode(std::string_view code) const {
  const Row* row = Find(code);
  return row == nullptr ? std::string() : row->future;
}

std::string ModalityTable::RefusalCode(std::string_view code) const {
  const Row* row = Find(code);
  return row == nullptr ? std::string() : row->refusal;
}

int ObjectEvent(const SentenceState& st, const Trigger& t) {
  const int clause = st.clause_of(t.begin);
  // The object after the verb: determiners, adjectives and actors may come
  // first, no other verb.
  for (uint32_t k = t.end, steps = 0; k < st.end && steps < 5; ++k, ++steps) {
    // A quoted adverbial between the verb and its object ("a condamné « avec la
    // plus grande fermeté » l'assassinat") is passed over.
    if (st.surface(k) == "«") {
      uint32_t close = k + 1;
      while (close < st.end && close < k + 10 && st.surface(close) != "»" && st.trigger(close) < 0) ++close;
      if (close < st.end && st.surface(close) == "»") {
        k = close;
        continue;
      }
    }
    if (st.clause_of(k) != clause || (IsPunct(st, k) && st.surface(k) != "«" && st.surface(k) != "»")) break;
    int ti = st.trigger(k);
    if (ti >= 0) return st.triggers[ti].verb ? -1 : ti;
  }
  // An object clitic before the verb (or its auxiliary): the latest noun trigger before.
  bool clitic = false;
  for (uint32_t k = t.begin, steps = 0; k > st.begin && steps < 3; ++steps) {
    --k;
    std::string_view s = st.surface(k);
    if (s == "l'" || s == "L'" || s == "les" || s == "la" || s == "le" || s == "l’") {
      clitic = true;
      break;
    }
  }
  if (!clitic) return -1;
  int ti = st.trigger(t.begin);
  for (int i = ti - 1; i >= 0; --i) {
    if (!st.triggers[i].verb) return i;
    // "a proposé sa médiation" is one trigger, a noun reading of a verb phrase.
    if (!st.triggers[i].noun_events.empty()) return i;
  }
  return -1;
}

std::string RejectionOf(std::string_view rejected) {
  if (rejected.size() < 3) return "";
  if (rejected.starts_with("11")) return "016";
  if (rejected.starts_with("045") || rejected.starts_with("038") || rejected.starts_with("039")) return "126";
  if (rejected.starts_with("046") || rejected.starts_with("036")) return "125";
  if (rejected.starts_with("037")) return "127";
  char family = rejected[2];
  if (rejected.starts_with("02") || rejected.starts_with("10")) {
    // 0x1 cooperation, 0x3 aid, 0x4 reform, 0x5 yield, 0x6 meet, 0x7 settle, 0x8 mediation.
    switch (family) {
      case '1': return "121";
      case '3': return "122";
      case '4': return "123";
      case '5': return "124";
      case '6': return "125";
      case '7': return "127";
      case '8': return "126";
      default: return "120";
    }
  }
  if (rejected.starts_with("03")) {
    switch (family) {
      case '1': return "121";
      case '3': return "122";
      case '4': return "123";
      case '5': return "124";
      default: return "120";
    }
  }
  return "";
}

std::string DemandOf(std::string_view act, std::string_view demand_root) {
  if (act.size() < 3 || demand_root.size() != 2) return "";
  std::string root(demand_root);
  auto sub = [&](const char* tail) { return root + tail; };
  if (act.starts_with("166")) return sub("56");                 // withdrawal of forces
  if (act.starts_with("084")) return sub("53");                 // release, restitution
  if (act.starts_with("081")) return sub("51");
  if (act.starts_with("082")) return sub("52");
  if (act.starts_with("083")) return sub("4");
  if (act.starts_with("085")) return sub("54");
  if (act.starts_with("086")) return sub("55");
  if (act.starts_with("087")) return sub("56");
  if (act.starts_with("08")) return sub("5");
  if (act.starts_with("045")) return sub("8");
  if (act.starts_with("04")) return sub("6");
  if (act.starts_with("05")) return sub("2");
  if (act.starts_with("06")) return act[2] == '1' ? sub("11") : act[2] == '2' ? sub("12") : sub("1");
  if (act.starts_with("07")) {
    if (act[2] >= '1' && act[2] <= '4') return root + "3" + act[2];
    return sub("3");
  }
  return "";
}

MoodReading FindMood(const SentenceState& st, const Trigger& t) {
  using K = lexicon::CueKind;
  MoodReading r;
  const text::Lang lang = st.sentence->lang;
  const int clause = st.clause_of(t.begin);
  uint32_t at = 0;
  // negated-intent
  for (K kind : {K::kIntent, K::kFuture}) {
    if (CueBefore(st, t, kind, &at) && NegatedAt(st, at)) {
      r.mood = Mood::kNegated;
      r.rule = "negated-intent";
      return r;
    }
  }
  // refused; refused-request
  uint32_t at_end = 0;
  if (CueBefore(st, t, K::kRefusal, &at, &at_end)) {
    // Another trigger between the refusal and this one is what is refused ("a
    // rejeté la demande américaine de désarmer"): this act is only asked for.
    bool governed = false;
    for (uint32_t k = at_end; k < t.begin; ++k) governed |= st.trigger(k) >= 0 && st.trigger(k) != st.trigger(t.begin);
    r.mood = governed ? Mood::kPossible : Mood::kRefused;
    r.rule = governed ? "refused-request" : "refused";
    return r;
  }
  // condition: the cue's clause, the clause after it or the one after that (the
  // consequent of "si X, Y", "إذا X فإن Y").
  for (const CueMark& c : st.cues) {
    if (c.begin >= t.begin) break;
    if (c.kind != K::kCondition || c.end > t.begin) continue;
    if (st.clause_of(c.begin) + 2 >= clause) {
      r.mood = Mood::kPossible;
      r.rule = "condition";
      return r;
    }
  }
  for (uint32_t k = t.begin; k > st.begin;) {
    --k;
    if (st.clause_of(k) != clause) break;
    if (st.cls(k) & kGCondition) {
      r.mood = Mood::kPossible;
      r.rule = "condition";
      return r;
    }
  }
  if (lang == text::Lang::kFr && t.verb) {
    // french-conditional / french-future on the verb, or on the auxiliary before
    // a participle ("seront livrés", "aura signé").
    FrenchTense tense = FrenchTenseOf(st.surface(t.begin));
    if (tense == FrenchTense::kOther) {
      for (uint32_t k = t.begin, steps = 0; k > st.begin && steps < 2; ++steps) {
        --k;
        if (IsPunct(st, k) || st.mention(k) >= 0) break;
        if (text::InNormalizedList(st.stem(k), {"sera", "seront", "aura", "auront"})) tense = FrenchTense::kFuture;
        // The past conditional is the journalistic hedge ("aurait mené", "se
        // serait rendu"), also in a que-clause; the passive of the simple
        // conditional there is the future of reported speech ("qu'elles seraient
        // frappées").
        bool reflexive = k > st.begin && text::InNormalizedList(st.stem(k - 1), {"se", "s'"});
        if (text::InNormalizedList(st.stem(k), {"serait", "seraient"}) && !reflexive && InThatClause(st, t)) {
          tense = FrenchTense::kConditional;
        }
      }
    }
    if (tense == FrenchTense::kConditional) {
      r.mood = InThatClause(st, t) ? Mood::kFuture : Mood::kPossible;
      r.rule = "french-conditional";
      return r;
    }
    if (tense == FrenchTense::kFuture) {
      r.mood = Mood::kFuture;
      r.rule = "french-future";
      return r;
    }
  }
  // future-cue
  if (CueBefore(st, t, K::kFuture, &at) || CueBefore(st, t, K::kIntent, &at)) {
    r.mood = Mood::kFuture;
    r.rule = "future-cue";
    return r;
  }
  for (uint32_t k = t.begin + 1; k > st.begin;) {
    --k;
    if (k < t.begin && st.clause_of(k) != clause) break;
    if ((k < t.begin && (st.cls(k) & kGFuture)) || (st.tok(k).clitics & text::kCliticSa)) {
      r.mood = Mood::kFuture;
      r.rule = "future-cue";
      return r;
    }
  }
  return r;
}

}  // namespace isnad::coder
