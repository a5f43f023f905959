#include "util/versioned_table.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace isnad {
namespace {

// Collects "line:field|field" for each record.
std::vector<std::string> Records(std::string_view text, Status* status) {
  std::vector<std::string> out;
  *status = ForEachTableRecord(text, "t.tsv", "cameo", [&](size_t line_number, const std::vector<std::string_view>& f) {
    std::string r = std::to_string(line_number) + ":";
    for (size_t i = 0; i < f.size(); ++i) r += (i ? "|" : "") + std::string(f[i]);
    out.push_back(r);
    return Status::OK();
  });
  return out;
}

TEST(VersionedTableTest, SkipsCommentsBlankLinesAndCarriageReturns) {
  Status s;
  std::vector<std::string> got =
      Records("# a comment\r\nisnad-table\t1\tcameo\r\n\r\n07\taid\r\n# another\n\n19\tfight\t\n", &s);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(got, (std::vector<std::string>{"4:07|aid", "7:19|fight|"}));
}

TEST(VersionedTableTest, LastLineWithoutNewlineIsRead) {
  Status s;
  EXPECT_EQ(Records("isnad-table\t1\tcameo\n07\taid", &s), (std::vector<std::string>{"2:07|aid"}));
  EXPECT_TRUE(s.ok());
}

TEST(VersionedTableTest, VersionLineErrorsNameFileAndLine) {
  const std::pair<const char*, const char*> kBad[] = {
      {"07\taid\n", "t.tsv:1: expected the version line \"isnad-table<TAB>1<TAB>cameo\""},
      {"# c\nisnad-dict\t1\tcameo\n", "t.tsv:2: expected the version line"},
      {"isnad-table\t1\n", "t.tsv:1: expected the version line"},
      {"isnad-table\t2\tcameo\n", "t.tsv:1: unsupported table version \"2\" (this isnad reads version 1)"},
      {"isnad-table\t1\tplover\n", "t.tsv:1: expected a table of kind \"cameo\", got \"plover\""},
      {"", "t.tsv: empty table (no version line)"},
      {"# only\n\n# comments\r\n", "t.tsv: empty table (no version line)"},
  };
  for (const auto& [text, want] : kBad) {
    Status s;
    EXPECT_TRUE(Records(text, &s).empty()) << text;
    EXPECT_EQ(s.code(), StatusCode::kCorruption) << text;
    EXPECT_EQ(s.message().rfind(want, 0), 0u) << "want \"" << want << "\" got \"" << s.message() << "\"";
  }
}

TEST(VersionedTableTest, RecordErrorStopsAndKeepsItsCode) {
  int calls = 0;
  Status s = ForEachTableRecord("isnad-table\t1\tk\na\nb\t2\nc\n", "dir/k.tsv", "k",
                                [&](size_t, const std::vector<std::string_view>& f) {
                                  ++calls;
                                  if (f.size() != 1) return Status::NotFound("no such code");
                                  return Status::OK();
                                });
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "dir/k.tsv:3: no such code");
}

TEST(VersionedTableTest, ExpectFieldCount) {
  std::vector<std::string_view> three = {"a", "b", ""};
  EXPECT_TRUE(ExpectFieldCount(three, 3).ok());
  Status s = ExpectFieldCount(three, 9);
  EXPECT_EQ(s.code(), StatusCode::kCorruption);
  EXPECT_EQ(s.message(), "expected 9 fields, got 3");
}

}  // namespace
}  // namespace isnad
