// The compiled lexicon: a token trie over interned keys.
//
// Design: every phrase of every entry is tokenized with text::Analyzer::PhraseKeys
// (so dictionary keys and text keys come from the same normalization and clitic
// rules) and its keys are interned to dense Sym ids. The trie is built with
// ordered maps, then flattened into three arrays (nodes, edges sorted by symbol,
// outputs) so matching touches contiguous memory and allocates nothing. In text,
// each token offers two symbols: its stem key (clitics and article removed) and its
// whole normalized form; the walk follows both, so "بنغازي" matches as a whole word
// and "لحفتر" by its stem, without the tokenizer having to be right every time.
// Quotation marks are transparent: they are left out of dictionary keys, and a
// walk that has begun steps over them in text, so "s'est dit « optimiste »"
// matches the entry "s'est dit optimiste" (and an entry written with the marks
// matches text without them). A match never starts or ends on a mark.
#include "lexicon/lexicon.h"

#include <algorithm>
#include <map>

#include "text/analyzer.h"
#include "text/normalize.h"

namespace isnad::lexicon {

struct Lexicon::Builder {
  struct BuildNode {
    std::map<Sym, uint32_t> children;
    std::vector<Output> outputs;
  };
  std::vector<BuildNode> nodes{1};

  uint32_t Insert(const std::vector<Sym>& syms) {
    uint32_t node = 0;
    for (Sym s : syms) {
      auto it = nodes[node].children.find(s);
      if (it != nodes[node].children.end()) {
        node = it->second;
        continue;
      }
      uint32_t child = static_cast<uint32_t>(nodes.size());
      nodes[node].children.emplace(s, child);
      nodes.emplace_back();
      node = child;
    }
    return node;
  }
};

namespace {

uint8_t LangBit(text::Lang lang) { return static_cast<uint8_t>(1u << static_cast<unsigned>(lang)); }

// False for most tokens that are no quotation mark, by their first byte alone
// (every mark text::IsQuotationMarkToken takes starts with '"', 0xC2 or 0xE2),
// so that the full test runs on few tokens.
bool MayBeQuotationMark(std::string_view norm) {
  if (norm.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(norm[0]);
  return c == '"' || c == 0xC2 || c == 0xE2;
}


}  // namespace

Lexicon::~Lexicon() = default;

StatusOr<std::unique_ptr<Lexicon>> Lexicon::Compile(Dictionary dict) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  lex->dict_ = std::move(dict);
  text::Analyzer analyzer(text::AnalyzerOptions(), nullptr);
  Builder builder;
  std::vector<std::string> keys;
  std::vector<Sym> syms;
  for (const Phrase& phrase : lex->dict_.phrases()) {
    keys.clear();
    analyzer.PhraseKeys(phrase.lang, phrase.text, &keys);
    keys.erase(std::remove_if(keys.begin(), keys.end(), [](const std::string& k) { return text::IsQuotationMarkToken(k); }),
               keys.end());
    if (keys.empty()) {
      ++lex->stats_.dropped_phrases;
      continue;
    }
    syms.clear();
    for (auto& k : keys) syms.push_back(lex->syms_.Insert(k));
    // A leading article is part of a name but disappears in contractions and
    // after determiners: "Le Caire" in "au Caire", "du Caire"; "the United States"
    // in "a United States official". The name is also compiled without it.
    bool drop_article = syms.size() > 1 && phrase.kind != EntryKind::kEvent && phrase.kind != EntryKind::kCue &&
                        (keys[0] == "le" || keys[0] == "la" || keys[0] == "les" || keys[0] == "l'" ||
                         keys[0] == "the");
    if (drop_article) {
      std::vector<Sym> rest(syms.begin() + 1, syms.end());
      uint32_t short_node = builder.Insert(rest);
      uint8_t short_mask = phrase.lang == text::Lang::kUnknown ? 0xFF : LangBit(phrase.lang);
      auto& short_outs = builder.nodes[short_node].outputs;
      bool have = false;
      for (auto& o : short_outs) have |= o.kind == phrase.kind && o.index == phrase.index;
      if (!have) short_outs.push_back(Output{phrase.kind, phrase.verb_form, short_mask, phrase.index});
    }
    uint32_t node = builder.Insert(syms);
    if (builder.nodes.size() >= (size_t{1} << 31)) {
      return Status::ResourceExhausted("dictionary trie exceeds 2^31 nodes");
    }
    uint8_t mask = phrase.lang == text::Lang::kUnknown ? 0xFF : LangBit(phrase.lang);
    auto& outs = builder.nodes[node].outputs;
    bool dup = false;
    for (auto& o : outs) {
      if (o.kind == phrase.kind && o.index == phrase.index) {
        o.lang_mask |= mask;
        o.verb_form |= phrase.verb_form;
        dup = true;
      }
    }
    if (!dup) outs.push_back(Output{phrase.kind, phrase.verb_form, mask, phrase.index});
    ++lex->stats_.phrases;
    // The vocabulary gets each word's stem key (the article removed, as the
    // tokenizer removes it), so "والإسرائيليين" splits into و + ال + the stem.
    text::Lang vlangs[3] = {text::Lang::kAr, text::Lang::kFr, text::Lang::kEn};
    for (auto& k : keys) {
      if (phrase.lang == text::Lang::kUnknown) {
        for (auto l : vlangs) lex->vocabulary_.Add(l, k);
      } else {
        lex->vocabulary_.Add(phrase.lang, k);
      }
    }
  }
  // Flatten breadth-first so a node's children are contiguous.
  auto& bn = builder.nodes;
  lex->nodes_.resize(bn.size());
  for (size_t i = 0; i < bn.size(); ++i) {
    Node& n = lex->nodes_[i];
    n.first_edge = static_cast<uint32_t>(lex->edges_.size());
    n.edge_count = static_cast<uint32_t>(bn[i].children.size());
    for (auto& [sym, child] : bn[i].children) lex->edges_.push_back(Edge{sym, child});
    n.first_output = static_cast<uint32_t>(lex->outputs_.size());
    n.output_count = static_cast<uint32_t>(bn[i].outputs.size());
    // Entries of earlier kinds first (actors before places for the same words).
    std::stable_sort(bn[i].outputs.begin(), bn[i].outputs.end(),
                     [](const Output& a, const Output& b) { return a.kind < b.kind; });
    lex->outputs_.insert(lex->outputs_.end(), bn[i].outputs.begin(), bn[i].outputs.end());
  }
  // Kinds below each node: a child is created after its parent, so its index
  // is larger, and one pass from the last node up sees every child first.
  lex->kinds_below_.assign(lex->nodes_.size(), 0);
  for (size_t i = lex->nodes_.size(); i-- > 0;) {
    const Node& n = lex->nodes_[i];
    uint8_t kinds = 0;
    for (uint32_t o = 0; o < n.output_count; ++o) kinds |= static_cast<uint8_t>(KindBit(lex->outputs_[n.first_output + o].kind));
    for (uint32_t e = 0; e < n.edge_count; ++e) kinds |= lex->kinds_below_[lex->edges_[n.first_edge + e].node];
    lex->kinds_below_[i] = kinds;
  }
  lex->root_child_.assign(lex->syms_.size(), 0);
  for (uint32_t e = 0; e < lex->nodes_[0].edge_count; ++e) {
    const Edge& edge = lex->edges_[lex->nodes_[0].first_edge + e];
    lex->root_child_[edge.sym] = edge.node;
  }
  lex->stats_.keys = lex->syms_.size();
  lex->stats_.trie_nodes = lex->nodes_.size();
  lex->stats_.vocabulary = lex->vocabulary_.size();
  return lex;
}

Sym Lexicon::Lookup(std::string_view key) const {
  if (key.empty()) return kNoSym;
  const uint32_t id = syms_.Find(key);
  return id == WordTable::kAbsent ? kNoSym : id;
}

uint32_t Lexicon::Child(uint32_t node, Sym sym) const {
  if (node == 0) return root_child_[sym];
  const Node& n = nodes_[node];
  const Edge* begin = edges_.data() + n.first_edge;
  const Edge* end = begin + n.edge_count;
  const Edge* it = std::lower_bound(begin, end, sym, [](const Edge& e, Sym s) { return e.sym < s; });
  return (it != end && it->sym == sym) ? it->node : 0;
}

void Lexicon::Walk(const WalkContext& ctx, uint32_t start, uint32_t pos, uint32_t node, uint32_t whole_mask) const {
  // Depth first from `node`, in this order: a node's outputs, then the subtree
  // of the child by the token's stem, then the subtree of the child by its
  // whole form. A loop rather than a call per node: the whole-form branch,
  // rare (a token whose stem and whole form are different keys that both go
  // on), waits on a small stack, popped last in first out, which is the order
  // of the recursion. When the stack is full, the stem branch is walked by a
  // call instead, and the loop goes on with the whole-form branch.
  struct Pending {
    uint32_t pos, node, whole_mask;
  };
  constexpr size_t kMaxPending = 16;
  Pending pending[kMaxPending];
  size_t depth = 0;
  for (;;) {
    const Node& n = nodes_[node];
    for (uint32_t i = 0; i < n.output_count; ++i) {
      const Output& o = outputs_[n.first_output + i];
      if ((o.lang_mask & ctx.lang_bit) == 0 || (ctx.kinds & KindBit(o.kind)) == 0) continue;
      ctx.out->push_back(lexicon::Match{start, pos, o.kind, o.index, o.verb_form, whole_mask});
    }
    uint32_t next = 0, next_mask = 0;
    if (pos < ctx.token_end && n.edge_count != 0) {
      // Inside a match, quotation marks are stepped over (never at its start or
      // end: the root is not walked from a mark, and outputs are emitted before
      // the step).
      while (pos < ctx.token_end && ctx.stem_syms[pos - ctx.token_begin] == kQuoteSym) ++pos;
      if (pos < ctx.token_end) {
        const uint32_t rel = pos - ctx.token_begin;
        const Sym stem = ctx.stem_syms[rel];
        const Sym norm = ctx.norm_syms[rel];
        if (stem != kNoSym) {
          const uint32_t child = Child(node, stem);
          if (child != 0 && (kinds_below_[child] & ctx.kinds) != 0) {
            next = child;
            next_mask = whole_mask;
          }
        }
        if (norm != kNoSym && norm != stem) {
          const uint32_t child = Child(node, norm);
          if (child != 0 && (kinds_below_[child] & ctx.kinds) != 0) {
            const uint32_t bit = (pos - start) < 32 ? (1u << (pos - start)) : 0;
            if (next == 0) {
              next = child;
              next_mask = whole_mask | bit;
            } else if (depth < kMaxPending) {
              pending[depth++] = Pending{pos + 1, child, whole_mask | bit};
            } else {
              Walk(ctx, start, pos + 1, next, next_mask);
              next = child;
              next_mask = whole_mask | bit;
            }
          }
        }
      }
    }
    if (next != 0) {
      node = next;
      whole_mask = next_mask;
      ++pos;
      continue;
    }
    if (depth == 0) return;
    --depth;
    pos = pending[depth].pos;
    node = pending[depth].node;
    whole_mask = pending[depth].whole_mask;
  }
}

void Lexicon::Match(const text::AnalyzedDocument& doc, const text::Sentence& sentence,
                    std::vector<struct Match>* out, uint32_t kinds, TokenSyms* syms) const {
  const uint32_t b = sentence.token_begin, e = sentence.token_end;
  // Symbols of each token, looked up once.
  thread_local TokenSyms own;
  if (syms == nullptr) syms = &own;
  std::vector<Sym>& stem_syms = syms->stem;
  std::vector<Sym>& norm_syms = syms->norm;
  if (b >= e) {
    stem_syms.clear();
    norm_syms.clear();
    return;
  }
  stem_syms.resize(e - b);
  norm_syms.resize(e - b);
  for (uint32_t i = b; i < e; ++i) {
    const text::Token& t = doc.tokens[i];
    const std::string_view norm = NormKey(doc, t), stem = StemKey(doc, t);
    // A word token holds letters: never a quotation mark.
    if (t.kind != text::TokenKind::kWord && MayBeQuotationMark(norm) && text::IsQuotationMarkToken(norm)) {
      stem_syms[i - b] = norm_syms[i - b] = kQuoteSym;
      continue;
    }
    stem_syms[i - b] = Lookup(stem);
    norm_syms[i - b] = StemIsWholeForm(doc, t) ? stem_syms[i - b] : Lookup(norm);
  }
  if (nodes_[0].edge_count == 0) return;
  const WalkContext ctx{b, e, LangBit(sentence.lang), kinds, stem_syms.data(), norm_syms.data(), out};
  for (uint32_t i = b; i < e; ++i) {
    const Sym stem = stem_syms[i - b], norm = norm_syms[i - b];
    if (stem == kQuoteSym) continue;
    // Matches come out by start; within one start, order them longest first
    // (a stable insertion sort: the groups are a handful of matches).
    const size_t group = out->size();
    // The root's step of Walk, here: it has no outputs, and most tokens have
    // no child there (function words, punctuation), so no call is made for them.
    if (stem != kNoSym) {
      const uint32_t child = root_child_[stem];
      if (child != 0 && (kinds_below_[child] & kinds) != 0) Walk(ctx, i, i + 1, child, 0);
    }
    if (norm != kNoSym && norm != stem) {
      const uint32_t child = root_child_[norm];
      if (child != 0 && (kinds_below_[child] & kinds) != 0) Walk(ctx, i, i + 1, child, 1);
    }
    struct Match* m = out->data();
    for (size_t k = group + 1; k < out->size(); ++k) {
      const struct Match x = m[k];
      size_t j = k;
      while (j > group && m[j - 1].end < x.end) {
        m[j] = m[j - 1];
        --j;
      }
      m[j] = x;
    }
  }
}

std::vector<std::string> Lexicon::Keys(text::Lang lang, std::string_view phrase) const {
  // One analyzer per thread: the coder asks for the keys of thousands of pattern
  // words at load time, and building an analyzer each time cost more than the rest.
  thread_local text::Analyzer analyzer(text::AnalyzerOptions(), nullptr);
  std::vector<std::string> keys;
  analyzer.PhraseKeys(lang, phrase, &keys);
  return keys;
}

}  // namespace isnad::lexicon
