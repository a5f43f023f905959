#include "util/zeroed_memory.h"

#include <cstdint>
#include <cstring>
#include <utility>

#include <gtest/gtest.h>

namespace isnad {
namespace {

bool AllZero(const ZeroedMemory& m) {
  const auto* p = static_cast<const unsigned char*>(m.data());
  for (size_t i = 0; i < m.size(); ++i) {
    if (p[i] != 0) return false;
  }
  return true;
}

TEST(ZeroedMemoryTest, SmallBlockIsZeroedAlignedAndWritable) {
  ZeroedMemory m;
  EXPECT_EQ(m.data(), nullptr);
  ASSERT_TRUE(m.Allocate(1000));
  ASSERT_NE(m.data(), nullptr);
  EXPECT_EQ(m.size(), 1000u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(m.data()) % 64, 0u);
  EXPECT_FALSE(m.huge_pages_requested());
  EXPECT_TRUE(AllZero(m));
  std::memset(m.data(), 0xAB, m.size());
  EXPECT_EQ(static_cast<unsigned char*>(m.data())[999], 0xAB);
}

TEST(ZeroedMemoryTest, LargeBlockIsAlignedToAHugePageAndWholeWritable) {
  ZeroedMemory m;
  const size_t bytes = 3 * ZeroedMemory::kHugePage + 12345;
  ASSERT_TRUE(m.Allocate(bytes));
  EXPECT_EQ(reinterpret_cast<uintptr_t>(m.data()) % ZeroedMemory::kHugePage, 0u);
  EXPECT_TRUE(AllZero(m));
  auto* p = static_cast<unsigned char*>(m.data());
  p[0] = 1;
  p[bytes - 1] = 2;  // The last byte is inside the mapping.
  EXPECT_EQ(p[bytes - 1], 2);
}

TEST(ZeroedMemoryTest, AllocatingAgainGivesAFreshZeroedBlock) {
  ZeroedMemory m;
  ASSERT_TRUE(m.Allocate(4096));
  std::memset(m.data(), 0xFF, m.size());
  ASSERT_TRUE(m.Allocate(8192));
  EXPECT_EQ(m.size(), 8192u);
  EXPECT_TRUE(AllZero(m));
}

TEST(ZeroedMemoryTest, MovingHandsTheBlockOver) {
  ZeroedMemory a;
  ASSERT_TRUE(a.Allocate(4096));
  static_cast<unsigned char*>(a.data())[7] = 9;
  void* block = a.data();
  ZeroedMemory b(std::move(a));
  EXPECT_EQ(a.data(), nullptr);  // NOLINT(bugprone-use-after-move): moved-from state is specified.
  EXPECT_EQ(b.data(), block);
  EXPECT_EQ(static_cast<unsigned char*>(b.data())[7], 9);
  ZeroedMemory c;
  ASSERT_TRUE(c.Allocate(4096));
  c = std::move(b);
  EXPECT_EQ(c.data(), block);
  EXPECT_EQ(b.data(), nullptr);  // NOLINT(bugprone-use-after-move)
}

TEST(ZeroedMemoryTest, AnImpossibleSizeFailsAndHoldsNothing) {
  ZeroedMemory m;
  ASSERT_TRUE(m.Allocate(4096));
  EXPECT_FALSE(m.Allocate(SIZE_MAX / 2));
  EXPECT_EQ(m.data(), nullptr);
  EXPECT_EQ(m.size(), 0u);
}

}  // namespace
}  // namespace isnad
