// util/hash.h: the hashes of short words and keys. WordHash, for the hot
// lookups (the lexicon's word tables, the Arabic word cache, the vocabulary's
// Bloom filter), reads eight bytes at a time: a few multiplications for a whole
// word, where std::hash (a library call, about 60 instructions for a ten-byte
// word) and byte-wise FNV-1a (four per byte) cost more. FNV-1a stays for keys
// that must not change between builds (PostgreSQL advisory lock keys) and for
// hashes built up byte by byte.
// Thread-safety: pure functions.
#ifndef ISNAD_UTIL_HASH_H_
#define ISNAD_UTIL_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace isnad {

// A 64-bit hash of `s` mixed with `seed`: eight bytes at a time (words of up to
// 16 bytes take two reads), with a final mix so that every bit of the result,
// the low ones too, depends on every byte, the length and the seed. Not
// cryptographic; stable within one build only (it reads bytes in the machine's
// order): never store it.
inline uint64_t WordHash(std::string_view s, uint32_t seed = 0) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = (static_cast<uint64_t>(n) ^ (static_cast<uint64_t>(seed) << 32)) * kMul;
  while (n > 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  // The last 1-8 bytes, read as two overlapping halves (no read past the end).
  uint64_t w = 0;
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    w = (static_cast<uint64_t>(a) << 32) | b;
  } else if (n > 0) {
    w = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
        (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) | static_cast<unsigned char>(p[n - 1]);
  }
  h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
  h ^= h >> 29;
  h *= 0x94D049BB133111EBull;
  h ^= h >> 32;
  return h;
}

inline constexpr uint64_t kFnv1aOffset = 0xcbf29ce484222325ull;
inline constexpr uint64_t kFnv1aPrime = 0x100000001b3ull;

// One FNV-1a step: byte `c` folded into hash `h`.
constexpr uint64_t Fnv1aStep(uint64_t h, unsigned char c) { return (h ^ c) * kFnv1aPrime; }

// 64-bit FNV-1a of `s`, continuing from `h` (the offset basis by default), with
// no final mix: callers that need one add their own.
constexpr uint64_t Fnv1a64(std::string_view s, uint64_t h = kFnv1aOffset) {
  for (const char c : s) h = Fnv1aStep(h, static_cast<unsigned char>(c));
  return h;
}

// A transparent hash for unordered containers of words, looked up by
// string_view: FNV-1a with its high half folded into the low one.
struct Fnv1aHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    const uint64_t h = Fnv1a64(s);
    return static_cast<size_t>(h ^ (h >> 32));
  }
};

}  // namespace isnad

#endif  // ISNAD_UTIL_HASH_H_
