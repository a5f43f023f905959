// lexicon/lexicon.h: the compiled lexicon: every dictionary entry compiled once
// into an immutable token trie over normalized keys, and the matcher that finds all
// entries in a sentence in one pass. Third stage of the pipeline (ingest -> text ->
// lexicon -> coder -> ...).
//
// Build -> compile -> match: load files into a Dictionary, Compile() it (keys are
// computed with the same text::Analyzer rules as running text), then call Match()
// from any number of threads.
// Thread-safety: a compiled Lexicon is immutable; Match() is const and reentrant.
#ifndef ISNAD_LEXICON_LEXICON_H_
#define ISNAD_LEXICON_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/dictionary.h"
#include "lexicon/entries.h"
#include "text/analysis.h"
#include "text/vocabulary.h"
#include "util/status.h"
#include "util/word_table.h"

namespace isnad::lexicon {

// An interned normalized key. kNoSym: a key no dictionary entry uses.
using Sym = uint32_t;
inline constexpr Sym kNoSym = 0xFFFFFFFFu;
// The symbol Match gives a quotation mark (stepped over inside matches; never a key).
inline constexpr Sym kQuoteSym = kNoSym - 1;

// The symbols of a sentence's tokens as Match looked them up, token i at
// [i - sentence.token_begin]: `stem` is Lookup(stem key), `norm` Lookup(whole
// normalized form); kQuoteSym in both for a quotation mark. A Sym below
// Lexicon::key_count() is a key; kNoSym and kQuoteSym are none.
struct TokenSyms {
  std::vector<Sym> stem;
  std::vector<Sym> norm;
};

// One dictionary entry found in a sentence.
struct Match {
  uint32_t begin = 0;  // Token indices [begin, end) into AnalyzedDocument::tokens.
  uint32_t end = 0;
  EntryKind kind = EntryKind::kWord;
  uint32_t index = 0;      // Into the Lexicon's vector of that kind.
  bool verb_form = false;  // The phrase is an inflected verb form.
  // For each token of the match: true when it matched by its whole normalized form
  // rather than its stem (e.g. "بنغازي" whole, or "للقائد" by stem). Bit i = token
  // begin+i; only the first 32 tokens are recorded.
  uint32_t whole_form_mask = 0;
};

// doc.Norm(t) and doc.Stem(t) for the per-token loops of matching: the same
// views, built without string_view::substr's range check (a token's keys lie
// in doc.norm_buffer by construction), which GCC leaves as a call.
inline std::string_view NormKey(const text::AnalyzedDocument& doc, const text::Token& t) {
  return std::string_view(doc.norm_buffer.data() + t.norm_offset, t.norm_size);
}
inline std::string_view StemKey(const text::AnalyzedDocument& doc, const text::Token& t) {
  return std::string_view(doc.norm_buffer.data() + t.stem_offset, t.stem_size);
}

// Whether token `t`'s whole normalized form and its stem key are the same key
// (doc.Norm(t) == doc.Stem(t)): the text stage often stores one string for
// both, so the offsets answer before the bytes are compared.
inline bool StemIsWholeForm(const text::AnalyzedDocument& doc, const text::Token& t) {
  if (t.norm_size != t.stem_size) return false;
  return t.norm_offset == t.stem_offset || NormKey(doc, t) == StemKey(doc, t);
}

struct LexiconStats {
  size_t keys = 0;          // Distinct normalized keys.
  size_t trie_nodes = 0;
  size_t phrases = 0;       // Phrases compiled (after inflection).
  size_t dropped_phrases = 0;  // Phrases with no word token (e.g. only punctuation).
  size_t vocabulary = 0;
};

class Lexicon {
 public:
  // Compiles `dict` (moved in: the Lexicon owns the entries). Never fails on entry
  // content (the Dictionary was validated when loaded); kResourceExhausted if the
  // trie would exceed 2^31 nodes.
  static StatusOr<std::unique_ptr<Lexicon>> Compile(Dictionary dict);

  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // The vocabulary for the text stage's clitic validation: every normalized word
  // of every phrase, with and without the article. Valid as long as the Lexicon.
  const text::Vocabulary& vocabulary() const { return vocabulary_; }

  // Finds every entry of `sentence` (tokens of `doc`), for the sentence's language
  // and language-neutral entries, appending to `*out` in order of begin, then
  // longest first. All overlapping and nested matches are reported; choosing among
  // them is the coder's job. Double quotation marks (« » “ ” „ " ‹ ›) inside a
  // match are stepped over (a match never begins or ends on one); dictionary
  // phrases are compiled without them.
  // `kinds`: the entry kinds to report, bit (1 << EntryKind) each (default:
  // all). The walk does not enter a branch of the trie that holds no entry of
  // these kinds, so leaving out a kind the caller ignores (the coder ignores
  // kWord) costs nothing for it.
  // `syms`, when not null, receives the tokens' symbols (resized to the
  // sentence's token count), so that the caller need not look them up again.
  void Match(const text::AnalyzedDocument& doc, const text::Sentence& sentence, std::vector<Match>* out,
             uint32_t kinds = kAllKinds, TokenSyms* syms = nullptr) const;
  static constexpr uint32_t kAllKinds = (1u << kEntryKindCount) - 1;
  static constexpr uint32_t KindBit(EntryKind kind) { return 1u << static_cast<unsigned>(kind); }

  // The symbol of a normalized key, or kNoSym.
  Sym Lookup(std::string_view key) const;
  // How many keys there are: symbols are 0 .. key_count() - 1.
  size_t key_count() const { return syms_.size(); }
  // The text of key `sym`. REQUIRES: sym < key_count(). Valid as long as the Lexicon.
  std::string_view Key(Sym sym) const { return syms_.word(sym); }

  // The symbol of token `t`'s stem key and whole-form key (kNoSym when unknown).
  Sym StemSym(const text::AnalyzedDocument& doc, const text::Token& t) const { return Lookup(doc.Stem(t)); }
  Sym NormSym(const text::AnalyzedDocument& doc, const text::Token& t) const { return Lookup(doc.Norm(t)); }

  // Normalized stem keys of a phrase in `lang`, as dictionary entries are keyed.
  std::vector<std::string> Keys(text::Lang lang, std::string_view phrase) const;

  const Dictionary& dictionary() const { return dict_; }
  const std::vector<Actor>& actors() const { return dict_.actors(); }
  const std::vector<Agent>& agents() const { return dict_.agents(); }
  const std::vector<EventWord>& events() const { return dict_.events(); }
  const std::vector<Cue>& cues() const { return dict_.cues(); }
  const std::vector<Place>& places() const { return dict_.places(); }
  const std::vector<Discard>& discards() const { return dict_.discards(); }
  const std::vector<Word>& words() const { return dict_.words(); }
  const LexiconStats& stats() const { return stats_; }

 private:
  Lexicon() = default;
  struct Output {
    EntryKind kind;
    bool verb_form;
    uint8_t lang_mask;  // Bit (1 << Lang) per language; all bits for language-neutral.
    uint32_t index;
  };
  struct Node {
    uint32_t first_edge = 0;   // Children: edges_[first_edge, first_edge + edge_count), sorted by sym.
    uint32_t edge_count = 0;
    uint32_t first_output = 0;  // outputs_[first_output, first_output + output_count).
    uint32_t output_count = 0;
  };
  struct Edge {
    Sym sym;
    uint32_t node;
  };
  struct Builder;
  uint32_t Child(uint32_t node, Sym sym) const;
  // The walk's arguments that stay the same from the root of one sentence's walks down.
  struct WalkContext {
    uint32_t token_begin;
    uint32_t token_end;
    uint8_t lang_bit;
    uint32_t kinds;
    const Sym* stem_syms;  // [pos - token_begin]: TokenSyms
    const Sym* norm_syms;
    std::vector<struct Match>* out;
  };
  // Appends the outputs of `node` and of every node below it that the tokens
  // from `pos` lead to (matches [start, ...)). REQUIRES: node != 0 (Match takes
  // the root's step itself).
  void Walk(const WalkContext& ctx, uint32_t start, uint32_t pos, uint32_t node, uint32_t whole_mask) const;

  Dictionary dict_;
  text::Vocabulary vocabulary_;
  // The symbol table: key s is syms_.word(s) (ids are Syms, so kNoSym and
  // kQuoteSym are never ids: fewer than 2^31 keys).
  WordTable syms_;
  std::vector<Node> nodes_;  // nodes_[0] is the root.
  // The root's children indexed by Sym (0: none): most walks start and end at
  // the root, and it has as many children as there are first words.
  std::vector<uint32_t> root_child_;
  std::vector<Edge> edges_;
  std::vector<Output> outputs_;
  // [node]: KindBit of every entry kind output at the node or below it, so a
  // walk skips the branches that hold none of the kinds asked for.
  std::vector<uint8_t> kinds_below_;
  LexiconStats stats_;
};

}  // namespace isnad::lexicon

#endif  // ISNAD_LEXICON_LEXICON_H_
