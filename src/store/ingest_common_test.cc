#include "store/ingest_common.h"

#include <gtest/gtest.h>

#include "store/schema.h"
#include "store/testing/store_fixtures.h"

namespace isnad::store::internal {
namespace {

using isnad::testing::MakeDoc;
using isnad::testing::MakeEvent;

TEST(IngestCommonTest, ChecksNameTheFault) {
  DocumentInput doc = MakeDoc("d1", "2024-03-01", "AFP", {MakeEvent("EGY", "LBY", "042", "2024-03-01")});
  EXPECT_TRUE(CheckDocumentId(doc).ok());
  EXPECT_TRUE(CheckEventCodes(doc).ok());
  doc.events.push_back(MakeEvent("EGY", "LBY", "042", "2024-03-01"));
  doc.events.back().code.clear();
  Status s = CheckEventCodes(doc);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "event 1 has no CAMEO code");
  doc.doc.id.clear();
  EXPECT_EQ(CheckDocumentId(doc).message(), "document without an id");
}

TEST(IngestCommonTest, SentencesGivenFirstThenThoseOnlyEventsCarry) {
  DocumentInput doc = MakeDoc("d1", "2024-03-01", "AFP",
                              {MakeEvent("EGY", "LBY", "042", "2024-03-01", /*sentence_index=*/0),
                               MakeEvent("EGY", "ISR", "111", "2024-03-01", /*sentence_index=*/2),
                               MakeEvent("ISR", "EGY", "111", "2024-03-01", /*sentence_index=*/2)});
  doc.events[1].sentence = "from the event";
  doc.events[1].lang = "en";
  doc.sentences.push_back({0, "given", "fr", 0, 5, ""});
  std::vector<SentenceInput> from_events;
  auto sentences = GatherSentences(doc, &from_events);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences.at(0)->text, "given");
  EXPECT_EQ(sentences.at(0)->lang, "fr");
  EXPECT_EQ(sentences.at(2)->text, "from the event");  // The first event of sentence 2.
  EXPECT_EQ(sentences.at(2)->lang, "en");
  EXPECT_EQ(from_events.size(), 1u);
}

TEST(IngestCommonTest, SearchTextAppendsExtraWords) {
  SentenceInput s{0, "Égypte: Le Caire", "fr", 0, 10, ""};
  EXPECT_EQ(SearchText(s), NormalizeForSearch(s.text));
  s.extra_search_words = "caire";
  EXPECT_EQ(SearchText(s), NormalizeForSearch(s.text) + " caire");
}

TEST(IngestCommonTest, MentionValuesDeriveFromTheEvent) {
  events::Event ev = MakeEvent("EGYGOV", "LBYREB", "1823", "2024-03-02");
  ev.root.clear();
  ev.location.emplace();
  ev.location->country = "LBY";
  ev.location->alternatives = {"Sirte", "Syrte"};
  DocumentInput doc = MakeDoc("d1", "2024-03-03", "", {ev});
  ev.attribution.push_back({"Reuters", "outlet"});
  MentionValues v = MakeMentionValues(doc, ev, DedupOptions());
  EXPECT_EQ(v.root, "18");
  EXPECT_EQ(v.source_country, "EGY");
  EXPECT_EQ(v.target_country, "LBY");
  EXPECT_EQ(v.alternatives, "Sirte|Syrte");
  EXPECT_EQ(v.outlet, "Reuters");  // No document source: the attribution's outlet.
  EXPECT_TRUE(v.key.dedupable);
  EXPECT_EQ(v.key.day, "2024-03-02");
  EXPECT_EQ(GroupOf(v.key), "EGY\x1fLBY\x1f" "18\x1f");
  doc.doc.source = "AFP";
  EXPECT_EQ(MakeMentionValues(doc, ev, DedupOptions()).outlet, "AFP");
}

TEST(IngestCommonTest, ActorTypes) {
  EXPECT_EQ(ActorType("EGY"), "country");
  EXPECT_EQ(ActorType("EGYGOV"), "agent");
  EXPECT_EQ(ActorType("IGOUNO"), "igo");
  EXPECT_EQ(ActorType("NGO"), "ngo");
}

TEST(IngestCommonTest, ChoosesTheDedupRule) {
  DedupOptions wanted;
  wanted.window_days = 5;
  const std::string stored = DescribeDedup(DedupOptions());
  struct Case {
    std::string stored;
    bool adopt;
    bool want_relink;
    int want_window;
  };
  const Case kCases[] = {
      {"", false, true, 5},       // A new store: linked with the wanted rule.
      {"", true, true, 5},        // Nothing to adopt.
      {stored, false, true, 5},   // Another rule: re-link.
      {stored, true, false, 3},   // Adopted.
      {DescribeDedup(wanted), false, false, 5},
  };
  for (const Case& c : kCases) {
    DedupOptions rule;
    auto relink = ChooseDedupRule(c.stored, wanted, c.adopt, "db", &rule);
    ASSERT_TRUE(relink.ok()) << relink.status().ToString();
    EXPECT_EQ(*relink, c.want_relink) << c.stored << " " << c.adopt;
    EXPECT_EQ(rule.window_days, c.want_window) << c.stored << " " << c.adopt;
  }
  DedupOptions rule;
  auto bad = ChooseDedupRule("window x", wanted, true, "db.sqlite", &rule);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kCorruption);
  EXPECT_NE(bad.status().message().find("db.sqlite"), std::string::npos) << bad.status().ToString();
}

}  // namespace
}  // namespace isnad::store::internal
