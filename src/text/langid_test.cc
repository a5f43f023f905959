#include "text/langid.h"

#include <gtest/gtest.h>

#include <iterator>
#include <random>
#include <string>

#include "util/utf8.h"

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

// What ArabicByQuickScan must answer, decoded code point by code point.
bool QuickScanByCodePoints(std::string_view s) {
  // Text whose first letter-like character is an ASCII letter is left to the full scan.
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) break;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return false;
  }
  size_t latin = 0;
  size_t arabic = 0;
  for (size_t pos = 0; pos < s.size();) {
    const char32_t cp = utf8::Decode(s, &pos);
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
      ++latin;
    } else if (cp >= 0x0600 && cp <= 0x067F) {
      if (cp == 0x067E || cp == 0x0679) return false;  // پ ٹ
      if (!((cp >= 0x060C && cp <= 0x061F) || (cp >= 0x064B && cp <= 0x066D))) ++arabic;
    } else if (!(cp < 0x80 || (cp >= 0x80 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x2FFF) ||
                 (cp >= 0xF000 && cp <= 0xFFFF))) {
      return false;  // Another script, or a lead byte the full scan counts.
    }
  }
  return arabic > latin;
}

TEST(LangIdTest, QuickScanMatchesCodePointDefinition) {
  // Fragments: Arabic letters (ة, the hamza forms), a mark, Arabic punctuation and
  // digits, ASCII letters and others, no-break space, quotes, ZWNJ, a presentation
  // form, accented Latin, Persian letters, Cyrillic.
  const std::string_view kPieces[] = {
      "\u0628", "\u0629", "\u0623", "\u0621", "\u064E", "\u060C", "\u0661", "\u0640",
      "\u061F", "a",      "Z",      " ",      ".",      "1",      "\u00A0", "\u201C",
      "\u200C", "\uFEFB", "\u00E9", "\u067E", "\u06A9", "\u06CC", "\u0434", "\u0679",
      "\u0627\u0644\u062C\u064A\u0634 ", "the army "};
  std::mt19937 rng(7);
  size_t quick = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    // Lengths around the 16-byte blocks and past the 255-block flush.
    const size_t pieces = round % 3 == 0 ? rng() % 8 : round % 3 == 1 ? rng() % 60 : 800 + rng() % 600;
    // Mostly Arabic or mostly ASCII, so both answers come up.
    const size_t bias = rng() % 3;
    for (size_t k = 0; k < pieces; ++k) {
      size_t piece = rng() % std::size(kPieces);
      if (bias == 0 && rng() % 4 != 0) piece = rng() % 4;
      if (bias == 1 && rng() % 8 != 0) piece = 24 + rng() % 2;
      s.append(kPieces[piece]);
    }
    const bool expected = QuickScanByCodePoints(s);
    ASSERT_EQ(langid_internal::ArabicByQuickScan(s), expected) << s;
    if (expected) {
      ++quick;
      // The shortcut never changes a decision: the full scan says Arabic too.
      EXPECT_EQ(DetectParagraphLanguage(s, Lang::kEn), Lang::kAr) << s;
    }
  }
  EXPECT_GT(quick, 500u);
  EXPECT_LT(quick, 3500u);
}

TEST(LangIdTest, QuickScanCountsAtTheMargin) {
  // As many Arabic as ASCII letters: not a majority. One more: Arabic. Across
  // the vector blocks and the scalar tail.
  for (size_t n : {1, 7, 8, 9, 16, 17, 300, 4100}) {
    const std::string latin(n, 'x');
    std::string arabic;
    for (size_t i = 0; i < n; ++i) arabic += "\u0628";
    EXPECT_FALSE(langid_internal::ArabicByQuickScan(arabic + latin)) << n;
    EXPECT_TRUE(langid_internal::ArabicByQuickScan(arabic + "\u0628" + latin)) << n;
    EXPECT_FALSE(langid_internal::ArabicByQuickScan(latin + arabic + "\u0628")) << n;
    EXPECT_TRUE(langid_internal::ArabicByQuickScan("12 " + arabic + "\u0628" + latin)) << n;
  }
  // A cut code point at the end, and a lead byte without its continuation.
  EXPECT_FALSE(langid_internal::ArabicByQuickScan("\u0628\u0628\xD8"));
  EXPECT_FALSE(langid_internal::ArabicByQuickScan("\u0628\u0628\xD8 \u0628"));
  EXPECT_FALSE(langid_internal::ArabicByQuickScan(""));
}

}  // namespace
}  // namespace isnad::text
