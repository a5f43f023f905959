// text/vocabulary.h: the set of known normalized word forms per language, which the
// Arabic tokenizer consults to decide whether a leading و ف ب ل ك س or a pronoun
// suffix is a clitic (split "وحفتر" because "حفتر" is known; keep "بنغازي" whole
// because it is known as a whole). The lexicon stage fills it with every word of
// every dictionary entry, plus data/text/*.tsv word lists.
// Thread-safety: build with Add() on one thread, then read from many.
#ifndef ISNAD_TEXT_VOCABULARY_H_
#define ISNAD_TEXT_VOCABULARY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/lang.h"
#include "util/word_table.h"

namespace isnad::text {

class Vocabulary {
 public:
  Vocabulary();

  // Adds a normalized form (as produced by NormalizeWord) for `lang`.
  void Add(Lang lang, std::string_view normalized_word);
  bool Contains(Lang lang, std::string_view normalized_word) const;
  size_t size() const { return size_; }

 private:
  static constexpr size_t kLangs = static_cast<size_t>(Lang::kOther) + 1;
  static uint64_t Fingerprint(Lang lang, std::string_view word);
  void SetFilterBits(uint64_t fingerprint);
  bool MayContain(uint64_t fingerprint) const;
  void RebuildFilter(size_t bits);

  // The words of each language, indexed by Lang. A WordTable rather than an
  // std::unordered_set: a lookup is one hash and a probe of a flat array, where
  // the set hashed with std::hash and chased a node (a fifth of the Arabic word
  // analysis on a cache miss).
  std::array<WordTable, kLangs> words_;
  size_t size_ = 0;
  // A Bloom filter (two bits per word, about 16 bits per word) in front of the set:
  // most lookups are for words that are not there (the tokenizer tries every
  // possible clitic split), and the filter answers those from the CPU cache.
  std::vector<uint64_t> filter_;
  uint64_t filter_mask_ = 0;  // Number of bits - 1 (a power of two).
};

}  // namespace isnad::text

#endif  // ISNAD_TEXT_VOCABULARY_H_
