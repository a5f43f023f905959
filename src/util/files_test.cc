#include "util/files.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

namespace isnad {
namespace {

std::string TempPath(const char* name) {
  return (std::filesystem::temp_directory_path() / name).string();
}

TEST(FilesTest, ReadMissingFileNamesIt) {
  auto r = ReadFile("/nonexistent/isnad.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/isnad.txt"), std::string::npos);
}

TEST(FilesTest, WriteThenReadAndLimit) {
  std::string path = TempPath("isnad_files_test.txt");
  ASSERT_TRUE(WriteFile(path, "hello").ok());
  auto r = ReadFile(path);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "hello");
  auto limited = ReadFile(path, 3);
  EXPECT_EQ(limited.status().code(), StatusCode::kResourceExhausted);
  std::filesystem::remove(path);
}

TEST(LineReaderTest, ReadsLinesAndFlagsLongOnes) {
  std::string path = TempPath("isnad_lines_test.txt");
  std::string long_line(200000, 'x');
  ASSERT_TRUE(WriteFile(path, "one\r\n" + long_line + "\nthree").ok());
  LineReader reader(path);
  ASSERT_TRUE(reader.status().ok());
  std::string line;
  bool too_long = false;
  ASSERT_TRUE(reader.Next(&line, &too_long, 1000));
  EXPECT_EQ(line, "one");
  EXPECT_FALSE(too_long);
  ASSERT_TRUE(reader.Next(&line, &too_long, 1000));
  EXPECT_TRUE(too_long);
  EXPECT_TRUE(line.empty());
  EXPECT_EQ(reader.line_number(), 2u);
  ASSERT_TRUE(reader.Next(&line, &too_long, 1000));
  EXPECT_EQ(line, "three");
  EXPECT_FALSE(reader.Next(&line, &too_long, 1000));
  std::filesystem::remove(path);
}

TEST(FindDataDirTest, ExplicitDirMustHoldTheCameoTable) {
  auto r = FindDataDir("/nonexistent-isnad-data");
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace isnad
