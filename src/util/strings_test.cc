#include "util/strings.h"

#include <gtest/gtest.h>

namespace isnad {
namespace {

TEST(StringsTest, SplitKeepsEmptyFields) {
  auto parts = Split("a||b", '|');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], "a");
  EXPECT_EQ(parts[1], "");
  EXPECT_EQ(parts[2], "b");
  EXPECT_EQ(Split("", '\t').size(), 1u);
}

TEST(StringsTest, TrimAndLower) {
  EXPECT_EQ(Trim("  x y\t\n"), "x y");
  EXPECT_EQ(Trim("   "), "");
  EXPECT_EQ(AsciiLower("Haftar ÉGYPTE"), "haftar Égypte");
}

TEST(StringsTest, JsonEscapeHandlesControlQuotesAndBadUtf8) {
  std::string out;
  AppendJsonEscaped("a\"b\\c\n\x01 حفتر \xFF", &out);
  EXPECT_EQ(out, "a\\\"b\\\\c\\n\\u0001 حفتر \xEF\xBF\xBD");
}

}  // namespace
}  // namespace isnad
