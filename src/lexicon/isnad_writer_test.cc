#include "lexicon/isnad_writer.h"

#include <gtest/gtest.h>

#include "lexicon/tabari.h"
#include "testutil.h"

namespace isnad::lexicon {
namespace {

Dictionary FromTabari(DictFormat format, const std::string& text) {
  Dictionary d;
  EXPECT_TRUE(ParseTabari(format, text, "t.txt", &d).ok());
  return d;
}

Dictionary FromIsnad(const std::string& tsv) {
  Dictionary d;
  Status s = d.ParseIsnadTsv(tsv, "ours.tsv");
  EXPECT_TRUE(s.ok()) << s.ToString() << "\n" << tsv;
  return d;
}

std::vector<std::string> Names(const Dictionary& d, EntryKind kind, uint32_t index) {
  std::vector<std::string> out;
  for (const auto& p : d.phrases()) {
    if (p.kind == kind && p.index == index) out.push_back(p.text);
  }
  return out;
}

// Imports a small TABARI dictionary of each kind, writes ours, parses ours back:
// the same entries come out (verbs may gain isnad's own regular forms).
TEST(IsnadWriterTest, RoundTripsActorsAgentsEventsAndDiscards) {
  Dictionary tabari = FromTabari(DictFormat::kTabariActors,
                                 "AFGHANISTAN_  [AFG]\n+AFGHAN_\n"
                                 "OLD_KING_\n\t[AFGELI 320101-331108]\n\t[AFGGOV 331108-730717]\n\t[AFGELI]\n"
                                 "غزة  [PSE]\n");
  ASSERT_TRUE(ParseTabari(DictFormat::kTabariAgents, "DELEGATE [~GOV]\nWATCHDOG_GROUP [NGO~]\n", "a.txt", &tabari).ok());
  ASSERT_TRUE(ParseTabari(DictFormat::kTabariVerbs,
                          "--- MEND [050] ---\nMEND\nREPAIR\n- * LINKS [051]\n- $ * (WITH +) [057]\n", "v.txt",
                          &tabari)
                  .ok());
  ASSERT_TRUE(ParseTabari(DictFormat::kTabariDiscards, "BASEBALL_\n+TYPHOON_\n", "d.txt", &tabari).ok());
  IsnadFiles files = WriteIsnad(tabari);

  Dictionary actors = FromIsnad(files.actors);
  ASSERT_EQ(actors.actors().size(), 3u) << files.actors;
  EXPECT_EQ(actors.actors()[0].id, "tabari_afghanistan");
  EXPECT_EQ(Names(actors, EntryKind::kActor, 0), (std::vector<std::string>{"AFGHANISTAN", "AFGHAN"}));
  const auto& shah = actors.actors()[1].codes;
  ASSERT_EQ(shah.size(), 3u);
  EXPECT_EQ(shah[0].code, "AFGELI");
  EXPECT_EQ(shah[0].from, "1932-01-01");
  EXPECT_EQ(shah[1].to, "1973-07-17");
  EXPECT_EQ(shah[2].code, "AFGELI");
  EXPECT_EQ(actors.actors()[1].CodeOn("1950-01-01"), tabari.actors()[1].CodeOn("1950-01-01"));
  EXPECT_EQ(actors.phrases().back().lang, text::Lang::kAr);

  Dictionary agents = FromIsnad(files.agents);
  ASSERT_EQ(agents.agents().size(), 2u);
  EXPECT_EQ(agents.agents()[0].code, "GOV");
  EXPECT_TRUE(agents.agents()[1].prefix);
  EXPECT_EQ(Names(agents, EntryKind::kAgent, 0), (std::vector<std::string>{"DELEGATE", "DELEGATES"}));

  Dictionary events = FromIsnad(files.events);
  // MEND and REPAIR: the default line and one line per pattern each.
  ASSERT_EQ(events.events().size(), 6u) << files.events;
  EXPECT_EQ(events.events()[0].code, "050");
  ASSERT_EQ(events.events()[1].patterns.size(), 1u);
  EXPECT_EQ(events.events()[1].patterns[0].code, "051");
  ASSERT_EQ(events.events()[1].patterns[0].elements.size(), 2u);
  EXPECT_EQ(events.events()[1].patterns[0].elements[1].keys, std::vector<std::string>{"LINKS"});
  const auto& with = events.events()[2].patterns[0].elements;
  ASSERT_EQ(with.size(), 4u);  // $ * WITH +
  EXPECT_EQ(with[0].type, PatternElement::Type::kSource);
  EXPECT_EQ(with[2].keys, std::vector<std::string>{"WITH"});
  EXPECT_EQ(with[3].type, PatternElement::Type::kTarget);
  auto forms = Names(events, EntryKind::kEvent, 0);
  for (const char* f : {"MEND", "MENDS", "MENDED", "MENDING"}) {
    EXPECT_NE(std::find(forms.begin(), forms.end(), f), forms.end()) << f;
  }

  Dictionary discards = FromIsnad(files.discards);
  ASSERT_EQ(discards.discards().size(), 2u);
  EXPECT_FALSE(discards.discards()[0].story);
  EXPECT_TRUE(discards.discards()[1].story);
  EXPECT_EQ(discards.phrases()[0].text, "BASEBALL");
  EXPECT_EQ(files.lost.count("prepositional phrase grouping"), 1u);
  EXPECT_EQ(files.lost.count("unlimited gap between pattern elements"), 1u);
}

TEST(IsnadWriterTest, CountsWhatCannotBeWritten) {
  Dictionary d = FromTabari(DictFormat::kTabariActors, "CAPTAIN_JON [---]\nTHE_VALES [VAL/DAL/MER]\n");
  ASSERT_TRUE(ParseTabari(DictFormat::kTabariVerbs,
                          "--- ARRIVE [042:043] ---\nARRIVE\n- % * [050]\n- * BILL [---]\n- (IN) * [075A]\n"
                          "- * HARVEST ^ $ [017]\n- * {A B_C | D} [020]\n",
                          "v.txt", &d)
                  .ok());
  IsnadFiles files = WriteIsnad(d);
  EXPECT_EQ(files.lost["null actor code ([---])"], 1u);
  EXPECT_EQ(files.lost["actor code that is not a plain CAMEO code"], 1u);
  EXPECT_GE(files.lost["reverse code of a paired event"], 1u);
  EXPECT_EQ(files.lost["pattern with a compound (%) element"], 1u);
  EXPECT_EQ(files.lost["pattern with a null code"], 1u);
  EXPECT_EQ(files.lost["pattern code that is not a CAMEO code"], 1u);
  EXPECT_EQ(files.lost["skip (^) element left out of a pattern"], 1u);
  EXPECT_EQ(files.lost["pattern with multi-word alternatives"], 1u);
  Dictionary back = FromIsnad(files.actors);
  EXPECT_EQ(back.actors().size(), 2u);  // Names kept even without a code.
  Dictionary events = FromIsnad(files.events);
  ASSERT_EQ(events.events().size(), 2u) << files.events;  // Default 042, and the HARVEST pattern.
  EXPECT_EQ(events.events()[0].code, "042");
}

TEST(IsnadWriterTest, WritesTheFilesOfAPeerDictionary) {
  ISNAD_REQUIRE_SHARED();
  Dictionary d;
  (void)d.LoadFile(testing::SharedDir() + "/eval/petrarch-unit/PETR_Validate_actors_2_02.txt");
  std::string dir = testing::TempDir();
  IsnadFiles files;
  ASSERT_TRUE(WriteIsnadDir(d, dir, {}, &files).ok());
  Dictionary back;
  ASSERT_TRUE(back.LoadFile(dir + "/actors.tsv").ok());
  EXPECT_EQ(back.actors().size(), d.actors().size());
  EXPECT_EQ(back.phrases().size(), d.phrases().size());
}

}  // namespace
}  // namespace isnad::lexicon
