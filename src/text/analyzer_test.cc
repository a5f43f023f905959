#include "text/analyzer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "testutil.h"
#include "text/normalize.h"
#include "util/files.h"
#include "util/utf8.h"

namespace isnad::text {
namespace {

ingest::Document Doc(std::string text, std::string lang = "") {
  ingest::Document d;
  d.id = "test";
  d.text = std::move(text);
  d.lang = std::move(lang);
  return d;
}

void CheckInvariants(const AnalyzedDocument& a) {
  uint32_t next_token = 0;
  for (const Sentence& s : a.sentences) {
    EXPECT_EQ(s.token_begin, next_token);
    EXPECT_LT(s.token_begin, s.token_end);
    next_token = s.token_end;
    ASSERT_LT(s.paragraph, a.paragraphs.size());
    const Paragraph& p = a.paragraphs[s.paragraph];
    EXPECT_LE(p.begin, s.begin);
    EXPECT_LE(s.end, p.end);
    EXPECT_EQ(s.begin, a.tokens[s.token_begin].begin);
    EXPECT_EQ(s.end, a.tokens[s.token_end - 1].end);
  }
  EXPECT_EQ(next_token, a.tokens.size());
  for (const Token& t : a.tokens) {
    EXPECT_LE(t.begin, t.stem_begin);
    EXPECT_LE(t.stem_end, t.end);
    EXPECT_LE(t.end, a.text.size());
    EXPECT_TRUE(utf8::IsValid(a.Surface(t)));
  }
}

TEST(AnalyzerTest, EmptyAndBlankDocuments) {
  Analyzer analyzer(AnalyzerOptions(), nullptr);
  AnalyzedDocument out;
  for (const char* text : {"", "\n\n", "   \u00A0\n \t"}) {
    const ingest::Document d = Doc(text);
    ASSERT_TRUE(analyzer.Analyze(d, &out).ok());
    EXPECT_TRUE(out.paragraphs.empty());
    EXPECT_TRUE(out.sentences.empty());
    EXPECT_TRUE(out.tokens.empty());
  }
}

TEST(AnalyzerTest, RejectsOversizedDocuments) {
  AnalyzerOptions options;
  options.max_document_bytes = 10;
  Analyzer analyzer(options, nullptr);
  AnalyzedDocument out;
  const ingest::Document d = Doc("This is longer than ten bytes.");
  const Status s = analyzer.Analyze(d, &out);
  EXPECT_EQ(s.code(), StatusCode::kResourceExhausted);
  EXPECT_TRUE(out.tokens.empty());
}

TEST(AnalyzerTest, ForcedLanguageAppliesToEveryParagraph) {
  AnalyzerOptions options;
  options.force_lang = Lang::kFr;
  Analyzer analyzer(options, nullptr);
  AnalyzedDocument out;
  const ingest::Document d = Doc("The army said so.\n\nحفتر قال ذلك.");
  ASSERT_TRUE(analyzer.Analyze(d, &out).ok());
  for (const Paragraph& p : out.paragraphs) EXPECT_EQ(p.lang, Lang::kFr);
  EXPECT_EQ(out.lang, Lang::kFr);
}

TEST(AnalyzerTest, LongSentencesAreCutAndCounted) {
  AnalyzerOptions options;
  options.max_sentence_tokens = 10;
  Analyzer analyzer(options, nullptr);
  AnalyzedDocument out;
  std::string text = "Intro line here.\n\n";
  for (int i = 0; i < 35; ++i) text += "word ";
  text += "end.";
  const ingest::Document d = Doc(text, "en");
  ASSERT_TRUE(analyzer.Analyze(d, &out).ok());
  CheckInvariants(out);
  // 37 tokens in the second paragraph: 10 + 10 + 10 + 7.
  ASSERT_EQ(out.sentences.size(), 5u);
  for (const Sentence& s : out.sentences) EXPECT_LE(s.token_end - s.token_begin, 10u);
  EXPECT_EQ(analyzer.stats().long_sentence_cuts, 3u);
  EXPECT_EQ(analyzer.stats().tokens, out.tokens.size());
}

TEST(AnalyzerTest, PhraseKeysDictionaryMode) {
  Vocabulary vocab;
  vocab.Add(Lang::kAr, NormalizeWord("حفتر"));
  Analyzer analyzer(AnalyzerOptions(), &vocab);
  struct Case {
    Lang lang;
    const char* phrase;
    std::vector<std::string> keys;
  };
  const Case kCases[] = {
      {Lang::kAr, "الجيش الوطني الليبي", {"جيش", "وطني", "ليبي"}},
      {Lang::kAr, "خليفة حفتر", {"خليفه", "حفتر"}},
      {Lang::kAr, "وحفتر", {"وحفتر"}},          // No single-letter proclitic in dictionaries.
      {Lang::kAr, "بنغازي", {"بنغازي"}},
      {Lang::kAr, "تدعمه", {"تدعمه"}},          // No pronoun suffix either.
      {Lang::kAr, "الإمارات العربية المتحدة", {"امارات", "عربيه", "متحده"}},
      {Lang::kFr, "l'Armée nationale libyenne", {"l'", "armee", "nationale", "libyenne"}},
      {Lang::kEn, "Gondor's army", {"gondor", "'s", "army"}},
      {Lang::kEn, "U.S. Army, 2015", {"u.s.", "army", "2015"}},
  };
  for (const Case& c : kCases) {
    std::vector<std::string> keys;
    analyzer.PhraseKeys(c.lang, c.phrase, &keys);
    EXPECT_EQ(keys, c.keys) << c.phrase;
  }
}

TEST(AnalyzerTest, MixedLanguageDocument) {
  Analyzer analyzer(AnalyzerOptions(), nullptr);
  AnalyzedDocument out;
  const ingest::Document d = Doc(
      "The Libyan National Army said on Tuesday that its forces had taken control of the "
      "southern city after heavy fighting with rival militias.\n\n"
      "قالت قوات الجيش الوطني الليبي يوم الثلاثاء إنها سيطرت على المدينة الجنوبية بعد قتال عنيف مع "
      "ميليشيات منافسة.\n\n"
      "L'Armée nationale libyenne a affirmé mardi que ses forces avaient pris le contrôle de la "
      "ville du sud après de violents combats.");
  ASSERT_TRUE(analyzer.Analyze(d, &out).ok());
  CheckInvariants(out);
  ASSERT_EQ(out.paragraphs.size(), 3u);
  EXPECT_EQ(out.paragraphs[0].lang, Lang::kEn);
  EXPECT_EQ(out.paragraphs[1].lang, Lang::kAr);
  EXPECT_EQ(out.paragraphs[2].lang, Lang::kFr);
  EXPECT_EQ(out.sentences.size(), 3u);
}

TEST(AnalyzerTest, InvalidInputRepairedFirstIsHandled) {
  Analyzer analyzer(AnalyzerOptions(), nullptr);
  AnalyzedDocument out;
  const ingest::Document d = Doc(utf8::Repair("abc\xFF\xFE def \xC3 \xD8\n\nحفتر\xE2\x80"));
  ASSERT_TRUE(analyzer.Analyze(d, &out).ok());
  CheckInvariants(out);
  EXPECT_FALSE(out.tokens.empty());
}

TEST(AnalyzerTest, SeedArticle) {
  ISNAD_REQUIRE_SHARED();
  const std::string path = testing::SharedDir() + "/eval/seed/seed_ar_haftar.txt";
  auto text = ReadFile(path);
  ASSERT_TRUE(text.ok()) << path;
  Analyzer analyzer(AnalyzerOptions(), nullptr);
  AnalyzedDocument out;
  const ingest::Document d = Doc(*text);
  ASSERT_TRUE(analyzer.Analyze(d, &out).ok());
  CheckInvariants(out);
  if (getenv("ISNAD_DUMP")) {
    for (const Sentence& s : out.sentences) {
      printf("[p%u %s%s%s] %s\n", s.paragraph, std::string(LangCode(s.lang)).c_str(),
             s.headline ? " H" : "", s.boilerplate ? " B" : "",
             std::string(out.SentenceText(s)).c_str());
    }
  }
  // Checked by hand: the headline, 8 article paragraphs with 1+2+2+3+4+2+1 sentences
  // after the first (1), then "اترك تعليقاً" and the two-sentence French footer.
  ASSERT_EQ(out.paragraphs.size(), 10u);
  EXPECT_EQ(out.sentences.size(), 19u);
  EXPECT_EQ(out.lang, Lang::kAr);
  ASSERT_FALSE(out.sentences.empty());
  EXPECT_TRUE(out.sentences[0].headline);
  EXPECT_EQ(out.SentenceText(out.sentences[0]), "موقع أمريكي : إسرائيل أبرز داعمي قوات خليفة حفتر");
  for (size_t i = 1; i < out.sentences.size(); ++i) EXPECT_FALSE(out.sentences[i].headline);
  for (size_t i = 0; i < 8; ++i) {
    EXPECT_EQ(out.paragraphs[i].lang, Lang::kAr) << i;
    EXPECT_FALSE(out.paragraphs[i].boilerplate) << i;
  }
  EXPECT_TRUE(out.paragraphs[8].boilerplate);
  EXPECT_EQ(out.paragraphs[8].lang, Lang::kAr);
  EXPECT_TRUE(out.paragraphs[9].boilerplate);
  EXPECT_EQ(out.paragraphs[9].lang, Lang::kFr);
  size_t article_sentences = 0;
  for (const Sentence& s : out.sentences) article_sentences += s.boilerplate ? 0 : 1;
  EXPECT_EQ(article_sentences, 16u);
  // Every token maps back to the text.
  for (const Token& t : out.tokens) {
    EXPECT_EQ(out.Surface(t), std::string_view(*text).substr(t.begin, t.end - t.begin));
  }
}

}  // namespace
}  // namespace isnad::text
