// util/word_table.h: an interning table of short words (normalized tokens,
// dictionary keys, closed-class words) for the lookups made on every token of
// every sentence: the lexicon's symbol table, the grammar's word classes and the
// coder's word lists. Each distinct word gets a dense id (0, 1, 2, ... in order
// of insertion); Find() hashes the word (WordHash, util/hash.h) and probes one flat
// array of (tag, id) slots, comparing bytes only when the tag agrees.
// Why not std::unordered_map: it hashes with std::hash (a library call that
// reads the word byte by byte), chases a pointer per node and, keyed by
// std::string, compares through another call; on Arabic text these lookups
// were a tenth of the coder's instructions.
// Thread-safety: Insert() is not thread-safe; a table that is no longer
// modified may be read (Find, word) from any number of threads.
#ifndef ISNAD_UTIL_WORD_TABLE_H_
#define ISNAD_UTIL_WORD_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "util/hash.h"

namespace isnad {

class WordTable {
 public:
  // Returned by Find for a word the table does not hold.
  static constexpr uint32_t kAbsent = 0xFFFFFFFFu;

  WordTable() = default;

  // Adds `word` if it is not there yet; returns its id either way. Ids are dense
  // and given in order of first insertion. The empty word is a word like any other.
  // REQUIRES: fewer than 2^31 words and 2^32 bytes in all.
  uint32_t Insert(std::string_view word);

  // The id of `word`, or kAbsent.
  uint32_t Find(std::string_view word) const {
    if (slots_.empty()) return kAbsent;
    const uint64_t h = WordHash(word);
    const uint32_t tag = Tag(h);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.tag == 0) return kAbsent;
      if (slot.tag == tag && word.size() == offset_[slot.id + 1] - offset_[slot.id] &&
          SameBytes(text_.data() + offset_[slot.id], word.data(), word.size())) {
        return slot.id;
      }
    }
  }
  bool Contains(std::string_view word) const { return Find(word) != kAbsent; }

  // Word `id` (REQUIRES: id < size()); valid until the next Insert.
  std::string_view word(uint32_t id) const {
    return std::string_view(text_).substr(offset_[id], offset_[id + 1] - offset_[id]);
  }
  size_t size() const { return offset_.size() - 1; }

 private:
  struct Slot {
    uint32_t tag = 0;  // High half of the word's hash, never 0; 0: empty slot.
    uint32_t id = 0;
  };
  static uint32_t Tag(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1u; }
  // Whether the `n` bytes at `a` and `b` are equal, compared eight bytes at a
  // time inline: the words are short, and a call to memcmp cost more than the
  // compare itself (a hit in the lexicon's table compares once per token).
  static bool SameBytes(const char* a, const char* b, size_t n) {
    uint64_t x, y;
    for (; n >= 8; a += 8, b += 8, n -= 8) {
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      if (x != y) return false;
    }
    if (n >= 4) {  // The last 4 to 7 bytes: two 4-byte reads that may overlap.
      uint32_t x4, y4, x5, y5;
      std::memcpy(&x4, a, 4);
      std::memcpy(&y4, b, 4);
      std::memcpy(&x5, a + n - 4, 4);
      std::memcpy(&y5, b + n - 4, 4);
      return x4 == y4 && x5 == y5;
    }
    for (; n > 0; ++a, ++b, --n) {
      if (*a != *b) return false;
    }
    return true;
  }
  void Grow();

  std::vector<Slot> slots_;  // Power-of-two size, at most half full.
  size_t mask_ = 0;
  std::string text_;                  // Every word, back to back.
  std::vector<uint32_t> offset_{0};   // Word id at text_[offset_[id], offset_[id + 1]).
};

}  // namespace isnad

#endif  // ISNAD_UTIL_WORD_TABLE_H_
