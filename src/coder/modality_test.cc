// Tests of coder/modality.h: French verb tenses from their endings and the
// intent/threat table. The mood of whole sentences is tested through the coder in
// provenance_test.cc (ModalityTest).
#include "coder/modality.h"

#include <gtest/gtest.h>

#include <tuple>

namespace isnad::coder {
namespace {

struct TenseCase {
  const char* word;
  FrenchTense expected;
};

TEST(FrenchTenseTest, FutureAndConditionalFromTheirStems) {
  const TenseCase kCases[] = {
      // Future: -er and -ir infinitives, -dre/-ttre/-uire stems, irregular stems.
      {"livrera", FrenchTense::kFuture},
      {"frapperont", FrenchTense::kFuture},
      {"Attaquera", FrenchTense::kFuture},
      {"fournira", FrenchTense::kFuture},
      {"rendra", FrenchTense::kFuture},
      {"viendront", FrenchTense::kFuture},
      {"mettra", FrenchTense::kFuture},
      {"détruira", FrenchTense::kFuture},
      {"enverra", FrenchTense::kFuture},
      {"sera", FrenchTense::kFuture},
      {"feront", FrenchTense::kFuture},
      {"ira", FrenchTense::kFuture},
      // Conditional.
      {"frapperait", FrenchTense::kConditional},
      {"livreraient", FrenchTense::kConditional},
      {"rendrait", FrenchTense::kConditional},
      {"serait", FrenchTense::kConditional},
      // Neither: passé simple, imparfait, present, participles, nouns.
      {"déclara", FrenchTense::kOther},
      {"libéra", FrenchTense::kOther},
      {"montra", FrenchTense::kOther},
      {"livrait", FrenchTense::kOther},
      {"tirait", FrenchTense::kOther},
      {"retirait", FrenchTense::kOther},
      {"opérait", FrenchTense::kOther},
      {"livrent", FrenchTense::kOther},
      {"a", FrenchTense::kOther},
      {"sont", FrenchTense::kOther},
      {"vont", FrenchTense::kOther},
      {"attaqué", FrenchTense::kOther},
  };
  for (const auto& c : kCases) EXPECT_EQ(FrenchTenseOf(c.word), c.expected) << c.word;
}

constexpr const char* kTable =
    "# act_prefix\tfuture_code\trefusal_code\n"
    "isnad-table\t1\tmodality\n"
    "04\t036\t125\n"
    "07\t033\t122\n"
    "072\t0332\t1222\n"
    "19\t138\t-\n"
    "191\t1381\t-\n";

TEST(ModalityTableTest, LongestPrefixWins) {
  auto table = ModalityTable::Parse(kTable, "modality.tsv");
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ(table->size(), 5u);
  const std::pair<const char*, const char*> kCases[] = {
      {"042", "036"}, {"0431", "036"}, {"072", "0332"}, {"073", "033"}, {"07", "033"},
      {"195", "138"}, {"191", "1381"}, {"111", ""},     {"036", ""},    {"138", ""},
  };
  for (const auto& [code, want] : kCases) EXPECT_EQ(table->FutureCode(code), want) << code;
  const std::pair<const char*, const char*> kRefusals[] = {
      {"040", "125"}, {"072", "1222"}, {"071", "122"}, {"190", ""}, {"111", ""},
  };
  for (const auto& [code, want] : kRefusals) EXPECT_EQ(table->RefusalCode(code), want) << code;
}

TEST(DemandOfTest, DemandsAndAppealsByTheActsFamily) {
  const std::tuple<const char*, const char*, const char*> kCases[] = {
      {"0842", "10", "1053"}, {"0841", "02", "0253"}, {"087", "10", "1056"}, {"166", "10", "1056"},
      {"072", "02", "0232"},  {"070", "10", "103"},   {"040", "10", "106"},  {"045", "02", "028"},
      {"051", "10", "102"},   {"062", "10", "1012"},  {"190", "10", ""},     {"01", "10", ""},
  };
  for (const auto& [act, root, want] : kCases) EXPECT_EQ(DemandOf(act, root), want) << act << " " << root;
}

TEST(RejectionOfTest, RejectionByWhatIsRejected) {
  const std::pair<const char*, const char*> kCases[] = {
      {"112", "016"}, {"111", "016"}, {"039", "126"}, {"045", "126"}, {"036", "125"}, {"1053", "124"},
      {"0231", "122"}, {"020", "120"}, {"0331", "122"}, {"190", ""},   {"05", ""},
  };
  for (const auto& [rejected, want] : kCases) EXPECT_EQ(RejectionOf(rejected), want) << rejected;
}

TEST(ModalityTableTest, ErrorsNameTheLine) {
  const std::pair<const char*, const char*> kBad[] = {
      {"04\t036\n", "modality.tsv:1: expected the version line"},
      {"isnad-table\t2\tmodality\n", "modality.tsv:1: unsupported table version \"2\""},
      {"isnad-table\t1\tcameo\n", "modality.tsv:1: expected a table of kind \"modality\""},
      {"isnad-table\t1\tmodality\n04\t036\n", "modality.tsv:2: expected 3 fields, got 2"},
      {"isnad-table\t1\tmodality\n# c\n04\tintent\t125\n", "modality.tsv:3: not a CAMEO code: \"intent\""},
      {"isnad-table\t1\tmodality\n04\t-\t125\n", "modality.tsv:2: not a CAMEO code: \"-\""},
      {"# nothing\n", "modality.tsv: empty table"},
  };
  for (const auto& [text, message] : kBad) {
    auto table = ModalityTable::Parse(text, "modality.tsv");
    ASSERT_FALSE(table.ok()) << text;
    EXPECT_NE(table.status().message().find(message), std::string::npos) << table.status().ToString();
  }
}

}  // namespace
}  // namespace isnad::coder
