#include "text/arabic_clitics.h"

#include <gtest/gtest.h>

#include <string>

#include "text/normalize.h"

namespace isnad::text {
namespace {

Vocabulary TestVocabulary() {
  Vocabulary v;
  for (const char* w : {"حفتر", "إسرائيل", "بنغازي", "ليبيا", "لبنان", "بريطانيا", "فرنسا", "واشنطن",
                        "باريس", "بكين", "كابول", "تزويد", "تدعم", "دعم", "اجتماع", "مصالح", "خصوم",
                        "يدعم", "عضو", "مصر"}) {
    v.Add(Lang::kAr, NormalizeWord(w));
  }
  return v;
}

struct Case {
  const char* word;
  const char* stem_surface;  // The stem's bytes in the word.
  const char* stem_key;
  uint16_t clitics;
  Pronoun pronoun;
};

void Check(ArabicSegmenter* seg, const Case& c, ArabicSegmenter::Mode mode) {
  const std::string_view word = c.word;
  const ArabicWord& w = seg->Analyze(word, mode);
  EXPECT_EQ(w.norm, NormalizeWord(word)) << c.word;
  EXPECT_EQ(word.substr(w.stem_begin, w.stem_end - w.stem_begin), c.stem_surface) << c.word;
  EXPECT_EQ(w.norm.substr(w.stem_offset, w.stem_size), c.stem_key) << c.word;
  EXPECT_EQ(w.clitics, c.clitics) << c.word;
  EXPECT_EQ(w.pronoun, c.pronoun) << c.word;
}

TEST(ArabicSegmenterTest, SplitsProcliticsValidatedByVocabulary) {
  const Vocabulary vocab = TestVocabulary();
  ArabicSegmenter seg(&vocab, 1000);
  const Case kCases[] = {
      {"وحفتر", "حفتر", "حفتر", kCliticWa, Pronoun::kNone},
      {"لحفتر", "حفتر", "حفتر", kCliticLi, Pronoun::kNone},
      {"لإسرائيل", "إسرائيل", "اسراءيل", kCliticLi, Pronoun::kNone},
      {"بتزويد", "تزويد", "تزويد", kCliticBi, Pronoun::kNone},
      {"وباريس", "باريس", "باريس", kCliticWa, Pronoun::kNone},
      {"فحفتر", "حفتر", "حفتر", kCliticFa, Pronoun::kNone},
      {"وبحفتر", "حفتر", "حفتر", kCliticWa | kCliticBi, Pronoun::kNone},
      {"سيدعم", "يدعم", "يدعم", kCliticSa, Pronoun::kNone},
      {"بعضو", "عضو", "عضو", kCliticBi, Pronoun::kNone},
      // Known whole words that start with clitic-like letters stay whole.
      {"بنغازي", "بنغازي", "بنغازي", kCliticNone, Pronoun::kNone},
      {"ليبيا", "ليبيا", "ليبيا", kCliticNone, Pronoun::kNone},
      {"لبنان", "لبنان", "لبنان", kCliticNone, Pronoun::kNone},
      {"بريطانيا", "بريطانيا", "بريطانيا", kCliticNone, Pronoun::kNone},
      {"فرنسا", "فرنسا", "فرنسا", kCliticNone, Pronoun::kNone},
      {"واشنطن", "واشنطن", "واشنطن", kCliticNone, Pronoun::kNone},
      {"باريس", "باريس", "باريس", kCliticNone, Pronoun::kNone},
      {"بكين", "بكين", "بكين", kCliticNone, Pronoun::kNone},
      {"كابول", "كابول", "كابول", kCliticNone, Pronoun::kNone},
      // Unknown remainder: no split.
      {"بركان", "بركان", "بركان", kCliticNone, Pronoun::kNone},
      {"وزير", "وزير", "وزير", kCliticNone, Pronoun::kNone},
  };
  for (const Case& c : kCases) Check(&seg, c, ArabicSegmenter::Mode::kText);
}

TEST(ArabicSegmenterTest, SplitsArticleAndItsCombinations) {
  const Vocabulary vocab = TestVocabulary();
  ArabicSegmenter seg(&vocab, 1000);
  const Case kCases[] = {
      {"الجيش", "جيش", "جيش", kCliticAl, Pronoun::kNone},
      {"والجيش", "جيش", "جيش", kCliticWa | kCliticAl, Pronoun::kNone},
      {"للجيش", "جيش", "جيش", kCliticLi | kCliticAl, Pronoun::kNone},
      {"بالجيش", "جيش", "جيش", kCliticBi | kCliticAl, Pronoun::kNone},
      {"وبالجيش", "جيش", "جيش", kCliticWa | kCliticBi | kCliticAl, Pronoun::kNone},
      {"للقائد", "قائد", "قاءد", kCliticLi | kCliticAl, Pronoun::kNone},
      {"والإسرائيليين", "إسرائيليين", "اسراءيليين", kCliticWa | kCliticAl, Pronoun::kNone},
      {"الإمارات", "إمارات", "امارات", kCliticAl, Pronoun::kNone},
      // ل + a word that starts with ل: لليبيا = ل + ليبيا when ليبيا is known.
      {"لليبيا", "ليبيا", "ليبيا", kCliticLi, Pronoun::kNone},
      // Function words that look like the article stay whole.
      {"إلى", "إلى", "الي", kCliticNone, Pronoun::kNone},
      {"الى", "الى", "الي", kCliticNone, Pronoun::kNone},
      {"التي", "التي", "التي", kCliticNone, Pronoun::kNone},
      {"الذي", "الذي", "الذي", kCliticNone, Pronoun::kNone},
      {"والذي", "الذي", "الذي", kCliticWa, Pronoun::kNone},
      {"الله", "الله", "الله", kCliticNone, Pronoun::kNone},
      {"الآن", "الآن", "الان", kCliticNone, Pronoun::kNone},
      // An alef with hamza is not the article: ألف, آلية.
      {"آلية", "آلية", "اليه", kCliticNone, Pronoun::kNone},
      // Too short a remainder.
      {"الم", "الم", "الم", kCliticNone, Pronoun::kNone},
  };
  for (const Case& c : kCases) Check(&seg, c, ArabicSegmenter::Mode::kText);
}

TEST(ArabicSegmenterTest, SplitsPronounSuffixOnlyWhenStemIsKnown) {
  const Vocabulary vocab = TestVocabulary();
  ArabicSegmenter seg(&vocab, 1000);
  const Case kCases[] = {
      {"تدعمه", "تدعم", "تدعم", kCliticPronoun, Pronoun::k3ms},
      {"تدعمها", "تدعم", "تدعم", kCliticPronoun, Pronoun::k3fs},
      {"تدعمهم", "تدعم", "تدعم", kCliticPronoun, Pronoun::k3mp},
      {"مصالحها", "مصالح", "مصالح", kCliticPronoun, Pronoun::k3fs},
      {"خصومه", "خصوم", "خصوم", kCliticPronoun, Pronoun::k3ms},
      {"وتدعمه", "تدعم", "تدعم", kCliticWa | kCliticPronoun, Pronoun::k3ms},
      {"دعما", "دعم", "دعم", kCliticNone, Pronoun::kNone},  // tanween alef
      {"اجتماعا", "اجتماع", "اجتماع", kCliticNone, Pronoun::kNone},
      // A final ة folds to ه but is never the pronoun.
      {"دعمة", "دعمة", "دعمه", kCliticNone, Pronoun::kNone},
      // Unknown stem: no split.
      {"كتابه", "كتابه", "كتابه", kCliticNone, Pronoun::kNone},
      // After the article there is no pronoun suffix and no tanween.
      {"المصالحها", "مصالحها", "مصالحها", kCliticAl, Pronoun::kNone},
      {"الدعما", "دعما", "دعما", kCliticAl, Pronoun::kNone},
      // A final ي after a known word is the nisba ending, not "my".
      {"مصري", "مصري", "مصري", kCliticNone, Pronoun::kNone},
      {"المصري", "مصري", "مصري", kCliticAl, Pronoun::kNone},
      {"الإسرائيلي", "إسرائيلي", "اسراءيلي", kCliticAl, Pronoun::kNone},
      {"تدعمني", "تدعم", "تدعم", kCliticPronoun, Pronoun::k1s},
  };
  for (const Case& c : kCases) Check(&seg, c, ArabicSegmenter::Mode::kText);
}

TEST(ArabicSegmenterTest, WithoutVocabularySplitsOnlyTheArticle) {
  ArabicSegmenter seg(nullptr, 1000);
  const Case kCases[] = {
      {"وحفتر", "وحفتر", "وحفتر", kCliticNone, Pronoun::kNone},
      {"بنغازي", "بنغازي", "بنغازي", kCliticNone, Pronoun::kNone},
      {"تدعمه", "تدعمه", "تدعمه", kCliticNone, Pronoun::kNone},
      {"والجيش", "جيش", "جيش", kCliticWa | kCliticAl, Pronoun::kNone},
      {"للقائد", "قائد", "قاءد", kCliticLi | kCliticAl, Pronoun::kNone},
      {"الجيش", "جيش", "جيش", kCliticAl, Pronoun::kNone},
  };
  for (const Case& c : kCases) Check(&seg, c, ArabicSegmenter::Mode::kText);
}

TEST(ArabicSegmenterTest, DictionaryModeSplitsOnlyTheArticle) {
  const Vocabulary vocab = TestVocabulary();
  ArabicSegmenter seg(&vocab, 1000);
  const Case kCases[] = {
      {"الجيش", "جيش", "جيش", kCliticAl, Pronoun::kNone},
      {"وحفتر", "وحفتر", "وحفتر", kCliticNone, Pronoun::kNone},
      {"تدعمه", "تدعمه", "تدعمه", kCliticNone, Pronoun::kNone},
      {"للقائد", "للقائد", "للقاءد", kCliticNone, Pronoun::kNone},
  };
  for (const Case& c : kCases) Check(&seg, c, ArabicSegmenter::Mode::kDictionary);
}

TEST(ArabicSegmenterTest, KeepsDiacriticsInsideTheStemSpan) {
  const Vocabulary vocab = TestVocabulary();
  ArabicSegmenter seg(&vocab, 1000);
  const Case kCases[] = {
      {"وَحَفْتَر", "حَفْتَر", "حفتر", kCliticWa, Pronoun::kNone},
      {"الجَيْشُ", "جَيْشُ", "جيش", kCliticAl, Pronoun::kNone},
      {"تدعمُه", "تدعمُ", "تدعم", kCliticPronoun, Pronoun::k3ms},
  };
  for (const Case& c : kCases) Check(&seg, c, ArabicSegmenter::Mode::kText);
}

TEST(ArabicSegmenterTest, CacheIsBoundedAndGivesSameAnswers) {
  const Vocabulary vocab = TestVocabulary();
  ArabicSegmenter seg(&vocab, 2);
  for (int round = 0; round < 3; ++round) {
    for (const char* w : {"وحفتر", "الجيش", "بنغازي", "تدعمه"}) {
      const ArabicWord& a = seg.Analyze(w, ArabicSegmenter::Mode::kText);
      EXPECT_EQ(a.norm, NormalizeWord(w));
    }
  }
  EXPECT_EQ(seg.cache_hits() + seg.cache_misses(), 12u);
  ArabicSegmenter big(&vocab, 100);
  big.Analyze("وحفتر", ArabicSegmenter::Mode::kText);
  big.Analyze("وحفتر", ArabicSegmenter::Mode::kText);
  EXPECT_EQ(big.cache_hits(), 1u);
}

TEST(ArabicSegmenterTest, CacheHitGivesTheAnalysisOfTheMiss) {
  const Vocabulary vocab = TestVocabulary();
  ArabicSegmenter seg(&vocab, 1000);
  // Marks dropped, letters folded (ة أ ى), clitics and a suffix, a 26-letter word
  // (52 bytes: cached), and a 29-letter one (58 bytes: over the cached size).
  const char* kWords[] = {"وَحَفْتَر", "الجيشُ", "أمريكية", "تدعمُه", "مستشفى",
                          "استراتيجياتهماواستراتيجيات", "ااااااااااااااااااااااااااااا"};
  for (const char* word : kWords) {
    const ArabicWord& first = seg.Analyze(word, ArabicSegmenter::Mode::kText);
    const std::string norm(first.norm);
    const ArabicWord copy = first;
    const uint64_t hits = seg.cache_hits();
    const ArabicWord& again = seg.Analyze(word, ArabicSegmenter::Mode::kText);
    EXPECT_EQ(again.norm, norm) << word;
    EXPECT_EQ(again.norm, NormalizeWord(word)) << word;
    EXPECT_EQ(again.stem_offset, copy.stem_offset) << word;
    EXPECT_EQ(again.stem_size, copy.stem_size) << word;
    EXPECT_EQ(again.stem_begin, copy.stem_begin) << word;
    EXPECT_EQ(again.stem_end, copy.stem_end) << word;
    EXPECT_EQ(again.clitics, copy.clitics) << word;
    EXPECT_EQ(again.pronoun, copy.pronoun) << word;
    const bool cached = std::string_view(word).size() <= 54;
    EXPECT_EQ(seg.cache_hits(), hits + (cached ? 1 : 0)) << word;
  }
}

TEST(ArabicSegmenterTest, MixedOrOddInputIsNormalizedWhole) {
  ArabicSegmenter seg(nullptr, 10);
  const ArabicWord& w = seg.Analyze("الجيشABC", ArabicSegmenter::Mode::kText);
  EXPECT_EQ(w.norm, "الجيشabc");
  EXPECT_EQ(w.clitics, kCliticNone);
  const ArabicWord& m = seg.Analyze("ـ", ArabicSegmenter::Mode::kText);
  EXPECT_EQ(m.norm, "");
}

}  // namespace
}  // namespace isnad::text
