#include "eval/petrarch_records.h"

#include <gtest/gtest.h>

#include "testutil.h"

namespace isnad::eval {
namespace {

PetrarchRecordSet Parse(const std::string& xml) {
  auto set = ParsePetrarchRecords(xml, "r.xml");
  EXPECT_TRUE(set.ok()) << set.status().ToString();
  return set.ok() ? std::move(*set) : PetrarchRecordSet();
}

std::string IssuesOf(const PetrarchRecordSet& s) {
  std::string out;
  for (const auto& i : s.issues) out += i.ToString() + "\n";
  return out;
}

constexpr char kValidation[] = R"(<?xml version='1.0' encoding='utf-8'?>
<Validation>
<!--
#   Use <Sentence ... evaluate="false"> to bypass a case
-->
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Actorfile>actors.txt</Actorfile>
    <Agentfile>agents.txt</Agentfile>
    <Discardfile>discards.txt</Discardfile>
    <PICOfile>pico.txt</PICOfile>
    <Errorfile>errors.txt</Errorfile>  <!-- currently not implemented -->
    <Include>DEMO COMPOUND </Include>
</Environment>
<Sentences>
<Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
<!-- Simple coding -->
<EventCoding eventcode="050" sourcecode="NRD" targetcode="SUD" />
<Text>
Nordland will restore full diplomatic ties with Sudland a year
after a long quarrel over the border river.
</Text>
<Parse>
1	Nordland	Nordland	PROPN	NNP	_	3	nsubj	_	_
2	<	<	SYM	SYM	_	3	punct	_	_
</Parse></Sentence>
<Config option="require_dyad" value="false" />
<Sentence category="COMPOUND" date="19950105" id="COMPOUND-99" evaluate="false">
<EventCoding eventcode="010" sourcecode="+++" targetcode="SUD" />
<EventCoding eventcode="010" sourcecode="SUD" targetcode="NRD" />
<PLEvent {"event": "010", "source": [{"code": "SUD"}, {"code": "+++"}], "target": [{"code": "SUD"}]}>
<Text>Tom &amp; Jerry &lt;3 AT&T say a < b</Text>
</Sentence>
<Sentence category="ERROR" date="19950101" id="DISCARD-03">
<EventCoding error="sentencediscard" />
<Text>Baseball</Text>
</Sentence>
<Sentence category="DEMO" date="19950104" id="FINAL-RECORD" evaluate="true">
<EventCoding noevents="True" />
<Text>
THE LAST RECORD CODES NOTHING.
</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchRecordsTest, ReadsEnvironmentRecordsAndExpectations) {
  PetrarchRecordSet s = Parse(kValidation);
  EXPECT_TRUE(s.issues.empty()) << IssuesOf(s);
  const auto& env = s.environment;
  EXPECT_TRUE(env.present);
  EXPECT_EQ(env.verb_file, "verbs.txt");
  EXPECT_EQ(env.actor_files, std::vector<std::string>{"actors.txt"});
  EXPECT_EQ(env.agent_file, "agents.txt");
  EXPECT_EQ(env.discard_file, "discards.txt");
  EXPECT_EQ(env.pico_file, "pico.txt");
  EXPECT_EQ(env.error_file, "errors.txt");
  EXPECT_EQ(env.include, (std::vector<std::string>{"DEMO", "COMPOUND"}));
  ASSERT_EQ(s.records.size(), 4u);
  const auto& demo = s.records[0];
  EXPECT_EQ(demo.id, "DEMO-01");
  EXPECT_EQ(demo.category, "DEMO");
  EXPECT_EQ(demo.date, "1995-01-01");
  EXPECT_TRUE(demo.evaluate);
  EXPECT_TRUE(demo.has_codings);
  ASSERT_EQ(demo.expected.size(), 1u);
  EXPECT_EQ(demo.expected[0].event_code, "050");
  EXPECT_EQ(demo.expected[0].source_code, "NRD");
  EXPECT_EQ(demo.expected[0].target_code, "SUD");
  EXPECT_EQ(demo.text,
            "Nordland will restore full diplomatic ties with Sudland a year after a long quarrel over the border river.");
  EXPECT_EQ(demo.line, 16u);
  const auto& compound = s.records[1];
  EXPECT_FALSE(compound.evaluate);
  EXPECT_EQ(compound.expected.size(), 2u);
  EXPECT_EQ(compound.expected[0].source_code, "+++");
  EXPECT_EQ(compound.text, "Tom & Jerry <3 AT&T say a < b");
  ASSERT_EQ(compound.config.size(), 1u);
  EXPECT_EQ(compound.config[0].first, "require_dyad");
  EXPECT_EQ(compound.config[0].second, "false");
  EXPECT_TRUE(s.records[2].evaluate);  // No evaluate attribute: evaluated.
  EXPECT_EQ(s.records[2].expected_error, "sentencediscard");
  EXPECT_TRUE(s.records[2].expected.empty());
  EXPECT_TRUE(s.records[3].no_events);
  EXPECT_TRUE(s.records[3].expected.empty());
  // Evaluated: evaluate != false and category in <Include>.
  auto evaluated = s.Evaluated();
  ASSERT_EQ(evaluated.size(), 2u);
  EXPECT_EQ(evaluated[0]->id, "DEMO-01");
  EXPECT_EQ(evaluated[1]->id, "FINAL-RECORD");
}

TEST(PetrarchRecordsTest, ReadsNewswireWithBlanksAroundEquals) {
  PetrarchRecordSet s = Parse(
      "<Sentences>\n<Sentence date = \"20000715\" id=\"AFP_ARB_1\" source = 'afp' sentence = \"True\">\n<Text>\n"
      "سلطات زيمبابوي   تعلن\n</Text>\n</Sentence>\n</Sentences>\n");
  ASSERT_EQ(s.records.size(), 1u) << IssuesOf(s);
  EXPECT_EQ(s.records[0].date, "2000-07-15");
  EXPECT_EQ(s.records[0].source, "afp");
  EXPECT_EQ(s.records[0].text, "سلطات زيمبابوي تعلن");
  EXPECT_FALSE(s.records[0].has_codings);
  EXPECT_TRUE(s.issues.empty()) << IssuesOf(s);
}

TEST(PetrarchRecordsTest, ToleratesMalformedRecords) {
  struct Case {
    const char* xml;
    size_t records;
    const char* needle;  // In the first issue, or "" for none.
  } cases[] = {
      {"<Sentence id=\"a\" date=\"19950101\"><Text>x</Text>\n<Sentence id=\"b\" date=\"19950101\"><Text>y</Text></Sentence>",
       2, "not closed by </Sentence>"},
      {"<Sentence id=\"a\" date=\"1995\"><Text>x</Text></Sentence>", 1, "bad date"},
      {"<Sentence id=\"a\"><Text>x</Text></Sentence>", 1, "no date"},
      {"<Sentence id=\"a\" date=\"19950101\"><Text>x</Sentence>", 1, "<Text> is not closed"},
      {"<Sentence id=\"a\" date=\"19950101\" evaluate=\"maybe\"><Text>x</Text></Sentence>", 1, "neither true nor false"},
      {"<Sentence id=\"a\" date=\"19950101\"><EventCoding sourcecode=\"X\"/><Text>x</Text></Sentence>", 1,
       "without eventcode"},
      {"<!-- never closed <Sentence id=\"a\"><Text>x</Text></Sentence>", 0, "unterminated comment"},
      {"<Sentence id=\"a\" date=\"19950101\"><Text>x</Text></Sentence></Sentence>", 1, "without <Sentence>"},
      {"<Sentence id=\"a\" date=\"19950101\"><Text>x &bogus; &#1575; &#x627;</Text></Sentence>", 1, ""},
  };
  for (const auto& c : cases) {
    auto set = ParsePetrarchRecords(c.xml, "r.xml");
    if (c.records == 0) {
      EXPECT_FALSE(set.ok()) << c.xml;
      continue;
    }
    ASSERT_TRUE(set.ok()) << c.xml;
    EXPECT_EQ(set->records.size(), c.records) << c.xml;
    if (*c.needle) {
      ASSERT_FALSE(set->issues.empty()) << c.xml;
      EXPECT_NE(set->issues[0].message.find(c.needle), std::string::npos) << set->issues[0].ToString();
      EXPECT_EQ(set->issues[0].where.rfind("r.xml:", 0), 0u);
    } else {
      EXPECT_TRUE(set->issues.empty()) << IssuesOf(*set);
    }
  }
  auto entities = ParsePetrarchRecords(
      "<Sentence id=\"a\" date=\"19950101\"><Text>x &bogus; &#1575; &#x627;</Text></Sentence>", "r.xml");
  ASSERT_TRUE(entities.ok());
  EXPECT_EQ(entities->records[0].text, "x &bogus; ا ا");
}

TEST(PetrarchRecordsTest, EmptyInputHasNoRecords) {
  auto set = ParsePetrarchRecords("", "r.xml");
  ASSERT_TRUE(set.ok());
  EXPECT_TRUE(set->records.empty());
}

// Counts on the real validation file, checked by hand with grep: 274 <Sentence>
// elements (275 lines match "<Sentence ", one of them inside the header comment),
// 264 with evaluate="true" and 10 with evaluate="false"; 322 expected events, 20
// "noevents" records, 7 expected rejections (error="..."); 245 records are both
// evaluated and in the <Include> categories.
TEST(PetrarchRecordsTest, ReadsTheValidationSuite) {
  ISNAD_REQUIRE_SHARED();
  auto set = ReadPetrarchRecords(testing::SharedDir() + "/eval/petrarch-unit/PETR_Validate_records_2_02.xml");
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_TRUE(set->issues.empty()) << IssuesOf(*set);
  EXPECT_EQ(set->records.size(), 274u);
  size_t evaluate = 0, events = 0, none = 0, errors = 0;
  for (const auto& r : set->records) {
    evaluate += r.evaluate;
    events += r.expected.size();
    none += r.no_events;
    errors += !r.expected_error.empty();
    EXPECT_FALSE(r.text.empty()) << r.id;
    EXPECT_EQ(r.date.size(), 10u) << r.id;
    EXPECT_TRUE(r.has_codings) << r.id;
  }
  EXPECT_EQ(evaluate, 264u);
  EXPECT_EQ(events, 322u);
  EXPECT_EQ(none, 20u);
  EXPECT_EQ(errors, 7u);
  EXPECT_EQ(set->Evaluated().size(), 245u);
  EXPECT_EQ(set->environment.verb_file, "PETR_Validate_verbs_2_02.txt");
  EXPECT_EQ(set->environment.include.size(), 9u);
  EXPECT_EQ(set->records.front().id, "DEMO-01");
  EXPECT_EQ(set->records.back().id, "FINAL-RECORD");
}

TEST(PetrarchRecordsTest, ReadsTheArabicNewswireSample) {
  ISNAD_REQUIRE_SHARED();
  auto set = ReadPetrarchRecords(testing::SharedDir() + "/bench/corpus/ar_newswire_sample.xml");
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_EQ(set->records.size(), 704u);  // grep -c "<Sentence " (no comments in the file).
  EXPECT_TRUE(set->issues.empty()) << IssuesOf(*set);
  for (const auto& r : set->records) {
    EXPECT_FALSE(r.has_codings);
    EXPECT_EQ(r.date.size(), 10u) << r.id;
  }
}

}  // namespace
}  // namespace isnad::eval
