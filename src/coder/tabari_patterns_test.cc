// Table-driven tests of the TABARI/PETRARCH pattern semantics and of the English
// rules the PETRARCH validation records exercise, each case named after its rule.
// The dictionaries are written here, in the TABARI/PETRARCH formats, with made-up
// names, so the tests check the rules and not the data files.
#include <gtest/gtest.h>

#include "coder/coder.h"
#include "coder/tabari_patterns.h"
#include "lexicon/pico.h"
#include "lexicon/tabari.h"
#include "text/analyzer.h"

namespace isnad::coder {
namespace {

constexpr const char* kActors =
    "VALDOR [VAL]\n"
    "KARNIA [KAR]\n"
    "SORVIA [SOR]\n"
    "ALDRIC [VAL]\n"
    "GHOSTLAND [---]\n"
    "THE_HERALD [MED]\n"
    "KORVAN [VAL]\n"
    "\t[SOR 20100101-20121231]\n";
constexpr const char* kAgents =
    "POLICE [~COP]\n"
    "GOVERNMENT [~GOV]\n"
    "PRESIDENT [~GOV]\n"
    "LAWMAKER [~LEG]\n"
    "SOLDIER [~MIL]\n"
    "JOURNALIST [~MED]\n";
constexpr const char* kVerbs =
    "&TIETYPES\n"
    "+MILITARY\n"
    "+ECONOMIC\n"
    "\n"
    "--- RESTORE [050] ---\n"
    "RESTORE\n"
    "- * {&TIETYPES TIES} [057]\n"
    "\n"
    "--- HOST [043:042] ---\n"
    "HOST\n"
    "\n"
    "--- AGREE [040] ---\n"
    "AGREE\n"
    "- % * [050]\n"
    "\n"
    "--- PROMISE [030] ---\n"
    "PROMISE\n"
    "\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "\n"
    "--- ARREST [173] ---\n"
    "ARREST\n"
    "\n"
    "--- CRITICIZE [110] ---\n"
    "CRITICIZE\n"
    "- HEAVILY * [122]\n"
    "\n"
    "--- URGE [023] ---\n"
    "URGE\n"
    "\n"
    "--- RESPOND [010] ---\n"
    "RESPOND\n"
    "\n"
    "--- REPORT [010] ---\n"
    "REPORT\n"
    "\n"
    "--- DECLARE [010] ---\n"
    "DECLARE\n"
    "\n"
    "--- BURN [---] ---\n"
    "BURN\n"
    "- * (DOWN) [190]\n"
    "\n"
    "--- FREE [080] ---\n"
    "FREE\n"
    "- + * FROM $ [083]\n";
constexpr const char* kPico =
    "---:0\n010:0x1000\n023:0x2040\n030:0x3000\n040:0x0010\n050:0x0080\n080:0x0200\n083:0x0201\n"
    "110:0x1007f\n138:0x60A0\n173:0x9000\n190:0x00A0\n";

class TabariRulesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicon::Dictionary d;
    ASSERT_TRUE(lexicon::ParseTabari(lexicon::DictFormat::kTabariActors, kActors, "actors.txt", &d).ok());
    ASSERT_TRUE(lexicon::ParseTabari(lexicon::DictFormat::kTabariAgents, kAgents, "agents.txt", &d).ok());
    Status s = lexicon::ParseTabari(lexicon::DictFormat::kTabariVerbs, kVerbs, "verbs.txt", &d);
    ASSERT_TRUE(s.ok()) << s.ToString();
    auto lex = lexicon::Lexicon::Compile(std::move(d));
    ASSERT_TRUE(lex.ok());
    lexicon_ = std::move(lex).value().release();
    auto pico = lexicon::PicoTable::Parse(kPico, "pico.txt");
    ASSERT_TRUE(pico.ok());
    pico_ = new lexicon::PicoTable(std::move(pico).value());
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    delete pico_;
  }

  static std::string Code(const std::string& text, bool monadic = false, const std::string& date = "",
                          bool with_pico = true) {
    ingest::Document doc;
    doc.id = "t";
    doc.text = text;
    doc.date = date;
    text::AnalyzerOptions ao;
    ao.force_lang = text::Lang::kEn;
    text::Analyzer analyzer(ao, &lexicon_->vocabulary());
    text::AnalyzedDocument analyzed;
    EXPECT_TRUE(analyzer.Analyze(doc, &analyzed).ok());
    CoderOptions options;
    options.pico = with_pico ? pico_ : nullptr;
    options.allow_missing_actor = monadic;
    Coder coder(*lexicon_, options);
    std::vector<events::Event> evs;
    coder.Code(doc, analyzed, &evs);
    std::string out;
    for (const auto& e : evs) {
      if (!out.empty()) out += " ";
      out += (e.source.code.empty() ? "---" : e.source.code) + ">" + (e.target.code.empty() ? "---" : e.target.code) +
             ":" + e.code;
    }
    return out;
  }

  static lexicon::Lexicon* lexicon_;
  static lexicon::PicoTable* pico_;
};
lexicon::Lexicon* TabariRulesTest::lexicon_ = nullptr;
lexicon::PicoTable* TabariRulesTest::pico_ = nullptr;

TEST_F(TabariRulesTest, PatternSemantics) {
  struct Case {
    const char* rule;
    const char* text;
    const char* dyads;
  } cases[] = {
      {"noun phrase with a synset, modifiers before it", "Valdor restored full economic ties with Karnia.",
       "VAL>KAR:057"},
      {"noun phrase head follows its last modifier", "Valdor restored economic trade ties with Karnia.",
       "VAL>KAR:050"},
      {"paired event [A:B]", "Valdor hosted Karnia.", "VAL>KAR:043 KAR>VAL:042"},
      {"compound % codes between its members", "Valdor and Karnia agreed.", "VAL>KAR:050 KAR>VAL:050"},
      {"target + before and source $ after the trigger", "Karnia was freed from Sorvia.", "SOR>KAR:083"},
      {"null code: a particle is not a preposition", "Valdor attacked Karnia after crowds burned down its embassy.",
       "VAL>KAR:190"},
      {"pattern words before the verb belong to its subject", "Karnia was heavily criticized by Valdor.",
       "VAL>KAR:110"},
      // A pattern is tried only when every word of its phrases is in the
      // sentence: without "ties" or a &TIETYPES word, the verb's own code.
      {"noun phrase head absent: the verb's code", "Valdor restored full economic relations with Karnia.",
       "VAL>KAR:050"},
      {"noun phrase modifier absent: the verb's code", "Valdor restored full diplomatic ties with Karnia.",
       "VAL>KAR:050"},
      {"noun phrase words present out of order", "Valdor restored ties with economic Karnia.", "VAL>KAR:050"},
  };
  for (const auto& c : cases) EXPECT_EQ(Code(c.text), c.dyads) << c.rule << ": " << c.text;
}

TEST_F(TabariRulesTest, EnglishGrammarRules) {
  struct Case {
    const char* rule;
    const char* text;
    const char* dyads;
  } cases[] = {
      {"country name + agent", "Karnia police arrested Valdor lawmakers.", "KARCOP>VALLEG:173"},
      {"possessive agent", "Karnia's government attacked Valdor.", "KARGOV>VAL:190"},
      {"title apposition", "Valdor President Aldric attacked Karnia.", "VALGOV>KAR:190"},
      {"agent shared by a compound", "Lawmakers in Valdor and Karnia attacked Sorvia.",
       "VALLEG>SOR:190 KARLEG>SOR:190"},
      {"compound with adjectives", "Valdor and the mighty Karnia attacked Sorvia.", "VAL>SOR:190 KAR>SOR:190"},
      {"passive with an oblique agent", "Karnia was criticized over its dispute with Valdor.", "VAL>KAR:110"},
      {"first actor of the verb phrase", "Valdor criticized an attack by Karnia soldiers.", "VAL>KARMIL:110"},
      {"parenthetical between subject and verb", "Valdor, in a statement on Monday, criticized Karnia.",
       "VAL>KAR:110"},
      {"coordinated verb phrases share the subject", "Valdor criticized Karnia and attacked Sorvia.",
       "VAL>KAR:110 VAL>SOR:190"},
      {"complement clause subject as target", "Valdor declared that Karnia would not change.", "VAL>KAR:010"},
      {"evidential passive: the reported event, not the report", "Karnia was reported to attack Valdor.",
       "KAR>VAL:190"},
      {"PICO: stance + action", "Valdor promised to attack Karnia.", "VAL>KAR:138"},
      {"an appeal, not the action it asks for", "Valdor urged Karnia to respond to Sorvia.", "VAL>KAR:023"},
      {"negation through PICO", "Valdor did not criticize Karnia.", "VAL>KAR:050"},
      {"negation left out when PICO lists nothing", "Valdor did not attack Karnia.", ""},
      {"the null actor codes nothing", "Ghostland attacked Karnia.", ""},
      {"a redundant agent is not repeated", "The Herald journalists criticized Karnia.", "MED>KAR:110"},
  };
  for (const auto& c : cases) EXPECT_EQ(Code(c.text), c.dyads) << c.rule << ": " << c.text;
}

TEST_F(TabariRulesTest, ReportingClauseAndDatedActors) {
  // Reported speech: the reporting clause is attribution, also when one-actor
  // events are allowed.
  EXPECT_EQ(Code("Valdor attacked Karnia, a senior official declared.", /*monadic=*/true), "VAL>KAR:190");
  // Without the ontology nothing tells an intent from a purpose: the governed
  // action is coded with its controller as subject (the promise has no target).
  EXPECT_EQ(Code("Valdor promised to attack Karnia.", false, "", /*with_pico=*/false), "VAL>KAR:190");
  // The document date chooses the actor's code.
  EXPECT_EQ(Code("Korvan attacked Karnia.", false, "2011-05-01"), "SOR>KAR:190");
  EXPECT_EQ(Code("Korvan attacked Karnia.", false, "2015-05-01"), "VAL>KAR:190");
}

// The prefilter before the pattern keys' table: never a false "no" (a form
// it turned away would lose a pattern), and a "maybe" for few other words,
// short and long, ASCII and Arabic, also for words sharing a key's ends.
TEST(KeyPrefilterTest, HoldsEveryKeyAndTurnsAwayMostOtherWords) {
  std::vector<std::string> keys = {"a", "ab", "abc", "abcd", "to", "peace", "اتفاق", "ب"};
  std::vector<std::string> others = {"b", "ba", "abd", "abce", "of", "peaces", "اتفاقية", "ل"};
  for (int i = 0; i < 1500; ++i) {
    keys.push_back("key" + std::to_string(i));
    keys.push_back("كلمة" + std::to_string(i) + "ات");
    others.push_back("other" + std::to_string(i));
    others.push_back("غير" + std::to_string(i) + "ين");
    others.push_back("key" + std::to_string(i) + "s");
  }
  KeyPrefilter filter;
  for (const std::string& k : keys) filter.Add(k);
  for (const std::string& k : keys) EXPECT_TRUE(filter.MayContain(k)) << k;
  size_t maybe = 0;
  for (const std::string& w : others) maybe += filter.MayContain(w) ? 1 : 0;
  EXPECT_LT(maybe, others.size() / 10) << maybe << " of " << others.size() << " other words pass";
}

}  // namespace
}  // namespace isnad::coder
