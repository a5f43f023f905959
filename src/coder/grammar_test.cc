#include "coder/grammar.h"

#include <gtest/gtest.h>

#include "coder/testing/coder_fixtures.h"

namespace isnad::coder {
namespace {

// ClassesBySym must give, for every key of the lexicon, what Classes gives for
// its text: BuildSentenceState reads a token's classes from it.
TEST(GrammarTest, ClassesBySymAgreeWithClassesForEveryKey) {
  auto lex = testing::CompileTestLexicon({
      "isnad-dict\t1\tactors\n"
      "egypt\t*\tEgypt|مصر|Égypte\tEGY\tcountry\n"
      "un\t*\tthe United Nations|الأمم المتحدة\tIGOUNO\tigo\n",
      "isnad-dict\t1\tevents\n"
      "ar\tverb\tاتفق مع\t057\n"
      "en\tverb\tmet with\t040\n"
      "fr\tverb\ts'est entretenu avec\t040\n",
  });
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const lexicon::Lexicon& l = **lex;
  ASSERT_GT(l.key_count(), 0u);
  bool some_class = false;
  for (text::Lang lang : {text::Lang::kAr, text::Lang::kFr, text::Lang::kEn}) {
    const Grammar& g = Grammar::For(lang);
    const std::vector<uint32_t> by_sym = g.ClassesBySym(l);
    ASSERT_EQ(by_sym.size(), l.key_count());
    for (lexicon::Sym s = 0; s < l.key_count(); ++s) {
      // The key's text, found back through Lookup of the keys the lexicon has.
      std::string_view key = l.Key(s);
      EXPECT_EQ(l.Lookup(key), s);
      EXPECT_EQ(by_sym[s], g.Classes(key)) << key;
      some_class |= by_sym[s] != kGNone;
    }
  }
  // "مع", "with", "avec", "the" are grammar words and lexicon keys here.
  EXPECT_TRUE(some_class);
  EXPECT_NE(Grammar::For(text::Lang::kEn).ClassesBySym(l)[l.Lookup("with")] & kGPrepWith, 0u);
}

}  // namespace
}  // namespace isnad::coder
