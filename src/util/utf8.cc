#include "util/utf8.h"

#include <bit>
#include <cstring>

namespace isnad::utf8 {
namespace {

// Returns the length of the valid sequence at text[pos], or 0 if it is invalid.
size_t ValidSequenceAt(std::string_view text, size_t pos, char32_t* cp) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  unsigned char b0 = s[pos];
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t len;
  char32_t c;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    c = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    c = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    c = b0 & 0x07;
  } else {
    return 0;  // Continuation byte as lead, overlong 2-byte lead (C0/C1) or F5+.
  }
  if (pos + len > n) return 0;
  for (size_t i = 1; i < len; ++i) {
    unsigned char b = s[pos + i];
    if ((b & 0xC0) != 0x80) return 0;
    c = (c << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF.
  if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
      (c >= 0xD800 && c <= 0xDFFF)) {
    return 0;
  }
  *cp = c;
  return len;
}

}  // namespace

size_t FindInvalid(std::string_view text) {
  size_t pos = 0;
  const size_t n = text.size();
  while (pos < n) {
    // Fast path over ASCII, eight bytes at a time.
    while (pos + 8 <= n) {
      uint64_t word;
      __builtin_memcpy(&word, text.data() + pos, 8);
      if (word & 0x8080808080808080ULL) break;
      pos += 8;
    }
    if (pos >= n) break;
    char32_t cp;
    size_t len = ValidSequenceAt(text, pos, &cp);
    if (len == 0) return pos;
    pos += len;
  }
  return kValid;
}

char32_t Decode(std::string_view text, size_t* pos) {
  char32_t cp;
  size_t len = ValidSequenceAt(text, *pos, &cp);
  if (len == 0) {
    *pos += 1;
    return kReplacementChar;
  }
  *pos += len;
  return cp;
}

void Append(char32_t cp, std::string* out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string Repair(std::string_view text, size_t* replaced) {
  std::string out;
  out.reserve(text.size());
  size_t count = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp;
    size_t len = ValidSequenceAt(text, pos, &cp);
    if (len == 0) {
      Append(kReplacementChar, &out);
      ++count;
      ++pos;
    } else {
      out.append(text.substr(pos, len));
      pos += len;
    }
  }
  if (replaced) *replaced = count;
  return out;
}

size_t CountCodePoints(std::string_view text, size_t limit) {
  const char* p = text.data();
  const size_t n = text.size();
  size_t count = 0;
  size_t i = 0;
  // Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear;
  // shifting left by one brings each byte's bit 6 under its own bit 7 (the bit
  // carried in from the byte below lands on bit 0, outside the mask).
  for (; i + 8 <= n && count < limit; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    const uint64_t continuation = w & ~(w << 1) & 0x8080808080808080ull;
    count += 8 - static_cast<size_t>(std::popcount(continuation));
  }
  for (; i < n && count < limit; ++i) {
    count += (static_cast<unsigned char>(p[i]) & 0xC0) != 0x80;
  }
  return count;
}

}  // namespace isnad::utf8
