#include "util/utf8.h"

#include <gtest/gtest.h>

#include <iterator>
#include <string>

namespace isnad::utf8 {
namespace {

TEST(Utf8Test, FindInvalidOnTable) {
  struct Case {
    std::string text;
    size_t invalid_at;
  } cases[] = {
      {"", kValid},
      {"plain ascii text that is longer than eight bytes", kValid},
      {"حفتر", kValid},                         // Arabic, two-byte sequences.
      {"Égypte — «Haftar»", kValid},           // Latin-1 letters, em dash, guillemets.
      {"\xF0\x9F\x98\x80", kValid},             // Four-byte emoji.
      {"ab\xC0\xAF", 2},                        // Overlong '/'.
      {"abc\xE0\x80\xAF", 3},                   // Overlong three-byte form.
      {"\xED\xA0\x80", 0},                      // UTF-16 surrogate.
      {"x\xF4\x90\x80\x80", 1},                 // Above U+10FFFF.
      {"12345678\x80", 8},                      // Stray continuation after the ASCII fast path.
      {"ok\xD8", 2},                            // Truncated Arabic letter at the end.
      {std::string("nul\0byte", 8), kValid},    // NUL is valid UTF-8.
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FindInvalid(c.text), c.invalid_at) << c.text;
  }
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  std::string text = "aé€😀ح";
  size_t pos = 0;
  std::string out;
  while (pos < text.size()) Append(Decode(text, &pos), &out);
  EXPECT_EQ(out, text);
}

TEST(Utf8Test, RepairReplacesEachInvalidByte) {
  size_t replaced = 0;
  EXPECT_EQ(Repair("a\xFF" "b\xC3", &replaced), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  EXPECT_EQ(replaced, 2u);
  EXPECT_EQ(Repair("حفتر", &replaced), "حفتر");
  EXPECT_EQ(replaced, 0u);
}

TEST(Utf8Test, CountCodePoints) {
  // Across the eight-byte words and the tail, with one- to four-byte sequences.
  const std::string_view kPieces[] = {"a", "\u00E9", "\u0628", "\u20AC", "\U0001F600"};
  std::string text;
  size_t expected = 0;
  for (size_t k = 0; k < 100; ++k) {
    EXPECT_EQ(CountCodePoints(text), expected) << k;
    text.append(kPieces[(k * 7 + k / 3) % std::size(kPieces)]);
    ++expected;
  }
  EXPECT_EQ(CountCodePoints(""), 0u);
  // A limit stops the count: at least the limit, at most seven over it.
  const size_t capped = CountCodePoints(text, 10);
  EXPECT_GE(capped, 10u);
  EXPECT_LT(capped, 17u);
  EXPECT_EQ(CountCodePoints("abc", 10), 3u);
  // Stray continuation bytes are not counted; invalid leads are.
  EXPECT_EQ(CountCodePoints("\x80\x80" "a\xFF"), 2u);
}

}  // namespace
}  // namespace isnad::utf8
