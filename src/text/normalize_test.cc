#include "text/normalize.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace isnad::text {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

TEST(NormalizeTest, FoldsArabicLettersMarksAndDigits) {
  const Case kCases[] = {
      {"أحمد", "احمد"},             // alef with hamza above
      {"إسرائيل", "اسراءيل"},        // alef with hamza below, hamza on yeh
      {"اسرائيل", "اسراءيل"},        // written without the hamza on the alef
      {"آخر", "اخر"},               // alef madda
      {"ٱلله", "الله"},              // alef wasla
      {"مسؤول", "مسءول"},           // hamza on waw
      {"مسئول", "مسءول"},           // hamza on yeh: same key
      {"على", "علي"},               // alef maqsura
      {"مصطفى", "مصطفي"},
      {"حكومة", "حكومه"},           // ta marbuta
      {"يَشتبِه", "يشتبه"},          // harakat
      {"تعليقاً", "تعليقا"},         // tanween
      {"عمّان", "عمان"},             // shadda
      {"جـــيش", "جيش"},            // tatweel
      {"٢٠١٥", "2015"},             // Arabic-Indic digits
      {"۲۰۱۶", "2016"},             // Extended Arabic-Indic digits
      {"می\u200Cخواهم", "ميخواهم"},  // ZWNJ dropped, Farsi yeh folded
      {"\u200Fحفتر\u200E", "حفتر"},  // RLM / LRM dropped
      {"ليبيا\u061C", "ليبيا"},      // Arabic letter mark dropped
      {"\uFEFB", "لا"},              // presentation form ligature lam-alef
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(NormalizeWord(c.input), c.expected) << c.input;
  }
}

TEST(NormalizeTest, FoldsLatinCaseAndAccents) {
  const Case kCases[] = {
      {"Paris", "paris"},
      {"ÉTATS-UNIS", "etats-unis"},
      {"publiée", "publiee"},
      {"Ça", "ca"},
      {"Œuvre", "oeuvre"},
      {"Straße", "strasse"},
      {"Ærø", "aero"},
      {"Łódź", "lodz"},
      {"Nguyễn", "nguyen"},
      {"l’armée", "l'armee"},        // typographic apostrophe
      {"Haftarʼs", "haftar's"},
      {"co\u00ADoperation", "cooperation"},  // soft hyphen
      {"cease\u2011fire", "cease-fire"},     // non-breaking hyphen
      {"e\u0301cole", "ecole"},              // decomposed accent
      {"ΑΘΗΝΑ", "αθηνα"},                    // Greek: case folded
      {"МОСКВА", "москва"},                  // Cyrillic
      {"ＡＢＣ", "abc"},                      // fullwidth
      {"U.S.", "u.s."},
      {"", ""},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(NormalizeWord(c.input), c.expected) << c.input;
  }
}

TEST(NormalizeTest, SpacesBecomeOneAsciiSpace) {
  EXPECT_EQ(NormalizeWord("a\u00A0b"), "a b");
  EXPECT_EQ(NormalizeWord("a\u202Fb"), "a b");
}

TEST(NormalizeTest, AppendsToExistingBuffer) {
  std::string out = "x|";
  AppendNormalized("ABC", &out);
  AppendNormalized("إلى", &out);
  EXPECT_EQ(out, "x|abcالي");
}

TEST(NormalizeTest, ReplacementCharacterPassesThrough) {
  // Callers guarantee valid UTF-8; U+FFFD from a repaired document stays as is.
  EXPECT_EQ(NormalizeWord("a\uFFFDb"), "a\uFFFDb");
}

TEST(NormalizeTest, NormalizedLiteralIsNormalizeWordCached) {
  static const char* const kWords[] = {"Émirats", "إسرائيل", "Yesterday", ""};
  for (const char* w : kWords) {
    EXPECT_EQ(NormalizedLiteral(w), NormalizeWord(w)) << w;
    EXPECT_EQ(NormalizedLiteral(w), NormalizeWord(w)) << w;  // From the cache.
  }
  // Enough distinct addresses to make the table grow; earlier views stay valid.
  static char many[3000][8];
  const std::string_view first = NormalizedLiteral(kWords[0]);
  for (int i = 0; i < 3000; ++i) {
    std::snprintf(many[i], sizeof many[i], "W%d", i % 1000);
    EXPECT_EQ(NormalizedLiteral(many[i]), NormalizeWord(many[i]));
  }
  EXPECT_EQ(first, "emirats");
}

TEST(NormalizeTest, InNormalizedListComparesNormalizedForms) {
  EXPECT_TRUE(InNormalizedList(NormalizeWord("اسرائيل"), {"إسرائيل", "مصر"}));
  EXPECT_TRUE(InNormalizedList("emirats", {"Paris", "Émirats"}));
  EXPECT_FALSE(InNormalizedList("Emirats", {"Paris", "Émirats"}));  // The key is already normalized.
  EXPECT_FALSE(InNormalizedList("londres", {"Paris", "Émirats"}));
  EXPECT_FALSE(InNormalizedList("paris", {}));
  EXPECT_TRUE(InNormalizedList("", {"x", ""}));
  // Two lists with the same first pointer and size are told apart by the rest.
  const char* shared = "alpha";
  for (int round = 0; round < 2; ++round) {
    EXPECT_TRUE(InNormalizedList("beta", {shared, "beta"}));
    EXPECT_FALSE(InNormalizedList("gamma", {shared, "beta"}));
    EXPECT_TRUE(InNormalizedList("gamma", {shared, "gamma"}));
    EXPECT_FALSE(InNormalizedList("beta", {shared, "gamma"}));
  }
}

TEST(NormalizeTest, WordListAnswersAsInNormalizedList) {
  const WordList list = {
      "إسرائيل",
      "مصر",
      "Émirats",
      "",
      "مصر",
      "a-very-long-word-of-more-than-sixty-three-bytes-to-test-the-last-bit"};
  for (std::string_view key :
       {"اسرائيل", "مصر", "emirats", "Emirats", "", "londres", "مصرف",
        "a-very-long-word-of-more-than-sixty-three-bytes-to-test-the-last-bit",
        "a-very-long-word-of-more-than-sixty-three-bytes-to-test-the-last-"
        "bi!"}) {
    const std::string normalized(key);
    EXPECT_EQ(
        list.Contains(normalized),
        InNormalizedList(normalized, {"إسرائيل", "مصر", "Émirats", "", "مصر",
                                      "a-very-long-word-of-more-than-sixty-"
                                      "three-bytes-to-test-the-last-bit"}))
        << key;
  }
  EXPECT_TRUE(list.Contains(NormalizeWord("اسرائيل")));
  EXPECT_FALSE(list.Contains("Emirats"));  // The key is already normalized.
  EXPECT_FALSE(list.Contains("londres"));
  EXPECT_FALSE(WordList({}).Contains(""));
}

}  // namespace
TEST(NormalizeTest, IsQuotationMarkTokenTakesOnlyDoubleMarks) {
  for (const char* mark : {"\"", "\u00AB", "\u00BB", "\u2039", "\u203A", "\u201C", "\u201D", "\u201E", "\u201F",
                           "\u00AB\u00AB", "\"\u201D"}) {
    EXPECT_TRUE(IsQuotationMarkToken(mark)) << mark;
  }
  // Single marks are also apostrophes; words and empty tokens are no marks.
  for (const char* other : {"", "'", "\u2019", "\u2018", "a", "\u00ABoptimiste", "-"}) {
    EXPECT_FALSE(IsQuotationMarkToken(other)) << other;
  }
}

}  // namespace isnad::text
