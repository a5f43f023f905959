// Building the sentence state: which dictionary matches to keep, the actor
// mentions they form, compound actors, triggers, cues, places and clauses.
//
// Selection: the lexicon reports every match, nested and overlapping. Actors and
// agents form one layer (longest match first, actors before agents on equal
// spans), events another (events overlapping a kept actor name are dropped: the
// "Popular Mobilization Forces" are an actor, not a mobilization), cues a third,
// places a fourth. Mentions are then built from the actor layer by the rules of
// noun-phrase structure of each language:
//   - idafa / genitive: an agent followed by an actor, directly (قوات حفتر,
//     حكومة حفتر) or through of/de/من/في (the army of Israel, l'armée d'Israël,
//     عملاء من الموساد, السلطات في القاهرة), takes the actor's country;
//   - nisba and demonym adjectives: an agent followed (Arabic, French) or preceded
//     (English, French) by a demonym takes its country (الجيش الإسرائيلي,
//     l'armée israélienne, Israeli troops); a demonym that only qualifies some
//     other noun (الحرب الليبية, Libyan oil) is not an actor;
//   - English possessive: Gondor's president;
//   - a capital stands for its government (تل أبيب -> ISRGOV) unless it is the
//     place of something (في القاهرة);
//   - compounds: mentions joined by و/and/et/or and commas form one group.
#include <algorithm>
#include <atomic>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <unordered_set>

#include "coder/sentence_state.h"
#include "util/strings.h"

namespace isnad::coder {

using lexicon::ActorType;
using lexicon::EntryKind;

// Nouns of a part of a country or of its ground ("l'est libyen", "le désert
// libyen", "les eaux libyennes"): a demonym after them names a place, no actor.
bool FrenchPlaceNoun(std::string_view norm) {
  static const std::unordered_set<std::string_view> kNouns = {
      "est", "ouest", "nord", "sud", "centre", "desert", "territoire", "sol", "capitale", "ville", "villes",
      "region", "regions", "province", "provinces", "cote", "cotes", "littoral", "eaux", "interieur", "sud-est", "sud-ouest", "nord-est", "nord-ouest", "terre", "terres",
      "pays", "zone", "zones", "localite", "localites", "village", "villages", "montagnes", "plaine"};
  return kNouns.count(norm) > 0;
}

std::string CountryPrefix(std::string_view code) {
  if (code.size() < 3) return "";
  return std::string(code.substr(0, 3));
}

std::string CombineAgent(std::string_view country_code, const lexicon::Agent& agent) {
  std::string country = CountryPrefix(country_code);
  if (country.empty()) return agent.code;
  // A redundant agent is not repeated ("the media" of a media outlet: MED, not MEDMED).
  if (country == agent.code) return country;
  return agent.prefix ? agent.code + country : country + agent.code;
}

namespace {

// Whether word k can be the head noun of an idafa over the next word: a content
// word, without the article or a clitic, that is no actor mention, no function
// word, no cue, no trigger, and does not end in tanween alif.
bool IdafaHead(const SentenceState& st, uint32_t k) {
  const text::Token& w = st.tok(k);
  if (w.kind != text::TokenKind::kWord || w.clitics != 0 || w.pronoun != text::Pronoun::kNone) return false;
  if (st.mention(k) >= 0 || st.cue(k) >= 0 || st.trigger(k) >= 0 || st.cls(k) != kGNone) return false;
  std::string_view s = st.surface(k);
  if (s.size() < 6) return false;  // Three letters or more.
  return !s.ends_with("ا") && !s.ends_with("اً");
}

constexpr uint32_t kPrepMask = kGPrepTarget | kGPrepWith | kGPrepFrom | kGPrepAgent | kGPrepLocative |
                               kGPrepOther | kGPrepOf | kGBetween;

int KindPriority(EntryKind k) {
  switch (k) {
    case EntryKind::kActor: return 0;
    case EntryKind::kAgent: return 1;
    case EntryKind::kCue: return 2;
    case EntryKind::kEvent: return 3;
    case EntryKind::kDiscard: return 4;
    case EntryKind::kPlace: return 5;
    case EntryKind::kWord: return 6;
  }
  return 7;
}

// Grammar classes of `key`, whose symbol is `sym`: by the symbol when it is a
// key of the lexicon `by_sym` was built for, else by the text.
uint32_t KeyClasses(const Grammar& g, const std::vector<uint32_t>* by_sym, lexicon::Sym sym, std::string_view key) {
  if (by_sym != nullptr && sym < by_sym->size()) return (*by_sym)[sym];
  return g.Classes(key);
}

// Classes that only the clitics of token `t` contribute (a proclitic preposition
// governs the word it is attached to).
uint32_t CliticMarker(const text::Token& t) {
  uint32_t c = kGNone;
  if (t.clitics & text::kCliticLi) c |= kGPrepTarget;
  if (t.clitics & (text::kCliticBi | text::kCliticKa)) c |= kGPrepOther;
  return c;
}

// Grammar classes carried by a token: its own word class and its proclitics.
// `stem_sym` and `norm_sym`: its symbols (lexicon::TokenSyms).
uint32_t TokenClasses(const Grammar& g, const std::vector<uint32_t>* by_sym, const text::AnalyzedDocument& doc,
                      const text::Token& t, lexicon::Sym stem_sym, lexicon::Sym norm_sym) {
  // The stem is often the normalized form itself: one lookup then.
  uint32_t c = KeyClasses(g, by_sym, stem_sym, lexicon::StemKey(doc, t));
  if (!lexicon::StemIsWholeForm(doc, t)) c |= KeyClasses(g, by_sym, norm_sym, lexicon::NormKey(doc, t));
  return c | CliticMarker(t);
}

bool IsClausePunct(std::string_view s) {
  // "،" "," ";" "؛" ":" "." "!" "?" "؟" "(" ")" "—" "–" "-", compared byte by
  // byte by length (GCC had made the 14 string_view comparisons calls: about
  // 1,000 instructions per English sentence).
  switch (s.size()) {
    case 1:
      switch (s[0]) {
        case ',': case ';': case ':': case '.': case '!': case '?': case '(': case ')': case '-':
          return true;
        default:
          return false;
      }
    case 2:  // Arabic comma, semicolon, question mark: D8 8C, D8 9B, D8 9F.
      return static_cast<unsigned char>(s[0]) == 0xD8 &&
             (static_cast<unsigned char>(s[1]) == 0x8C || static_cast<unsigned char>(s[1]) == 0x9B ||
              static_cast<unsigned char>(s[1]) == 0x9F);
    case 3:  // Em and en dash: E2 80 94, E2 80 93.
      return static_cast<unsigned char>(s[0]) == 0xE2 && static_cast<unsigned char>(s[1]) == 0x80 &&
             (static_cast<unsigned char>(s[2]) == 0x94 || static_cast<unsigned char>(s[2]) == 0x93);
    default:
      return false;
  }
}

bool IsQuote(std::string_view s) {
  // « » " “ ” ' ‘ ’, by length and bytes as IsClausePunct (eight string_view
  // comparisons were calls, asked of every token before a mention).
  switch (s.size()) {
    case 1:
      return s[0] == '"' || s[0] == '\'';
    case 2:  // « » : C2 AB, C2 BB.
      return static_cast<unsigned char>(s[0]) == 0xC2 &&
             (static_cast<unsigned char>(s[1]) == 0xAB || static_cast<unsigned char>(s[1]) == 0xBB);
    case 3:  // ‘ ’ “ ” : E2 80 98, 99, 9C, 9D.
      return static_cast<unsigned char>(s[0]) == 0xE2 && static_cast<unsigned char>(s[1]) == 0x80 &&
             (static_cast<unsigned char>(s[2]) == 0x98 || static_cast<unsigned char>(s[2]) == 0x99 ||
              static_cast<unsigned char>(s[2]) == 0x9C || static_cast<unsigned char>(s[2]) == 0x9D);
    default:
      return false;
  }
}

// "," or the Arabic comma "،" (D8 8C), by bytes as IsClausePunct.
bool IsComma(std::string_view s) {
  return (s.size() == 1 && s[0] == ',') ||
         (s.size() == 2 && static_cast<unsigned char>(s[0]) == 0xD8 && static_cast<unsigned char>(s[1]) == 0x8C);
}

// Whether `s` ends in tanween: fathatan (U+064B, D9 8B), alone or before alif
// (D8 A7), dammatan (U+064C, D9 8C) or kasratan (U+064D, D9 8D); by bytes, as
// four ends_with calls cost about 60 instructions each.
bool EndsWithTanween(std::string_view s) {
  if (s.size() >= 4 && static_cast<unsigned char>(s[s.size() - 2]) == 0xD8 &&
      static_cast<unsigned char>(s[s.size() - 1]) == 0xA7) {
    s.remove_suffix(2);  // The alif after fathatan.
    return static_cast<unsigned char>(s[s.size() - 2]) == 0xD9 && static_cast<unsigned char>(s[s.size() - 1]) == 0x8B;
  }
  if (s.size() < 2 || static_cast<unsigned char>(s[s.size() - 2]) != 0xD9) return false;
  const unsigned char last = static_cast<unsigned char>(s[s.size() - 1]);
  return last == 0x8B || last == 0x8C || last == 0x8D;
}

struct Item {
  uint32_t begin, end;
  EntryKind kind;
  uint32_t index;
};

// Per-thread working buffers of BuildSentenceState: cleared for each sentence,
// their capacity kept (no allocation per sentence once they have grown).
struct Scratch {
  std::vector<uint64_t> order;  // Match indices in the order of selection.
  std::vector<const lexicon::Match*> by_length;
  // The actor, event, cue and place layers, n tokens each, one after the
  // other: one resize and one fill per sentence instead of four.
  std::vector<int> layers;
  std::vector<Item> actor_items;
  std::vector<uint8_t> comma_only;  // Per mention: joined to the one before by a comma alone.
  // Emptied index vectors of the previous sentence's triggers and places.
  std::vector<std::vector<uint32_t>> pool;

  void Recycle(std::vector<uint32_t>&& v) {
    if (v.capacity() == 0) return;
    v.clear();
    pool.push_back(std::move(v));
  }
  std::vector<uint32_t> Take() {
    if (pool.empty()) return {};
    std::vector<uint32_t> v = std::move(pool.back());
    pool.pop_back();
    return v;
  }
};

// Resizes `*v` to `n` elements, each of whose bytes is `byte` (-1 for 0xFF,
// 0 for 0). T is a plain integer type.
template <typename T>
void ResetTo(std::vector<T>* v, size_t n, unsigned char byte) {
  static_assert(std::is_integral_v<T>);
  v->resize(n);
  if (n != 0) std::memset(v->data(), byte, n * sizeof(T));
}

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// Nouns and adverbs of quantity that take "de" before the counted noun.
bool FrenchQuantityWord(std::string_view norm) {
  static const std::unordered_set<std::string_view> kWords = {
      "dizaine", "dizaines", "douzaine", "douzaines", "quinzaine", "vingtaine", "trentaine", "quarantaine",
      "cinquantaine", "soixantaine", "centaine", "centaines", "millier", "milliers", "million", "millions",
      "milliard", "milliards", "plus", "moins", "beaucoup", "nombre", "peu", "tonnes", "groupe", "poignee",
      "majorite", "partie", "total"};
  return kWords.count(norm) > 0;
}

// French "des", "du", "de", "d'" is the partitive or plural indefinite article,
// not the preposition, where a noun phrase starts: at the start of the clause
// ("Des colons israéliens ont incendié"), after a verb or an auxiliary ("ont
// exécuté des civils", "a rencontré des agents"), after a conjunction or a
// relative pronoun. After a noun it is the preposition ("l'aide des Emirats").
bool FrenchPartitiveArticle(const SentenceState& st, uint32_t k) {
  std::string_view n = st.doc->Norm(st.tok(k));
  if (n != "des" && n != "du" && n != "de" && n != "d'") return false;
  if (k == st.begin) return true;
  uint32_t p = k - 1;
  const text::Token& pt = st.tok(p);
  // After a comma, "des"/"du" opens a new phrase ("D'après des sources, des
  // avions ... auraient livré"); "de" repeats the preposition of a list.
  if (pt.kind == text::TokenKind::kPunct) return n != "de" && n != "d'" && st.doc->Norm(pt) == ",";
  if (n == "de" || n == "d'") {
    // "de" is an article after a negation ("n'a pas livré d'armes") and after
    // a word of quantity ("une trentaine de civils", "des milliers de
    // manifestants", "plus de cent villageois").
    return (st.cls(p) & kGNegation) != 0 || FrenchQuantityWord(st.doc->Norm(pt));
  }
  int t = st.trigger_at[p - st.begin];
  if (t >= 0 && st.triggers[t].noun_events.empty()) return true;
  // A past participle after its auxiliary ("ont visé des entrepôts").
  if (p > st.begin && pt.kind == text::TokenKind::kWord && !pt.capitalized && st.cls(p) == kGNone &&
      (st.cls(p - 1) & (kGAux | kGAuxPassive))) {
    return true;
  }
  return (st.cls(p) & (kGAux | kGAuxPassive | kGRelative | kGSubordinator)) != 0;
}

// French "des"/"du" right after another preposition is the article of the
// phrase that preposition governs ("par des hommes armés", "contre des
// positions", "avec des responsables"): the marker is the earlier preposition's.
bool FrenchArticleAfterPreposition(const SentenceState& st, uint32_t k) {
  std::string_view n = st.doc->Norm(st.tok(k));
  if ((n != "des" && n != "du") || k == st.begin) return false;
  uint32_t c = st.cls(k - 1);
  return (c & kPrepMask) && !(c & kGPrepOf);
}

// French relational adjective: a demonym after a noun that no agent word
// claimed names that noun's country. After an event noun it is the event's
// agent, as a genitive "de X" would be ("l'offensive turque" = "l'offensive de
// la Turquie", "des frappes aériennes israéliennes"): the mention is marked
// as that genitive. After another noun it stands for the whole noun phrase
// with the preposition that governs the phrase ("sur une caserne israélienne":
// a target; "un missionnaire américain": an object; "des drones turcs
// auraient été livrés": a subject). Nouns of places and parts of a country
// ("l'est libyen", "les eaux libyennes") keep the adjective a mere qualifier.
// `pos` is the demonym's first token; `governing` gives the marker of the
// phrase that starts at a token. Returns true and sets *marker when the
// demonym is an actor.
template <typename Governing>
bool FrenchRelationalAdjective(const SentenceState& st, uint32_t pos, Governing&& governing, uint32_t* marker) {
  uint32_t prev = pos - 1;
  int t = st.trigger_at[prev - st.begin];
  if (t >= 0) {
    if (st.triggers[t].noun_events.empty()) return false;
    *marker = kGPrepOf;
    return true;
  }
  if (FrenchPlaceNoun(st.doc->Norm(st.tok(prev)))) return false;
  // The noun phrase: plain lowercase words (noun and adjectives) before it.
  uint32_t start = pos;
  for (int words = 0; start > st.begin && words < 3; ++words) {
    uint32_t k = start - 1;
    const text::Token& tk = st.tok(k);
    if (tk.kind != text::TokenKind::kWord || tk.capitalized || st.cls(k) != kGNone ||
        st.mention_at[k - st.begin] >= 0 || st.trigger_at[k - st.begin] >= 0) {
      break;
    }
    start = k;
  }
  if (start == pos) return false;
  *marker = governing(start);
  return true;
}

// Arabic nisba after an event noun: a demonym that agrees in definiteness with
// an event noun right before it (at most two agreeing adjectives between) names
// the event's agent ("الضربات الجوية الأمريكية", "غارة إسرائيلية"), so it stays
// a mention instead of a mere qualifier; roles read it as the noun's source.
// `pos` is the demonym's first token. When `noun` is not null, it receives the
// event noun's trigger index (unchanged when the function returns false).
bool ArabicNisbaAfterEventNoun(const SentenceState& st, uint32_t pos, int* noun = nullptr) {
  const uint32_t al = st.tok(pos).clitics & text::kCliticAl;
  uint32_t k = pos;
  for (int words = 0; k > st.begin && words < 3; ++words) {
    --k;
    const text::Token& tk = st.tok(k);
    if (tk.kind != text::TokenKind::kWord || st.mention_at[k - st.begin] >= 0) return false;
    if ((tk.clitics & text::kCliticAl) != al) return false;
    int t = st.trigger_at[k - st.begin];
    if (t >= 0) {
      if (st.triggers[t].noun_events.empty()) return false;
      if (noun != nullptr) *noun = t;
      return true;
    }
    if (st.cls(k) != kGNone) return false;
  }
  return false;
}

// Arabic act of war named by a noun: shelling (قصف), an air strike or raid
// (غارة، ضربة جوية), a missile or artillery strike (ضربة صاروخية): a noun reading
// coded 194 (artillery and tanks) or 195 (aerial weapons), or the noun قصف
// itself (coded 190 when nothing says by what). Only armies wield these, so the
// country a nisba names after such a noun acts through its military: "غارة
// إسرائيلية", "القصف التركي" -> ISRMIL, TURMIL. (An attack, هجوم، or a killing
// names no arm: "هجوم أمريكي" stays USA.)
bool ArabicMilitaryActNoun(const SentenceState& st, const Trigger& t) {
  for (uint32_t e : t.noun_events) {
    std::string_view code = st.lexicon->events()[e].code;
    if (code.starts_with("194") || code.starts_with("195")) return true;
  }
  std::string_view head = st.stem(t.begin);
  return head == "قصف" || head == "القصف";
}

}  // namespace

void BuildSentenceState(const lexicon::Lexicon& lexicon, const text::AnalyzedDocument& doc,
                        const text::Sentence& sentence, const std::string& doc_date, SentenceState* st,
                        Trace* trace, const std::vector<uint32_t>* classes_by_sym) {
  st->doc = &doc;
  st->sentence = &sentence;
  static std::atomic<uint64_t> next_serial{1};
  st->serial = next_serial.fetch_add(1, std::memory_order_relaxed);
  st->lexicon = &lexicon;
  st->grammar = &Grammar::For(sentence.lang);
  st->date = doc_date;
  st->begin = sentence.token_begin;
  st->end = sentence.token_end;
  const uint32_t n = st->end - st->begin;
  st->matches.clear();
  // The per-token vectors keep their capacity from sentence to sentence;
  // ResetTo fills with memset (all bytes of -1 and 0 are one byte value), where
  // vector::assign's element loop was a call per vector.
  ResetTo(&st->mention_at, n, 0xFF);
  ResetTo(&st->trigger_at, n, 0xFF);
  ResetTo(&st->cue_at, n, 0xFF);
  ResetTo(&st->discard, n, 0);
  // Every element of these is written below (classes first, clause and
  // boundary by the clause pass): no fill.
  st->classes.resize(n);
  st->clause.resize(n);
  st->boundary.resize(n);
  st->any_discard = false;
  st->mentions.clear();
  // The triggers' and places' index vectors go back to the thread's pool (their
  // capacity kept) before the vectors that hold them are cleared.
  Scratch& scratch = ThreadScratch();
  for (Trigger& t : st->triggers) {
    scratch.Recycle(std::move(t.verb_events));
    scratch.Recycle(std::move(t.noun_events));
  }
  for (PlaceMark& p : st->places) scratch.Recycle(std::move(p.places));
  st->triggers.clear();
  st->cues.clear();
  st->places.clear();
  st->group_count = 0;
  const Grammar& g = *st->grammar;

  // Word entries (data/words) only serve the text stage's vocabulary: no rule
  // here reads them, so the matcher is not asked for them.
  lexicon.Match(doc, sentence, &st->matches,
                lexicon::Lexicon::kAllKinds & ~lexicon::Lexicon::KindBit(EntryKind::kWord), &st->syms);
  if (classes_by_sym != nullptr && classes_by_sym->size() != lexicon.key_count()) classes_by_sym = nullptr;
  for (uint32_t i = st->begin; i < st->end; ++i) {
    st->classes[i - st->begin] = TokenClasses(g, classes_by_sym, doc, doc.tokens[i], st->syms.stem[i - st->begin],
                                              st->syms.norm[i - st->begin]);
  }
  if (sentence.lang == text::Lang::kFr) {
    // French elided "s'": the conjunction "si" before il/ils ("s'il", "s'ils"),
    // the reflexive pronoun everywhere else ("s'est rendu", "s'entretient").
    for (uint32_t i = st->begin; i < st->end; ++i) {
      // Accents tell apart words that folding merges: "a" (has, the auxiliary)
      // and "à" (to), "ou" (or) and "où" (where).
      std::string_view surface = doc.Surface(doc.tokens[i]);
      uint32_t& c = st->classes[i - st->begin];
      if (surface == "a" || surface == "A") c &= ~kPrepMask;
      if (surface == "à" || surface == "À") c &= ~kGAux;
      if (surface == "ou" || surface == "Ou") c &= ~kGRelative;
      if (surface == "où" || surface == "Où") c &= ~kGConj;
    }
    for (uint32_t i = st->begin; i + 1 < st->end; ++i) {
      if (doc.Norm(doc.tokens[i]) != "s'") continue;
      std::string_view next = doc.Norm(doc.tokens[i + 1]);
      if (next == "il" || next == "ils") {
        st->classes[i - st->begin] = (st->classes[i - st->begin] & ~kGReflexive) | kGCondition;
      }
    }
  }

  // --- Selection, layer by layer.
  // Longest-first across starting positions: a longer match that starts later
  // must not lose to a shorter one that starts earlier and overlaps it, so
  // consider matches by length first; among equal lengths, by start, then by
  // kind (actors, agents, cues, events, ...), then in the lexicon's order. One
  // sort of indices with the lexicon's position as the last key: a total order,
  // so the unstable sort needs no buffer and gives what two stable sorts gave.
  std::vector<uint64_t>& order = scratch.order;
  const std::vector<lexicon::Match>& found = st->matches;
  order.clear();
  // Packed as one integer when the fields fit (length below 2^12, start within
  // the sentence below 2^20, position below 2^29): ~length, start, kind, position.
  bool packed = found.size() < (1u << 29);
  for (uint32_t k = 0; k < found.size() && packed; ++k) {
    const lexicon::Match& m = found[k];
    uint64_t length = m.end - m.begin, start = m.begin - st->begin;
    if (length >= (1u << 12) || start >= (1u << 20)) {
      packed = false;
      break;
    }
    order.push_back(((0xFFFull - length) << 52) | (start << 32) |
                    (static_cast<uint64_t>(KindPriority(m.kind)) << 29) | k);
  }
  if (packed) {
    std::sort(order.begin(), order.end());
    for (uint64_t& key : order) key &= (1u << 29) - 1;
  } else {
    order.resize(found.size());
    for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&found](uint64_t x, uint64_t y) {
      const lexicon::Match& a = found[x];
      const lexicon::Match& b = found[y];
      if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
      if (a.begin != b.begin) return a.begin < b.begin;
      int ka = KindPriority(a.kind), kb = KindPriority(b.kind);
      if (ka != kb) return ka < kb;
      return x < y;
    });
  }
  std::vector<const lexicon::Match*>& by_length = scratch.by_length;
  by_length.clear();
  for (uint64_t k : order) by_length.push_back(&found[k]);
  ResetTo(&scratch.layers, 4 * static_cast<size_t>(n), 0xFF);
  int* const actor_layer = scratch.layers.data();
  int* const event_layer = actor_layer + n;
  int* const cue_layer = event_layer + n;
  int* const place_layer = cue_layer + n;
  std::vector<Item>& actor_items = scratch.actor_items;
  actor_items.clear();
  auto free_in = [&](const int* layer, const lexicon::Match& m) {
    for (uint32_t i = m.begin; i < m.end; ++i) {
      if (layer[i - st->begin] >= 0) return false;
    }
    return true;
  };
  auto mark = [&](int* layer, const lexicon::Match& m, int id) {
    for (uint32_t i = m.begin; i < m.end; ++i) layer[i - st->begin] = id;
  };
  for (const lexicon::Match* mp : by_length) {
    const lexicon::Match& m = *mp;
    if (m.kind == EntryKind::kActor || m.kind == EntryKind::kAgent) {
      if (!free_in(actor_layer, m)) continue;
      mark(actor_layer, m, static_cast<int>(actor_items.size()));
      actor_items.push_back(Item{m.begin, m.end, m.kind, m.index});
    }
  }
  for (const lexicon::Match* mp : by_length) {
    const lexicon::Match& m = *mp;
    if (m.kind == EntryKind::kEvent) {
      // An event word inside a kept actor name is part of the name.
      if (!free_in(actor_layer, m)) continue;
      int existing = event_layer[m.begin - st->begin];
      if (existing >= 0) {
        Trigger& t = st->triggers[existing];
        if (t.begin == m.begin && t.end == m.end) {
          (m.verb_form ? t.verb_events : t.noun_events).push_back(m.index);
        }
        continue;
      }
      if (!free_in(event_layer, m)) continue;
      Trigger t;
      t.verb_events = scratch.Take();
      t.noun_events = scratch.Take();
      t.begin = m.begin;
      t.end = m.end;
      (m.verb_form ? t.verb_events : t.noun_events).push_back(m.index);
      mark(event_layer, m, static_cast<int>(st->triggers.size()));
      st->triggers.push_back(std::move(t));
    } else if (m.kind == EntryKind::kCue) {
      if (!free_in(cue_layer, m)) continue;
      // Normalization folds some verbs into function words (بيّن "showed" and بين
      // "between"; إن "if" and أن "that"): a one-word cue that is a closed-class
      // word of another kind is that word, except for negators and reporting
      // prepositions (French "selon" is a preposition and a reporting cue).
      auto kind = lexicon.cues()[m.index].kind;
      if (m.end == m.begin + 1 && kind != lexicon::CueKind::kNegation &&
          kind != lexicon::CueKind::kReportPrep &&
          (st->classes[m.begin - st->begin] & (kPrepMask | kGSubordinator | kGRelative | kGConj | kGBetween))) {
        continue;
      }
      mark(cue_layer, m, static_cast<int>(st->cues.size()));
      st->cues.push_back(CueMark{m.begin, m.end, lexicon.cues()[m.index].kind});
    } else if (m.kind == EntryKind::kPlace) {
      int existing = place_layer[m.begin - st->begin];
      if (existing >= 0) {
        PlaceMark& p = st->places[existing];
        if (p.begin == m.begin && p.end == m.end) p.places.push_back(m.index);
        continue;
      }
      if (!free_in(place_layer, m)) continue;
      mark(place_layer, m, static_cast<int>(st->places.size()));
      PlaceMark p{m.begin, m.end, scratch.Take()};
      p.places.push_back(m.index);
      st->places.push_back(std::move(p));
    } else if (m.kind == EntryKind::kDiscard) {
      for (uint32_t i = m.begin; i < m.end; ++i) st->discard[i - st->begin] = true;
      st->any_discard = true;
    }
  }
  // Arabic قد is a hedge ("may") before an imperfect verb, and only affirms before
  // a past one (قد حذروا "they did warn").
  if (sentence.lang == text::Lang::kAr) {
    st->cues.erase(std::remove_if(st->cues.begin(), st->cues.end(),
                                  [&](const CueMark& c) {
                                    if (c.kind != lexicon::CueKind::kHedge || c.end != c.begin + 1 ||
                                        st->stem(c.begin) != "قد" || c.end >= st->end)
                                      return false;
                                    std::string_view next = st->surface(c.end);
                                    return !(next.starts_with("ي") || next.starts_with("ت") ||
                                             next.starts_with("ن"));
                                  }),
                   st->cues.end());
  }
  std::sort(actor_items.begin(), actor_items.end(), [](const Item& a, const Item& b) { return a.begin < b.begin; });
  std::sort(st->triggers.begin(), st->triggers.end(), [](const Trigger& a, const Trigger& b) { return a.begin < b.begin; });
  std::sort(st->cues.begin(), st->cues.end(), [](const CueMark& a, const CueMark& b) { return a.begin < b.begin; });
  for (size_t i = 0; i < st->triggers.size(); ++i) {
    for (uint32_t k = st->triggers[i].begin; k < st->triggers[i].end; ++k) st->trigger_at[k - st->begin] = static_cast<int>(i);
  }
  for (size_t i = 0; i < st->cues.size(); ++i) {
    for (uint32_t k = st->cues[i].begin; k < st->cues[i].end; ++k) st->cue_at[k - st->begin] = static_cast<int>(i);
  }
  for (CueMark& c : st->cues) {
    for (uint32_t k = c.end; k < st->end && k < c.end + 8; ++k) {
      if (st->cls(k) & kGSubordinator) {
        c.takes_clause = true;
        break;
      }
      if (st->surface(k) == "." || st->trigger_at[k - st->begin] >= 0) break;
    }
  }

  // --- Mentions.
  const bool arabic = sentence.lang == text::Lang::kAr;
  const bool english = sentence.lang == text::Lang::kEn;
  // French "de" before a named actor takes its article: "l'armée de l'Égypte".
  const bool french = sentence.lang == text::Lang::kFr;
  auto governing = [&](uint32_t first_token) -> uint32_t {
    // The preposition that governs a phrase: a proclitic on its first word, or the
    // word before it (skipping quotes and determiners), or "من قبل".
    uint32_t marker = CliticMarker(st->tok(first_token));
    uint32_t k = first_token;
    while (k > st->begin) {
      --k;
      std::string_view s = st->surface(k);
      if (IsQuote(s) || (st->cls(k) & (kGDeterminer | kGDemonstrative))) continue;
      uint32_t c = st->cls(k);
      if (french && (c & kGPrepOf) && FrenchPartitiveArticle(*st, k)) {
        // A phrase of quantity takes the preposition that governs it ("par
        // des milliers de manifestants" is an agent phrase, "contre une
        // centaine de civils" a target phrase): look on before the quantity.
        if (k > st->begin && FrenchQuantityWord(st->doc->Norm(st->tok(k - 1))) && !st->is_punct(k - 1)) {
          --k;
          continue;
        }
        break;
      }
      if (french && (c & kGPrepOf) && FrenchArticleAfterPreposition(*st, k)) continue;
      if (c & kPrepMask) {
        marker |= c & kPrepMask;
        if ((c & kGPrepAgent) && k > st->begin && st->grammar->Is(st->stem(k - 1), kGPrepFrom)) marker = kGPrepAgent;
        // "إلى جانب" / "along with": the phrase joins the subject.
        if ((c & kGAlongside) || (k > st->begin && (st->cls(k - 1) & kGAlongside))) marker |= kGAlongside;
      } else if (c & kGAlongside) {
        marker |= kGAlongside;
      }
      // "كل من X و Y" ("each of X and Y") after إلى جانب: look through it.
      if (arabic && (st->stem(k) == "كل" || st->stem(k) == "من") && (marker & kGAlongside) == 0) continue;
      break;
    }
    return marker;
  };
  auto link_words_between = [&](uint32_t from, uint32_t to, uint32_t allowed) {
    // True when tokens [from, to) are all quotes or words of the allowed classes
    // (at most two words).
    int words = 0;
    for (uint32_t k = from; k < to; ++k) {
      if (IsQuote(st->surface(k))) continue;
      if ((st->cls(k) & allowed) == 0) return false;
      if (++words > 2) return false;
    }
    return true;
  };
  auto actor_code = [&](const Item& it) -> std::string {
    return std::string(lexicon.actors()[it.index].CodeOn(doc_date));
  };
  for (size_t i = 0; i < actor_items.size(); ++i) {
    const Item& it = actor_items[i];
    // Built in place (no move of its three strings into the vector); a
    // candidate that turns out to be no actor is popped again.
    Mention& m = st->mentions.emplace_back();
    m.begin = it.begin;
    m.end = it.end;
    m.marker = governing(it.begin);
    m.definite = (st->tok(it.begin).clitics & text::kCliticAl) ||
                 (it.begin > st->begin && (st->cls(it.begin - 1) & (kGDemonstrative | kGDeterminer)));
    const Item* next = i + 1 < actor_items.size() ? &actor_items[i + 1] : nullptr;
    if (it.kind == EntryKind::kAgent) {
      const lexicon::Agent& agent = lexicon.agents()[it.index];
      m.agent = agent.code;
      m.code = agent.code;
      m.agent_only = true;
      m.agent_index = static_cast<int>(it.index);
      // English: a singular role word before a plain lowercase word is an
      // adjective ("an official visit", "the official news agency"), not an actor.
      if (english && (next == nullptr || next->begin != it.end) && it.end < st->end &&
          !st->doc->Norm(st->tok(it.end - 1)).ends_with("s")) {
        const text::Token& nt = st->tok(it.end);
        if (nt.kind == text::TokenKind::kWord && !nt.capitalized && st->cls(it.end) == kGNone &&
            st->trigger_at[it.end - st->begin] < 0) {
          st->mentions.pop_back();
          continue;
        }
      }
      // Agent + actor: idafa, of/de/من/في, or a following demonym (Arabic/French).
      if (next != nullptr && next->kind == EntryKind::kActor &&
          link_words_between(it.end, next->begin,
                             kGPrepOf | kGPrepFrom | kGPrepLocative | (french ? kGDeterminer : 0u))) {
        const lexicon::Actor& a = lexicon.actors()[next->index];
        bool adjacent = next->begin == it.end;
        bool demonym_after = a.type == ActorType::kDemonym && adjacent && !english;
        bool owner = a.type != ActorType::kDemonym;
        if (demonym_after || owner) {
          std::string code = actor_code(*next);
          m.base_code = code;
          m.agent_before = true;
          m.code = a.type == ActorType::kIgo || a.type == ActorType::kMedia ? code : CombineAgent(code, agent);
          m.end = next->end;
          m.has_country = !CountryPrefix(code).empty();
          m.agent_only = false;
          m.type = a.type == ActorType::kDemonym ? ActorType::kCountry : a.type;
          m.actor_index = static_cast<int>(next->index);
          ++i;
          // English: a second role word after the name adds its agent ("an MSF
          // Arnor diplomat": an NGO of Arnor, its government side).
          if (english && i + 1 < actor_items.size() && actor_items[i + 1].kind == EntryKind::kAgent &&
              actor_items[i + 1].begin == m.end) {
            const lexicon::Agent& second = lexicon.agents()[actor_items[i + 1].index];
            if (!second.prefix && !m.code.ends_with(second.code)) m.code += second.code;
            m.end = actor_items[i + 1].end;
            ++i;
          }
        }
      }
    } else {
      const lexicon::Actor& a = lexicon.actors()[it.index];
      m.code = actor_code(it);
      m.base_code = m.code;
      m.type = a.type;
      m.actor_index = static_cast<int>(it.index);
      m.has_country = !m.code.empty();
      // Demonym or name + agent (English/French adjective order, English possessive).
      // (Arabic and French put the agent first: "قوات حفتر", "l'armée israélienne".)
      // English possessive before adjectives: "Ithilen's awful and evil minister".
      auto possessive_phrase = [&](uint32_t from, uint32_t to) {
        if (from >= to || !(st->cls(from) & kGPossessive) || to - from > 5) return false;
        for (uint32_t k = from + 1; k < to; ++k) {
          const text::Token& tk = st->tok(k);
          if (tk.kind != text::TokenKind::kWord || tk.capitalized) return false;
          if (st->cls(k) != kGNone && !(st->cls(k) & kGConj)) return false;
        }
        return true;
      };
      if (english && next != nullptr && next->kind == EntryKind::kAgent &&
          (next->begin == it.end || link_words_between(it.end, next->begin, kGPossessive) ||
           possessive_phrase(it.end, next->begin))) {
        const lexicon::Agent& agent = lexicon.agents()[next->index];
        m.code = a.type == ActorType::kIgo ? m.code : CombineAgent(m.code, agent);
        m.agent = agent.code;
        m.agent_index = static_cast<int>(next->index);
        m.end = next->end;
        m.type = a.type == ActorType::kDemonym ? ActorType::kCountry : a.type;
        ++i;
      } else if (a.type == ActorType::kDemonym) {
        // A demonym alone is an actor when it names people ("the Israelis",
        // "الإسرائيليين"), not when it qualifies another noun.
        bool qualifies = false;
        if (arabic) {
          // Nisba adjective after a definite noun that is not part of a mention.
          if (it.begin > st->begin) {
            uint32_t prev = it.begin - 1;
            const text::Token& pt = st->tok(prev);
            qualifies = pt.kind == text::TokenKind::kWord && st->mention_at[prev - st->begin] < 0 &&
                        !(st->cls(prev) & (kPrepMask | kGConj)) && !(st->tok(it.begin).clitics & text::kCliticWa) &&
                        ((pt.clitics & text::kCliticAl) == (st->tok(it.begin).clitics & text::kCliticAl));
          }
          // A nisba right after a verb or an adverb of time qualifies nothing: it
          // names a person, the verb's subject or object (خطفوا أمريكيا "they
          // kidnapped an American", خطفوا أمس أمريكيا).
          if (qualifies) {
            int vt = st->trigger_at[it.begin - 1 - st->begin];
            if (vt >= 0 && st->triggers[vt].noun_events.empty() && !st->triggers[vt].verb_events.empty()) {
              qualifies = false;
            }
            std::string_view prev_word = st->surface(it.begin - 1);
            if (prev_word == "أمس" || prev_word == "امس" || prev_word == "اليوم") qualifies = false;
          }
          // Plural people nouns (-ون / -ين) name people.
          std::string_view stem = st->stem(it.begin);
          if (stem.ends_with("يون") || stem.ends_with("يين")) qualifies = false;
          int act = -1;
          if (qualifies && ArabicNisbaAfterEventNoun(*st, it.begin, &act)) {
            // Marked as the noun's genitive, as in French, so that no verb takes it
            // as its own subject or object ("قتل ثلاثة في ضربة جوية أمريكية").
            qualifies = false;
            m.marker = kGPrepOf;
            if (act >= 0 && ArabicMilitaryActNoun(*st, st->triggers[act]) && !CountryPrefix(m.code).empty()) {
              // Rule military-nisba: "غارة إسرائيلية" is the Israeli military's.
              m.code = CountryPrefix(m.code) + "MIL";
              m.agent = "MIL";
              if (trace) trace->Add("  military-nisba: an act of war by " + m.code);
            }
            if (trace) {
              trace->Add("  demonym '" +
                         std::string(doc.text.substr(st->tok(it.begin).begin,
                                                     st->tok(it.end - 1).end - st->tok(it.begin).begin)) +
                         "' after an event noun: its agent (nisba)");
            }
          }
        } else {
          // English/French adjective before a lowercase noun ("Israeli arms").
          if (it.end < st->end) {
            const text::Token& nt = st->tok(it.end);
            qualifies = nt.kind == text::TokenKind::kWord && !nt.capitalized &&
                        !(st->cls(it.end) & (kPrepMask | kGConj | kGAux | kGAuxPassive | kGRelative |
                                              kGSubordinator)) &&
                        st->trigger(it.end) < 0;
          }
          // French adjective after a noun ("la guerre libyenne").
          if (!english && it.begin > st->begin && st->tok(it.begin - 1).kind == text::TokenKind::kWord &&
              !(st->cls(it.begin - 1) & (kPrepMask | kGConj | kGDeterminer))) {
            qualifies = true;
            uint32_t marker = 0;
            if (FrenchRelationalAdjective(*st, it.begin, governing, &marker)) {
              qualifies = false;
              m.marker = marker;
              if (trace) {
                trace->Add("  demonym '" +
                           std::string(doc.text.substr(st->tok(it.begin).begin,
                                                       st->tok(it.end - 1).end - st->tok(it.begin).begin)) +
                           "' after a noun: its country (French relational adjective)");
              }
            }
          }
        }
        if (qualifies) {
          if (trace) trace->Add("  demonym '" + std::string(doc.text.substr(st->tok(it.begin).begin, st->tok(it.end - 1).end - st->tok(it.begin).begin)) + "' qualifies a noun: not an actor");
          st->mentions.pop_back();
          continue;
        }
      }
    }
    // English title apposition: a titled actor followed by the name of its
    // holder is one mention, coded by the title ("Bree Prime Minister
    // Romendacil", "Gondor's Prime Minister Falastur").
    if (english && !m.agent.empty() && !m.agent_only && i + 1 < actor_items.size() &&
        actor_items[i + 1].kind == EntryKind::kActor && actor_items[i + 1].begin == m.end &&
        st->tok(actor_items[i + 1].begin).capitalized) {
      m.end = actor_items[i + 1].end;
      ++i;
    }
    // A country or capital governed by a locative preposition is a place.
    if ((m.marker & kGPrepLocative) && !m.agent_only && m.agent.empty() &&
        (m.type == ActorType::kCountry || m.type == ActorType::kCapital || m.type == ActorType::kDemonym)) {
      m.locative = true;
    }
    if (!m.code.empty() && m.code.size() >= 3 && m.agent_only) m.has_country = false;
    const int id = static_cast<int>(st->mentions.size()) - 1;
    for (uint32_t k = m.begin; k < m.end; ++k) st->mention_at[k - st->begin] = id;
  }

  // --- Compound groups: mentions joined by and/و/et/or, and lists "A, B and C"
  // (a comma joins only in a list that a conjunction closes: "According to
  // Reuters, Egypt ..." is two phrases, not a compound).
  std::vector<uint8_t>& comma_only = scratch.comma_only;
  comma_only.assign(st->mentions.size(), 0);
  for (size_t i = 0; i < st->mentions.size(); ++i) {
    Mention& m = st->mentions[i];
    if (m.locative) continue;
    if (i > 0) {
      Mention& prev = st->mentions[i - 1];
      bool joined = false, repeated_prep = false;
      if (!prev.locative && prev.group >= 0) {
        bool only_links = true;
        bool conj = (st->tok(m.begin).clitics & (text::kCliticWa | text::kCliticFa)) != 0;
        bool comma = false;
        // Once a token is no link the mentions are not joined, whatever
        // follows: the scan stops there.
        for (uint32_t k = prev.end; k < m.begin && only_links; ++k) {
          std::string_view s = st->surface(k);
          uint32_t c = st->cls(k);
          if (c & kGConj) {
            conj = true;
          } else if (IsComma(s)) {
            comma = true;
          } else if (english && c == kGNone && st->tok(k).kind == text::TokenKind::kWord &&
                     !st->tok(k).capitalized && st->trigger_at[k - st->begin] < 0) {
            // English adjectives inside a coordinated noun phrase ("Arnor and
            // the evil awful Gondor") do not break the coordination.
          } else if (sentence.lang == text::Lang::kFr && (c & kPrepMask) && (c & prev.marker & kPrepMask)) {
            // French repeats the preposition before each member of a
            // coordination ("aux côtés du Caire, de Paris et d'Abou Dhabi",
            // "à Alger et à Tunis"): the same preposition again is a link.
            repeated_prep = true;
          } else if (!IsQuote(s) && !(c & kGDeterminer)) {
            only_links = false;
          }
        }
        joined = only_links && (conj || comma);
        comma_only[i] = joined && !conj;
      }
      if (joined) {
        m.group = prev.group;
        if ((m.marker & ~kGAlongside) == kGNone || m.marker == kGPrepOther || repeated_prep) m.marker = prev.marker;
        continue;
      }
    }
    m.group = st->group_count++;
  }
  // Undo comma links that no conjunction closes: a member joined by a comma
  // stays in the list only if a later member of the same group is joined by a
  // conjunction.
  for (size_t i = st->mentions.size(); i-- > 0;) {
    if (!comma_only[i]) continue;
    bool closed = false;
    for (size_t j = i + 1; j < st->mentions.size() && st->mentions[j].group == st->mentions[i].group; ++j) {
      closed |= !comma_only[j];
    }
    if (!closed) {
      int new_group = st->group_count++;
      for (size_t j = i; j < st->mentions.size() && (j == i || comma_only[j]) &&
                         st->mentions[j].group == st->mentions[i].group;
           ++j) {
        st->mentions[j].group = new_group;
      }
      st->mentions[i].marker = governing(st->mentions[i].begin);
    }
  }

  // --- French coordinated demonyms after a plural agent share it: "les armées
  // malienne et nigérienne", "les ministres saoudien et américain": the bare
  // demonym joined to an agent + demonym mention is the same agent of its country.
  if (sentence.lang == text::Lang::kFr) {
    for (size_t i = 1; i < st->mentions.size(); ++i) {
      Mention& m = st->mentions[i];
      const Mention& prev = st->mentions[i - 1];
      if (m.type != ActorType::kDemonym || m.agent_index >= 0 || m.locative || m.group != prev.group) continue;
      if (!prev.agent_before || prev.agent_index < 0 || m.begin > prev.end + 2) continue;
      if (CountryPrefix(m.code).empty()) continue;
      m.base_code = m.code;
      m.code = CombineAgent(m.code, lexicon.agents()[prev.agent_index]);
      m.agent_index = prev.agent_index;
      m.agent_before = true;
      m.has_country = true;
    }
  }

  // --- French possessive before a bare role word: "ses troupes", "leurs
  // combattants", "son ambassadeur" belong to the nearest actor before them in
  // the sentence (the possessor is the subject or the speaker: "le porte-parole
  // de l'ANL a affirmé que ses troupes ...").
  if (sentence.lang == text::Lang::kFr) {
    for (size_t i = 0; i < st->mentions.size(); ++i) {
      Mention& m = st->mentions[i];
      if (!m.agent_only || m.agent_index < 0 || m.begin <= st->begin) continue;
      std::string_view det = doc.Norm(st->tok(m.begin - 1));
      if (det != "son" && det != "sa" && det != "ses" && det != "leur" && det != "leurs") continue;
      for (size_t j = i; j-- > 0;) {
        const Mention& owner = st->mentions[j];
        if (owner.locative || owner.agent_only || CountryPrefix(owner.code).empty()) continue;
        // "Le Mali et l'Algérie ont rappelé leurs ambassadeurs": a plural
        // possessive of a compound belongs to each member, not to the last.
        if ((det == "leur" || det == "leurs") && owner.group >= 0) {
          int members = 0;
          for (const Mention& o : st->mentions) members += o.group == owner.group ? 1 : 0;
          if (members >= 2) break;
        }
        m.code = CombineAgent(owner.code, lexicon.agents()[m.agent_index]);
        m.base_code = owner.code;
        m.agent_only = false;
        m.has_country = true;
        if (trace) trace->Add("  possessive: '" + std::string(doc.Norm(st->tok(m.begin))) + "' -> " + m.code);
        break;
      }
    }
  }

  // --- French: a role word with no country followed by "de" and an actor
  // with one belongs to it ("des soldats de l'armée tunisienne", "les chefs
  // des forces kurdes"), as "des responsables de l'ANL" does when the actor
  // is a name.
  if (sentence.lang == text::Lang::kFr) {
    for (size_t i = 0; i + 1 < st->mentions.size(); ++i) {
      Mention& m = st->mentions[i];
      const Mention& owner = st->mentions[i + 1];
      if (!m.agent_only || m.agent_index < 0 || owner.agent_only || owner.locative || CountryPrefix(owner.code).empty()) continue;
      bool de = false, only_links = owner.begin > m.end;
      for (uint32_t k = m.end; k < owner.begin && only_links; ++k) {
        uint32_t c = st->cls(k);
        de |= (c & kGPrepOf) != 0;
        only_links = (c & (kGPrepOf | kGDeterminer)) != 0;
      }
      if (!de || !only_links) continue;
      m.code = CombineAgent(owner.code, lexicon.agents()[m.agent_index]);
      m.base_code = owner.code;
      m.agent_only = false;
      m.has_country = true;
    }
  }

  // --- French: a plural role word with no country ("des hommes armés près de
  // Syrte", "une trentaine de civils peuls près de Diafarabé", "les rebelles
  // touareg") names people of the place where the sentence happens: the
  // country of its gazetteer place when all its readings agree, else of a
  // country named as a place ("dans l'ouest du Niger").
  if (sentence.lang == text::Lang::kFr) {
    std::string place_country;
    for (const PlaceMark& p : st->places) {
      std::string c;
      bool agree = true;
      for (uint32_t idx : p.places) {
        const std::string& pc = lexicon.places()[idx].country;
        if (c.empty()) c = pc;
        agree &= pc == c;
      }
      int covering = st->mention_at[p.begin - st->begin];
      bool as_place = covering < 0 || st->mentions[covering].locative ||
                      (st->mentions[covering].marker & (kGPrepOf | kGPrepLocative)) != 0;
      if (agree && !c.empty() && as_place) {
        place_country = c;
        break;
      }
    }
    if (place_country.empty()) {
      for (const Mention& m : st->mentions) {
        if (m.locative && m.type == ActorType::kCountry && !CountryPrefix(m.code).empty()) {
          place_country = CountryPrefix(m.code);
          break;
        }
      }
    }
    for (Mention& m : st->mentions) {
      if (place_country.empty()) break;
      if (!m.agent_only || m.agent_index < 0) continue;
      std::string_view last = doc.Norm(st->tok(m.end - 1));
      if (!last.ends_with("s") && !last.ends_with("x")) continue;
      m.code = CombineAgent(place_country, lexicon.agents()[m.agent_index]);
      m.base_code = place_country;
      m.agent_only = false;
      m.has_country = true;
      if (trace) trace->Add("  people of the place: '" + std::string(last) + "' -> " + m.code);
    }
  }

  // --- Agents shared by the members of a compound (English). An agent written
  // before a list of names belongs to each of them ("lawmakers in Arnor and
  // Gondor", "the ambassadors of Arnor, Osgiliath and Gondor"), and a bare agent
  // coordinated with such a phrase too ("lawmakers and officials in Arnor and
  // Gondor": four actors); a bare agent coordinated after a qualified one takes
  // its country ("Danish media and government").
  if (english) {
    for (int group = 0; group < st->group_count; ++group) {
      std::vector<size_t> members;
      for (size_t i = 0; i < st->mentions.size(); ++i) {
        if (st->mentions[i].group == group && !st->mentions[i].locative) members.push_back(i);
      }
      if (members.size() < 2) continue;
      std::vector<int> agents;
      std::vector<std::string> countries;
      bool shared = false;
      for (size_t i : members) {
        const Mention& m = st->mentions[i];
        if (m.agent_only && m.agent_index >= 0) agents.push_back(m.agent_index);
        if (m.agent_before && m.agent_index >= 0) {
          agents.push_back(m.agent_index);
          // Only an agent that opens the list (after bare agents) is shared.
          bool opens = true;
          for (size_t j : members) {
            if (j == i) break;
            opens &= st->mentions[j].agent_only;
          }
          shared |= opens;
        }
        if (!m.agent_only && !m.base_code.empty()) countries.push_back(m.base_code);
      }
      if (shared && !countries.empty()) {
        std::vector<std::string> codes;
        for (int a : agents) {
          for (const auto& c : countries) codes.push_back(CombineAgent(c, lexicon.agents()[a]));
        }
        for (size_t k = 0; k < codes.size(); ++k) {
          if (k < members.size()) {
            Mention& m = st->mentions[members[k]];
            m.code = codes[k];
            m.agent_only = false;
            m.has_country = true;
          } else {
            Mention extra = st->mentions[members.back()];
            extra.code = codes[k];
            st->mentions.push_back(std::move(extra));
          }
        }
        continue;
      }
      for (size_t k = 1; k < members.size(); ++k) {
        Mention& m = st->mentions[members[k]];
        const Mention& prev = st->mentions[members[k - 1]];
        if (!m.agent_only || m.agent_index < 0 || prev.agent_only || prev.base_code.empty() || prev.agent.empty()) continue;
        m.code = CombineAgent(prev.base_code, lexicon.agents()[m.agent_index]);
        m.base_code = prev.base_code;
        m.agent_only = false;
        m.has_country = true;
      }
    }
  }

  // --- Clauses.
  int clause = 0;
  for (uint32_t i = st->begin; i < st->end; ++i) {
    uint32_t c = st->cls(i);
    bool b = (c & (kGSubordinator | kGRelative | kGClauseAdverb)) != 0;
    // A word (letters; the English possessive's apostrophe) is no clause
    // punctuation: only the other tokens' bytes are compared.
    if (st->tok(i).kind != text::TokenKind::kWord) {
      const std::string_view surface = st->surface(i);
      b = b || IsClausePunct(surface);
      // A hyphen written against the word before it is a prefix ("anti- Gondor"), not a dash.
      if (surface.size() == 1 && surface[0] == '-' && i > st->begin && st->tok(i - 1).end == st->tok(i).begin) {
        b = false;
      }
      // English coordinate adjectives ("complete, full diplomatic ties"): a comma
      // between two plain lowercase words inside a noun phrase joins them.
      if (english && surface.size() == 1 && surface[0] == ',' && i > st->begin && i + 1 < st->end) {
        auto plain = [&](uint32_t k) {
          return st->tok(k).kind == text::TokenKind::kWord && !st->tok(k).capitalized && st->cls(k) == kGNone &&
                 st->trigger_at[k - st->begin] < 0 && st->mention_at[k - st->begin] < 0;
        };
        if (plain(i - 1) && plain(i + 1)) b = false;
      }
    }
    // A relative or subordinator inside a mention (rare) does not open a clause.
    if (st->mention(i) >= 0) b = false;
    if (b) ++clause;
    st->boundary[i - st->begin] = b;
    st->clause[i - st->begin] = clause;
  }

  // --- Trigger readings: a form that is both a verb and an event noun (Arabic
  // دعم "supported" / "support", English attack) is a noun after a determiner,
  // a preposition or a possessive, or with the Arabic article or a proclitic
  // preposition; a verb otherwise.
  for (Trigger& t : st->triggers) {
    if (t.verb_events.empty()) {
      t.verb = false;
      continue;
    }
    if (t.noun_events.empty()) {
      // English: a verb form after a determiner or a possessive is a noun ("the
      // state's", "in an accord"); verb dictionaries give it no event.
      // So is one after a preposition other than the infinitive "to" ("in
      // remarks published", "after leaving Eriador": a gerund).
      t.verb = !(english && t.begin > st->begin &&
                 ((st->cls(t.begin - 1) & (kGDeterminer | kGPossessive | kGDemonstrative)) != 0 ||
                  ((st->cls(t.begin - 1) & kPrepMask) != 0 && st->stem(t.begin - 1) != "to")));
      // Arabic: a finite verb never takes the article or the prepositions ب and
      // ك, so a verb-only form carrying one is a homograph noun or adjective
      // (الماء العذب "fresh water", بعذب الكلام: عذب "sweet", not "tortured"):
      // no reading, no event. (ل stays: the lam of purpose opens a verb, ليقتل.)
      // Verbs that open with these letters keep a stem of two letters (ألقى ->
      // القى, بدأ) or one in ت (التقى, التزم: form VIII), and stay verbs.
      if (arabic && (st->tok(t.begin).clitics & (text::kCliticAl | text::kCliticBi | text::kCliticKa)) != 0) {
        std::string_view stem = st->stem(t.begin);
        if (stem.size() >= 6 && stem.substr(0, 2) != "ت") t.verb = false;
      }
      // Nor does a verb take tanween (لحناً عذباً "a sweet tune").
      if (arabic) {
        if (EndsWithTanween(st->surface(t.end - 1))) t.verb = false;
      }
      continue;
    }
    const text::Token& first = st->tok(t.begin);
    bool noun = (first.clitics & (text::kCliticAl | text::kCliticBi | text::kCliticLi | text::kCliticKa)) != 0;
    if (t.begin > st->begin) {
      uint32_t pc = st->cls(t.begin - 1);
      noun |= (pc & (kGDeterminer | kGPossessive | kPrepMask | kGDemonstrative)) != 0;
      // English "to" before a verb form is the infinitive marker ("plans to attack").
      if (english && st->stem(t.begin - 1) == "to") noun = false;
      noun |= st->trigger(t.begin - 1) >= 0;
      // Arabic: a word right after a verb-like word (يوضح دعم) is its subject or object.
      if (arabic && st->tok(t.begin - 1).kind == text::TokenKind::kWord && st->cue(t.begin - 1) >= 0) noun = true;
      // Arabic idafa: a bare form right after an indefinite noun (جرائم خطف، قصة
      // خطف، تكرار خطف الصحافيين) is the masdar that noun governs. A subject
      // before its verb (SVO) is definite or a name (الانتحاري قتل، حفتر قتل), and
      // an accusative indefinite subject of أن ends in tanween alif (أن حاكما قتل).
      if (arabic && !noun && !first.clitics && IdafaHead(*st, t.begin - 1)) noun = true;
    }
    t.verb = !noun;
  }

  if (trace) {
    for (const Mention& m : st->mentions) {
      std::string text(doc.text.substr(st->tok(m.begin).begin, st->tok(m.end - 1).end - st->tok(m.begin).begin));
      trace->Add("  mention '" + text + "' -> " + (m.code.empty() ? "?" : m.code) + " (group " +
                 std::to_string(m.group) + (m.locative ? ", place" : "") + (m.agent_only ? ", agent only" : "") + ")");
    }
    for (const Trigger& t : st->triggers) {
      std::string text(doc.text.substr(st->tok(t.begin).begin, st->tok(t.end - 1).end - st->tok(t.begin).begin));
      trace->Add("  trigger '" + text + "' read as " + (t.verb ? "verb" : "noun"));
    }
    for (const CueMark& c : st->cues) {
      std::string text(doc.text.substr(st->tok(c.begin).begin, st->tok(c.end - 1).end - st->tok(c.begin).begin));
      trace->Add(std::string("  cue '") + text + "' (" + lexicon::CueKindName(c.kind) + ")");
    }
  }
}

}  // namespace isnad::coder
