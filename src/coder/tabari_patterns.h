// coder/tabari_patterns.h: the matcher for event patterns read from TABARI/PETRARCH
// verb files (lexicon/entries.h, EventPattern with max_gap == kUnboundedPatternGap),
// internal to the coder stage. ChooseCode (coder.cc) asks it, for each trigger,
// which pattern of the trigger's verb block matches and which actors the
// pattern's `$`, `+`, `%` elements pick.
//
// Without a parser, the phrases the patterns name are approximated from word
// classes: a noun phrase is a run of words up to a verb, a preposition, a
// conjunction, a clause word or punctuation; a prepositional phrase is a
// preposition followed, after at most a few modifiers, by what it governs.
// Thread-safety: immutable after construction; Match is const.
#ifndef ISNAD_CODER_TABARI_PATTERNS_H_
#define ISNAD_CODER_TABARI_PATTERNS_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "coder/sentence_state.h"
#include "lexicon/lexicon.h"
#include "util/word_table.h"

namespace isnad::coder {

// A one-probe filter over a set of keys, asked before hashing a token's form
// into that set: most forms of a sentence are no pattern's key, and the filter
// turns most of them away from their length and first and last four bytes (a
// few instructions, where WordHash and a probe of the table cost tens).
// MayContain is true for every added key; for other words it may be true too.
// Why not the vocabulary's Bloom filter (text/vocabulary): it hashes the whole
// word, the work this filter saves. 8 KiB. Thread-safety: Add is not
// thread-safe; once filled, MayContain may be called from any thread.
class KeyPrefilter {
 public:
  void Add(std::string_view key) { bits_[Slot(key) >> 6] |= uint64_t{1} << (Slot(key) & 63); }
  bool MayContain(std::string_view key) const { return (bits_[Slot(key) >> 6] >> (Slot(key) & 63)) & 1; }

 private:
  static constexpr int kBits = 16;
  // The slot of `key`: its length and its first and last four bytes (two
  // Arabic letters at each end), mixed by one multiplication.
  static uint32_t Slot(std::string_view key) {
    const size_t n = key.size();
    uint64_t x = n;
    if (n >= 4) {
      uint32_t head, tail;
      std::memcpy(&head, key.data(), 4);
      std::memcpy(&tail, key.data() + n - 4, 4);
      x ^= ((uint64_t{head} << 32) | tail) * 0xC2B2AE3D27D4EB4FULL;
    } else {
      for (size_t i = 0; i < n; ++i) x = (x << 8) | static_cast<unsigned char>(key[i]);
      x *= 0xC2B2AE3D27D4EB4FULL;
    }
    return static_cast<uint32_t>((x * 0x9E3779B97F4A7C15ULL) >> (64 - kBits));
  }
  std::array<uint64_t, (size_t{1} << kBits) / 64> bits_{};
};

// What a pattern match found.
struct PatternMatch {
  int length = 0;      // Elements matched, children counted (0 = no match).
  int source = -1;     // Mention picked by `$`, or -1.
  int target = -1;     // Mention picked by `+`, or -1.
  int compound = -1;   // Mention (first member of its group) picked by `%`, or -1.
};

class TabariPatterns {
 public:
  // Normalizes the keys of every pattern of `lexicon`. `lexicon` must outlive this.
  explicit TabariPatterns(const lexicon::Lexicon& lexicon);

  // Matches `pattern` (an index into PatternsOf(events, event)) around trigger `t`.
  // Elements before the trigger are found leftwards, elements after it
  // rightwards, in order, with any gap inside the sentence (the first match that
  // lets the rest match wins). Returns false when the pattern does not match.
  bool Match(const SentenceState& st, const Trigger& t, uint32_t event, size_t pattern, PatternMatch* out) const;

  // Sets `*out` to the indices into PatternsOf(events, event) worth trying (with
  // Match for TABARI/PETRARCH patterns) in st's sentence, ascending: every
  // pattern that is not a TABARI/PETRARCH one, every TABARI/PETRARCH pattern
  // without a word element, and those whose most selective word element (the
  // one whose words the fewest patterns share, at any depth: the words of its
  // noun and prepositional phrases count) has one of its first keys among the
  // sentence's word forms. A pattern left out cannot match (Match would
  // reject it before its search), so the answers are Match's; but with
  // thousands of patterns per verb block most are never looked at.
  void Candidates(const SentenceState& st, uint32_t event, std::vector<uint32_t>* out) const;

 private:
  // An element with its keys normalized: each alternative a sequence of words.
  struct Element {
    lexicon::PatternElement::Type type;
    std::vector<std::vector<std::string>> keys;
    std::vector<Element> children;
    // The distinct first keys of `keys`, sorted.
    std::vector<std::string> first_keys;
    // `first_keys` as ids into keys_, and sorted.
    std::vector<uint32_t> first_key_ids;
    std::vector<uint32_t> sorted_first_key_ids;
    // [i]: the id of keys[i].front().
    std::vector<uint32_t> alt_first_ids;
  };
  struct Compiled {
    std::vector<Element> before;  // Elements before the trigger, nearest first.
    std::vector<Element> after;   // Elements after the trigger, in order.
    int length = 0;
    // The word elements and prepositions a match needs, at any depth (those of
    // noun and prepositional phrases too): element i's first key ids are
    // required_ids[required_begin[i], required_begin[i + 1]); a sentence with
    // none of one element's first keys cannot match. Most selective first.
    std::vector<uint32_t> required_begin;
    std::vector<uint32_t> required_ids;
  };
  // The patterns of one verb block (owner event) by their most selective element.
  struct EventIndex {
    std::vector<uint32_t> always;                          // Patterns tried in every sentence.
    std::vector<std::pair<uint32_t, uint32_t>> by_key;     // (key id, pattern), sorted.
  };
  // Which first keys of pattern elements occur in one sentence (as WordIs reads
  // its tokens): computed once per sentence per thread (SentenceState::serial).
  struct SentenceKeys {
    const TabariPatterns* owner = nullptr;
    uint64_t serial = 0;
    std::vector<uint8_t> present;  // [key id]
    std::vector<uint32_t> ids;     // The ids set in `present`.
    // The key ids of token k's forms: token_ids[token_begin[k - st.begin], token_begin[k - st.begin + 1]).
    std::vector<uint32_t> token_begin;
    std::vector<uint32_t> token_ids;
  };
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Compiles `element`; `keys` memoizes Lexicon::Keys by key text (synsets
  // repeat the same words across thousands of patterns).
  using KeyMemo = std::unordered_map<std::string, std::vector<std::string>, KeyHash, std::equal_to<>>;
  Element CompileElement(const lexicon::PatternElement& element, KeyMemo* keys) const;
  const SentenceKeys& KeysOf(const SentenceState& st) const;
  uint32_t Owner(uint32_t event) const;
  // The id of first key `key` (as KeysOf reads a token's forms); kNoKey when no
  // pattern has that key (most often told by key_filter_ without hashing).
  uint32_t FindKey(std::string_view key) const {
    if (key.empty() || key.size() > max_key_size_ || !key_filter_.MayContain(key)) return kNoKey;
    return keys_.Find(key);  // WordTable::kAbsent is kNoKey.
  }
  // FindKey(key) for a token's form `key` whose lexicon symbol is `sym`
  // (lexicon::TokenSyms): read from key_by_sym_ when it is a lexicon key.
  uint32_t FindKey(std::string_view key, lexicon::Sym sym) const {
    return sym < key_by_sym_.size() ? key_by_sym_[sym] : FindKey(key);
  }
  static constexpr uint32_t kNoKey = 0xFFFFFFFFu;

  const lexicon::Lexicon& lexicon_;
  std::vector<std::vector<Compiled>> compiled_;  // [event][pattern], own patterns only.
  // Every first key of a pattern element, its id its index: KeysOf looks up
  // each token's forms in it.
  WordTable keys_;
  size_t max_key_size_ = 0;  // Bytes of the longest key.
  KeyPrefilter key_filter_;  // Holds every key of keys_.
  // [lexicon Sym]: FindKey(the lexicon's key), or kNoKey: a token's forms the
  // matcher already looked up are not hashed again.
  std::vector<uint32_t> key_by_sym_;
  std::vector<EventIndex> index_;                // [event], own patterns only.
  // The entries of every EventIndex::by_key by key: those of key id k are
  // postings_[posting_begin_[k], posting_begin_[k + 1]), by event, then
  // pattern. Candidates reads them for a verb block with many more patterns
  // than the sentence has keys: a few entries per key, where a search of the
  // block's by_key for each key cost a dozen steps.
  struct Posting {
    uint32_t event;
    uint32_t pattern;
  };
  std::vector<uint32_t> posting_begin_;
  std::vector<Posting> postings_;
};

}  // namespace isnad::coder

#endif  // ISNAD_CODER_TABARI_PATTERNS_H_
