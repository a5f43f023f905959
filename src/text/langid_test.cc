#include "text/langid.h"

#include <gtest/gtest.h>

namespace isnad::text {
namespace {

TEST(LangIdTest, DetectsEachLanguage) {
  struct Case {
    const char* text;
    Lang declared;
    Lang expected;
  };
  const Case kCases[] = {
      {"The Libyan National Army said on Tuesday that its forces had taken the city.",
       Lang::kUnknown, Lang::kEn},
      {"L'Armée nationale libyenne a affirmé mardi que ses forces avaient pris la ville.",
       Lang::kUnknown, Lang::kFr},
      {"قالت قوات الجيش الوطني الليبي يوم الثلاثاء إنها سيطرت على المدينة.", Lang::kUnknown,
       Lang::kAr},
      // The seed's footer, in an Arabic document.
      {"Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
       Lang::kAr, Lang::kFr},
      // Short Arabic is Arabic, whatever the declared language.
      {"اترك تعليقاً", Lang::kFr, Lang::kAr},
      {"حفتر", Lang::kEn, Lang::kAr},
      // Short Latin text takes the declared Latin-script language.
      {"Tripoli", Lang::kFr, Lang::kFr},
      // Short Latin text in a declared-Latin document: the declared language,
      // unless a function word of the other language says otherwise.
      {"Shr 34 cts vs 1.19 dlrs", Lang::kEn, Lang::kEn},
      {"Lire la suite", Lang::kEn, Lang::kFr},
      {"Read the story", Lang::kFr, Lang::kEn},
      // No letters: the declared language.
      {"2015 - 2016", Lang::kEn, Lang::kEn},
      {"***", Lang::kUnknown, Lang::kUnknown},
      // Persian is not Arabic.
      {"خبرگزاری‌ها گزارش دادند که نیروهای ارتش لیبی کنترل شهر را به دست گرفتند و "
       "مردم از خانه‌های خود بیرون آمدند.",
       Lang::kUnknown, Lang::kOther},
      // One Persian letter in a transliterated name (گ) does not make Arabic Persian.
      {"أعلن رئيس الوزراء البريطاني گوردون براون اليوم أن الحكومة ستواصل دعم القوات "
       "المنتشرة في المنطقة حتى نهاية العام المقبل.",
       Lang::kUnknown, Lang::kAr},
      // Latin letters outnumber the Arabic ones: not Arabic.
      {"The agency quoted the minister in Tripoli (طرابلس) as saying the talks would resume.",
       Lang::kUnknown, Lang::kEn},
      // German is another language.
      {"Die libysche Nationalarmee hat am Dienstag erklärt, dass ihre Truppen die Stadt "
       "eingenommen haben.",
       Lang::kUnknown, Lang::kOther},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(DetectParagraphLanguage(c.text, c.declared), c.expected) << c.text;
  }
}

}  // namespace
}  // namespace isnad::text
