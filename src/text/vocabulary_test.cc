#include "text/vocabulary.h"

#include <gtest/gtest.h>

#include <string>

namespace isnad::text {
namespace {

TEST(VocabularyTest, FindsEveryWordAcrossFilterRebuilds) {
  Vocabulary v;
  // Enough words to grow the Bloom filter several times.
  for (int i = 0; i < 20000; ++i) v.Add(Lang::kAr, "w" + std::to_string(i));
  EXPECT_EQ(v.size(), 20000u);
  for (int i = 0; i < 20000; ++i) EXPECT_TRUE(v.Contains(Lang::kAr, "w" + std::to_string(i))) << i;
  int false_hits = 0;
  for (int i = 20000; i < 40000; ++i) false_hits += v.Contains(Lang::kAr, "w" + std::to_string(i));
  EXPECT_EQ(false_hits, 0);  // The set behind the filter has the last word.
}

TEST(VocabularyTest, LanguagesAreSeparateAndEmptyWordsIgnored) {
  Vocabulary v;
  v.Add(Lang::kAr, "حفتر");
  v.Add(Lang::kFr, "armee");
  v.Add(Lang::kEn, "");
  EXPECT_TRUE(v.Contains(Lang::kAr, "حفتر"));
  EXPECT_FALSE(v.Contains(Lang::kFr, "حفتر"));
  EXPECT_TRUE(v.Contains(Lang::kFr, "armee"));
  EXPECT_FALSE(v.Contains(Lang::kEn, "armee"));
  EXPECT_FALSE(v.Contains(Lang::kEn, ""));
  EXPECT_EQ(v.size(), 2u);
  v.Add(Lang::kAr, "حفتر");  // Again: counted once.
  EXPECT_EQ(v.size(), 2u);
  // Long words are words like the others.
  const std::string long_word(300, 'x');
  v.Add(Lang::kEn, long_word);
  EXPECT_TRUE(v.Contains(Lang::kEn, long_word));
}

}  // namespace
}  // namespace isnad::text
