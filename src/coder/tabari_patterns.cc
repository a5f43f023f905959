// TABARI/PETRARCH pattern matching. Design note: a pattern is split at its
// trigger into the elements before it (matched leftwards, nearest first) and the
// elements after it (matched rightwards); each side is a small backtracking
// search over token positions, so "* (TO PEACE)" finds "to a lasting peace" even
// when an earlier "to" leads nowhere. Phrases are approximated without a parser
// (see tabari_patterns.h): the rules are those of English phrase structure that
// PETRARCH reads from its parse trees:
//   - noun phrase: its words are contiguous up to the head; modifiers may sit
//     between the pattern's words ("full diplomatic ties" for {DIPLOMATIC TIES});
//   - prepositional phrase: the preposition, then at most kModifierGap modifier
//     words (determiners, adjectives, numbers) before each governed element;
//   - `^` passes over one actor or one noun phrase.
// Words match whole tokens, also in their regular plural (PETRARCH generates
// plurals of nouns: TREATY matches "treaties").
#include "coder/tabari_patterns.h"

#include <algorithm>
#include <functional>
#include <string>

#include "coder/roles.h"

namespace isnad::coder {
namespace {

using Type = lexicon::PatternElement::Type;

// Modifier words allowed between a preposition and what it governs, and between
// two governed elements.
constexpr uint32_t kModifierGap = 3;

// Element tests one pattern match may make before it gives up.
constexpr uint32_t kMaxSearchSteps = 20000;

constexpr uint32_t kPhraseBreak = kGPrepTarget | kGPrepWith | kGPrepFrom | kGPrepAgent | kGPrepLocative |
                                  kGPrepOther | kGPrepOf | kGBetween | kGConj | kGSubordinator | kGRelative |
                                  kGAux | kGAuxPassive;

// True when token `k` has the normalized word `key`, as it is or as its regular plural.
bool WordIs(const SentenceState& st, uint32_t k, const std::string& key) {
  std::string_view norm = st.doc->Norm(st.tok(k));
  std::string_view stem = st.stem(k);
  if (norm == key || stem == key) return true;
  if (norm.size() == key.size() + 1 && norm.starts_with(key) && norm.back() == 's') return true;
  if (norm.size() == key.size() + 2 && norm.starts_with(key) && norm.ends_with("es")) return true;
  if (key.size() > 2 && key.back() == 'y' && norm.size() == key.size() + 2 && norm.ends_with("ies") &&
      norm.starts_with(std::string_view(key).substr(0, key.size() - 1))) {
    return true;
  }
  return false;
}

// End of the words of one alternative of `keys` starting at `k`, or -1.
// `first_ids`: the ids of the alternatives' first keys, sorted; `alt_first_ids`:
// each alternative's; [ids, ids_end): the key ids of token k's forms (the keys
// WordIs accepts for it), so the first word is compared as integers.
int WordsAt(const SentenceState& st, const std::vector<std::vector<std::string>>& keys,
            const std::vector<uint32_t>& first_ids, const std::vector<uint32_t>& alt_first_ids, const uint32_t* ids,
            const uint32_t* ids_end, uint32_t k, uint32_t limit) {
  if (k >= limit) return -1;
  bool any = false;
  for (const uint32_t* i = ids; i != ids_end && !any; ++i) any = std::binary_search(first_ids.begin(), first_ids.end(), *i);
  if (!any) return -1;
  int best = -1;
  for (size_t a = 0; a < keys.size(); ++a) {
    const auto& seq = keys[a];
    if (k + seq.size() > limit || std::find(ids, ids_end, alt_first_ids[a]) == ids_end) continue;
    bool ok = true;
    for (size_t i = 1; i < seq.size() && ok; ++i) ok = WordIs(st, k + static_cast<uint32_t>(i), seq[i]);
    if (ok) best = std::max(best, static_cast<int>(k + seq.size()));
  }
  return best;
}

// True when token `k` ends a noun phrase: punctuation, a closed-class word that
// heads another phrase or clause, or a verb.
bool PhraseBreak(const SentenceState& st, uint32_t k) {
  if (st.is_punct(k)) return true;
  if (st.cls(k) & kPhraseBreak) return true;
  int t = st.trigger(k);
  return t >= 0 && st.triggers[t].verb;
}

// English verb particles (phrasal verbs: "burn down", "break off").
bool IsParticle(std::string_view word) {
  return word == "up" || word == "down" || word == "off" || word == "out" || word == "away" || word == "back";
}

// End of the noun phrase that starts at `k` (at least one token).
uint32_t NounPhraseEnd(const SentenceState& st, uint32_t k, uint32_t limit) {
  uint32_t e = k + 1;
  while (e < limit && !PhraseBreak(st, e)) ++e;
  return e;
}

}  // namespace

TabariPatterns::Element TabariPatterns::CompileElement(const lexicon::PatternElement& element,
                                                       KeyMemo* memo) const {
  Element out;
  out.type = element.type;
  for (const auto& key : element.keys) {
    auto it = memo->find(key);
    if (it == memo->end()) it = memo->emplace(key, lexicon_.Keys(text::Lang::kEn, key)).first;
    if (!it->second.empty()) out.keys.push_back(it->second);
  }
  for (const auto& seq : out.keys) out.first_keys.push_back(seq.front());
  std::sort(out.first_keys.begin(), out.first_keys.end());
  out.first_keys.erase(std::unique(out.first_keys.begin(), out.first_keys.end()), out.first_keys.end());
  for (const auto& child : element.children) out.children.push_back(CompileElement(child, memo));
  return out;
}

TabariPatterns::TabariPatterns(const lexicon::Lexicon& lexicon) : lexicon_(lexicon) {
  const auto& events = lexicon.events();
  compiled_.resize(events.size());
  KeyMemo memo;
  for (size_t e = 0; e < events.size(); ++e) {
    for (const auto& p : events[e].patterns) {
      Compiled c;
      size_t star = p.elements.size();
      for (size_t i = 0; i < p.elements.size(); ++i) {
        if (p.elements[i].type == Type::kTrigger && star == p.elements.size()) star = i;
      }
      std::function<int(const lexicon::PatternElement&)> count = [&](const lexicon::PatternElement& el) {
        int n = 1;
        for (const auto& ch : el.children) n += count(ch);
        return n;
      };
      for (size_t i = 0; i < p.elements.size(); ++i) {
        c.length += count(p.elements[i]);
        if (i < star) c.before.push_back(CompileElement(p.elements[i], &memo));
        if (i > star) c.after.push_back(CompileElement(p.elements[i], &memo));
      }
      std::reverse(c.before.begin(), c.before.end());
      compiled_[e].push_back(std::move(c));
    }
  }
  // Ids for the first keys of every element; how many patterns need each as
  // the first key of an element a sentence must contain (word elements and
  // prepositions, top level).
  std::function<void(Element&)> assign = [&](Element& el) {
    auto id_of = [&](const std::string& key) {
      const uint32_t id = keys_.Insert(key);
      key_filter_.Add(key);
      max_key_size_ = std::max(max_key_size_, key.size());
      return id;
    };
    for (const auto& key : el.first_keys) el.first_key_ids.push_back(id_of(key));
    for (const auto& seq : el.keys) el.alt_first_ids.push_back(id_of(seq.front()));
    el.sorted_first_key_ids = el.first_key_ids;
    std::sort(el.sorted_first_key_ids.begin(), el.sorted_first_key_ids.end());
    for (Element& child : el.children) assign(child);
  };
  for (auto& list : compiled_) {
    for (Compiled& c : list) {
      for (auto* side : {&c.before, &c.after}) {
        for (Element& el : *side) assign(el);
      }
    }
  }
  // The elements a match needs (Compiled::required_*): word elements and
  // prepositions at the top level and inside noun and prepositional phrases,
  // each of which At only matches at a token with one of its first keys.
  std::function<void(const Element&, std::vector<const Element*>*)> required = [&](const Element& el,
                                                                                  std::vector<const Element*>* out) {
    if (el.type == Type::kWords || el.type == Type::kPrepPhrase) out->push_back(&el);
    if (el.type == Type::kNounPhrase || el.type == Type::kPrepPhrase) {
      for (const Element& child : el.children) required(child, out);
    }
  };
  std::vector<std::vector<std::vector<const Element*>>> required_of(compiled_.size());
  std::vector<uint32_t> patterns_with(keys_.size(), 0);
  for (size_t e = 0; e < compiled_.size(); ++e) {
    required_of[e].resize(compiled_[e].size());
    for (size_t p = 0; p < compiled_[e].size(); ++p) {
      const Compiled& c = compiled_[e][p];
      for (const auto* side : {&c.before, &c.after}) {
        for (const Element& el : *side) required(el, &required_of[e][p]);
      }
      for (const Element* el : required_of[e][p]) {
        for (uint32_t id : el->first_key_ids) ++patterns_with[id];
      }
    }
  }
  // Each pattern under the element whose keys the fewest patterns share: the
  // proxy for the rarest word, since a word many patterns name ("to", "with")
  // is a common word of the language.
  index_.resize(compiled_.size());
  for (size_t e = 0; e < compiled_.size(); ++e) {
    const auto& patterns = events[e].patterns;
    for (size_t p = 0; p < compiled_[e].size(); ++p) {
      Compiled& c = compiled_[e][p];
      std::vector<std::pair<uint64_t, const Element*>> scored;
      bool never = false;
      for (const Element* el : required_of[e][p]) {
        if (el->first_key_ids.empty()) never = true;  // Match rejects it in every sentence.
        uint64_t score = 0;
        for (uint32_t id : el->first_key_ids) score += patterns_with[id];
        scored.emplace_back(score, el);
      }
      std::stable_sort(scored.begin(), scored.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      for (const auto& [score, el] : scored) {
        c.required_begin.push_back(static_cast<uint32_t>(c.required_ids.size()));
        c.required_ids.insert(c.required_ids.end(), el->first_key_ids.begin(), el->first_key_ids.end());
      }
      c.required_begin.push_back(static_cast<uint32_t>(c.required_ids.size()));
      const auto id = static_cast<uint32_t>(p);
      if (patterns[p].max_gap != lexicon::kUnboundedPatternGap || scored.empty()) {
        index_[e].always.push_back(id);
      } else if (!never) {
        for (uint32_t k : scored.front().second->first_key_ids) index_[e].by_key.emplace_back(k, id);
      }
    }
    std::sort(index_[e].by_key.begin(), index_[e].by_key.end());
  }
  posting_begin_.assign(keys_.size() + 1, 0);
  for (const EventIndex& index : index_) {
    for (const auto& [key, pattern] : index.by_key) ++posting_begin_[key + 1];
  }
  for (size_t k = 0; k < keys_.size(); ++k) posting_begin_[k + 1] += posting_begin_[k];
  postings_.resize(posting_begin_.back());
  std::vector<uint32_t> cursor(posting_begin_.begin(), posting_begin_.end() - 1);
  for (size_t e = 0; e < index_.size(); ++e) {  // Events ascending, then patterns: each key's list is sorted.
    for (const auto& [key, pattern] : index_[e].by_key) postings_[cursor[key]++] = {static_cast<uint32_t>(e), pattern};
  }
  key_by_sym_.assign(lexicon.key_count(), kNoKey);
  for (uint32_t id = 0; id < keys_.size(); ++id) {
    const lexicon::Sym sym = lexicon.Lookup(keys_.word(id));
    if (sym != lexicon::kNoSym) key_by_sym_[sym] = FindKey(keys_.word(id));
  }
}

uint32_t TabariPatterns::Owner(uint32_t event) const {
  int32_t source = lexicon_.events()[event].pattern_source;
  return source >= 0 ? static_cast<uint32_t>(source) : event;
}

const TabariPatterns::SentenceKeys& TabariPatterns::KeysOf(const SentenceState& st) const {
  thread_local SentenceKeys keys;
  if (keys.owner == this && st.serial != 0 && keys.serial == st.serial) return keys;
  if (keys.owner != this) {
    keys.present.assign(keys_.size(), 0);
    keys.ids.clear();
    keys.owner = this;
  }
  for (uint32_t id : keys.ids) keys.present[id] = 0;
  keys.ids.clear();
  keys.serial = st.serial;
  keys.token_begin.clear();
  keys.token_ids.clear();
  size_t token_first = 0;
  auto add = [&](uint32_t id) {
    if (id == kNoKey) return;
    if (!keys.present[id]) {
      keys.present[id] = 1;
      keys.ids.push_back(id);
    }
    if (std::find(keys.token_ids.begin() + static_cast<std::ptrdiff_t>(token_first), keys.token_ids.end(), id) ==
        keys.token_ids.end()) {
      keys.token_ids.push_back(id);
    }
  };
  // The forms WordIs accepts for a token: whole, stem, and the singulars of a
  // regular plural (-s, -es, -ies -> -y). One pass over the whole form gives
  // (singular: the -ies -> -y form, built in a buffer reused across calls).
  thread_local std::string singular;
  // The symbols the matcher found (BuildSentenceState), when st has them.
  const bool have_syms = st.syms.stem.size() == st.end - st.begin && st.syms.norm.size() == st.syms.stem.size();
  for (uint32_t k = st.begin; k < st.end; ++k) {
    token_first = keys.token_ids.size();
    keys.token_begin.push_back(static_cast<uint32_t>(token_first));
    const std::string_view norm = lexicon::NormKey(*st.doc, st.tok(k));
    const std::string_view stem = st.stem(k);
    const lexicon::Sym norm_sym = have_syms ? st.syms.norm[k - st.begin] : lexicon::kNoSym;
    const lexicon::Sym stem_sym = have_syms ? st.syms.stem[k - st.begin] : lexicon::kNoSym;
    const size_t n = norm.size();
    if (n <= max_key_size_ + 3) {
      add(FindKey(norm, norm_sym));
      if (!lexicon::StemIsWholeForm(*st.doc, st.tok(k))) add(FindKey(stem, stem_sym));
      if (norm.ends_with("s")) add(FindKey(norm.substr(0, n - 1)));
      if (norm.ends_with("es")) add(FindKey(norm.substr(0, n - 2)));
      if (n > 4 && norm.ends_with("ies")) {
        singular.assign(norm.substr(0, n - 3));
        singular.push_back('y');
        add(FindKey(singular));
      }
    } else if (!lexicon::StemIsWholeForm(*st.doc, st.tok(k))) {
      add(FindKey(stem, stem_sym));
    }
  }
  keys.token_begin.push_back(static_cast<uint32_t>(keys.token_ids.size()));
  return keys;
}

void TabariPatterns::Candidates(const SentenceState& st, uint32_t event, std::vector<uint32_t>* out) const {
  out->clear();
  const EventIndex& index = index_[Owner(event)];
  out->assign(index.always.begin(), index.always.end());
  if (index.by_key.empty()) return;
  const SentenceKeys& keys = KeysOf(st);
  const size_t always = out->size();
  if (index.by_key.size() <= 8 * keys.ids.size()) {
    for (const auto& [key, pattern] : index.by_key) {
      if (keys.present[key]) out->push_back(pattern);
    }
  } else {
    const uint32_t owner = Owner(event);
    for (uint32_t key : keys.ids) {
      const Posting* end = postings_.data() + posting_begin_[key + 1];
      const Posting* it = std::lower_bound(postings_.data() + posting_begin_[key], end, owner,
                                           [](const Posting& p, uint32_t e) { return p.event < e; });
      for (; it != end && it->event == owner; ++it) out->push_back(it->pattern);
    }
  }
  if (out->size() > always) {
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
  }
}

bool TabariPatterns::Match(const SentenceState& st, const Trigger& t, uint32_t event, size_t pattern,
                           PatternMatch* out) const {
  const auto& list = compiled_[Owner(event)];
  if (pattern >= list.size()) return false;
  const Compiled& c = list[pattern];
  // Every word element and preposition of the pattern, also those inside its
  // noun and prepositional phrases, must find one of its first keys at some
  // token, as WordIs reads tokens (whole form, stem, regular plural's
  // singular): the sentence's forms are looked up once per sentence (KeysOf)
  // and a pattern missing one is rejected before the search. Same answers, far
  // fewer searches with large verb dictionaries.
  const SentenceKeys& keys = KeysOf(st);
  for (size_t r = 0; r + 1 < c.required_begin.size(); ++r) {
    bool present = false;
    for (uint32_t i = c.required_begin[r]; i < c.required_begin[r + 1] && !present; ++i) {
      present = keys.present[c.required_ids[i]] != 0;
    }
    if (!present) return false;
  }
  // The search backtracks; a budget keeps a long sentence with many skips from
  // taking quadratic-to-exponential time (the pattern then does not match).
  // Its steps call one another: member functions of one object per call (no
  // std::function between them, nothing allocated).
  struct Search {
    const SentenceState& st;
    const Trigger& t;
    const Compiled& c;
    const SentenceKeys& keys;
    uint32_t clause_end = 0;
    PatternMatch cap;
    uint32_t steps = 0;

    int WordsAtK(const Element& e, uint32_t k, uint32_t limit) const {
      if (k >= limit) return -1;
      const uint32_t* ids = keys.token_ids.data();
      return WordsAt(st, e.keys, e.sorted_first_key_ids, e.alt_first_ids, ids + keys.token_begin[k - st.begin],
                     ids + keys.token_begin[k - st.begin + 1], k, limit);
    }
    // True when `e` is a word element or a preposition and token k has none of
    // its first keys: At(e, k, ...) would count a step and return -1.
    bool CannotStart(const Element& e, uint32_t k) const {
      if (e.type != Type::kWords && e.type != Type::kPrepPhrase) return false;
      const uint32_t* ids = keys.token_ids.data();
      const uint32_t* end = ids + keys.token_begin[k - st.begin + 1];
      for (const uint32_t* i = ids + keys.token_begin[k - st.begin]; i != end; ++i) {
        if (std::binary_search(e.sorted_first_key_ids.begin(), e.sorted_first_key_ids.end(), *i)) return false;
      }
      return true;
    }
    // End (exclusive) of element `e` matched from token `k` without passing
    // `limit`, or -1; captures roles into `cap`.
    int At(const Element& e, uint32_t k, uint32_t limit) {
      if (k >= limit || ++steps > kMaxSearchSteps) return -1;
      switch (e.type) {
        case Type::kWords: return WordsAtK(e, k, limit);
        case Type::kSource:
        case Type::kTarget: {
          int m = st.mention(k);
          if (m < 0 || st.mentions[m].begin != k || st.mentions[m].end > limit) return -1;
          (e.type == Type::kSource ? cap.source : cap.target) = m;
          return static_cast<int>(st.mentions[m].end);
        }
        case Type::kCompound: {
          int m = st.mention(k);
          if (m < 0 || st.mentions[m].begin != k) return -1;
          auto members = GroupMembers(st, m);
          if (members.size() < 2 || members.front() != m) return -1;
          uint32_t end = st.mentions[members.back()].end;
          if (end > limit) return -1;
          cap.compound = m;
          return static_cast<int>(end);
        }
        case Type::kSkip: {
          int m = st.mention(k);
          if (m >= 0) return st.mentions[m].begin == k ? static_cast<int>(st.mentions[m].end) : -1;
          if (PhraseBreak(st, k)) return -1;
          return static_cast<int>(NounPhraseEnd(st, k, limit));
        }
        case Type::kNounPhrase: {
          if (e.children.empty()) return -1;
          // Other modifiers may precede the pattern's words and lie between its
          // modifiers ("new global economic relations" for {NEW &TIETYPES
          // RELATIONS}), but the head follows the last modifier directly: "economic
          // trade relations" is a relation of trade.
          // Coordinated modifiers share the head ("death and injury toll" is a
          // death toll). Prepositions, conjunctions and auxiliaries are not words
          // of a noun phrase ("to supply" is a verb).
          if (e.children[0].type == Type::kWords && PhraseBreak(st, k)) return -1;
          int end = At(e.children[0], k, limit);
          for (size_t i = 1; i < e.children.size() && end >= 0; ++i) {
            if (i + 1 == e.children.size()) {
              uint32_t h = static_cast<uint32_t>(end);
              int head = At(e.children[i], h, limit);
              if (head < 0 && h + 2 < limit && (st.cls(h) & kGConj) && !PhraseBreak(st, h + 1)) {
                head = At(e.children[i], h + 2, limit);
              }
              end = head;
              break;
            }
            int next = -1;
            for (uint32_t j = static_cast<uint32_t>(end); j < limit && next < 0; ++j) {
              next = At(e.children[i], j, limit);
              if (next < 0 && PhraseBreak(st, j)) break;
            }
            end = next;
          }
          return end;
        }
        case Type::kPrepPhrase: {
          int end = WordsAtK(e, k, limit);
          if (end < 0) return -1;
          // "to" right before the verb marks its infinitive, and up/down/off/out
          // right after it are the verb's particle ("burned down its embassy"):
          // neither heads a prepositional phrase.
          if (k + 1 == t.begin && st.stem(k) == "to") return -1;
          if (k == t.end && IsParticle(st.stem(k)) && end < static_cast<int>(st.end) &&
              !st.is_punct(static_cast<uint32_t>(end)) && !(st.cls(static_cast<uint32_t>(end)) & kPhraseBreak)) {
            return -1;
          }
          return Governed(e.children, 0, static_cast<uint32_t>(end), limit);
        }
        case Type::kTrigger: return -1;
      }
      return -1;
    }
    // The elements a preposition governs, each after at most kModifierGap modifiers.
    int Governed(const std::vector<Element>& els, size_t i, uint32_t pos, uint32_t limit) {
      if (i == els.size()) return static_cast<int>(pos);
      for (uint32_t j = pos; j < limit && j <= pos + kModifierGap; ++j) {
        // Before a word of the pattern only determiners may intervene ("(FOR
        // ASYLUM)" is not "for foreign asylum"); an actor may carry modifiers.
        if (j > pos && els[i].type == Type::kWords && !(st.cls(j - 1) & (kGDeterminer | kGDemonstrative))) break;
        PatternMatch saved = cap;
        int end = At(els[i], j, limit);
        if (end >= 0) {
          int rest = Governed(els, i + 1, static_cast<uint32_t>(end), limit);
          if (rest >= 0) return rest;
        }
        cap = saved;
        if (st.is_punct(j) || (st.cls(j) & (kGSubordinator | kGRelative | kGConj))) break;
      }
      return -1;
    }
    // The elements after the trigger, from element i at token pos on.
    bool Right(size_t i, uint32_t pos) {
      if (i == c.after.size()) return true;
      for (uint32_t k = pos; k < st.end; ++k) {
        if (k >= clause_end && c.after[i].type != Type::kSource && c.after[i].type != Type::kTarget &&
            c.after[i].type != Type::kCompound && c.after[i].type != Type::kSkip) {
          break;
        }
        if (CannotStart(c.after[i], k)) {
          ++steps;  // As At counts it.
          continue;
        }
        PatternMatch saved = cap;
        int end = At(c.after[i], k, st.end);
        if (end >= 0 && Right(i + 1, static_cast<uint32_t>(end))) return true;
        cap = saved;
      }
      return false;
    }
    // The elements before the trigger, from element i leftwards of token pos.
    bool Left(size_t i, uint32_t pos) {
      if (i == c.before.size()) return true;
      for (uint32_t k = pos; k-- > st.begin;) {
        // Words before the trigger belong to its subject noun phrase
        // ("RELATIONSHIP *", "CABINETS *"): adverbs, auxiliaries, negators and
        // other verbs before it are not part of the pattern's phrase.
        if (c.before[i].type == Type::kWords &&
            (st.cls(k) != kGNone || st.stem(k).ends_with("ly") || st.trigger(k) >= 0)) {
          continue;
        }
        if (CannotStart(c.before[i], k)) {
          ++steps;  // As At counts it.
          continue;
        }
        PatternMatch saved = cap;
        int end = At(c.before[i], k, pos);
        if (end >= 0 && Left(i + 1, k)) return true;
        cap = saved;
      }
      return false;
    }
  };
  Search search{st, t, c, keys};
  // The trigger's own clause ends at a complementizer or relative pronoun: the
  // words of a pattern belong to the verb phrase, not to a clause it governs
  // ("allowed that Mordor isn't the neatest place").
  uint32_t clause_end = t.end;
  while (clause_end < st.end && !(st.cls(clause_end) & (kGSubordinator | kGRelative))) ++clause_end;
  search.clause_end = clause_end;
  if (!search.Right(0, t.end) || !search.Left(0, t.begin)) return false;
  PatternMatch& cap = search.cap;
  cap.length = c.length;
  *out = cap;
  return true;
}

}  // namespace isnad::coder
