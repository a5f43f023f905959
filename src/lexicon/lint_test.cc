#include "lexicon/lint.h"

#include <gtest/gtest.h>

#include "lexicon/tabari.h"
#include "testutil.h"

namespace isnad::lexicon {
namespace {

Dictionary FromTabari(DictFormat format, const std::string& text) {
  Dictionary d;
  (void)ParseTabari(format, text, "t.txt", &d);
  return d;
}

std::vector<std::string> Messages(const DictionaryReport& r, ProblemKind kind) {
  std::vector<std::string> out;
  for (const auto& p : r.problems) {
    if (p.kind == kind) out.push_back(p.issue.ToString());
  }
  return out;
}

TEST(LintTest, FindsDuplicatesAndConflicts) {
  Dictionary d = FromTabari(DictFormat::kTabariActors,
                            "JORDAN [JOR]\nISRAEL [ISR]\n+ISRAELI\nJORDAN [JOR]\nISRAELI [ISRGOV]\nEGYPT [EGY]\n");
  DictionaryReport r = LintDictionary(d);
  EXPECT_EQ(r.entries[static_cast<int>(EntryKind::kActor)], 5u);
  EXPECT_EQ(r.phrases, 6u);
  auto dups = Messages(r, ProblemKind::kDuplicate);
  ASSERT_EQ(dups.size(), 1u);
  EXPECT_EQ(dups[0], "t.txt:4: warning: actor 'JORDAN' is listed again (first on t.txt:1, same code JOR)");
  auto conflicts = Messages(r, ProblemKind::kConflict);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0], "t.txt:5: warning: actor 'ISRAELI' has code ISRGOV here and ISR on t.txt:2");
}

TEST(LintTest, FindsUnreachablePatterns) {
  Dictionary d = FromTabari(DictFormat::kTabariVerbs,
                            "&BONDS\n+MILITARY\n"
                            "--- LINK [013] ---\nLINK\n"
                            "- (IN) * [075]\n- (IN) * [075A]\n- (IN) * [072]\n- (TO) * [073]\n"
                            "- * &NOSUCH [111]\n- * &BONDS [030]\n"
                            "--- OTHER [010] ---\nOTHER\n- (IN) * [075]\n");
  DictionaryReport r = LintDictionary(d);
  auto unreachable = Messages(r, ProblemKind::kUnreachable);
  ASSERT_EQ(unreachable.size(), 3u) << FormatReport(r, 0);
  EXPECT_NE(unreachable[0].find("t.txt:9: warning: synset &NOSUCH is not defined"), std::string::npos);
  EXPECT_EQ(unreachable[1],
            "t.txt:6: warning: pattern '- (IN) * [075A]' [075A] is identical to the one on t.txt:5 [075] and is never "
            "chosen");
  EXPECT_NE(unreachable[2].find("t.txt:7"), std::string::npos);
  EXPECT_EQ(r.patterns, 6u);
}

TEST(LintTest, FormatsAReport) {
  Dictionary d = FromTabari(DictFormat::kTabariActors, "A [AAA]\nA [AAA]\nB [BBB 2004017-20061201]\n");
  DictionaryReport r = LintDictionary(d);
  EXPECT_EQ(r.errors(), 1u);
  EXPECT_EQ(r.warnings(), 2u);  // The duplicate, and B has no code left.
  std::string text = FormatReport(r, 1);
  EXPECT_NE(text.find("actors: 3"), std::string::npos) << text;
  EXPECT_NE(text.find("problems: 3 (1 errors, 2 warnings), malformed 2, duplicate 1, conflict 0, unreachable 0"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("... 2 more"), std::string::npos) << text;
}

// Lint of the validation dictionaries. The findings were checked by hand against
// the files: the verbs file defines &PREPOSIT1 twice, lists identical patterns
// (ACCORD's "(IN) *" three times, CLASH's "* CRITICISM" and "* (OVER EFFORTS)"
// twice, "* SANCTIONS" in EXPLAIN_VERBAL twice...), and uses five undefined synsets.
TEST(LintTest, ReportsTheValidationDictionaries) {
  ISNAD_REQUIRE_SHARED();
  std::string dir = testing::SharedDir() + "/eval/petrarch-unit/";
  Dictionary d;
  for (const char* f : {"PETR_Validate_actors_2_02.txt", "PETR_Validate_agents_2_02.txt",
                        "PETR_Validate_verbs_2_02.txt", "PETR_Validate_discards_2_02.txt"}) {
    (void)d.LoadFile(dir + f);
  }
  DictionaryReport r = LintDictionary(d);
  EXPECT_EQ(r.files, 4u);
  EXPECT_EQ(r.entries[static_cast<int>(EntryKind::kActor)], 133u);
  EXPECT_EQ(r.entries[static_cast<int>(EntryKind::kAgent)], 88u);
  EXPECT_EQ(r.entries[static_cast<int>(EntryKind::kEvent)], 127u);
  EXPECT_EQ(r.entries[static_cast<int>(EntryKind::kDiscard)], 9u);
  EXPECT_EQ(r.errors(), 1u) << FormatReport(r, 0);
  bool accord = false;
  for (const auto& m : Messages(r, ProblemKind::kUnreachable)) {
    accord |= m.find("'- (IN) *  [075A]") != std::string::npos;
  }
  EXPECT_TRUE(accord) << FormatReport(r, 0);
  EXPECT_GT(r.Count(ProblemKind::kConflict), 0u);
}

}  // namespace
}  // namespace isnad::lexicon
