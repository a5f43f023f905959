// util/utf8.h: UTF-8 validation, decoding and repair over byte strings.
//
// Offsets are byte offsets. Validation follows RFC 3629: overlong forms, surrogates
// (U+D800..U+DFFF) and code points above U+10FFFF are invalid.
// Thread-safety: pure functions.
#ifndef ISNAD_UTIL_UTF8_H_
#define ISNAD_UTIL_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace isnad::utf8 {

inline constexpr char32_t kReplacementChar = 0xFFFD;
inline constexpr size_t kValid = std::string_view::npos;

// Returns kValid if `text` is well-formed UTF-8, else the byte offset of the first
// byte of the first invalid sequence.
size_t FindInvalid(std::string_view text);

inline bool IsValid(std::string_view text) { return FindInvalid(text) == kValid; }

// Decodes the code point starting at byte `*pos` and advances `*pos` past it.
// An invalid sequence yields kReplacementChar and advances by one byte.
// REQUIRES: *pos < text.size().
char32_t Decode(std::string_view text, size_t* pos);

// Appends the UTF-8 encoding of `cp` to `out`. Invalid code points append U+FFFD.
void Append(char32_t cp, std::string* out);

// Returns `text` with each invalid sequence replaced by U+FFFD; counts them in
// `*replaced` when not null.
std::string Repair(std::string_view text, size_t* replaced = nullptr);

// The number of bytes of `text` that are not continuation bytes (10xxxxxx): its
// code points when it is valid UTF-8. Stops counting once the count reaches
// `limit` and returns at least `limit` then (eight bytes at a time, so up to seven
// more): for callers that only ask whether text is shorter than a bound.
size_t CountCodePoints(std::string_view text, size_t limit = std::string_view::npos);

// Number of bytes in the sequence that starts with lead byte `b` (1 for invalid leads).
inline size_t SequenceLength(unsigned char b) {
  if (b < 0x80) return 1;
  if ((b & 0xE0) == 0xC0) return 2;
  if ((b & 0xF0) == 0xE0) return 3;
  if ((b & 0xF8) == 0xF0) return 4;
  return 1;
}

}  // namespace isnad::utf8

#endif  // ISNAD_UTIL_UTF8_H_
