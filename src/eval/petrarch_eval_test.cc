#include "eval/petrarch_eval.h"

#include <gtest/gtest.h>

namespace isnad::eval {
namespace {

PetrarchCase Case(std::string category, std::vector<PetrarchEvent> expected, bool nothing = false) {
  PetrarchCase c;
  c.id = category + "-1";
  c.category = std::move(category);
  c.scored = true;
  c.expects_nothing = nothing;
  c.expected = std::move(expected);
  return c;
}

TEST(PetrarchEvalTest, CountsMatchesOneToOnePerCategoryAndInTotal) {
  struct Row {
    std::vector<PetrarchEvent> expected;
    std::vector<PetrarchEvent> produced;
    bool no_events;
    size_t matched, failures;
  } rows[] = {
      {{{"050", "ARN", "GON"}}, {{"050", "ARN", "GON"}}, false, 1, 0},
      {{{"050", "ARN", "GON"}}, {{"050", "GON", "ARN"}}, false, 0, 1},       // Direction matters.
      {{{"050", "ARN", "GON"}}, {{"050", "ARN", "GON"}, {"050", "ARN", "GON"}}, false, 1, 1},  // A duplicate is a false positive.
      {{}, {{"190", "ARN", "GON"}}, true, 0, 1},                              // noevents: all false positives.
      {{}, {}, true, 0, 0},
  };
  for (const Row& c : rows) {
    PetrarchScore score;
    ScorePetrarchCase(Case("DEMO", c.expected, c.no_events), c.produced, &score);
    EXPECT_EQ(score.total.matched_expected, c.matched);
    EXPECT_EQ(score.total.matched_produced, c.matched);
    EXPECT_EQ(score.total.produced, c.produced.size());
    EXPECT_EQ(score.categories["DEMO"].expected, c.expected.size());
    EXPECT_EQ(score.failures.size(), c.failures);
  }
}

TEST(PetrarchEvalTest, ErrorExpectationCountsProducedEventsAsFalsePositives) {
  PetrarchCase r = Case("ERROR", {}, true);
  r.expected_error = "sentencediscard";
  PetrarchScore score;
  ScorePetrarchCase(r, {{"010", "ARN", "GON"}}, &score);
  EXPECT_EQ(score.total.expected, 0u);
  EXPECT_DOUBLE_EQ(score.total.Recall(), 1.0);
  EXPECT_DOUBLE_EQ(score.total.Precision(), 0.0);
  ASSERT_EQ(score.failures.size(), 1u);
  EXPECT_NE(score.failures[0].find("error sentencediscard"), std::string::npos);
}

}  // namespace
}  // namespace isnad::eval
