#include "events/cameo.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "testutil.h"

namespace isnad::events {
namespace {

// The committed tables, from the checkout (the build copies them to
// build/data).
const CameoTable& Table() {
  static const CameoTable* table = [] {
    StatusOr<CameoTable> t = CameoTable::Load(testing::SourceDir() + "/data");
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    if (!t.ok()) std::abort();
    return new CameoTable(std::move(t).value());
  }();
  return *table;
}

TEST(CameoTableTest, LoadsEveryCode) {
  // 20 roots, 312 codes in all (CAMEO 1.1b3).
  EXPECT_EQ(Table().entries().size(), 312u);
  int roots = 0;
  for (const CameoEntry& e : Table().entries()) {
    EXPECT_TRUE(IsValidCode(e.code)) << e.code;
    EXPECT_EQ(e.root, CodeRoot(e.code)) << e.code;
    EXPECT_EQ(e.level, static_cast<int>(e.code.size()) - 2) << e.code;
    const CameoEntry* root = Table().Lookup(e.root);
    ASSERT_NE(root, nullptr) << e.code;
    EXPECT_EQ(e.root_name, root->name) << e.code;
    EXPECT_EQ(e.quad_class, root->quad_class) << e.code;
    EXPECT_TRUE(e.goldstein.has_value()) << e.code;
    EXPECT_FALSE(e.name.empty()) << e.code;
    EXPECT_TRUE(e.name[0] >= 'A' && e.name[0] <= 'Z')
        << e.code << " " << e.name;
    if (e.level == 0) ++roots;
  }
  EXPECT_EQ(roots, 20);
}

TEST(CameoTableTest, EveryRootHasItsQuadClass) {
  struct Root {
    const char* code;
    const char* name;
    int quad_class;
  };
  // The CAMEO manual's roots and the quad classes GDELT and ICEWS give them.
  const Root kRoots[] = {
      {"01", "Make public statement", 1},
      {"02", "Appeal", 1},
      {"03", "Express intent to cooperate", 1},
      {"04", "Consult", 1},
      {"05", "Engage in diplomatic cooperation", 1},
      {"06", "Engage in material cooperation", 2},
      {"07", "Provide aid", 2},
      {"08", "Yield", 2},
      {"09", "Investigate", 3},
      {"10", "Demand", 3},
      {"11", "Disapprove", 3},
      {"12", "Reject", 3},
      {"13", "Threaten", 3},
      {"14", "Protest", 4},
      {"15", "Exhibit force posture", 4},
      {"16", "Reduce relations", 4},
      {"17", "Coerce", 4},
      {"18", "Assault", 4},
      {"19", "Fight", 4},
      {"20", "Use unconventional mass violence", 4},
  };
  for (const Root& r : kRoots) {
    const CameoEntry* e = Table().Lookup(r.code);
    ASSERT_NE(e, nullptr) << r.code;
    EXPECT_EQ(e->name, r.name);
    EXPECT_EQ(e->root, r.code);
    EXPECT_EQ(e->level, 0);
    EXPECT_EQ(e->quad_class, r.quad_class) << r.code;
  }
}

TEST(CameoTableTest, CodesCheckedByHand) {
  struct Case {
    const char* code;
    const char* name;
    const char* root;
    int quad_class;
    double goldstein;  // GDELT's table.
    const char* plover_type;
    const char* plover_mode;
  };
  // Names from the CAMEO manual 1.1b3; scores from GDELT's
  // CAMEO.goldsteinscale.txt; PLOVER from the CAMEO -> PLOVER table of
  // 2021-09-17.
  const Case kCases[] = {
      {"072", "Provide military aid", "07", 2, 8.3, "AID", ""},
      {"0331", "Express intent to provide economic aid", "03", 1, 5.2, "AGREE",
       ""},
      {"190", "Use conventional military force", "19", 4, -10.0, "ASSAULT", ""},
      {"07", "Provide aid", "07", 2, 7.0, "AID", ""},
      {"041", "Discuss by telephone", "04", 1, 1.0, "CONSULT", "phone"},
      {"145", "Protest violently, riot", "14", 4, -7.5, "PROTEST", "riot"},
      {"0874", "Retreat or surrender militarily", "08", 2, 10.0, "RETREAT",
       "disarm"},
      {"163", "Impose embargo, boycott, or sanctions", "16", 4, -8.0, "COERCE",
       "restrict"},
      {"1823", "Kill by physical assault", "18", 4, -10.0, "ASSAULT", ""},
      {"016", "Deny responsibility", "01", 1, -2.0, "",
       ""},  // GDELT differs from ICEWS.
      {"105", "Demand that target yields", "10", 3, -5.0, "REQUEST", "change"},
      {"108", "Demand mediation", "10", 3, -5.0, "REQUEST",
       "meet"},  // cameo_master.csv says otherwise.
      {"1213", "Reject judicial cooperation", "12", 3, -4.0, "REJECT",
       "assist"},
      {"020", "Make an appeal or request", "02", 1, 3.0, "",
       ""},  // PLOVER drops 02.
      {"08", "Yield", "08", 2, 5.0, "CONCEDE", ""},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.code);
    const CameoEntry* e = Table().Lookup(c.code);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->code, c.code);
    EXPECT_EQ(e->name, c.name);
    EXPECT_EQ(e->root, c.root);
    EXPECT_EQ(e->quad_class, c.quad_class);
    ASSERT_TRUE(e->goldstein.has_value());
    EXPECT_DOUBLE_EQ(*e->goldstein, c.goldstein);
    EXPECT_EQ(e->plover_type, c.plover_type);
    EXPECT_EQ(e->plover_mode, c.plover_mode);
  }
  const CameoEntry* e = Table().Lookup("016");
  ASSERT_NE(e, nullptr);
  EXPECT_DOUBLE_EQ(e->goldstein_icews.value_or(0), -5.0);
  EXPECT_DOUBLE_EQ(e->goldstein_phoenix.value_or(0), 3.4);
  EXPECT_FALSE(Table().Lookup("019")->goldstein_phoenix.has_value());
  EXPECT_EQ(Table().Lookup("094")->plover_context,
            (std::vector<std::string>{"military", "legal"}));
}

TEST(CameoTableTest, PloverDropsOnlyStatementsAndAppeals) {
  for (const CameoEntry& e : Table().entries()) {
    bool dropped = e.root == "01" || e.root == "02";
    EXPECT_EQ(e.plover_type.empty(), dropped) << e.code;
    if (dropped) {
      EXPECT_TRUE(e.plover_mode.empty() && e.plover_context.empty()) << e.code;
    }
  }
}

TEST(CameoTableTest, LookupMissesUnknownCodes) {
  for (const char* code :
       {"", "0", "00", "21", "999", "0999", "0721", "072 ", "72", "0720"}) {
    EXPECT_EQ(Table().Lookup(code), nullptr) << code;
  }
}

TEST(CameoCodeTest, IsValidCode) {
  struct Case {
    const char* code;
    bool valid;
    const char* root;
  };
  const Case kCases[] = {
      {"07", true, "07"},  {"072", true, "07"},  {"0331", true, "03"},
      {"190", true, "19"}, {"20", true, "20"},   {"2042", true, "20"},
      {"01", true, "01"},  {"0999", true, "09"}, {"00", false, ""},
      {"21", false, ""},   {"99", false, ""},    {"7", false, ""},
      {"", false, ""},     {"12345", false, ""}, {"07a", false, ""},
      {"٠٧٢", false, ""},  {" 072", false, ""},  {"-07", false, ""},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(IsValidCode(c.code), c.valid) << c.code;
    EXPECT_EQ(CodeRoot(c.code), c.root) << c.code;
  }
}

TEST(CameoTableTest, AnnotateFillsTheEvent) {
  Event ev;
  ev.code = "072";
  ev.trigger_text = "بتزويد";
  ASSERT_TRUE(Table().Annotate(&ev).ok());
  EXPECT_EQ(ev.root, "07");
  EXPECT_EQ(ev.name, "Provide military aid");
  EXPECT_EQ(ev.quad_class, 2);
  ASSERT_TRUE(ev.goldstein.has_value());
  EXPECT_DOUBLE_EQ(*ev.goldstein, 8.3);
  EXPECT_EQ(ev.plover_type, "AID");
  EXPECT_EQ(ev.plover_mode, "");
  EXPECT_EQ(ev.trigger_text, "بتزويد");

  ev.code = "0999";  // Valid shape, not a CAMEO code: fields are cleared.
  Status s = Table().Annotate(&ev);
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_NE(s.message().find("0999"), std::string::npos) << s.message();
  EXPECT_EQ(ev.code, "0999");
  EXPECT_TRUE(ev.root.empty());
  EXPECT_TRUE(ev.name.empty());
  EXPECT_EQ(ev.quad_class, 0);
  EXPECT_FALSE(ev.goldstein.has_value());
  EXPECT_TRUE(ev.plover_type.empty());
}

TEST(CameoTableTest, ReadsFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<int> found(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &found] {
      for (int i = 0; i < 1000; ++i) {
        for (const CameoEntry& e : Table().entries()) {
          if (Table().Lookup(e.code) == &e) ++found[t];
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int n : found) EXPECT_EQ(n, 312000);
}

// A table small enough to break on purpose.
constexpr char kGoodCameo[] =
    "# comment\n"
    "isnad-table\t1\tcameo\n"
    "# "
    "code\tname\tlevel\troot\troot_name\tquad_class\tgoldstein\tgoldstein_"
    "icews\tgoldstein_phoenix\n"
    "07\tProvide aid\t0\t07\tProvide aid\t2\t7.0\t7.0\t7.0\n"
    "072\tProvide military aid\t1\t07\tProvide aid\t2\t8.3\t8.3\t-\n";
constexpr char kGoodPlover[] =
    "isnad-table\t1\tplover\n"
    "07\tAID\t-\t-\n"
    "072\tAID\t-\tmilitary\n";

TEST(CameoTableTest, ParsesASmallTable) {
  StatusOr<CameoTable> t =
      CameoTable::Parse(kGoodCameo, "cameo.tsv", kGoodPlover, "plover.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->entries().size(), 2u);
  const CameoEntry* e = t->Lookup("072");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->goldstein_phoenix.has_value());
  EXPECT_EQ(e->plover_context, std::vector<std::string>{"military"});
}

TEST(CameoTableTest, MalformedTablesSayWhere) {
  struct Case {
    std::string cameo;
    std::string plover;
    std::string want;  // A substring of the error message.
  };
  const std::string head = "isnad-table\t1\tcameo\n";
  const std::string root =
      "07\tProvide aid\t0\t07\tProvide aid\t2\t7.0\t7.0\t7.0\n";
  const std::string plover_head = "isnad-table\t1\tplover\n";
  const Case kCases[] = {
      {head + root + "072\tProvide military aid\t1\t07\n", plover_head,
       "cameo.tsv:3: expected 9 fields, got 4"},
      {"isnad-table\t2\tcameo\n" + root, plover_head,
       "cameo.tsv:1: unsupported table version \"2\""},
      {"isnad-table\t1\tplover\n" + root, plover_head,
       "cameo.tsv:1: expected a table of kind \"cameo\""},
      {"# no version line\n" + root, plover_head,
       "cameo.tsv:2: expected the version line"},
      {"", plover_head, "cameo.tsv: empty table"},
      {head + root + "07x\tBad\t1\t07\tProvide aid\t2\t1\t1\t1\n", plover_head,
       "cameo.tsv:3: bad CAMEO code \"07x\""},
      {head + root +
           "072\tProvide military aid\t1\t07\tProvide aid\t2\t11.5\t8.3\t8.3\n",
       plover_head, "cameo.tsv:3: goldstein: expected a number from -10 to 10"},
      {head + root +
           "072\tProvide military aid\t1\t07\tProvide aid\t2\tabc\t8.3\t8.3\n",
       plover_head, "cameo.tsv:3: goldstein:"},
      {head + root +
           "072\tProvide military aid\t2\t07\tProvide aid\t2\t8.3\t8.3\t8.3\n",
       plover_head, "cameo.tsv:3: level \"2\" does not match code 072"},
      {head + root +
           "072\tProvide military aid\t1\t08\tProvide aid\t2\t8.3\t8.3\t8.3\n",
       plover_head, "cameo.tsv:3: root \"08\" does not match code 072"},
      {head + root +
           "072\tProvide military aid\t1\t07\tProvide aid\t5\t8.3\t8.3\t8.3\n",
       plover_head, "cameo.tsv:3: quad_class"},
      {head + root + root, plover_head,
       "cameo.tsv:3: repeated code 07 (first on line 2)"},
      {head +
           "072\tProvide military aid\t1\t07\tProvide aid\t2\t8.3\t8.3\t8.3\n",
       plover_head, "cameo.tsv:2: code 072 has no root line 07"},
      {head + root, plover_head + "07\tAID\t-\n",
       "plover.tsv:2: expected 4 fields, got 3"},
      {head + root, plover_head + "071\tAID\t-\t-\n",
       "plover.tsv:2: code \"071\" is not in cameo.tsv"},
      {head + root, plover_head + "07\tAID\t-\t-\n07\tAID\t-\t-\n",
       "plover.tsv:3: repeated code 07"},
      {head + root, plover_head + "07\taid\t-\t-\n",
       "plover.tsv:2: bad PLOVER event \"aid\""},
      {head + root, plover_head + "07\t-\tvisit\t-\n",
       "plover.tsv:2: bad PLOVER mode \"visit\""},
      {head + root, plover_head + "07\tAID\t-\tmilitary,\n",
       "plover.tsv:2: bad PLOVER context \"\""},
      {head + root, "isnad-table\t1\tcameo\n",
       "plover.tsv:1: expected a table of kind \"plover\""},
  };
  for (const Case& c : kCases) {
    StatusOr<CameoTable> t =
        CameoTable::Parse(c.cameo, "cameo.tsv", c.plover, "plover.tsv");
    ASSERT_FALSE(t.ok()) << c.want;
    EXPECT_EQ(t.status().code(), StatusCode::kCorruption) << c.want;
    EXPECT_NE(t.status().message().find(c.want), std::string::npos)
        << "want \"" << c.want << "\" in \"" << t.status().message() << "\"";
  }
}

TEST(CameoTableTest, CrlfLinesAndBlankLinesAreAccepted) {
  std::string cameo =
      "isnad-table\t1\tcameo\r\n\r\n07\tProvide aid\t0\t07\tProvide "
      "aid\t2\t7.0\t7.0\t7.0\r\n";
  StatusOr<CameoTable> t =
      CameoTable::Parse(cameo, "c", "isnad-table\t1\tplover\n", "p");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_NE(t->Lookup("07"), nullptr);
}

TEST(CameoTableTest, LoadNamesTheMissingFile) {
  StatusOr<CameoTable> t =
      CameoTable::Load(testing::TempDir() + "/nothing-here");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kNotFound);
  EXPECT_NE(t.status().message().find("nothing-here/cameo/cameo.tsv"),
            std::string::npos)
      << t.status().message();
}

}  // namespace
}  // namespace isnad::events
