// tools/gen_dicts/inflect.h: the inflection rules that turn one demonym into all its
// written forms, for the generated country dictionary (build/data/generated/countries.tsv).
//
// Arabic: a nisba adjective (إسرائيلي) takes the feminine ة, the duals ان/تان/ين/تين, the
// sound plurals ون/ين/ات, and the article ال. French: a masculine singular adjective
// (israélien) takes the feminine and the plurals. The rules are regular; the few
// irregular French forms are listed in inflect.cc.
//
// Thread-safety: pure functions.
#ifndef ISNAD_TOOLS_GEN_DICTS_INFLECT_H_
#define ISNAD_TOOLS_GEN_DICTS_INFLECT_H_

#include <string>
#include <string_view>
#include <vector>

namespace isnad::gen_dicts {

// Returns the written forms of the Arabic nisba `base` (masculine singular without the
// article, UTF-8, e.g. "إسرائيلي"), in this order: the forms without the article
// (masc. sg., fem. sg., masc. pl. nominative, masc. pl. oblique, masc. dual nominative,
// fem. dual nominative, fem. dual oblique, fem. pl.), then the same with ال.
// A base of several words ("كوري جنوبي") is inflected word by word (agreement), each word
// taking the article. Returns {} when a word of `base` does not end in ي (not a nisba).
std::vector<std::string> ArabicNisbaForms(std::string_view base);

// Returns the forms of the Arabic broken plural `plural` ("أتراك"): itself and with ال.
std::vector<std::string> ArabicPluralForms(std::string_view plural);

// Returns the forms of the French demonym `masculine` (masculine singular, UTF-8, e.g.
// "israélien"): masc. sg., fem. sg., masc. pl., fem. pl., without duplicates
// ("suisse" gives suisse, suisses). Hyphenated compounds inflect their last part only
// ("sud-coréen" -> "sud-coréenne"). Returns {} for an empty argument.
std::vector<std::string> FrenchDemonymForms(std::string_view masculine);

}  // namespace isnad::gen_dicts

#endif  // ISNAD_TOOLS_GEN_DICTS_INFLECT_H_
