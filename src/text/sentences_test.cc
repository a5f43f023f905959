#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace isnad::text {
namespace {

// Splits `text` into paragraphs and sentences with `lang` and returns the
// sentences' text; headlines are prefixed with "H:".
std::vector<std::string> SentencesOf(std::string_view text, Lang lang, size_t max_tokens = 0) {
  AnalyzedDocument doc;
  doc.text = text;
  SplitParagraphs(text, &doc.paragraphs);
  Tokenizer tokenizer(nullptr, 100);
  for (uint32_t i = 0; i < doc.paragraphs.size(); ++i) {
    Paragraph& p = doc.paragraphs[i];
    p.lang = lang;
    const auto first = static_cast<uint32_t>(doc.tokens.size());
    tokenizer.Tokenize(text, p.begin, p.end, lang, Tokenizer::Mode::kText, &doc.tokens,
                       &doc.norm_buffer);
    SplitSentences(i, first, static_cast<uint32_t>(doc.tokens.size()), i == 0, max_tokens, &doc);
  }
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) {
    out.push_back((s.headline ? "H:" : "") + std::string(doc.SentenceText(s)));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(SplitParagraphsTest, BlankLinesShortLinesAndHardWraps) {
  struct Case {
    const char* text;
    Strings paragraphs;
  };
  const Case kCases[] = {
      {"", {}},
      {"One.\n\nTwo.", {"One.", "Two."}},
      {"  One.  \n \u00A0 \n\tTwo.\r\n", {"One.", "Two."}},
      // A short title line without punctuation is its own block.
      {"A headline here\nThe body starts and goes on.", {"A headline here",
                                                         "The body starts and goes on."}},
      // A long line that does not end a sentence is a hard wrap.
      {"The army said on Tuesday that its forces had taken the southern city of\n"
       "Sabha after days of fighting.",
       {"The army said on Tuesday that its forces had taken the southern city of\n"
        "Sabha after days of fighting."}},
      // A line ending with final punctuation ends the block; bullets start one.
      {"First point is made here.\nSecond line.\n- a bullet", {"First point is made here.",
                                                               "Second line.", "- a bullet"}},
      // Arabic lines (saudinewsnet style: one paragraph per line).
      {"بريدة 25 شوال\n يواصل المهرجان فعالياته.\n وأوضح الرئيس أن المهرجان يشهد تطورا.",
       {"بريدة 25 شوال", "يواصل المهرجان فعالياته.", "وأوضح الرئيس أن المهرجان يشهد تطورا."}},
  };
  for (const Case& c : kCases) {
    std::vector<Paragraph> ps;
    SplitParagraphs(c.text, &ps);
    Strings got;
    for (const Paragraph& p : ps) got.emplace_back(std::string_view(c.text).substr(p.begin, p.end - p.begin));
    EXPECT_EQ(got, c.paragraphs) << c.text;
  }
}

TEST(SplitSentencesTest, EnglishAbbreviationsAndInitials) {
  EXPECT_EQ(SentencesOf("Intro.\n\nMr. Smith met Gen. Haftar in the U.S. on Jan. 5. "
                        "President George W. Bush spoke. It ended.",
                        Lang::kEn),
            (Strings{"Intro.", "Mr. Smith met Gen. Haftar in the U.S. on Jan. 5.",
                     "President George W. Bush spoke.", "It ended."}));
  EXPECT_EQ(SentencesOf("Intro.\n\nTroops, tanks, etc. were sent, e.g. to Sirte. Really? Yes!",
                        Lang::kEn),
            (Strings{"Intro.", "Troops, tanks, etc. were sent, e.g. to Sirte.", "Really?",
                     "Yes!"}));
}

TEST(SplitSentencesTest, FrenchAbbreviations) {
  EXPECT_EQ(SentencesOf("Intro.\n\nM. Macron et Mme Merkel ont parlé. MM. Dupont et "
                        "Durand aussi. Le Pr. Martin a signé.",
                        Lang::kFr),
            (Strings{"Intro.", "M. Macron et Mme Merkel ont parlé.", "MM. Dupont et Durand aussi.",
                     "Le Pr. Martin a signé."}));
}

TEST(SplitSentencesTest, QuotesHoldTheSentenceTogether) {
  EXPECT_EQ(SentencesOf("Intro.\n\nIl a dit : « Nous partons. Demain. » Puis il est parti.",
                        Lang::kFr),
            (Strings{"Intro.", "Il a dit : « Nous partons. Demain. »", "Puis il est parti."}));
  EXPECT_EQ(SentencesOf("Intro.\n\nHe said \"We leave. Now.\" Then he left. (See it. Or not.) "
                        "End.",
                        Lang::kEn),
            (Strings{"Intro.", "He said \"We leave. Now.\"", "Then he left.",
                     "(See it. Or not.)", "End."}));
}

TEST(SplitSentencesTest, GuillemetsInEitherDirection) {
  EXPECT_EQ(SentencesOf("مقدمة.\n\nقال »لن نتراجع. أبدا« ثم غادر. وانتهى »الاجتماع» بلا اتفاق. وعاد.",
                        Lang::kAr),
            (Strings{"مقدمة.", "قال »لن نتراجع. أبدا« ثم غادر.", "وانتهى »الاجتماع» بلا اتفاق.",
                     "وعاد."}));
}

TEST(SplitSentencesTest, ArabicPunctuation) {
  EXPECT_EQ(SentencesOf("مقدمة.\n\nهل يدعم حفتر؟ نعم، يدعمه؛ قال ذلك! وانتهى. «قال: لا. لا» ثم ذهب.",
                        Lang::kAr),
            (Strings{"مقدمة.", "هل يدعم حفتر؟", "نعم، يدعمه؛ قال ذلك!", "وانتهى.",
                     "«قال: لا. لا» ثم ذهب."}));
}

TEST(SplitSentencesTest, HeadlineIsItsOwnSentence) {
  EXPECT_EQ(SentencesOf("Haftar backed by Israel, report says\nThe report said so. It did.",
                        Lang::kEn),
            (Strings{"H:Haftar backed by Israel, report says", "The report said so.",
                     "It did."}));
  // A first paragraph with final punctuation is not a headline.
  EXPECT_EQ(SentencesOf("He said so. It did.", Lang::kEn), (Strings{"He said so.", "It did."}));
  // Only the first paragraph can be a headline.
  EXPECT_EQ(SentencesOf("One.\n\nNo punctuation here", Lang::kEn),
            (Strings{"One.", "No punctuation here"}));
}

TEST(SplitSentencesTest, LowercaseContinuationDoesNotBreak) {
  EXPECT_EQ(SentencesOf("Intro.\n\nYahoo! said it... and then left.", Lang::kEn),
            (Strings{"Intro.", "Yahoo! said it... and then left."}));
}

// Found by fuzz_text_analyzer: the headline rule ignored max_sentence_tokens.
TEST(SplitSentencesTest, HeadlineRespectsTheSentenceLimit) {
  EXPECT_EQ(SentencesOf("a b c d e", Lang::kEn, 3), (Strings{"a b c", "d e"}));
  EXPECT_EQ(SentencesOf("a b c", Lang::kEn, 3), (Strings{"H:a b c"}));
}

// Found by fuzz_text_analyzer: closing quotes after the final punctuation were
// added to a sentence already at the limit.
TEST(SplitSentencesTest, ClosingQuotesRespectTheSentenceLimit) {
  EXPECT_EQ(SentencesOf("Intro.\n\nb c. ) ) D", Lang::kEn, 3),
            (Strings{"Intro.", "b c.", ") )", "D"}));
}

TEST(SplitSentencesTest, LongSentencesAreCut) {
  const Strings got = SentencesOf("Intro.\n\na b c d e f g h.", Lang::kEn, 3);
  EXPECT_EQ(got, (Strings{"Intro.", "a b c", "d e f", "g h."}));
}

}  // namespace
}  // namespace isnad::text
