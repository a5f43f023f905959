#include "text/boilerplate.h"

#include <gtest/gtest.h>

#include <string>

#include "text/tokenizer.h"

namespace isnad::text {
namespace {

bool IsBoilerplate(std::string_view text, Lang lang) {
  AnalyzedDocument doc;
  doc.text = text;
  Tokenizer tokenizer(nullptr, 100);
  tokenizer.Tokenize(text, 0, static_cast<uint32_t>(text.size()), lang, Tokenizer::Mode::kText,
                     &doc.tokens, &doc.norm_buffer);
  BoilerplateDetector detector;
  std::string scratch;
  return detector.IsBoilerplate(doc, 0, static_cast<uint32_t>(doc.tokens.size()), &scratch);
}

TEST(BoilerplateTest, RecognizesFootersInEachLanguage) {
  struct Case {
    const char* text;
    Lang lang;
  };
  const Case kCases[] = {
      {"اترك تعليقاً", Lang::kAr},
      {"اترك تعليقا", Lang::kAr},
      {"أضف تعليق", Lang::kAr},
      {"Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
       Lang::kFr},
      {"Laisser un commentaire", Lang::kFr},
      {"Leave a Reply", Lang::kEn},
      {"Your email address will not be published. Required fields are marked *", Lang::kEn},
      {"© 2019 Al-Araby. All rights reserved.", Lang::kEn},
      {"Tous droits réservés", Lang::kFr},
      {"جميع الحقوق محفوظة © 2020", Lang::kAr},
      {"This site uses cookies to improve your experience.", Lang::kEn},
      {"Share this:", Lang::kEn},
      {"Partager", Lang::kFr},
      {"شارك", Lang::kAr},
      {"اشترك في النشرة البريدية", Lang::kAr},
      {"Read more: Haftar's forces advance on Tripoli", Lang::kEn},
      {"Lire aussi : Libye, le maréchal Haftar", Lang::kFr},
      {"اقرأ أيضا: حفتر يلتقي", Lang::kAr},
      {"Published Monday 12 June 2017, 10:14 GMT", Lang::kEn},
      {"Publié le 3 mars 2019 à 14h30", Lang::kFr},
      {"الأحد 12 مايو 2019", Lang::kAr},
  };
  for (const Case& c : kCases) EXPECT_TRUE(IsBoilerplate(c.text, c.lang)) << c.text;
}

TEST(BoilerplateTest, RulesNeedTheirWholePhraseWhereverTheKeyWordIs) {
  // A key word alone is not enough; the phrase, late in the paragraph and after
  // another rule's key word, is.
  EXPECT_FALSE(IsBoilerplate("The minister said he would leave office in June.", Lang::kEn));
  EXPECT_FALSE(IsBoilerplate("The report was published on Monday by the ministry.", Lang::kEn));
  EXPECT_TRUE(IsBoilerplate("The report was published on Monday. We use cookies on this site.",
                            Lang::kEn));
  EXPECT_TRUE(IsBoilerplate("Comments are welcome. Leave a reply below.", Lang::kEn));
  // A line-start rule only at the start.
  EXPECT_TRUE(IsBoilerplate("Subscribe to our newsletter", Lang::kEn));
  EXPECT_FALSE(IsBoilerplate("Readers who subscribe to our newsletter", Lang::kEn));
}

TEST(BoilerplateTest, LeavesArticleTextAlone) {
  struct Case {
    const char* text;
    Lang lang;
  };
  const Case kCases[] = {
      {"وتعتبر إسرائيل من بين هذه القوى الداعمة لحفتر.", Lang::kAr},
      {"Share prices fell sharply in Tripoli on Monday.", Lang::kEn},
      {"Les deux camps refusent de partager le pouvoir à Tripoli.", Lang::kFr},
      {"شارك الرئيس في القمة العربية في الرياض.", Lang::kAr},
      {"Les champs pétroliers du sud sont fermés.", Lang::kFr},
      {"12 June 2017", Lang::kEn},  // A date alone is a byline...
      {"", Lang::kEn},
  };
  // ...so the date case is the exception the loop checks separately.
  for (const Case& c : kCases) {
    if (std::string_view(c.text) == "12 June 2017") {
      EXPECT_TRUE(IsBoilerplate(c.text, c.lang));
      continue;
    }
    EXPECT_FALSE(IsBoilerplate(c.text, c.lang)) << c.text;
  }
}

TEST(BoilerplateTest, LongParagraphsAreNeverBoilerplate) {
  std::string text = "Leave a comment ";
  for (int i = 0; i < 80; ++i) text += "word ";
  EXPECT_FALSE(IsBoilerplate(text, Lang::kEn));
}

}  // namespace
}  // namespace isnad::text
