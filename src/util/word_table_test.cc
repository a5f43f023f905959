#include "util/word_table.h"

#include <string>
#include <unordered_map>

#include <gtest/gtest.h>

namespace isnad {
namespace {

TEST(WordTableTest, GivesDenseIdsInOrderOfFirstInsertion) {
  WordTable t;
  EXPECT_EQ(t.size(), 0u);
  EXPECT_EQ(t.Find("x"), WordTable::kAbsent);
  EXPECT_EQ(t.Insert("قوات"), 0u);
  EXPECT_EQ(t.Insert("the"), 1u);
  EXPECT_EQ(t.Insert("قوات"), 0u);  // Again: the same id, nothing added.
  EXPECT_EQ(t.Insert(""), 2u);
  EXPECT_EQ(t.size(), 3u);
  EXPECT_EQ(t.word(0), "قوات");
  EXPECT_EQ(t.word(1), "the");
  EXPECT_EQ(t.word(2), "");
  EXPECT_EQ(t.Find("the"), 1u);
  EXPECT_EQ(t.Find(""), 2u);
  EXPECT_TRUE(t.Contains("قوات"));
}

TEST(WordTableTest, TellsApartWordsThatShareBytes) {
  // Prefixes, words of 3, 4, 8, 9 and 16 bytes (the hash's read boundaries),
  // and words that differ in one byte in the middle or at either end.
  const char* words[] = {"a",        "ab",        "abc",       "abcd",      "abce",     "bbcd",
                         "abcdefgh", "abcdefgi",  "bbcdefgh",  "abcdxfgh",  "abcdefghi", "abcdefghj",
                         "abcdefghijklmnop", "abcdefghijklmnoq", "الإسرائيلي", "الاسرائيلي", "l'armée", "l'armee"};
  WordTable t;
  for (const char* w : words) t.Insert(w);
  ASSERT_EQ(t.size(), std::size(words));
  for (uint32_t i = 0; i < std::size(words); ++i) EXPECT_EQ(t.Find(words[i]), i) << words[i];
  for (const char* w : {"abcdefg", "abcdefghijklmno", "abcdefghijklmnopq", "b", "ba", "الإسرائيليين"}) {
    EXPECT_EQ(t.Find(w), WordTable::kAbsent) << w;
  }
}

TEST(WordTableTest, AgreesWithAMapOverManyWords) {
  // Enough words to grow the slot array many times over.
  WordTable t;
  std::unordered_map<std::string, uint32_t> reference;
  for (uint32_t i = 0; i < 20000; ++i) {
    std::string w = "w" + std::to_string(i * 7919u % 30011u);
    uint32_t id = t.Insert(w);
    auto [it, inserted] = reference.emplace(w, static_cast<uint32_t>(reference.size()));
    EXPECT_EQ(id, it->second) << w;
  }
  EXPECT_EQ(t.size(), reference.size());
  for (const auto& [w, id] : reference) {
    EXPECT_EQ(t.Find(w), id) << w;
    EXPECT_EQ(t.word(id), w);
  }
  for (uint32_t i = 30011; i < 31000; ++i) EXPECT_FALSE(t.Contains("w" + std::to_string(i)));
}

}  // namespace
}  // namespace isnad
