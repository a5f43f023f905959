#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include "text/analyzer.h"

namespace isnad::lexicon {
namespace {

class LexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Dictionary d;
    Status s = d.ParseIsnadTsv(
        "isnad-dict\t1\tactors\n"
        "haftar\tar\tخليفة حفتر|حفتر\tLBYMIL\tperson\n"
        "lna\tar\tالجيش الوطني الليبي\tLBYMIL\torg\n"
        "benghazi_city\tar\tبنغازي\tLBY\tother\n"
        "israel\t*\tIsrael\tISR\tcountry\n"
        "israel\tar\tإسرائيل\n",
        "a.tsv");
    ASSERT_TRUE(s.ok()) << s.ToString();
    s = d.ParseIsnadTsv("isnad-dict\t1\tagents\nar\tالجيش|جيش\tMIL\n", "g.tsv");
    ASSERT_TRUE(s.ok()) << s.ToString();
    auto lex = Lexicon::Compile(std::move(d));
    ASSERT_TRUE(lex.ok());
    lex_ = std::move(lex).value();
  }

  std::vector<Match> MatchText(const std::string& text, text::Lang lang, uint32_t kinds = Lexicon::kAllKinds) {
    doc_.id = "t";
    doc_.text = text;
    text::AnalyzerOptions options;
    options.force_lang = lang;
    text::Analyzer analyzer(options, &lex_->vocabulary());
    EXPECT_TRUE(analyzer.Analyze(doc_, &analyzed_).ok());
    std::vector<Match> out;
    for (const auto& s : analyzed_.sentences) lex_->Match(analyzed_, s, &out, kinds);
    return out;
  }

  std::string Text(const Match& m) {
    return std::string(analyzed_.text.substr(analyzed_.tokens[m.begin].begin,
                                             analyzed_.tokens[m.end - 1].end - analyzed_.tokens[m.begin].begin));
  }

  std::unique_ptr<Lexicon> lex_;
  ingest::Document doc_;
  text::AnalyzedDocument analyzed_;
};

TEST_F(LexiconTest, FindsMultiWordNamesLongestFirst) {
  auto m = MatchText("قال إن الجيش الوطني الليبي دخل بنغازي.", text::Lang::kAr);
  ASSERT_GE(m.size(), 3u);
  EXPECT_EQ(Text(m[0]), "الجيش الوطني الليبي");
  EXPECT_EQ(m[0].kind, EntryKind::kActor);
  EXPECT_EQ(Text(m[1]), "الجيش");  // The nested agent is reported too.
  EXPECT_EQ(m[1].kind, EntryKind::kAgent);
  EXPECT_EQ(Text(m.back()), "بنغازي");
}

TEST_F(LexiconTest, ReportsOnlyTheKindsAskedForInTheSameOrder) {
  const std::string text = "قال إن الجيش الوطني الليبي دخل بنغازي وإسرائيل.";
  auto all = MatchText(text, text::Lang::kAr);
  for (uint32_t kinds : {Lexicon::KindBit(EntryKind::kAgent), Lexicon::KindBit(EntryKind::kActor),
                         Lexicon::KindBit(EntryKind::kPlace), 0u}) {
    std::vector<std::pair<uint32_t, uint32_t>> expected, got;
    for (const auto& m : all) {
      if (kinds & Lexicon::KindBit(m.kind)) expected.emplace_back(m.begin, m.end);
    }
    for (const auto& m : MatchText(text, text::Lang::kAr, kinds)) {
      EXPECT_NE(kinds & Lexicon::KindBit(m.kind), 0u);
      got.emplace_back(m.begin, m.end);
    }
    EXPECT_EQ(got, expected) << "kinds " << kinds;
  }
  // The agent nested in the actor name is found when only agents are asked for.
  auto agents = MatchText(text, text::Lang::kAr, Lexicon::KindBit(EntryKind::kAgent));
  ASSERT_EQ(agents.size(), 1u);
  EXPECT_EQ(Text(agents[0]), "الجيش");
}

TEST_F(LexiconTest, MatchesThroughArabicCliticsAndFolding) {
  auto m = MatchText("التقى وفد اسرائيل بخليفة حفتر ولحفتر", text::Lang::kAr);
  std::vector<std::string> found;
  for (const auto& x : m) found.push_back(Text(x));
  EXPECT_NE(std::find(found.begin(), found.end(), "اسرائيل"), found.end());  // Alef folded.
  EXPECT_NE(std::find(found.begin(), found.end(), "بخليفة حفتر"), found.end());
  EXPECT_NE(std::find(found.begin(), found.end(), "ولحفتر"), found.end());
}

TEST_F(LexiconTest, LanguageOfTheEntryLimitsWhereItMatches) {
  // "إسرائيل" is an Arabic name; "Israel" is for every language.
  auto en = MatchText("Israel and Haftar.", text::Lang::kEn);
  ASSERT_EQ(en.size(), 1u);
  EXPECT_EQ(Text(en[0]), "Israel");
  auto ar = MatchText("حفتر", text::Lang::kEn);
  EXPECT_TRUE(ar.empty());
}

TEST_F(LexiconTest, VocabularyHoldsStemKeysForCliticValidation) {
  EXPECT_TRUE(lex_->vocabulary().Contains(text::Lang::kAr, "حفتر"));
  EXPECT_TRUE(lex_->vocabulary().Contains(text::Lang::kAr, "بنغازي"));
  EXPECT_GT(lex_->stats().trie_nodes, 5u);
}

// Quotation marks inside a phrase do not stop it; entries written with or
// without them match text either way, and no match starts or ends on a mark.
TEST_F(LexiconTest, TokenKeyHelpersAgreeWithTheDocument) {
  // Tokens with clitics and the article (stem differs), without (one key),
  // Latin, punctuation and a quotation mark.
  MatchText("وقال والجيش حفتر « Israel » ، بنغازي.", text::Lang::kAr);
  ASSERT_GE(analyzed_.tokens.size(), 8u);
  int differ = 0;
  for (const text::Token& t : analyzed_.tokens) {
    EXPECT_EQ(NormKey(analyzed_, t), analyzed_.Norm(t));
    EXPECT_EQ(StemKey(analyzed_, t), analyzed_.Stem(t));
    EXPECT_EQ(StemIsWholeForm(analyzed_, t), analyzed_.Norm(t) == analyzed_.Stem(t)) << analyzed_.Norm(t);
    differ += analyzed_.Norm(t) != analyzed_.Stem(t);
  }
  EXPECT_GE(differ, 1);  // والجيش: و + ال + جيش.
}

TEST(LexiconQuoteTest, PhrasesMatchThroughQuotationMarks) {
  Dictionary d;
  Status s = d.ParseIsnadTsv(
      "isnad-dict\t1\tevents\n"
      "fr\tphrase\tse montre confiant\t013\n"
      "fr\tphrase\tjuge « inacceptable »\t111\n",
      "e.tsv");
  ASSERT_TRUE(s.ok()) << s.ToString();
  auto lex = Lexicon::Compile(std::move(d));
  ASSERT_TRUE(lex.ok());
  auto match = [&](const std::string& text) {
    ingest::Document doc;
    doc.id = "q";
    doc.text = text;
    text::AnalyzerOptions options;
    options.force_lang = text::Lang::kFr;
    text::Analyzer analyzer(options, &(*lex)->vocabulary());
    text::AnalyzedDocument analyzed;
    EXPECT_TRUE(analyzer.Analyze(doc, &analyzed).ok());
    std::vector<std::string> found;
    std::vector<Match> out;
    for (const auto& sent : analyzed.sentences) (*lex)->Match(analyzed, sent, &out);
    for (const auto& m : out) {
      if (m.kind != EntryKind::kEvent) continue;
      found.push_back(std::string(analyzed.text.substr(
          analyzed.tokens[m.begin].begin, analyzed.tokens[m.end - 1].end - analyzed.tokens[m.begin].begin)));
    }
    return found;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(match("Le ministre se montre « confiant » pour la suite."), V{"se montre « confiant"});
  EXPECT_EQ(match("Le ministre se montre \u201Cconfiant\u201D pour la suite."), V{"se montre \u201Cconfiant"});
  EXPECT_EQ(match("Le ministre se montre \"confiant\" pour la suite."), V{"se montre \"confiant"});
  EXPECT_EQ(match("Le ministre « se montre confiant »."), V{"se montre confiant"});
  EXPECT_EQ(match("Le ministre juge inacceptable la décision."), V{"juge inacceptable"});
  EXPECT_EQ(match("Le ministre juge « inacceptable » la décision."), V{"juge « inacceptable"});
  // A mark is stepped over, not a word: the phrase still needs all its words.
  EXPECT_TRUE(match("Le ministre se montre « très confiant »").empty());
  // Single quotes are apostrophes in French: they are not skipped.
  EXPECT_TRUE(match("Le ministre se montre ' confiant").empty());
}

}  // namespace
}  // namespace isnad::lexicon
