#include "eval/arabic_gsr.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "testutil.h"
#include "util/files.h"

namespace isnad::eval {
namespace {

events::Event MakeEvent(const std::string& plover, const std::string& src, const std::string& tgt,
                        events::Certainty certainty = events::Certainty::kAsserted, bool background = false) {
  events::Event e;
  e.plover_type = plover;
  e.code = plover == "ASSAULT" ? "190" : plover == "PROTEST" ? "140" : "010";
  e.source.code = src;
  e.target.code = tgt;
  e.certainty = certainty;
  e.background = background;
  return e;
}

TEST(CsvTest, ReadsQuotedFieldsWithCommasQuotesAndLineBreaks) {
  auto recs = ParseCsv("a,b,c\n1,\"x, y\",\"he said \"\"no\"\"\"\n2,\"line one\nline two\",z\r\n3,,\n", "t.csv");
  ASSERT_TRUE(recs.ok()) << recs.status().message();
  ASSERT_EQ(recs->size(), 4u);
  EXPECT_EQ((*recs)[1].fields[1], "x, y");
  EXPECT_EQ((*recs)[1].fields[2], "he said \"no\"");
  EXPECT_EQ((*recs)[2].fields[1], "line one\nline two");
  EXPECT_EQ((*recs)[2].fields[2], "z");
  EXPECT_EQ((*recs)[2].line, 3u);
  EXPECT_EQ((*recs)[3].line, 5u);  // The quoted line break counts.
  EXPECT_EQ((*recs)[3].fields, (std::vector<std::string>{"3", "", ""}));
}

TEST(CsvTest, ReadsArabicTextAndALastRecordWithoutLineBreak) {
  auto recs = ParseCsv("id,text\nx1,\"قتل مسلحون، أمس، ثلاثة\"", "t.csv");
  ASSERT_TRUE(recs.ok());
  ASSERT_EQ(recs->size(), 2u);
  EXPECT_EQ((*recs)[1].fields[1], "قتل مسلحون، أمس، ثلاثة");
}

TEST(CsvTest, ErrorsNameTheFileAndLine) {
  struct Case {
    const char* text;
    const char* error;
  } cases[] = {
      {"a,b\n1,\"open\n\n", "t.csv:2: unterminated quoted field"},
      {"a,b\n1,\"x\"y\n", "t.csv:2: text after the closing quote of a field"},
      {"a,b\n1,x\"y\n", "t.csv:2: quote inside an unquoted field"},
  };
  for (const auto& c : cases) {
    auto recs = ParseCsv(c.text, "t.csv");
    ASSERT_FALSE(recs.ok()) << c.text;
    EXPECT_EQ(recs.status().message(), c.error);
  }
}

constexpr char kCsv[] =
    "accept,event_type,id,label,reject,text,total\n"
    "3,ASSAULT,s1,yes,0,\"قتل مسلحون جنديا، أمس\",3\n"
    "0,ASSAULT,s2,easy no,3,\"التقى الوزير نظيره\",3\n"
    "1,ASSAULT,s3,difficult no,2,\"شن هجوما على\nالحكومة\",3\n"
    "2,ASSAULT,s4,ambiguous,1,x,3\n";

TEST(GsrCsvTest, ReadsLabelsAndColumnsByName) {
  auto s = ParseGsrCsv(kCsv, "a.csv");
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->size(), 4u);
  EXPECT_EQ((*s)[0].id, "s1");
  EXPECT_EQ((*s)[0].event_type, "ASSAULT");
  EXPECT_EQ((*s)[0].label, GsrLabel::kYes);
  EXPECT_EQ((*s)[1].label, GsrLabel::kEasyNo);
  EXPECT_EQ((*s)[2].label, GsrLabel::kDifficultNo);
  EXPECT_EQ((*s)[2].text, "شن هجوما على\nالحكومة");
  EXPECT_EQ((*s)[3].label, GsrLabel::kAmbiguous);
  EXPECT_EQ((*s)[3].line, 6u);
}

TEST(GsrCsvTest, RefusesBadFilesWithTheirPlace) {
  struct Case {
    const char* text;
    const char* error;
  } cases[] = {
      {"", "a.csv:1: empty file: expected a header row"},
      {"id,label,event_type\n", "a.csv:1: header has no column 'text'"},
      {"id,label,text,event_type\nx,maybe,t,ASSAULT\n", "a.csv:2: unknown label 'maybe'"},
      {"id,label,text,event_type\nx,yes,t\n", "a.csv:2: expected 4 fields, got 3"},
      {"id,label,text,event_type\n,yes,t,ASSAULT\n", "a.csv:2: empty id"},
  };
  for (const auto& c : cases) {
    auto s = ParseGsrCsv(c.text, "a.csv");
    ASSERT_FALSE(s.ok()) << c.text;
    EXPECT_EQ(s.status().message(), c.error);
  }
}

constexpr char kSpans[] = R"([
 {"source": "r1", "_id": "x", "event_type": "ASSAULT", "text": "قتل مسلحون ثلاثة جنود عراقيين",
  "spans": [
   {"source_actor": ["مسلحون"], "verb": ["قتل"], "target_actor": ["جنود", "عراقيين"],
    "source_role": {"main": "None", "role": "UAF"}, "target_role": {"main": "IRQ", "role": "MIL"}},
   {"source_actor": [], "verb": ["قتل"], "target_actor": ["جنود"], "source_role": {}, "target_role": "UNKNOWN"}
  ], "source_gold": "", "verb_gold": "", "target_gold": ""},
 {"source": "r2", "event_type": "PROTEST", "text": "تظاهر آلاف", "spans": [
   {"source_actor": ["آلاف"], "verb": ["تظاهر"], "target_actor": [], "source_role": {"main": "None", "role": "CVL"},
    "target_role": {}}]}
])";

TEST(GsrSpansTest, ReadsRecordsAndRoles) {
  auto r = ParseGsrSpans(kSpans, "s.json");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->size(), 2u);
  const GsrSpanRecord& a = (*r)[0];
  EXPECT_EQ(a.id, "r1");
  EXPECT_EQ(a.event_type, "ASSAULT");
  ASSERT_EQ(a.spans.size(), 2u);
  EXPECT_TRUE(a.spans[0].source.given);
  EXPECT_EQ(a.spans[0].source.country, "");
  EXPECT_EQ(a.spans[0].source.agent, "UAF");
  EXPECT_EQ(a.spans[0].target.country, "IRQ");
  EXPECT_EQ(a.spans[0].target_words, (std::vector<std::string>{"جنود", "عراقيين"}));
  EXPECT_FALSE(a.spans[1].source.given);  // {}
  EXPECT_FALSE(a.spans[1].target.given);  // "UNKNOWN"
}

TEST(GsrSpansTest, RefusesBadRecordsWithTheirPlace) {
  struct Case {
    const char* json;
    const char* error;
  } cases[] = {
      {"{", "s.json: not valid JSON"},
      {"{}", "s.json: expected a JSON array of records"},
      {R"([{"event_type": "ASSAULT", "text": "x", "spans": []}])",
       "s.json: record 0: field 'source' missing or not a string"},
      {R"([{"source": "a", "event_type": "ASSAULT", "text": "x"}])",
       "s.json: record 0: field 'spans' missing or not an array"},
      {R"([{"source": "a", "event_type": "ASSAULT", "text": "x", "spans": [{"verb": "قتل"}]}])",
       "s.json: record 0: spans[0].verb is not an array"},
      {R"([{"source": "a", "event_type": "ASSAULT", "text": "x", "spans": [{"source_role": {"main": 3}}]}])",
       "s.json: record 0: spans[0].source_role.main is not a string"},
  };
  for (const auto& c : cases) {
    auto r = ParseGsrSpans(c.json, "s.json");
    ASSERT_FALSE(r.ok()) << c.json;
    EXPECT_EQ(r.status().message(), c.error);
  }
}

TEST(AgreementTest, SplitsActorCodes) {
  struct Case {
    const char* code;
    const char* country;
    const char* agent;
  } cases[] = {
      {"IRQMIL", "IRQ", "MIL"}, {"MIL", "", "MIL"},   {"IGOUNO", "IGO", ""}, {"", "", ""},
      {"USA", "USA", ""},       {"PSEREBHMS", "PSE", "REB"}, {"CVL", "", "CVL"},
  };
  for (const auto& c : cases) {
    ActorParts p = SplitActorCode(c.code);
    EXPECT_EQ(p.country, c.country) << c.code;
    EXPECT_EQ(p.agent, c.agent) << c.code;
  }
}

TEST(AgreementTest, NoneMatchesOnlyACodeWithoutThatPart) {
  GsrRole none_uaf{true, "", "UAF"};
  EXPECT_TRUE(RoleAgrees(none_uaf, "UAF"));
  EXPECT_FALSE(RoleAgrees(none_uaf, "IRQUAF"));
  EXPECT_FALSE(RoleAgrees(none_uaf, "MIL"));
  EXPECT_TRUE(RoleCountryAgrees(none_uaf, "MIL"));
  GsrRole irq{true, "IRQ", ""};
  EXPECT_TRUE(RoleAgrees(irq, "IRQ"));
  EXPECT_FALSE(RoleAgrees(irq, "IRQGOV"));
  EXPECT_TRUE(RoleCountryAgrees(irq, "IRQGOV"));
  GsrRole nothing{true, "", ""};
  EXPECT_TRUE(RoleAgrees(nothing, ""));
  EXPECT_TRUE(RoleAgrees(GsrRole{}, "ISRMIL"));  // Not given: not checked.
}

TEST(AgreementTest, OnlyNewsCounts) {
  using C = events::Certainty;
  EXPECT_TRUE(CountsAsNews(MakeEvent("ASSAULT", "", "", C::kAsserted)));
  EXPECT_TRUE(CountsAsNews(MakeEvent("ASSAULT", "", "", C::kReported)));
  EXPECT_TRUE(CountsAsNews(MakeEvent("ASSAULT", "", "", C::kAlleged)));
  EXPECT_FALSE(CountsAsNews(MakeEvent("ASSAULT", "", "", C::kHypothetical)));
  EXPECT_FALSE(CountsAsNews(MakeEvent("ASSAULT", "", "", C::kNegated)));
  EXPECT_FALSE(CountsAsNews(MakeEvent("ASSAULT", "", "", C::kAsserted, /*background=*/true)));
}

TEST(GsrScorerTest, ScoresDetectionPerLabel) {
  auto sentences = ParseGsrCsv(kCsv, "a.csv");
  ASSERT_TRUE(sentences.ok());
  GsrScorer scorer;
  // s1 yes: detected. s2 easy no: nothing. s3 difficult no: detected (a false
  // positive). s4 ambiguous: detected, left out.
  scorer.AddSentence((*sentences)[0], {MakeEvent("ASSAULT", "UAF", "MIL")});
  scorer.AddSentence((*sentences)[1], {MakeEvent("CONSULT", "GOV", "GOV")});
  scorer.AddSentence((*sentences)[2], {MakeEvent("ASSAULT", "", "GOV")});
  scorer.AddSentence((*sentences)[3], {MakeEvent("ASSAULT", "", "")});
  auto d = scorer.Detection();
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].event_type, "ASSAULT");
  EXPECT_EQ(d[0].true_positives, 1u);
  EXPECT_EQ(d[0].false_positives, 1u);
  EXPECT_EQ(d[0].false_negatives, 0u);
  EXPECT_EQ(d[0].true_negatives, 1u);
  EXPECT_DOUBLE_EQ(d[0].precision, 0.5);
  EXPECT_DOUBLE_EQ(d[0].recall, 1.0);
  EXPECT_NEAR(d[0].f1, 2.0 / 3.0, 1e-9);
  EXPECT_EQ(d[0].labelled[static_cast<int>(GsrLabel::kDifficultNo)], 1u);
  EXPECT_EQ(d[0].detected[static_cast<int>(GsrLabel::kDifficultNo)], 1u);
  EXPECT_EQ(d[0].detected[static_cast<int>(GsrLabel::kAmbiguous)], 1u);
  ASSERT_EQ(scorer.errors().size(), 1u);
  EXPECT_EQ(scorer.errors()[0].kind, "false_positive");
  EXPECT_EQ(scorer.errors()[0].label, "difficult no");
  EXPECT_EQ(scorer.errors()[0].id, "s3");
}

TEST(GsrScorerTest, HypotheticalAndBackgroundEventsAreNotDetections) {
  auto sentences = ParseGsrCsv(kCsv, "a.csv");
  ASSERT_TRUE(sentences.ok());
  GsrScorer scorer;
  scorer.AddSentence((*sentences)[0], {MakeEvent("ASSAULT", "", "", events::Certainty::kHypothetical),
                                       MakeEvent("ASSAULT", "", "", events::Certainty::kAsserted, true)});
  auto d = scorer.Detection();
  EXPECT_EQ(d[0].false_negatives, 1u);
  EXPECT_DOUBLE_EQ(d[0].recall, 0.0);
  EXPECT_DOUBLE_EQ(d[0].f1, 0.0);
  EXPECT_EQ(scorer.errors()[0].kind, "miss");
}

TEST(GsrScorerTest, ScoresClassRecallAndActorAgreement) {
  auto records = ParseGsrSpans(kSpans, "s.json");
  ASSERT_TRUE(records.ok());
  GsrScorer scorer;
  // r1: an ASSAULT with the gold's actors (span 0) among others.
  scorer.AddSpanRecord((*records)[0], {MakeEvent("ASSAULT", "IRQ", "UAF"), MakeEvent("ASSAULT", "UAF", "IRQMIL")});
  // r2: a PROTEST whose source has a country the gold does not give.
  scorer.AddSpanRecord((*records)[1], {MakeEvent("PROTEST", "EGYCVL", "")});
  auto s = scorer.Spans();
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].event_type, "ASSAULT");
  EXPECT_EQ(s[0].detected, 1u);
  EXPECT_EQ(s[0].agreeing, 1u);
  EXPECT_DOUBLE_EQ(s[0].class_recall, 1.0);
  EXPECT_DOUBLE_EQ(s[0].actor_agreement, 1.0);
  EXPECT_EQ(s[1].event_type, "PROTEST");
  EXPECT_EQ(s[1].with_roles, 1u);
  EXPECT_EQ(s[1].agreeing, 0u);
  EXPECT_EQ(s[1].country_agreeing, 0u);
  ASSERT_EQ(scorer.errors().size(), 1u);
  EXPECT_EQ(scorer.errors()[0].kind, "actor_disagree");
}

// A span record's class is found by an event told as a detail of an act told
// before (background), not by a hypothetical or negated one; the news-only
// share counts neither.
TEST(GsrScorerTest, ABackgroundEventFindsTheSpanClassButNotAsNews) {
  auto records = ParseGsrSpans(kSpans, "s.json");
  ASSERT_TRUE(records.ok());
  GsrScorer scorer;
  scorer.AddSpanRecord((*records)[0], {MakeEvent("ASSAULT", "UAF", "IRQMIL", events::Certainty::kAsserted, true)});
  scorer.AddSpanRecord((*records)[1], {MakeEvent("PROTEST", "", "", events::Certainty::kHypothetical),
                                       MakeEvent("PROTEST", "", "", events::Certainty::kNegated)});
  auto s = scorer.Spans();
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].detected, 1u);
  EXPECT_EQ(s[0].news_detected, 0u);
  EXPECT_DOUBLE_EQ(s[0].class_recall, 1.0);
  EXPECT_DOUBLE_EQ(s[0].news_class_recall, 0.0);
  EXPECT_EQ(s[0].agreeing, 1u);
  EXPECT_EQ(s[1].detected, 0u);
  EXPECT_FALSE(CodesClass(MakeEvent("ASSAULT", "", "", events::Certainty::kHypothetical)));
  EXPECT_TRUE(CodesClass(MakeEvent("ASSAULT", "", "", events::Certainty::kAlleged, true)));
}

TEST(GsrScorerTest, AMissingClassIsASpanMiss) {
  auto records = ParseGsrSpans(kSpans, "s.json");
  ASSERT_TRUE(records.ok());
  GsrScorer scorer;
  scorer.AddSpanRecord((*records)[0], {MakeEvent("PROTEST", "", "")});
  auto s = scorer.Spans();
  EXPECT_EQ(s[0].detected, 0u);
  EXPECT_DOUBLE_EQ(s[0].class_recall, 0.0);
  EXPECT_EQ(scorer.errors()[0].kind, "span_miss");
}

// The dev half of the gold standard in ../shared parses without error.
TEST(GsrSharedDataTest, ReadsTheDevFiles) {
  ISNAD_REQUIRE_SHARED();
  namespace fs = std::filesystem;
  fs::path dir = fs::path(testing::SharedDir()) / "eval" / "arabic-gsr" / "dev";
  if (!fs::exists(dir)) GTEST_SKIP() << dir << " is absent";
  for (const char* type : {"assault", "protest"}) {
    std::string csv_path = (dir / (std::string(type) + "_gsr.csv")).string();
    auto csv = ReadFile(csv_path);
    ASSERT_TRUE(csv.ok()) << csv_path;
    auto sentences = ParseGsrCsv(*csv, csv_path);
    ASSERT_TRUE(sentences.ok()) << sentences.status().message();
    EXPECT_GT(sentences->size(), 100u);
    std::string json_path = (dir / (std::string(type) + "_spans.json")).string();
    auto json = ReadFile(json_path);
    ASSERT_TRUE(json.ok()) << json_path;
    auto records = ParseGsrSpans(*json, json_path);
    ASSERT_TRUE(records.ok()) << records.status().message();
    EXPECT_GT(records->size(), 50u);
  }
}

TEST(GsrIdDateTest, ReadsTheDocumentDateFromTheSentenceId) {
  EXPECT_EQ(GsrIdDate("AAW_ARB_20080913.0007-59"), "2008-09-13");
  EXPECT_EQ(GsrIdDate("XIN_ARB_20031201.0001-2"), "2003-12-01");
  EXPECT_EQ(GsrIdDate("AAW_ARB_20080913"), "2008-09-13");
}

TEST(GsrIdDateTest, NoDateWhenTheIdHasNone) {
  EXPECT_EQ(GsrIdDate(""), "");
  EXPECT_EQ(GsrIdDate("sentence-12"), "");
  EXPECT_EQ(GsrIdDate("AAW_ARB_2008091.0007-59"), "");   // Seven digits.
  EXPECT_EQ(GsrIdDate("AAW_ARB_20081313.0007-59"), "");  // Month 13.
  EXPECT_EQ(GsrIdDate("AAW_ARB_20080900.0007-59"), "");  // Day 00.
  EXPECT_EQ(GsrIdDate("AAW_ARB_2008a913.0007-59"), "");
}

}  // namespace
}  // namespace isnad::eval
