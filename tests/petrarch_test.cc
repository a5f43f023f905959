// End-to-end regression test of `isnad eval petrarch` on the TABARI/PETRARCH
// validation records in ../shared/eval/petrarch-unit (coded with that folder's
// dictionaries only). The figures are a ratchet: at or just below those measured
// when the rules were added (docs/ACCURACY.md); raise them when the coder improves.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <sstream>
#include <string>

#include "testutil.h"

namespace isnad::testing {
namespace {

struct Figures {
  size_t expected = 0, produced = 0;
  double recall = 0, precision = 0;
};

// Parses the "category records expected produced recall precision" table.
std::map<std::string, Figures> ParseTable(const std::string& out) {
  std::map<std::string, Figures> table;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    char name[64];
    size_t records = 0;
    Figures f;
    if (std::sscanf(line.c_str(), "%63s %zu %zu %zu %lf %lf", name, &records, &f.expected, &f.produced, &f.recall,
                    &f.precision) == 6) {
      table[name] = f;
    }
  }
  return table;
}

TEST(PetrarchValidationTest, RecallAndPrecisionOnTheEvaluatedRecords) {
  ISNAD_REQUIRE_SHARED();
  auto r = RunIsnad("eval petrarch '" + SharedDir() + "/eval/petrarch-unit/PETR_Validate_records_2_02.xml'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto table = ParseTable(r.out);
  ASSERT_TRUE(table.count("total")) << r.out;
  const Figures& total = table["total"];
  EXPECT_EQ(total.expected, 305u) << r.out;
  EXPECT_GE(total.recall, 0.92) << r.out;
  EXPECT_GE(total.precision, 0.92) << r.out;
  // Per category, a little below what was measured, so one record more or less
  // in a small category is visible but not noise.
  const std::map<std::string, std::pair<double, double>> floors = {
      {"ACTOR", {0.95, 0.95}},    {"AGENT", {0.95, 0.95}},   {"COMPOUND", {0.91, 0.95}},
      {"DATE", {0.95, 0.95}},     {"DEMO", {0.97, 0.95}},    {"MODIFY", {0.70, 0.75}},
      {"PATTERN", {0.84, 0.80}},  {"SYNSET", {0.88, 0.88}},  {"VERB", {0.95, 0.95}},
  };
  for (const auto& [category, floor] : floors) {
    ASSERT_TRUE(table.count(category)) << category << "\n" << r.out;
    EXPECT_GE(table[category].recall, floor.first) << category << "\n" << r.out;
    EXPECT_GE(table[category].precision, floor.second) << category << "\n" << r.out;
  }
}

TEST(PetrarchValidationTest, VerboseListsFailuresAndCategoryFilterWorks) {
  ISNAD_REQUIRE_SHARED();
  auto r = RunIsnad("eval petrarch -v --category DEMO '" + SharedDir() +
                    "/eval/petrarch-unit/PETR_Validate_records_2_02.xml'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto table = ParseTable(r.out);
  EXPECT_TRUE(table.count("DEMO"));
  EXPECT_FALSE(table.count("ACTOR"));
  auto bad = RunIsnad("eval petrarch /nonexistent/records.xml");
  EXPECT_EQ(bad.exit_code, 1);
}

}  // namespace
}  // namespace isnad::testing
