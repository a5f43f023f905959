#include "lexicon/pico.h"

#include <gtest/gtest.h>

#include "testutil.h"
#include "util/files.h"

namespace isnad::lexicon {
namespace {

constexpr char kSmall[] =
    "# PICO -->\n"
    "010:0x1000#Make Public Statement\n"
    "011:0x1000-0xFFFF\n"
    "030:0x3000#Intend\n"
    "033:0x3040\n"
    "036:0x3010\n"
    "044:0xB010\n"
    "046:0xB010\n"
    "110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove\n"
    "120:-0xFFFF#Reject\n"
    "1211:-0xFFFF+0x0075\n"
    "122:-0xFFFF+0x2040+0x300# The 0x300 mask\n"
    "           # from refuse to request aid\n"
    "138:0x60A0\n"
    "190:0x00A0#Fight\n"
    "---:0\n";

TEST(PicoTableTest, EvaluatesValuesAndComments) {
  std::vector<Issue> issues;
  auto t = PicoTable::Parse(kSmall, "p.txt", &issues);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_TRUE(issues.empty());
  struct Case {
    const char* cameo;
    int32_t pico;
  } cases[] = {
      {"010", 0x1000}, {"011", 0x1000 - 0xFFFF}, {"110", 0x1007F}, {"120", -0xFFFF},
      {"1211", -0xFFFF + 0x75}, {"122", -0xFFFF + 0x2040 + 0x300}, {"190", 0xA0}, {"---", 0},
  };
  for (const auto& c : cases) {
    ASSERT_TRUE(t->ToPico(c.cameo).has_value()) << c.cameo;
    EXPECT_EQ(*t->ToPico(c.cameo), c.pico) << c.cameo;
  }
  EXPECT_FALSE(t->ToPico("999").has_value());
  EXPECT_EQ(t->size(), 14u);
}

TEST(PicoTableTest, ConvertsBackWithTheNearestListedAncestor) {
  auto t = PicoTable::Parse(kSmall, "p.txt");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->ToCameo(0xB010), "044");  // 044 and 046 share it: the first listed.
  EXPECT_EQ(t->ToCameo(0x3045), "033");  // Topic digit cleared.
  EXPECT_EQ(t->ToCameo(0x3070), "030");  // Then the action digit.
  EXPECT_EQ(t->ToCameo(0x1007F), "110");
  EXPECT_EQ(t->ToCameo(0x5000), "");
  EXPECT_EQ(t->ToCameo(-5), "");
}

TEST(PicoTableTest, CombinesGoverningAndGovernedVerbs) {
  auto t = PicoTable::Parse(kSmall, "p.txt");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(PicoTable::Combine(0x3000, 0x00A0), 0x30A0);
  EXPECT_EQ(PicoTable::Combine(0x3000, 0x1000), 0x1000);  // Both have a stance: the inner wins.
  EXPECT_EQ(PicoTable::Combine(0x3010, -0xFFFF), 0x3010 - 0xFFFF);
  // "promised to attack": intent to fight is a threat with military force.
  EXPECT_EQ(t->CombineCameo("030", "190"), "138");
  // "promised to meet" stays an intent to meet.
  EXPECT_EQ(t->CombineCameo("030", "036"), "036");
  EXPECT_EQ(t->CombineCameo("030", "999"), "");
}

TEST(PicoTableTest, ReportsMalformedLines) {
  std::vector<Issue> issues;
  auto t = PicoTable::Parse("010:0x1000\nxyz\n01A:0x1\n020:0xZZ\n010:0x2\n", "p.txt", &issues);
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(issues.size(), 4u);
  EXPECT_EQ(issues[0].where, "p.txt:2");
  EXPECT_EQ(issues[3].severity, Issue::Severity::kWarning);
  EXPECT_FALSE(PicoTable::Parse("# nothing\n", "p.txt").ok());
}

// The validation suite's file: 266 CODE:VALUE lines (grep -c '^[0-9-][0-9-]*:').
TEST(PicoTableTest, ReadsTheValidationOntology) {
  ISNAD_REQUIRE_SHARED();
  std::string path = testing::SharedDir() + "/eval/petrarch-unit/PETR_Validate_Internal_Coding_Ontology_1_01.txt";
  auto contents = ReadFile(path);
  ASSERT_TRUE(contents.ok());
  std::vector<Issue> issues;
  auto t = PicoTable::Parse(*contents, path, &issues);
  ASSERT_TRUE(t.ok());
  for (const auto& i : issues) ADD_FAILURE() << i.ToString();
  EXPECT_EQ(t->size(), 266u);
  EXPECT_EQ(*t->ToPico("138"), 0x60A0);
  EXPECT_EQ(t->CombineCameo("030", "190"), "138");
  EXPECT_EQ(t->ToCameo(*t->ToPico("0874")), "0874");
}

}  // namespace
}  // namespace isnad::lexicon
