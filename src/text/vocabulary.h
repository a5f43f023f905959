// text/vocabulary.h: the set of known normalized word forms per language, which the
// Arabic tokenizer consults to decide whether a leading و ف ب ل ك س or a pronoun
// suffix is a clitic (split "وحفتر" because "حفتر" is known; keep "بنغازي" whole
// because it is known as a whole). The lexicon stage fills it with every word of
// every dictionary entry, plus data/text/*.tsv word lists.
// Thread-safety: build with Add() on one thread, then read from many.
#ifndef ISNAD_TEXT_VOCABULARY_H_
#define ISNAD_TEXT_VOCABULARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/lang.h"

namespace isnad::text {

class Vocabulary {
 public:
  Vocabulary();

  // Adds a normalized form (as produced by NormalizeWord) for `lang`.
  void Add(Lang lang, std::string_view normalized_word);
  bool Contains(Lang lang, std::string_view normalized_word) const;
  size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  static uint64_t Fingerprint(Lang lang, std::string_view word);
  void SetFilterBits(uint64_t fingerprint);
  bool MayContain(uint64_t fingerprint) const;
  void RebuildFilter(size_t bits);

  // Keys are "<lang byte><word>" so one set serves every language.
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  // A Bloom filter (two bits per word, about 16 bits per word) in front of the set:
  // most lookups are for words that are not there (the tokenizer tries every
  // possible clitic split), and the filter answers those from the CPU cache.
  std::vector<uint64_t> filter_;
  uint64_t filter_mask_ = 0;  // Number of bits - 1 (a power of two).
};

}  // namespace isnad::text

#endif  // ISNAD_TEXT_VOCABULARY_H_
