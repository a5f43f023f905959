// coder/grammar.h: the closed-class words the coder's rules depend on, per
// language: prepositions by the role they mark, conjunctions, subordinators,
// relative pronouns, negators, auxiliaries, determiners, demonstratives, locative
// and temporal markers. These are facts of each language's grammar, so they live
// in code beside the rules that use them, keyed by normalized form
// (text/normalize.h). Part of the coder stage.
// Thread-safety: Grammar objects are immutable after construction.
#ifndef ISNAD_CODER_GRAMMAR_H_
#define ISNAD_CODER_GRAMMAR_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "text/lang.h"
#include "util/word_table.h"

namespace isnad::coder {

// Word classes relevant to role assignment (bit flags: a word may have several).
enum GrammarClass : uint32_t {
  kGNone = 0,
  kGPrepTarget = 1u << 0,     // Marks a target or recipient: to, against, on, for, ل، إلى، على، ضد، à, contre.
  kGPrepWith = 1u << 1,       // Marks a partner: with, مع, avec.
  kGPrepFrom = 1u << 2,       // Marks an origin: from, من, de (in "support from X").
  kGPrepAgent = 1u << 3,      // Marks the agent of a passive: by, من قبل, par.
  kGPrepLocative = 1u << 4,   // Marks a place: in, at, في, à, en, dans.
  kGPrepOther = 1u << 5,      // Any other preposition (about, over, عن، حول).
  kGPrepOf = 1u << 6,         // Genitive: of, de, d', du (English/French idafa equivalent).
  kGBetween = 1u << 7,        // between, بين, entre: a symmetric relation follows.
  kGConj = 1u << 8,           // and, or, و, et: joins compound actors.
  kGSubordinator = 1u << 9,   // that, أن، إن، أنه, que: opens a reported or complement clause.
  kGRelative = 1u << 10,      // who, which, الذي، التي, qui: opens a relative clause.
  kGNegation = 1u << 11,      // not, never, لم، لن، لا، ما، ليس، عدم, ne, pas, jamais.
  kGAuxPassive = 1u << 12,    // was, were, been, is, are, be, été, est, sont, تم (with a masdar).
  kGAux = 1u << 13,           // has, have, had, will, would, did, قد، لقد, a, ont, avait.
  kGDeterminer = 1u << 14,    // the, a, an, this, its, le, la, les, un, une, ce, cette.
  kGDemonstrative = 1u << 15, // this, that, these, هذا، هذه، ذلك, ce, cette, ces.
  kGAlongside = 1u << 16,     // alongside, along with, together with, إلى جانب, aux côtés de.
  kGClauseAdverb = 1u << 17,  // however, but, لكن، في حين، بينما, mais: a clause boundary.
  kGFuture = 1u << 18,        // will, shall, سوف, sera, va.
  kGCondition = 1u << 19,     // if, unless, إذا، لو، إن (conditional), si.
  kGPronoun = 1u << 20,       // he, she, it, they, هو، هي، هم, il, elle, ils.
  kGPossessive = 1u << 21,    // 's, his, her, its, their.
  kGReflexive = 1u << 22,     // French reflexive pronoun se, s' ("s'est rendu"): the verb is active.
};

class Grammar {
 public:
  // The grammar of `lang` (kAr, kFr, kEn; others get English).
  static const Grammar& For(text::Lang lang);

  // Classes of a normalized word; kGNone when it is none of them.
  uint32_t Classes(std::string_view normalized) const {
    if ((shapes_[ShapeIndex(normalized)] & ShapeBit(normalized)) == 0) return kGNone;
    const uint32_t id = words_.Find(normalized);
    return id == WordTable::kAbsent ? kGNone : classes_[id];
  }
  bool Is(std::string_view normalized, GrammarClass c) const { return (Classes(normalized) & c) != 0; }

  // Classes(lexicon key) for every key of `lexicon`, indexed by its Sym: the
  // classes of a token whose symbol the matcher found, read without hashing
  // the token again. A token with no symbol (kNoSym, kQuoteSym) is none of
  // these keys and still needs Classes().
  std::vector<uint32_t> ClassesBySym(const lexicon::Lexicon& lexicon) const;

  text::Lang lang() const { return lang_; }

 private:
  explicit Grammar(text::Lang lang);
  void Add(std::initializer_list<const char*> words, uint32_t classes);
  text::Lang lang_;
  // Looked up by string_view, without building a std::string per token:
  // word w of words_ has the classes classes_[w].
  WordTable words_;
  std::vector<uint32_t> classes_;
  // A filter in front of words_, filled by Add: bit min(size, 63) of entry
  // ShapeIndex(w) is set for every word w. Most tokens (content words) are
  // rejected without hashing. The index mixes the second byte and the last one:
  // an Arabic letter is two bytes whose first is nearly always D8 or D9, so the
  // second byte tells the first letter and the last byte the last letter.
  static constexpr size_t kShapes = 512;
  std::array<uint64_t, kShapes> shapes_{};
  static size_t ShapeIndex(std::string_view w) {
    if (w.empty()) return 0;
    const size_t second = static_cast<unsigned char>(w[w.size() > 1 ? 1 : 0]);
    return (second * 37 + static_cast<unsigned char>(w.back())) & (kShapes - 1);
  }
  static uint64_t ShapeBit(std::string_view w) { return uint64_t{1} << (w.size() < 63 ? w.size() : 63); }
};

}  // namespace isnad::coder

#endif  // ISNAD_CODER_GRAMMAR_H_
