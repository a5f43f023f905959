#include "util/hash.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace isnad {
namespace {

// Keys of every length around the eight-byte steps, differing in one byte each,
// hash apart, in their low bits too (the cache indexes by them); the seed changes
// the value; the hash reads only the key's bytes (a view into a longer string).
TEST(WordHashTest, SpreadsShortKeysAndReadsOnlyTheKey) {
  std::set<uint64_t> values;
  std::set<uint64_t> low_bits;
  size_t keys = 0;
  for (size_t n = 0; n <= 40; ++n) {
    for (int c = 0; c < 8; ++c) {
      std::string key(n, 'a');
      if (n > 0) key[(c * 7) % n] = static_cast<char>('b' + c);
      values.insert(WordHash(key));
      low_bits.insert(WordHash(key) & 0xFFFF);
      ++keys;
      EXPECT_NE(WordHash(key, 1), WordHash(key, 2)) << key;
      const std::string longer = key + "zzzzzzzz";
      EXPECT_EQ(WordHash(std::string_view(longer).substr(0, n)), WordHash(key)) << key;
    }
  }
  // n = 0 gives one key eight times; a few keys repeat for n = 1.
  EXPECT_GE(values.size(), keys - 8 - 8);
  EXPECT_GE(low_bits.size() + 12, values.size());
  EXPECT_NE(WordHash("\u062c\u064a\u0634"), WordHash("\u062c\u064a\u0633"));
}

TEST(WordHashTest, DependsOnEveryByteAndTheLength) {
  const std::string base = "abcdefghijklmnopqrstu";
  for (size_t n = 0; n <= base.size(); ++n) {
    const std::string w = base.substr(0, n);
    if (n > 0) {
      EXPECT_NE(WordHash(w), WordHash(base.substr(0, n - 1))) << n;
    }
    for (size_t i = 0; i < n; ++i) {
      std::string v = w;
      v[i] ^= 1;
      EXPECT_NE(WordHash(w), WordHash(v)) << n << " " << i;
    }
  }
  EXPECT_NE(WordHash(std::string_view("a\0", 2)), WordHash("a"));
}

}  // namespace
}  // namespace isnad
