#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalize.h"
#include "util/utf8.h"

namespace isnad::text {
namespace {

struct Tok {
  std::string surface;
  std::string stem_key;
  uint16_t clitics;
  bool operator==(const Tok&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Tok& t) {
  return os << "{" << t.surface << " | " << t.stem_key << " | " << t.clitics << "}";
}

// Tokenizes `text` and checks the span invariants on every token.
std::vector<Tok> Tokens(Tokenizer* tokenizer, std::string_view text, Lang lang,
                     Tokenizer::Mode mode = Tokenizer::Mode::kText,
                     std::vector<Token>* raw = nullptr) {
  AnalyzedDocument doc;
  doc.text = text;
  tokenizer->Tokenize(text, 0, static_cast<uint32_t>(text.size()), lang, mode, &doc.tokens,
                      &doc.norm_buffer);
  std::vector<Tok> out;
  uint32_t prev_end = 0;
  for (const Token& t : doc.tokens) {
    EXPECT_LE(prev_end, t.begin);
    EXPECT_LT(t.begin, t.end);
    EXPECT_LE(t.end, text.size());
    EXPECT_LE(t.begin, t.stem_begin);
    EXPECT_LE(t.stem_begin, t.stem_end);
    EXPECT_LE(t.stem_end, t.end);
    EXPECT_LE(t.norm_offset + t.norm_size, doc.norm_buffer.size());
    EXPECT_LE(t.stem_offset + t.stem_size, doc.norm_buffer.size());
    prev_end = t.end;
    out.push_back(Tok{std::string(doc.Surface(t)), std::string(doc.Stem(t)), t.clitics});
  }
  if (raw != nullptr) *raw = doc.tokens;
  return out;
}

TEST(TokenizerTest, EnglishWordsNumbersAndPunctuation) {
  Tokenizer tok(nullptr, 100);
  const std::vector<Tok> expected = {
      {"The", "the", 0},       {"U.S.", "u.s.", 0},     {"and", "and", 0},
      {"al-Sisi", "al-sisi", 0}, {"agreed", "agreed", 0}, {"a", "a", 0},
      {"cease-fire", "cease-fire", 0}, {"on", "on", 0}, {"1,200", "1200", 0},
      {"F-16", "f-16", 0},     {"jets", "jets", 0},     {"(", "(", 0},
      {"3.5", "3.5", 0},       {"%", "%", 0},           {")", ")", 0},
      {"...", "...", 0},
  };
  EXPECT_EQ(Tokens(&tok, "The U.S. and al-Sisi agreed a cease-fire on 1,200 F-16 jets (3.5 %)...",
                Lang::kEn),
            expected);
}

TEST(TokenizerTest, EnglishPossessivesAndContractions) {
  Tokenizer tok(nullptr, 100);
  const std::vector<Tok> expected = {
      {"Gondor", "gondor", 0}, {"'s", "'s", kCliticPossessive},
      {"Israelis", "israelis", 0}, {"’", "'s", kCliticPossessive},
      {"allies", "allies", 0}, {"did", "did", 0}, {"n't", "n't", 0},
      {"ca", "ca", 0}, {"n't", "n't", 0}, {"it", "it", 0}, {"'s", "'s", 0},
      {"O'Brien", "o'brien", 0}, {"they", "they", 0}, {"'re", "'re", 0}, {".", ".", 0},
  };
  EXPECT_EQ(Tokens(&tok, "Gondor's Israelis’ allies didn't can't it's O'Brien they're.", Lang::kEn),
            expected);
}

TEST(TokenizerTest, FrenchElision) {
  Tokenizer tok(nullptr, 100);
  const std::vector<Tok> expected = {
      {"L'", "l'", kCliticElided},  {"armée", "armee", 0},  {"d’", "d'", kCliticElided},
      {"Israël", "israel", 0},      {"qu'", "qu'", kCliticElided}, {"il", "il", 0},
      {"jusqu'", "jusqu'", kCliticElided}, {"à", "a", 0},   {"aujourd'hui", "aujourd'hui", 0},
      {"d'", "d'", kCliticElided},  {"aujourd’hui", "aujourd'hui", 0},
      {"presqu'île", "presqu'ile", 0}, {"du", "du", 0},     {"Mme", "mme", 0},
      {"M.", "m.", 0},              {"Macron", "macron", 0},
  };
  EXPECT_EQ(Tokens(&tok,
                "L'armée d’Israël qu'il jusqu'à aujourd'hui d'aujourd’hui presqu'île du Mme M. "
                "Macron",
                Lang::kFr),
            expected);
}

TEST(TokenizerTest, ElisionOnlyInFrench) {
  Tokenizer tok(nullptr, 100);
  const std::vector<Tok> expected = {{"l'armee", "l'armee", 0}};
  EXPECT_EQ(Tokens(&tok, "l'armee", Lang::kEn), expected);
}

TEST(TokenizerTest, ArabicWithCliticsNbspAndDigits) {
  Vocabulary vocab;
  for (const char* w : {"حفتر", "إسرائيل", "بنغازي", "تزويد", "باريس", "تدعم"}) {
    vocab.Add(Lang::kAr, NormalizeWord(w));
  }
  Tokenizer tok(&vocab, 100);
  const std::vector<Tok> expected = {
      {"وحفتر", "حفتر", kCliticWa},
      {"«", "«", 0},
      {"لإسرائيل", "اسراءيل", kCliticLi},
      {"»", "»", 0},
      {"،", "،", 0},
      {"بنغازي", "بنغازي", 0},
      {"للقائد", "قاءد", kCliticLi | kCliticAl},
      {"والإسرائيليين", "اسراءيليين", kCliticWa | kCliticAl},
      {"بتزويد", "تزويد", kCliticBi},
      {"وباريس", "باريس", kCliticWa},
      {"تدعمه", "تدعم", kCliticPronoun},
      {"٢٠١٥", "2015", 0},
      {"؟", "؟", 0},
  };
  EXPECT_EQ(Tokens(&tok,
                "وحفتر «\u00A0لإسرائيل\u00A0»، بنغازي للقائد والإسرائيليين بتزويد وباريس تدعمه "
                "٢٠١٥؟",
                Lang::kAr),
            expected);
}

TEST(TokenizerTest, BidiMarksAndZwnjStayOutOfKeys) {
  Tokenizer tok(nullptr, 100);
  const std::vector<Tok> expected = {{"حفتر", "حفتر", 0}, {"Haftar", "haftar", 0}};
  EXPECT_EQ(Tokens(&tok, "\u200Fحفتر\u200E \u202BHaftar\u202C", Lang::kUnknown), expected);
  const std::vector<Tok> zwnj = {{"حف\u200Cتر", "حفتر", 0}};
  EXPECT_EQ(Tokens(&tok, "حف\u200Cتر", Lang::kAr), zwnj);
}

TEST(TokenizerTest, MixedScriptsAndNumbers) {
  Tokenizer tok(nullptr, 100);
  const std::vector<Tok> expected = {
      {"قال", "قال", 0}, {"Reuters", "reuters", 0}, {"إن", "ان", 0}, {"٣٫٥", "3.5", 0},
      {"12:30", "12:30", 0}, {"2015/16", "2015/16", 0}, {"3,5", "3.5", 0},
  };
  EXPECT_EQ(Tokens(&tok, "قال Reuters إن ٣٫٥ 12:30 2015/16 3,5", Lang::kAr), expected);
}

TEST(TokenizerTest, CapitalizedFlag) {
  Tokenizer tok(nullptr, 100);
  std::vector<Token> raw;
  Tokens(&tok, "Paris paris Élysée حفتر", Lang::kFr, Tokenizer::Mode::kText, &raw);
  ASSERT_EQ(raw.size(), 4u);
  EXPECT_TRUE(raw[0].capitalized);
  EXPECT_FALSE(raw[1].capitalized);
  EXPECT_TRUE(raw[2].capitalized);
  EXPECT_FALSE(raw[3].capitalized);
}

TEST(TokenizerTest, LongRunsAreCutIntoBoundedTokens) {
  Tokenizer tok(nullptr, 100);
  const std::string text(5000, 'a');
  std::vector<Token> raw;
  Tokens(&tok, text, Lang::kEn, Tokenizer::Mode::kText, &raw);
  ASSERT_FALSE(raw.empty());
  for (const Token& t : raw) EXPECT_LE(t.end - t.begin, Tokenizer::kMaxTokenBytes);
  EXPECT_EQ(raw.back().end, text.size());
}

TEST(TokenizerTest, SpansMapBackToTheText) {
  Vocabulary vocab;
  vocab.Add(Lang::kAr, NormalizeWord("حفتر"));
  Tokenizer tok(&vocab, 100);
  const std::string text =
      "وَحَفْتَر قال: «\u00A0الجيشُ\u00A0» l’armée Gondor's ١٢٣ \u200F؟! e.g. ©2020 🙂\xEF\xB8\x8F";
  for (Lang lang : {Lang::kAr, Lang::kFr, Lang::kEn, Lang::kUnknown}) {
    std::vector<Token> raw;
    AnalyzedDocument doc;
    doc.text = text;
    tok.Tokenize(text, 0, static_cast<uint32_t>(text.size()), lang, Tokenizer::Mode::kText,
                 &doc.tokens, &doc.norm_buffer);
    for (const Token& t : doc.tokens) {
      const std::string_view s = doc.Surface(t);
      EXPECT_EQ(s, std::string_view(text).substr(t.begin, t.end - t.begin));
      EXPECT_TRUE(utf8::IsValid(s)) << s;
      EXPECT_TRUE(utf8::IsValid(doc.StemSurface(t)));
      EXPECT_TRUE(utf8::IsValid(doc.Norm(t)));
      EXPECT_TRUE(utf8::IsValid(doc.Stem(t)));
      EXPECT_EQ(s.find(' '), std::string_view::npos);
      EXPECT_EQ(s.find("\u00A0"), std::string_view::npos);
    }
  }
}

}  // namespace
}  // namespace isnad::text
