#include "lexicon/dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lexicon/morphology.h"
#include "testutil.h"

namespace isnad::lexicon {
namespace {

TEST(DictionaryTest, ParsesActorsAcrossLanguagesWithDatedCodes) {
  Dictionary d;
  Status s = d.ParseIsnadTsv(
      "# a comment\n"
      "isnad-dict\t1\tactors\n"
      "abdel_fattah_el_sisi\tar\tعبد الفتاح السيسي|السيسي\tEGYMIL@..2014-06-07;EGYGOV@2014-06-08..\tperson\n"
      "abdel_fattah_el_sisi\ten\tAbdel Fattah el-Sisi|Sisi\n"
      "\n"
      "un\t*\tUN\tIGOUNO\tigo\n",
      "actors.tsv");
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(d.actors().size(), 2u);
  const Actor& sisi = d.actors()[0];
  EXPECT_EQ(sisi.type, ActorType::kPerson);
  ASSERT_EQ(sisi.codes.size(), 2u);
  EXPECT_EQ(sisi.CodeOn("2013-07-03"), "EGYMIL");
  EXPECT_EQ(sisi.CodeOn("2015"), "EGYGOV");
  EXPECT_EQ(sisi.CodeOn(""), "EGYGOV");  // The open-ended code.
  EXPECT_EQ(d.phrases().size(), 5u);
  EXPECT_EQ(d.phrases()[4].lang, text::Lang::kUnknown);
  EXPECT_EQ(d.actors()[1].origin, "actors.tsv:6");
}

// Everything a loaded dictionary holds that the compiler reads, as text.
std::string Dump(const Dictionary& d) {
  std::string out;
  for (const auto& a : d.actors()) out += "actor " + a.id + " " + a.origin + " " + std::string(a.CodeOn("")) + "\n";
  for (const auto& a : d.agents()) out += "agent " + a.code + " " + a.origin + "\n";
  for (const auto& e : d.events()) {
    out += "event " + e.code + " " + e.block + " " + std::to_string(e.pattern_source) + " " +
           std::to_string(e.patterns.size()) + " " + e.origin + "\n";
  }
  for (const auto& p : d.phrases()) {
    out += "phrase " + p.text + " " + EntryKindName(p.kind) + " " + std::to_string(p.index) +
           (p.verb_form ? " verb" : "") + (p.stem ? " stem" : "") + "\n";
  }
  for (const auto& i : d.issues()) out += "issue " + i.ToString() + "\n";
  out += "stats " + std::to_string(d.stats().files) + " " + std::to_string(d.stats().lines) + " " +
         std::to_string(d.stats().phrases);
  for (size_t n : d.stats().entries) out += " " + std::to_string(n);
  return out + "\n";
}

TEST(DictionaryTest, ParsedPeerFilesAppendedInOrderEqualLoadingThemInOrder) {
  const std::string dir = testing::TempDir();
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir + "/" + name) << text;
    return dir + "/" + name;
  };
  const std::string ours_tsv =
      "isnad-dict\t1\tactors\n"
      "sisi\ten\tSisi\tEGYGOV\tperson\n"
      "un\t*\tUN\tIGOUNO\tigo\n";
  std::vector<std::string> files = {
      write("verbs.txt",
            "--- SAY [010] ---\nSAY {SAYS SAID}\nANNOUNCE\n- * PLAN [012]\n"
            "--- ARRIVE [042:043] ---\nARRIVE\nCOME_+BACK\n"),
      write("actors.txt", "AUSTRALIA [AUS]\n+AUSTRALIAN\nSISI [EGYMIL]\nBROKEN [AUS\n"),
      write("more.tsv", "isnad-dict\t1\tactors\nsisi\tfr\tSissi\tEGYGOV\nnew_one\ten\tNew One\tFRA\n"),
      dir + "/missing.txt",
      write("agents.txt", "DELEGATE [~GOV]\nWATCHDOG_GROUP [NGO~]\n"),
      write("verbs2.txt", "--- MEET [036] ---\nMEET\nCONFER\n- * WITH [040]\n"),
  };
  Dictionary in_order;
  ASSERT_TRUE(in_order.ParseIsnadTsv(ours_tsv, "ours.tsv").ok());
  std::vector<std::string> statuses_in_order;
  for (const auto& f : files) statuses_in_order.push_back(in_order.LoadFile(f).ToString());

  std::vector<ParsedFile> parsed = ParseIndependentFiles(files, DictFormat::kAuto);
  ASSERT_EQ(parsed.size(), files.size());
  EXPECT_TRUE(parsed[0].parsed && parsed[1].parsed && parsed[4].parsed && parsed[5].parsed);
  EXPECT_FALSE(parsed[2].parsed);  // isnad TSV: merges with earlier actors.
  EXPECT_FALSE(parsed[3].parsed);  // Unreadable: LoadFile() says so.
  Dictionary appended;
  ASSERT_TRUE(appended.ParseIsnadTsv(ours_tsv, "ours.tsv").ok());
  std::vector<std::string> statuses_appended;
  for (size_t i = 0; i < files.size(); ++i) {
    if (parsed[i].parsed) {
      appended.Append(std::move(parsed[i].dict));
      statuses_appended.push_back(parsed[i].status.ToString());
    } else {
      statuses_appended.push_back(appended.LoadFile(files[i]).ToString());
    }
  }
  EXPECT_EQ(statuses_appended, statuses_in_order);
  EXPECT_EQ(Dump(appended), Dump(in_order));
  // The case Append() must get right: indices and ids shifted past what was there.
  EXPECT_GE(in_order.events().size(), 4u);
  EXPECT_EQ(appended.FindActor("sisi"), 0);
  EXPECT_EQ(appended.FindActor("new_one"), in_order.FindActor("new_one"));
  EXPECT_GE(appended.FindActor("new_one"), 2);
}

TEST(DictionaryTest, LoadDataDirEqualsParsingItsFilesInOrder) {
  // Events, agents and words files parse on a helper thread and are appended in
  // order; actors and places files, which merge by id across files, parse in
  // order: the result must be the same as parsing every file in sorted order.
  const std::string dir = testing::TempDir();
  std::vector<std::pair<std::string, std::string>> files = {
      {"actors/a.tsv", "isnad-dict\t1\tactors\nsisi\ten\tSisi\tEGYGOV\tperson\nun\t*\tUN\tIGOUNO\tigo\n"},
      {"actors/b.tsv", "# merges with a.tsv\nisnad-dict\t1\tactors\nsisi\tfr\tSissi\nnew_one\ten\tNew One\tFRA\n"},
      {"agents/g.tsv", "isnad-dict\t1\tagents\nen\tminister|government\tGOV\n"},
      {"events/e.tsv", "isnad-dict\t1\tevents\nen\tverb\tmeet\t036\nen\tnoun\ttalks\t040\nxx\tverb\tbad\t010\n"},
      {"places/p.tsv", "isnad-dict\t1\tplaces\ncairo\ten\tCairo\tEGY\tcity\n"},
      {"places/q.tsv", "isnad-dict\t1\tplaces\ncairo\tfr\tLe Caire\tEGY\tcity\n"},
      {"words/w.tsv", "isnad-dict\t1\twords\nen\tprep\tof|in\n"},
      {"words/x.tsv", "not a dictionary: skipped\n"},
  };
  Dictionary in_order;
  std::vector<std::string> statuses;
  for (const auto& [name, text] : files) {
    std::filesystem::create_directories(std::filesystem::path(dir + "/" + name).parent_path());
    std::ofstream(dir + "/" + name) << text;
    if (text.starts_with("not")) continue;
    Status s = in_order.ParseIsnadTsv(text, dir + "/" + name);
    if (!s.ok()) statuses.push_back(s.ToString());
  }
  ASSERT_EQ(statuses.size(), 1u);  // The unknown language of e.tsv.
  Dictionary loaded;
  Status s = loaded.LoadDataDir(dir);
  EXPECT_EQ(s.ToString(), statuses[0]);
  EXPECT_EQ(Dump(loaded), Dump(in_order));
  EXPECT_EQ(loaded.stats().files, 7u);
  EXPECT_GT(loaded.events().size(), 0u);
  EXPECT_GT(loaded.agents().size(), 0u);
}

TEST(DictionaryTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* contents;
    const char* message;
  } cases[] = {
      {"actors\n", "x.tsv:1: expected the version line"},
      {"isnad-dict\t2\tactors\n", "x.tsv:1: unsupported dictionary format version '2'"},
      {"isnad-dict\t1\tpeople\n", "x.tsv:1: unknown dictionary kind 'people'"},
      {"isnad-dict\t1\tactors\nhaftar\tar\n", "x.tsv:2: expected at least 3 fields, got 2"},
      {"isnad-dict\t1\tactors\nhaftar\tde\tHaftar\tLBY\n", "x.tsv:2: unknown language 'de'"},
      {"isnad-dict\t1\tactors\nhaftar\tar\tحفتر\tlby\n", "x.tsv:2: 'lby' is not a CAMEO actor code"},
      {"isnad-dict\t1\tactors\nhaftar\tar\tحفتر\tLBY@2014\n", "x.tsv:2: date range '2014' must be FROM..TO"},
      {"isnad-dict\t1\tactors\nhaftar\tar\tحفتر\tLBY@2014/5..\n", "x.tsv:2: date range"},
      {"isnad-dict\t1\tagents\nen\tarmy\tMILITARY\n", "x.tsv:2: 'MILITARY' is not an agent code"},
      {"isnad-dict\t1\tevents\nen\tverb\tattack\t19x\n", "x.tsv:2: '19x' is not a CAMEO event code"},
      {"isnad-dict\t1\tevents\nen\tadverb\tattack\t190\n", "x.tsv:2: unknown event word kind 'adverb'"},
      {"isnad-dict\t1\tevents\nen\tverb\tpromise\t033\taid to +\n", "x.tsv:2: pattern 'aid to +' must contain exactly one '*'"},
      {"isnad-dict\t1\tplaces\np1\ten\tBenghazi\tLBY\tcity\t132.1\t20.1\n", "x.tsv:2: bad coordinates"},
      {"isnad-dict\t1\tcues\nen\tgossip\tsaid\n", "x.tsv:2: unknown cue kind 'gossip'"},
      {"isnad-dict\t1\tdiscards\nen\tfootball match\tpage\n", "x.tsv:2: discard scope must be"},
      {"isnad-dict\t1\twords\nen\tadverb\tvery\n", "x.tsv:2: unknown word class 'adverb'"},
      {"# only comments\n", "x.tsv: no isnad-dict version line"},
  };
  for (const auto& c : cases) {
    Dictionary d;
    Status s = d.ParseIsnadTsv(c.contents, "x.tsv");
    EXPECT_FALSE(s.ok()) << c.contents;
    EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message() << "\nwanted: " << c.message;
  }
}

TEST(DictionaryTest, IssuesQuoteLongTextShortened) {
  // A hostile file with a 10,000-character code gives a one-line message that
  // still says what is wrong.
  Dictionary d;
  Status s = d.ParseIsnadTsv("isnad-dict\t1\tactors\nsomeone\ten\tSomeone\t" + std::string(10000, 'A') + "\n",
                             "actors.tsv");
  ASSERT_FALSE(s.ok());
  ASSERT_EQ(d.issues().size(), 1u);
  const std::string shown = d.issues()[0].ToString();
  EXPECT_LT(shown.size(), 200u) << shown;
  EXPECT_NE(shown.find("actors.tsv:2: 'AAAA"), std::string::npos) << shown;
  EXPECT_NE(shown.find("...' (10000 bytes) is not a CAMEO actor code"), std::string::npos) << shown;
  // Short quotes are shown whole.
  Issue short_issue{Issue::Severity::kWarning, "x.txt:3", "'ABC' is odd"};
  EXPECT_EQ(short_issue.ToString(), "x.txt:3: warning: 'ABC' is odd");
  // Unbalanced quotes and long unquoted text are cut too, on a character
  // boundary.
  Issue unquoted{Issue::Severity::kError, "y.txt:1", "text " + std::string(1000, 'z') + " and \xD8\xB9 more"};
  EXPECT_LT(unquoted.ToString().size(), 400u);
  Issue arabic{Issue::Severity::kError, "z.txt:1", "'" + std::string(20000, 'a').replace(63, 2, "\xD8\xB9") + "'"};
  const std::string cut = arabic.ToString();
  EXPECT_NE(cut.find("(20000 bytes)"), std::string::npos) << cut;
}

TEST(DictionaryTest, KeepsGoingAfterABadLineAndReportsEveryIssue) {
  Dictionary d;
  Status s = d.ParseIsnadTsv("isnad-dict\t1\tagents\nen\tarmy|troops\tMIL\nen\tpolice\n\nar\tشرطة\tCOP\nfr\tarmée\tNGO~\n",
                             "a.tsv");
  EXPECT_FALSE(s.ok());
  ASSERT_EQ(d.issues().size(), 1u);
  EXPECT_EQ(d.issues()[0].where, "a.tsv:3");
  ASSERT_EQ(d.agents().size(), 3u);
  EXPECT_EQ(d.agents()[0].code, "MIL");
  EXPECT_FALSE(d.agents()[0].prefix);
  EXPECT_TRUE(d.agents()[2].prefix);
}

TEST(DictionaryTest, EventsInflectVerbsAndKeepPatterns) {
  Dictionary d;
  Status s = d.ParseIsnadTsv(
      "isnad-dict\t1\tevents\n"
      "en\tverb\tattack\t190\n"
      "en\tverb\tpromise\t0331\t* aid|assistance to +\n"
      "en\tnoun\tairstrike|airstrikes\t195\n",
      "e.tsv");
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(d.events().size(), 3u);
  EXPECT_EQ(d.events()[0].code, "190");
  EXPECT_TRUE(d.events()[1].code.empty());
  ASSERT_EQ(d.events()[1].patterns.size(), 1u);
  const auto& p = d.events()[1].patterns[0];
  EXPECT_EQ(p.code, "0331");
  ASSERT_EQ(p.elements.size(), 4u);
  EXPECT_EQ(p.elements[0].type, PatternElement::Type::kTrigger);
  EXPECT_EQ(p.elements[1].keys, (std::vector<std::string>{"aid", "assistance"}));
  EXPECT_EQ(p.elements[3].type, PatternElement::Type::kTarget);
  std::vector<std::string> attack_forms;
  for (const auto& ph : d.phrases()) {
    if (ph.index == 0 && ph.kind == EntryKind::kEvent) attack_forms.push_back(ph.text);
  }
  EXPECT_EQ(attack_forms, (std::vector<std::string>{"attack", "attacks", "attacked", "attacking"}));
}

TEST(MorphologyTest, InflectsRegularVerbsPerLanguage) {
  struct Case {
    text::Lang lang;
    std::vector<std::string_view> forms;
    std::vector<std::string> must_contain;
  } cases[] = {
      {text::Lang::kEn, {"deny"}, {"deny", "denies", "denied", "denying"}},
      {text::Lang::kEn, {"agree"}, {"agrees", "agreed", "agreeing"}},
      {text::Lang::kEn, {"meet", "met"}, {"meets", "met", "meeting"}},
      {text::Lang::kEn, {"take part"}, {"takes part", "taking part"}},
      {text::Lang::kFr, {"attaquer"}, {"attaque", "attaquent", "attaqué", "attaquées", "attaquait", "attaquera",
                                       "attaqueraient", "attaqua", "attaquèrent"}},
      {text::Lang::kFr, {"encourager"}, {"encourageait", "encouragea"}},
      {text::Lang::kAr, {"دعم", "يدعم"}, {"دعمت", "دعموا", "تدعم", "يدعمون", "ندعم", "يدعموا"}},
      {text::Lang::kAr, {"التقى", "يلتقي"}, {"التقت", "التقوا", "تلتقي", "يلتقون"}},
      {text::Lang::kAr, {"دعا", "يدعو"}, {"دعت", "دعوا", "يدعون"}},
  };
  for (const auto& c : cases) {
    std::vector<std::string> out;
    InflectVerb(c.lang, c.forms, &out);
    for (const auto& want : c.must_contain) {
      EXPECT_NE(std::find(out.begin(), out.end(), want), out.end()) << want << " from " << c.forms[0];
    }
  }
}

TEST(MorphologyTest, LeavesIrregularFrenchVerbsToTheDictionary) {
  std::vector<std::string> out;
  InflectVerb(text::Lang::kFr, {"soutenir", "soutient"}, &out);
  EXPECT_EQ(out, (std::vector<std::string>{"soutenir", "soutient"}));
}

}  // namespace
}  // namespace isnad::lexicon
