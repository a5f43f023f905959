// util/hash.h: FNV-1a, the hash isnad uses for short words and keys (word
// lists, the word caches, pattern keys, PostgreSQL advisory lock keys). For a
// few bytes it takes fewer steps than std::hash, and it hashes a string_view
// without building a std::string.
// Thread-safety: pure functions.
#ifndef ISNAD_UTIL_HASH_H_
#define ISNAD_UTIL_HASH_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace isnad {

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
