// text/word_hash.h: the hash of the text stage's hot lookups of short keys (the
// Arabic word cache, the Vocabulary's Bloom filter). It reads eight bytes at a
// time: a few multiplications for a whole word, where std::hash (60 instructions
// for a ten-byte word) and byte-wise FNV-1a (four per byte) cost more. Not for
// persisted data: the values may change between versions.
// Thread-safety: a pure function.
#ifndef ISNAD_TEXT_WORD_HASH_H_
#define ISNAD_TEXT_WORD_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace isnad::text {

// A 64-bit hash of `s` mixed with `seed`; every bit depends on every input byte,
// so the low bits can index a table directly.
inline uint64_t WordHash(std::string_view s, uint64_t seed = 0) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = (seed ^ (n + 1)) * kMul;
  if (n >= 8) {
    // Whole eight-byte words, then the last eight bytes (overlapping the previous
    // word when n is not a multiple of eight): no byte loop for the tail.
    for (size_t i = 0; i + 8 < n; i += 8) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      h = (h ^ v) * kMul;
      h ^= h >> 29;
    }
    uint64_t v;
    std::memcpy(&v, p + n - 8, 8);
    h = (h ^ v) * kMul;
  } else {
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i) v |= uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    h = (h ^ v) * kMul;
  }
  h ^= h >> 32;
  h *= kMul;
  h ^= h >> 29;
  return h;
}

}  // namespace isnad::text

#endif  // ISNAD_TEXT_WORD_HASH_H_
