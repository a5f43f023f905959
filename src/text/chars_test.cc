#include "text/chars.h"

#include <gtest/gtest.h>

namespace isnad::text::chars {
namespace {

// The table of the Arabic block must answer exactly as the range definitions, at
// both ends of the block and outside it.
TEST(CharsTest, ArabicBlockTableAgreesWithTheRanges) {
  for (char32_t cp = 0x0500; cp < 0x0900; ++cp) {
    EXPECT_EQ(IsArabicLetter(cp), internal::IsArabicLetterByRange(cp)) << std::hex << static_cast<uint32_t>(cp);
    EXPECT_EQ(IsArabicMark(cp), internal::IsArabicMarkByRange(cp)) << std::hex << static_cast<uint32_t>(cp);
    if (cp >= 0x0600) {
      EXPECT_EQ(static_cast<uint32_t>(FoldArabic(cp)), static_cast<uint32_t>(internal::FoldArabicBySwitch(cp))) << std::hex << static_cast<uint32_t>(cp);
    }
  }
}

TEST(CharsTest, ArabicClasses) {
  const struct {
    char32_t cp;
    bool letter;
    bool mark;
    char32_t folded;
  } kCases[] = {
      {0x0627, true, false, 0x0627},   // ا
      {0x0623, true, false, 0x0627},   // أ -> ا
      {0x0629, true, false, 0x0647},   // ة -> ه
      {0x0649, true, false, 0x064A},   // ى -> ي
      {0x064E, false, true, 0},        // fatha: dropped
      {0x0640, false, true, 0},        // tatweel: dropped
      {0x06FF, true, false, 0x06FF},   // last of the block
      {0x0600, false, false, 0x0600},  // number sign: neither
      {0x0750, true, false, 0x0750},   // supplement, outside the table
      {0x08D3, false, true, 0},        // extended-A mark, outside the table
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(IsArabicLetter(c.cp), c.letter) << std::hex << static_cast<uint32_t>(c.cp);
    EXPECT_EQ(IsArabicMark(c.cp), c.mark) << std::hex << static_cast<uint32_t>(c.cp);
    EXPECT_EQ(static_cast<uint32_t>(FoldArabic(c.cp)), static_cast<uint32_t>(c.folded)) << std::hex << static_cast<uint32_t>(c.cp);
  }
}

}  // namespace
}  // namespace isnad::text::chars
