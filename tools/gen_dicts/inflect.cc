// tools/gen_dicts/inflect.cc: Arabic nisba and French demonym inflection.
//
// Design note. Arabic: without diacritics, the nisba's suffixes are written the same for
// every noun (مصري، مصرية، مصريون، مصريين، مصريان، مصريتان، مصريتين، مصريات), so the
// forms are concatenations. The dual oblique (مصريَين) and the plural oblique (مصريِين)
// differ only by diacritics: one written form. French: the feminine follows the ending
// (-en/-on double the n, a final -e is kept, otherwise +e), the plural adds -s unless
// the form already ends in -s or -x; a short table holds the forms the rules miss
// (a word whose two genders are the same there, burkinabè, is invariable).
#include "gen_dicts/inflect.h"

#include <array>
#include <utility>

namespace isnad::gen_dicts {
namespace {

constexpr std::string_view kYa = "ي";
constexpr std::string_view kArticle = "ال";

// The suffixes added to a nisba (which ends in ي), in the order of ArabicNisbaForms.
constexpr std::array<std::string_view, 8> kNisbaSuffixes = {
    "",     // masculine singular: مصري
    "ة",    // feminine singular: مصرية
    "ون",   // masculine plural, nominative: مصريون
    "ين",   // masculine plural and dual, oblique: مصريين
    "ان",   // masculine dual, nominative: مصريان
    "تان",  // feminine dual, nominative: مصريتان
    "تين",  // feminine dual, oblique: مصريتين
    "ات",   // feminine plural: مصريات
};

// French forms the rules get wrong: masculine singular -> feminine singular; the
// plurals follow the usual rule from these.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kFrenchFeminine = {{
    {"grec", "grecque"},
    {"turc", "turque"},
    {"ouzbek", "ouzbèke"},
    {"burkinabè", "burkinabè"},  // Invariable in gender and number.
}};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find(' ', start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) words.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

void AddUnique(std::string form, std::vector<std::string>* forms) {
  for (const std::string& f : *forms) {
    if (f == form) return;
  }
  forms->push_back(std::move(form));
}

std::string FrenchFeminine(std::string_view masculine) {
  // A hyphenated compound (sud-coréen, bissau-guinéen) agrees in its last part only.
  size_t hyphen = masculine.rfind('-');
  std::string_view head = hyphen == std::string_view::npos ? "" : masculine.substr(0, hyphen + 1);
  std::string_view last = masculine.substr(head.size());
  std::string feminine(head);
  for (const auto& [masc, fem] : kFrenchFeminine) {
    if (last == masc) return feminine.append(fem);
  }
  feminine.append(last);
  if (EndsWith(last, "e")) return feminine;
  if (EndsWith(last, "en") || EndsWith(last, "on")) return feminine.append("ne");
  return feminine.append("e");
}

std::string FrenchPlural(std::string_view singular) {
  std::string plural(singular);
  if (!EndsWith(singular, "s") && !EndsWith(singular, "x")) plural.push_back('s');
  return plural;
}

}  // namespace

std::vector<std::string> ArabicNisbaForms(std::string_view base) {
  std::vector<std::string_view> words = Words(base);
  if (words.empty()) return {};
  for (std::string_view w : words) {
    if (!EndsWith(w, kYa) || w.size() <= kYa.size()) return {};
  }
  std::vector<std::string> forms;
  for (bool with_article : {false, true}) {
    for (std::string_view suffix : kNisbaSuffixes) {
      std::string form;
      for (std::string_view w : words) {
        if (!form.empty()) form.push_back(' ');
        if (with_article) form.append(kArticle);
        form.append(w);
        form.append(suffix);
      }
      AddUnique(std::move(form), &forms);
    }
  }
  return forms;
}

std::vector<std::string> ArabicPluralForms(std::string_view plural) {
  std::vector<std::string_view> words = Words(plural);
  if (words.empty()) return {};
  std::string bare;
  std::string with_article;
  for (std::string_view w : words) {
    if (!bare.empty()) {
      bare.push_back(' ');
      with_article.push_back(' ');
    }
    bare.append(w);
    with_article.append(kArticle);
    with_article.append(w);
  }
  return {bare, with_article};
}

std::vector<std::string> FrenchDemonymForms(std::string_view masculine) {
  if (masculine.empty()) return {};
  std::string feminine = FrenchFeminine(masculine);
  std::vector<std::string> forms;
  AddUnique(std::string(masculine), &forms);
  // The table's invariable words (same form in both genders) keep it in the plural too.
  for (const auto& [masc, fem] : kFrenchFeminine) {
    if (masc == fem && masculine.ends_with(masc)) return forms;
  }
  AddUnique(feminine, &forms);
  AddUnique(FrenchPlural(masculine), &forms);
  AddUnique(FrenchPlural(feminine), &forms);
  return forms;
}

}  // namespace isnad::gen_dicts
