#include "lexicon/tabari.h"

#include <gtest/gtest.h>

#include <fstream>
#include <ranges>
#include <regex>
#include <set>
#include <sstream>

#include "lexicon/dictionary.h"
#include "testutil.h"

namespace isnad::lexicon {
namespace {

using Type = PatternElement::Type;

Dictionary Load(DictFormat format, const std::string& text) {
  Dictionary d;
  (void)ParseTabari(format, text, "t.txt", &d);
  return d;
}

std::vector<std::string> PhrasesOf(const Dictionary& d, EntryKind kind, uint32_t index) {
  std::vector<std::string> out;
  for (const auto& p : d.phrases()) {
    if (p.kind == kind && p.index == index) out.push_back(p.text);
  }
  return out;
}

size_t Count(const Dictionary& d, Issue::Severity severity) {
  size_t n = 0;
  for (const auto& i : d.issues()) n += i.severity == severity;
  return n;
}

std::string Issues(const Dictionary& d) {
  std::string out;
  for (const auto& i : d.issues()) out += i.ToString() + "\n";
  return out;
}

// ---------------------------------------------------------------- actors

TEST(TabariActorsTest, ReadsNamesSynonymsAndCodes) {
  Dictionary d = Load(DictFormat::kTabariActors,
                      "<!-- header -->\n"
                      "AUSTRALIA [AUS]\n"
                      "+AUSTRALIAN\n"
                      "NORDLAND_  [NRD] #xy 01/02/03\n"
                      "SILVER WOOD\t[SLV] ; old comment\n"
                      "NEW_ZEALAND [NZL]\n"
                      "PALESTINIAN [pse]\n"
                      "CAPTAIN_JON  [---]\n"
                      "THE_VALES  [VAL/DAL/MER]\n"
                      "SHADE_RIDERS  [+++]\n");
  ASSERT_EQ(d.actors().size(), 8u) << Issues(d);
  EXPECT_EQ(PhrasesOf(d, EntryKind::kActor, 0), (std::vector<std::string>{"AUSTRALIA", "AUSTRALIAN"}));
  EXPECT_EQ(PhrasesOf(d, EntryKind::kActor, 1), std::vector<std::string>{"NORDLAND"});
  EXPECT_EQ(PhrasesOf(d, EntryKind::kActor, 2), std::vector<std::string>{"SILVER WOOD"});
  EXPECT_EQ(PhrasesOf(d, EntryKind::kActor, 3), std::vector<std::string>{"NEW ZEALAND"});
  EXPECT_EQ(d.actors()[4].codes[0].code, "PSE");
  EXPECT_EQ(d.actors()[5].codes[0].code, "---");
  EXPECT_EQ(d.actors()[6].codes[0].code, "VAL/DAL/MER");
  EXPECT_EQ(d.actors()[7].codes[0].code, "+++");
  EXPECT_EQ(Count(d, Issue::Severity::kError), 0u) << Issues(d);
  EXPECT_EQ(Count(d, Issue::Severity::kWarning), 1u) << Issues(d);  // The lowercase code.
  EXPECT_EQ(d.actors()[0].origin, "t.txt:2");
}

TEST(TabariActorsTest, ReadsDateRestrictionsInPriorityOrder) {
  Dictionary d = Load(DictFormat::kTabariActors,
                      "TOM_MILLER [FRM]  # default\n"
                      "\t[FRMCIV <20080120]\n"
                      "\t[RAIFRM 20100109-20100112]\n"
                      "\t[FRMELI >20130119]\n"
                      "MARSH_RAT  # no code on this line\n"
                      "+OLD_RAT\n"
                      "\t[FRM < 950601]\n"
                      "#\t[950601-990815]  commented out\n"
                      "\t[FRMGOV 19950601 - 19990815]\n"
                      "TREEFOLK  \n"
                      "\t[TRF]\n"
                      "ANNA_BERG_\t[IGOUNO 820101-911231] [ELI]\n");
  ASSERT_EQ(d.actors().size(), 4u) << Issues(d);
  const auto& sam = d.actors()[0].codes;
  ASSERT_EQ(sam.size(), 4u);
  EXPECT_EQ(sam[0].code, "FRMCIV");
  EXPECT_EQ(sam[0].from, "");
  EXPECT_EQ(sam[0].to, "2008-01-20");
  EXPECT_EQ(sam[1].from, "2010-01-09");
  EXPECT_EQ(sam[1].to, "2010-01-12");
  EXPECT_EQ(sam[2].from, "2013-01-19");
  EXPECT_EQ(sam[3].code, "FRM");  // The default comes last.
  EXPECT_EQ(d.actors()[0].CodeOn("2010-01-10"), "RAIFRM");
  EXPECT_EQ(d.actors()[0].CodeOn("2009-01-10"), "FRM");
  const auto& gollum = d.actors()[1].codes;
  ASSERT_EQ(gollum.size(), 3u);
  EXPECT_EQ(gollum[0].to, "1995-06-01");
  EXPECT_EQ(gollum[1].from, "1995-06-01");
  EXPECT_EQ(gollum[2].code, "---");  // No default: nothing when no restriction holds.
  EXPECT_EQ(PhrasesOf(d, EntryKind::kActor, 1), (std::vector<std::string>{"MARSH RAT", "OLD RAT"}));
  EXPECT_EQ(d.actors()[2].codes[0].code, "TRF");
  ASSERT_EQ(d.actors()[3].codes.size(), 2u);
  EXPECT_EQ(d.actors()[3].codes[0].from, "1982-01-01");
  EXPECT_EQ(d.actors()[3].codes[1].code, "ELI");
  EXPECT_EQ(Count(d, Issue::Severity::kError), 0u) << Issues(d);
}

TEST(TabariActorsTest, ConvertsTwoDigitYearsAsTabari) {
  struct Case {
    const char* date;
    const char* iso;
  } cases[] = {
      {"331108", "1933-11-08"}, {"070723", "2007-07-23"}, {"300101", "2030-01-01"},
      {"310101", "1931-01-01"}, {"000229", "2000-02-29"}, {"19411207", "1941-12-07"},
      {"00040229", "0004-02-29"}, {"99991231", "9999-12-31"},
  };
  for (const auto& c : cases) {
    Dictionary d = Load(DictFormat::kTabariActors, std::string("X\n\t[AAA >") + c.date + "]\n");
    ASSERT_EQ(d.actors().size(), 1u);
    EXPECT_EQ(d.actors()[0].codes[0].from, c.iso) << c.date;
  }
}

TEST(TabariActorsTest, ReportsMalformedLinesAndGoesOn) {
  struct Case {
    const char* text;
    Issue::Severity severity;
    const char* needle;
  } cases[] = {
      {"A [AAA 20100931-20101010]\n", Issue::Severity::kError, "not a valid day"},
      {"A [AAA 2004017-20061201]\n", Issue::Severity::kError, "is not a date"},
      {"A\n\t[950601-990815]\n", Issue::Severity::kError, "needs a code"},
      {"A\n\t[ >22000101]\n", Issue::Severity::kError, "no code before it"},
      {"A [AAA 20121204]\n", Issue::Severity::kError, "<DATE, >DATE or DATE-DATE"},
      {"A [IMG?]\n", Issue::Severity::kError, "not an actor code"},
      {"A [AAA\n", Issue::Severity::kError, "missing ']'"},
      {"+B\n", Issue::Severity::kError, "no primary name"},
      {"\t[AAA]\n", Issue::Severity::kError, "no actor name"},
      {"A [AAA 20121207-20120802]\n", Issue::Severity::kWarning, "never holds"},
      {"A [AAA] [BBB]\n", Issue::Severity::kWarning, "only the first"},
      {"A\n", Issue::Severity::kWarning, "has no code"},
      {"A_\t[MNCMED]\tPapers\t$1,000\n", Issue::Severity::kWarning, "text after the code ignored"},
  };
  for (const auto& c : cases) {
    Dictionary d = Load(DictFormat::kTabariActors, std::string(c.text) + "OK [OKK]\n");
    ASSERT_FALSE(d.issues().empty()) << c.text;
    EXPECT_EQ(d.issues()[0].severity, c.severity) << c.text;
    EXPECT_NE(d.issues()[0].message.find(c.needle), std::string::npos) << d.issues()[0].ToString();
    EXPECT_EQ(d.issues()[0].where.rfind("t.txt:", 0), 0u);
    EXPECT_EQ(d.actors().back().id, "OK") << c.text;  // The load went on.
  }
}

TEST(TabariActorsTest, SkipsMultiLineXmlCommentsAndBangLines) {
  Dictionary d = Load(DictFormat::kTabariActors,
                      "<!--\n# IMPORTANT [XXX]\nNOT AN ACTOR [YYY]\n# -->\n"
                      "<! -- NEW ACTORS -->\n"
                      "A [AAA] <!-- inline --> \n"
                      "B [BBB]\n");
  ASSERT_EQ(d.actors().size(), 2u) << Issues(d);
  EXPECT_EQ(d.actors()[1].origin, "t.txt:7");
}

TEST(TabariActorsTest, ReadsArabicNames) {
  Dictionary d = Load(DictFormat::kTabariActors, "وزارة_دفاع_أميركي_  [USAGOV]\n شرطة_بريطاني_  [GBRCOP]\n");
  ASSERT_EQ(d.actors().size(), 2u) << Issues(d);
  EXPECT_EQ(d.phrases()[0].text, "وزارة دفاع أميركي");
  EXPECT_EQ(d.phrases()[0].lang, text::Lang::kAr);
}

// ---------------------------------------------------------------- agents

TEST(TabariAgentsTest, ReadsPluralsSubstitutionsAndPlacement) {
  Dictionary d = Load(DictFormat::kTabariAgents,
                      "!WHO! = MAN, MEN, WOMAN\n"
                      "DELEGATE [~GOV] # ab\n"
                      "CHAMBER_MINORITY {} [~OPP]\n"
                      "SOLICITOR_GENERAL {SOLICITORS_GENERAL} [~JUD]\n"
                      "ASSEMBLY!WHO! [~LEG]\n"
                      "WATCHDOG_GROUP  [NGO~]\n"
                      "GENDARMERIE {} [ ~COP]\n"
                      "AGENCY  [~GOV]\n"
                      "ADDRESS [~LEG]\n");
  ASSERT_EQ(d.agents().size(), 8u) << Issues(d);
  EXPECT_EQ(PhrasesOf(d, EntryKind::kAgent, 0), (std::vector<std::string>{"DELEGATE", "DELEGATES"}));
  EXPECT_EQ(PhrasesOf(d, EntryKind::kAgent, 1), std::vector<std::string>{"CHAMBER MINORITY"});
  EXPECT_EQ(PhrasesOf(d, EntryKind::kAgent, 2),
            (std::vector<std::string>{"SOLICITOR GENERAL", "SOLICITORS GENERAL"}));
  EXPECT_EQ(PhrasesOf(d, EntryKind::kAgent, 3),
            (std::vector<std::string>{"ASSEMBLYMAN", "ASSEMBLYMEN", "ASSEMBLYWOMAN"}));
  EXPECT_TRUE(d.agents()[4].prefix);
  EXPECT_EQ(d.agents()[4].code, "NGO");
  EXPECT_FALSE(d.agents()[0].prefix);
  EXPECT_EQ(d.agents()[5].code, "COP");
  EXPECT_EQ(PhrasesOf(d, EntryKind::kAgent, 6), (std::vector<std::string>{"AGENCY", "AGENCIES"}));
  EXPECT_EQ(PhrasesOf(d, EntryKind::kAgent, 7), (std::vector<std::string>{"ADDRESS", "ADDRESSES"}));
  EXPECT_TRUE(d.issues().empty()) << Issues(d);
}

TEST(TabariAgentsTest, ReportsMalformedLines) {
  struct Case {
    const char* text;
    Issue::Severity severity;
    const char* needle;
  } cases[] = {
      {"OFFICE_OF_PARKS [~ENV}\n", Issue::Severity::kError, "missing ']'"},
      {"ROGUE_CELL\n", Issue::Severity::kError, "no [code]"},
      {"خلية_مارقة [ROGUE_CELL خلية مارقة ]\n", Issue::Severity::kError, "not an agent code"},
      {"!NOSUCH!_OF_X [~GOV]\n", Issue::Severity::kError, "not defined"},
      {"A {B [~GOV]\n", Issue::Severity::kError, "missing '}'"},
      {"A [GOV]\n", Issue::Severity::kWarning, "no '~'"},
  };
  for (const auto& c : cases) {
    Dictionary d = Load(DictFormat::kTabariAgents, std::string(c.text) + "OK [~GOV]\n");
    ASSERT_FALSE(d.issues().empty()) << c.text;
    EXPECT_EQ(d.issues()[0].severity, c.severity) << c.text;
    EXPECT_NE(d.issues()[0].message.find(c.needle), std::string::npos) << d.issues()[0].ToString();
    EXPECT_FALSE(d.agents().empty());
  }
}

// ---------------------------------------------------------------- verbs

constexpr char kSynsets[] =
    "&BONDS\n+MILITARY\n+ECONOMIC\n\n"
    "&HAVING_\n+HAVE\n+HAS\n"
    "&CURRENCY\n+DOLLAR\n+CASH_\n+SWISS FRANCS\n"
    "&NEARSET\n+&BONDS\n+CLOSER\n"
    "&ENDINGS\n+(TO THE END)\n+(TO THE DEATH)\n"
    "&MIXED\n+CALM\n+(FOR WAR)\n";

const EventPattern& OnlyPattern(const Dictionary& d, const std::string& text) {
  static EventPattern empty;
  for (const auto& e : d.events()) {
    for (const auto& p : e.patterns) {
      if (p.text == text) return p;
    }
  }
  ADD_FAILURE() << "no pattern '" << text << "'\n" << Issues(d);
  return empty;
}

TEST(TabariVerbsTest, ReadsBlocksVerbsAndForms) {
  Dictionary d = Load(DictFormat::kTabariVerbs, std::string(kSynsets) +
                                                    "--- STATE_VERBAL [010] ---\n"
                                                    "+SPEAK_UP {+SPEAKS_UP +SPOKE_UP}\n"
                                                    "ANNOUNCE\n"
                                                    "CONVEY [040]\n"
                                                    "SAY  {SAYS SAID SAYING}\n"
                                                    "REPORT [---]\n"
                                                    "PHONE_+CALL\n"
                                                    "- * PLAN [010]\n"
                                                    "--- ARRIVE  [042:043] ---\n"
                                                    "ARRIVE\n");
  ASSERT_EQ(d.events().size(), 7u) << Issues(d);
  const auto& ev = d.events();
  EXPECT_EQ(ev[0].block, "STATE VERBAL");
  EXPECT_EQ(ev[0].kind, EventWordKind::kPhrase);
  EXPECT_EQ(PhrasesOf(d, EntryKind::kEvent, 0),
            (std::vector<std::string>{"SPEAK UP", "SPEAKS UP", "SPOKE UP"}));
  EXPECT_EQ(ev[0].patterns.size(), 1u);  // The block's patterns live on its first verb.
  EXPECT_EQ(PhrasesOf(d, EntryKind::kEvent, 1),
            (std::vector<std::string>{"ANNOUNCE", "ANNOUNCES", "ANNOUNCED", "ANNOUNCING"}));
  EXPECT_EQ(ev[1].pattern_source, 0);
  EXPECT_EQ(PatternsOf(ev, 1).size(), 1u);
  EXPECT_EQ(ev[1].code, "010");
  EXPECT_EQ(ev[2].code, "040");
  EXPECT_EQ(PhrasesOf(d, EntryKind::kEvent, 3), (std::vector<std::string>{"SAY", "SAYS", "SAID", "SAYING"}));
  EXPECT_EQ(ev[4].code, "");  // [---]
  EXPECT_EQ(ev[5].verb_word, 1);
  EXPECT_EQ(PhrasesOf(d, EntryKind::kEvent, 5),
            (std::vector<std::string>{"PHONE CALL", "PHONE CALLS", "PHONE CALLED", "PHONE CALLING"}));
  EXPECT_EQ(ev[6].code, "042");
  EXPECT_EQ(ev[6].reverse_code, "043");
  for (const auto& p : d.phrases()) EXPECT_TRUE(p.verb_form);
}

TEST(TabariVerbsTest, ParsesEachPatternElement) {
  Dictionary d = Load(DictFormat::kTabariVerbs,
                      std::string(kSynsets) +
                          "--- MARK [051] ---\nMARK\n"
                          "- * HARVEST ^ $ [017]\n"
                          "- % * [050]\n"
                          "- + * (IN) $  [075]\n"
                          "- * FEAST (AT ^) (WITH +) [017]\n"
                          "- * {TRADE LINKS} [050:050]\n"
                          "- * {A | B_C} [020]\n"
                          "- * VERY_NICE_ [080]\n"
                          "- * &BONDS [030]\n"
                          "- * &HAVING [031]\n"
                          "- * (ON &CURRENCY) [0331]\n"
                          "- * &NEARSET [032]\n"
                          "- * {&BONDS LINKS} [080]\n"
                          "- * &ENDINGS [113]\n"
                          "- * &MIXED [114]\n"
                          "- * BILL [---]\n"
                          "- * GUESTS [:110]\n"
                          "- *DOUBTFUL [012]\n");
  EXPECT_EQ(Count(d, Issue::Severity::kError), 0u) << Issues(d);
  {
    const auto& p = OnlyPattern(d, "- * HARVEST ^ $ [017]");
    ASSERT_EQ(p.elements.size(), 4u);
    EXPECT_EQ(p.elements[0].type, Type::kTrigger);
    EXPECT_EQ(p.elements[1].keys, std::vector<std::string>{"HARVEST"});
    EXPECT_EQ(p.elements[2].type, Type::kSkip);
    EXPECT_EQ(p.elements[3].type, Type::kSource);
    EXPECT_EQ(p.code, "017");
    EXPECT_EQ(p.max_gap, kUnboundedPatternGap);
  }
  EXPECT_EQ(OnlyPattern(d, "- % * [050]").elements[0].type, Type::kCompound);
  {
    const auto& p = OnlyPattern(d, "- + * (IN) $  [075]");
    ASSERT_EQ(p.elements.size(), 4u);
    EXPECT_EQ(p.elements[0].type, Type::kTarget);
    EXPECT_EQ(p.elements[2].type, Type::kPrepPhrase);
    EXPECT_EQ(p.elements[2].keys, std::vector<std::string>{"IN"});
    EXPECT_TRUE(p.elements[2].children.empty());
  }
  {
    const auto& p = OnlyPattern(d, "- * FEAST (AT ^) (WITH +) [017]");
    ASSERT_EQ(p.elements.size(), 4u);
    ASSERT_EQ(p.elements[2].children.size(), 1u);
    EXPECT_EQ(p.elements[2].children[0].type, Type::kSkip);
    EXPECT_EQ(p.elements[3].keys, std::vector<std::string>{"WITH"});
    EXPECT_EQ(p.elements[3].children[0].type, Type::kTarget);
  }
  {
    const auto& p = OnlyPattern(d, "- * {TRADE LINKS} [050:050]");
    ASSERT_EQ(p.elements.size(), 2u);
    EXPECT_EQ(p.elements[1].type, Type::kNounPhrase);
    ASSERT_EQ(p.elements[1].children.size(), 2u);
    EXPECT_EQ(p.elements[1].children[1].keys, std::vector<std::string>{"LINKS"});
    EXPECT_EQ(p.code, "050");
    EXPECT_EQ(p.reverse_code, "050");
  }
  EXPECT_EQ(OnlyPattern(d, "- * {A | B_C} [020]").elements[1].keys, (std::vector<std::string>{"A", "B C"}));
  EXPECT_EQ(OnlyPattern(d, "- * VERY_NICE_ [080]").elements[1].keys, std::vector<std::string>{"VERY NICE"});
  {
    const auto& e = OnlyPattern(d, "- * &BONDS [030]").elements[1];
    EXPECT_EQ(e.synset, "&BONDS");
    EXPECT_EQ(e.keys, (std::vector<std::string>{"MILITARY", "MILITARIES", "ECONOMIC", "ECONOMICS"}));
  }
  EXPECT_EQ(OnlyPattern(d, "- * &HAVING [031]").elements[1].keys, (std::vector<std::string>{"HAVE", "HAS"}));
  EXPECT_EQ(OnlyPattern(d, "- * (ON &CURRENCY) [0331]").elements[1].children[0].keys,
            (std::vector<std::string>{"DOLLAR", "DOLLARS", "CASH", "SWISS FRANCS", "SWISS FRANCSES"}));
  EXPECT_EQ(OnlyPattern(d, "- * &NEARSET [032]").elements[1].keys,
            (std::vector<std::string>{"MILITARY", "MILITARIES", "ECONOMIC", "ECONOMICS", "CLOSER", "CLOSERS"}));
  EXPECT_EQ(OnlyPattern(d, "- * {&BONDS LINKS} [080]").elements[1].children[0].synset, "&BONDS");
  // A synset of structured members is expanded into one pattern per member.
  size_t testsyn = 0, mixed = 0;
  for (const auto& p : d.events()[0].patterns) {
    if (p.code == "113") {
      ++testsyn;
      ASSERT_EQ(p.elements.size(), 2u);
      EXPECT_EQ(p.elements[1].type, Type::kPrepPhrase);
      EXPECT_EQ(p.elements[1].keys, std::vector<std::string>{"TO"});
    }
    if (p.code == "114") ++mixed;
  }
  EXPECT_EQ(testsyn, 2u);
  EXPECT_EQ(mixed, 2u);  // CALM|CALMS as words, then (FOR WAR).
  EXPECT_EQ(OnlyPattern(d, "- * BILL [---]").code, "");
  EXPECT_EQ(OnlyPattern(d, "- * GUESTS [:110]").code, "");
  EXPECT_EQ(OnlyPattern(d, "- * GUESTS [:110]").reverse_code, "110");
  EXPECT_EQ(OnlyPattern(d, "- *DOUBTFUL [012]").elements.size(), 2u);
}

TEST(TabariVerbsTest, ReportsMalformedPatterns) {
  struct Case {
    const char* line;
    Issue::Severity severity;
    const char* needle;
  } cases[] = {
      {"- * UP (FROM) [080!]", Issue::Severity::kError, "not an event code"},
      {"- * TRIP (WITH TOUR) TOUR)[042:043]", Issue::Severity::kError, "unexpected ')'"},
      {"- SHARPLY ATTACK [111]", Issue::Severity::kError, "no '*'"},
      {"- * * ATTACK [111]", Issue::Severity::kError, "more than one"},
      {"- * (ON {A (B)}) [111]", Issue::Severity::kError, "inside '{...}'"},
      {"- * (ON (A)) [111]", Issue::Severity::kError, "inside a prepositional phrase"},
      {"- * () [111]", Issue::Severity::kError, "empty '()'"},
      {"- * ATTACK", Issue::Severity::kError, "no [code]"},
      {"* (TO DOUBT) [110]", Issue::Severity::kError, "must start with '-'"},
      {"- * &NOSUCH [111]", Issue::Severity::kWarning, "not defined"},
      {"- (IN) * [075A]", Issue::Severity::kWarning, "not a CAMEO event code"},
      {"~ a (a b ATTACK) SAY = a b 015", Issue::Severity::kWarning, "transformations"},
  };
  for (const auto& c : cases) {
    Dictionary d = Load(DictFormat::kTabariVerbs,
                        std::string("--- X [010] ---\nX\n") + c.line + "\n- * FINE [020]\n");
    ASSERT_FALSE(d.issues().empty()) << c.line;
    EXPECT_EQ(d.issues()[0].severity, c.severity) << c.line;
    EXPECT_NE(d.issues()[0].message.find(c.needle), std::string::npos) << d.issues()[0].ToString();
    EXPECT_EQ(d.issues()[0].where, "t.txt:3");
    ASSERT_EQ(d.events().size(), 1u);
    EXPECT_EQ(d.events()[0].patterns.back().code, "020") << c.line;
  }
}

TEST(TabariVerbsTest, FlattensNestedSynsetsOnceAndReportsCycles) {
  // Each synset repeats the next one 20 times: a naive expansion would visit
  // 20^9 synsets; each synset is expanded once.
  std::string text;
  for (int i = 0; i < 10; ++i) {
    text += "&S" + std::to_string(i) + "_\n";
    if (i < 9) {
      for (int k = 0; k < 20; ++k) text += "+&S" + std::to_string(i + 1) + "\n";
    }
    text += "+W" + std::to_string(i) + "\n";
  }
  text += "&LOOP\n+&LOOP2\n+A\n&LOOP2\n+&LOOP\n";
  text += "--- X [010] ---\nX\n- * &S0 [020]\n- * &LOOP [030]\n- * &LOOP [031]\n";
  Dictionary d = Load(DictFormat::kTabariVerbs, text);
  ASSERT_EQ(d.events().size(), 1u) << Issues(d);
  ASSERT_EQ(d.events()[0].patterns.size(), 3u) << Issues(d);
  EXPECT_EQ(d.events()[0].patterns[0].elements[1].keys.size(), 10u);
  EXPECT_EQ(d.events()[0].patterns[1].elements[1].keys, (std::vector<std::string>{"A", "AS"}));
  size_t cycles = 0;
  for (const auto& i : d.issues()) cycles += i.message.find("contains itself") != std::string::npos;
  EXPECT_EQ(cycles, 1u) << Issues(d);
}

TEST(TabariVerbsTest, ReadsTabariStyleWithoutBlocks) {
  Dictionary d = Load(DictFormat::kTabariVerbs,
                      "ABANDON [---]\n- * EFFORT [080]\nACCUSE [112]\n- * (OF CRIMES) [1121]\n");
  ASSERT_EQ(d.events().size(), 2u) << Issues(d);
  EXPECT_EQ(d.events()[0].patterns.size(), 1u);
  EXPECT_EQ(d.events()[1].patterns.size(), 1u);
  EXPECT_EQ(d.events()[1].pattern_source, -1);
  EXPECT_EQ(d.events()[1].code, "112");
}

TEST(TabariVerbsTest, ReadsArabicVerbs) {
  Dictionary d = Load(DictFormat::kTabariVerbs,
                      "&MILITARY\n+جيش_\n--- عمل [---] ---\nعمل   # rush\nسيطر+على [141]\n- * &MILITARY [154]\n");
  ASSERT_EQ(d.events().size(), 2u) << Issues(d);
  auto forms = PhrasesOf(d, EntryKind::kEvent, 0);
  ASSERT_GT(forms.size(), 1u);  // Persons of the past generated from the lemma.
  EXPECT_EQ(forms[0], "عمل");
  EXPECT_EQ(d.phrases()[0].lang, text::Lang::kAr);
  EXPECT_EQ(PhrasesOf(d, EntryKind::kEvent, 1), std::vector<std::string>{"سيطر على"});
  EXPECT_EQ(d.events()[0].patterns[0].elements[1].keys, std::vector<std::string>{"جيش"});
}

// ---------------------------------------------------------------- discards

TEST(TabariDiscardsTest, ReadsSentenceAndStoryDiscards) {
  Dictionary d = Load(DictFormat::kTabariDiscards,
                      "# Story-level discards are indicated with a '+'.\n"
                      "MONTHS LATER\n+World Golf Championships   # pas\nBASEBALL_\n");
  ASSERT_EQ(d.discards().size(), 3u);
  EXPECT_FALSE(d.discards()[0].story);
  EXPECT_TRUE(d.discards()[1].story);
  EXPECT_EQ(d.phrases()[1].text, "World Golf Championships");
  EXPECT_TRUE(d.phrases()[0].stem);
  EXPECT_FALSE(d.phrases()[2].stem);
}

// ---------------------------------------------------------------- detection

TEST(TabariDetectTest, TellsKindsByShapeThenName) {
  struct Case {
    const char* path;
    const char* text;
    DictFormat want;
  } cases[] = {
      {"x.txt", "--- ABANDON [1121] ---\nABANDON\n", DictFormat::kTabariVerbs},
      {"x.txt", "&SYN\n+A\n", DictFormat::kTabariVerbs},
      {"x.txt", "DELEGATE [~GOV]\nWATCHDOG_GROUP  [NGO~]\n", DictFormat::kTabariAgents},
      {"x.txt", "!P! = A, B\n", DictFormat::kTabariAgents},
      {"x.txt", "ISRAEL [ISR]\n+ISRAELI\n", DictFormat::kTabariActors},
      {"x.txt", "MARSH_RAT\n\t[FRM <950601]\n", DictFormat::kTabariActors},
      {"Phoenix.discards.txt", "BASEBALL\n", DictFormat::kTabariDiscards},
      {"my.verbs", "# nothing yet\n", DictFormat::kTabariVerbs},
      {"x.txt", "BASEBALL\n+TYPHOON\n", DictFormat::kTabariDiscards},
      {"x.txt", "", DictFormat::kAuto},
  };
  for (const auto& c : cases) EXPECT_EQ(DetectTabariFormat(c.path, c.text), c.want) << c.text;
}

TEST(TabariDetectTest, ReadsTheFirst400LinesLeftAfterComments) {
  std::string bare;
  for (int i = 0; i < 399; ++i) bare += "BASEBALL\n";
  // The code is on the 400th line that comments leave: it counts.
  EXPECT_EQ(DetectTabariFormat("x.txt", "<!-- a\nb\n-->\n# c\n" + bare + "ISRAEL [ISR]\n"), DictFormat::kTabariActors);
  // On the 401st it is not read.
  EXPECT_EQ(DetectTabariFormat("x.txt", bare + "BASEBALL\nISRAEL [ISR]\n"), DictFormat::kTabariDiscards);
}

// ---------------------------------------------------------------- the real files

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Lines of a file that are not blank, not `#` comments and not inside a
// multi-line `<!-- -->` comment: a deliberately simple scan, independent of the
// reader, used to count entries.
std::vector<std::string> ScanLines(const std::string& path) {
  std::vector<std::string> out;
  std::istringstream in(ReadAll(path));
  std::string line;
  bool comment = false;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (comment) {
      if (line.find("-->") != std::string::npos) comment = false;
      continue;
    }
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    if (line.compare(first, 4, "<!--") == 0) {
      if (line.find("-->") == std::string::npos) comment = true;
      continue;
    }
    if (line.compare(first, 2, "<!") == 0) continue;
    out.push_back(line.substr(first));
  }
  return out;
}

// Loads a peer file and checks the issues are of the reported kind only.
Dictionary LoadPeer(const std::string& path) {
  Dictionary d;
  (void)d.LoadFile(path);
  for (const auto& i : d.issues()) EXPECT_EQ(i.where.rfind(path + ":", 0), 0u) << i.ToString();
  return d;
}

size_t Errors(const Dictionary& d) { return Count(d, Issue::Severity::kError); }

TEST(TabariPeerFilesTest, ValidationActorsCountedByLineScan) {
  ISNAD_REQUIRE_SHARED();
  std::string path = testing::SharedDir() + "/eval/petrarch-unit/PETR_Validate_actors_2_02.txt";
  // Primary names are the scanned lines that start with neither '+' nor '['; every
  // '+' line is a synonym. (Checked by hand: 133 entries, 34 synonyms.)
  size_t primaries = 0, synonyms = 0;
  for (const auto& l : ScanLines(path)) {
    if (l[0] == '+') ++synonyms;
    else if (l[0] != '[') ++primaries;
  }
  EXPECT_EQ(primaries, 133u);
  EXPECT_EQ(synonyms, 34u);
  Dictionary d = LoadPeer(path);
  EXPECT_EQ(d.actors().size(), primaries);
  EXPECT_EQ(d.phrases().size(), primaries + synonyms);
  EXPECT_EQ(Errors(d), 0u) << Issues(d);
}

TEST(TabariPeerFilesTest, ValidationAgentsVerbsDiscardsCountedByLineScan) {
  ISNAD_REQUIRE_SHARED();
  std::string dir = testing::SharedDir() + "/eval/petrarch-unit/";
  {
    // Agents: lines with a [code]; `!X! = ...` lines define substitution sets.
    size_t agents = 0;
    for (const auto& l : ScanLines(dir + "PETR_Validate_agents_2_02.txt")) agents += l.find('[') != std::string::npos;
    Dictionary d = LoadPeer(dir + "PETR_Validate_agents_2_02.txt");
    EXPECT_EQ(agents, 88u);
    EXPECT_EQ(d.agents().size(), agents);
    EXPECT_EQ(Errors(d), 0u) << Issues(d);
  }
  {
    // Verbs: block headers start with "---", patterns with "- ", synsets with
    // '&'; after the VERB PATTERNS line, every other line is a verb.
    std::string path = dir + "PETR_Validate_verbs_2_02.txt";
    size_t blocks = 0, patterns = 0, verbs = 0;
    bool in_verbs = false;
    for (const auto& line : ReadAll(path) | std::views::split('\n')) {
      std::string l(line.begin(), line.end());
      if (l.find("VERB PATTERNS") != std::string::npos) in_verbs = true;
      if (!in_verbs || l.empty() || l.find_first_not_of(" \t\r") == std::string::npos || l[0] == '#') continue;
      if (l.rfind("---", 0) == 0) ++blocks;
      else if (l.rfind("-", 0) == 0) ++patterns;
      else ++verbs;
    }
    EXPECT_EQ(blocks, 69u);
    EXPECT_EQ(verbs, 128u);  // Includes "* (TO DOUBT) [110]", a pattern without its '-'.
    Dictionary d = LoadPeer(path);
    EXPECT_EQ(d.events().size(), verbs - 1);
    // Every pattern line is loaded once (plus synset expansions), or reported.
    std::set<std::string> loaded;
    for (const auto& e : d.events()) {
      for (const auto& p : e.patterns) loaded.insert(p.origin);
    }
    std::set<std::string> reported;
    for (const auto& i : d.issues()) {
      if (i.message.find("pattern skipped") != std::string::npos) reported.insert(i.where);
    }
    EXPECT_EQ(loaded.size() + reported.size(), patterns);
    EXPECT_EQ(Errors(d), 1u) << Issues(d);  // The pattern without its '-'.
  }
  {
    size_t discards = ScanLines(dir + "PETR_Validate_discards_2_02.txt").size();
    Dictionary d = LoadPeer(dir + "PETR_Validate_discards_2_02.txt");
    EXPECT_EQ(discards, 9u);
    EXPECT_EQ(d.discards().size(), discards);
    size_t story = 0;
    for (const auto& x : d.discards()) story += x.story;
    EXPECT_EQ(story, 4u);
  }
}

// The bench dictionaries: each loads, entry counts match a line scan, and the
// issues found are the files' own faults (listed in the report; a few checked here).
TEST(TabariPeerFilesTest, BenchDictionariesLoadWithCountsMatchingLineScan) {
  ISNAD_REQUIRE_SHARED();
  std::string en = testing::SharedDir() + "/bench/dicts-petrarch/en/";
  std::string ar = testing::SharedDir() + "/bench/dicts-petrarch/ar/";
  std::regex agent_code(R"(\[\s*(~[A-Za-z0-9]+|[A-Za-z0-9]+~)\s*\])");
  for (const auto& path : {en + "Phoenix.Countries.actors.txt", en + "Phoenix.International.actors.txt",
                           en + "Phoenix.MilNonState.actors.txt", ar + "actor_dict_ar_v4.txt"}) {
    size_t primaries = 0, synonyms = 0;
    for (const auto& l : ScanLines(path)) {
      if (l[0] == '+') ++synonyms;
      else if (l[0] != '[') ++primaries;
    }
    Dictionary d = LoadPeer(path);
    EXPECT_EQ(DetectTabariFormat(path, ReadAll(path)), DictFormat::kTabariActors) << path;
    EXPECT_EQ(d.actors().size(), primaries) << path;
    EXPECT_EQ(d.phrases().size(), primaries + synonyms) << path;
  }
  for (const auto& path : {en + "Phoenix.agents.txt", ar + "agents.all.ar_v3.txt"}) {
    size_t agents = 0;
    for (const auto& l : ScanLines(path)) agents += std::regex_search(l, agent_code);
    Dictionary d = LoadPeer(path);
    EXPECT_EQ(DetectTabariFormat(path, ReadAll(path)), DictFormat::kTabariAgents) << path;
    EXPECT_EQ(d.agents().size(), agents) << path;
  }
  for (const auto& path : {en + "CAMEO.2.0.txt", ar + "CAMEO.ar.0.5.txt"}) {
    // Verb lines: after the VERB PATTERNS line, lines that are not patterns (-),
    // transformations (~), comments or blank.
    size_t verbs = 0;
    bool in_verbs = false;
    for (const auto& line : ReadAll(path) | std::views::split('\n')) {
      std::string l(line.begin(), line.end());
      if (l.find("VERB PATTERNS") != std::string::npos) in_verbs = true;
      size_t first = l.find_first_not_of(" \t\r");
      if (!in_verbs || first == std::string::npos || std::string("-~#").find(l[first]) != std::string::npos) continue;
      ++verbs;
    }
    Dictionary d = LoadPeer(path);
    EXPECT_EQ(DetectTabariFormat(path, ReadAll(path)), DictFormat::kTabariVerbs) << path;
    EXPECT_EQ(d.events().size(), verbs) << path;
  }
  {
    std::string path = en + "Phoenix.discards.txt";
    Dictionary d = LoadPeer(path);
    EXPECT_EQ(d.discards().size(), ScanLines(path).size());
    EXPECT_EQ(Errors(d), 0u);
  }
}

}  // namespace
}  // namespace isnad::lexicon
