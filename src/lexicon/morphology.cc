// Regular verb inflection for dictionary lemmas. Rules are the textbook regular
// paradigms of each language; anything irregular is listed by the dictionary, so
// no rule here tries to guess an irregular form. Only the first word of a
// multi-word lemma is inflected ("take part" -> "took part" must be listed, but
// "takes part" is generated).
#include "lexicon/morphology.h"

#include <algorithm>
#include <unordered_set>

namespace isnad::lexicon {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void English(std::string_view lemma, std::vector<std::string>* out) {
  if (lemma.empty()) return;
  std::string s(lemma);
  char last = s.back();
  char before = s.size() > 1 ? s[s.size() - 2] : '\0';
  // Third person singular.
  if (EndsWith(s, "s") || EndsWith(s, "x") || EndsWith(s, "z") || EndsWith(s, "ch") ||
      EndsWith(s, "sh") || (last == 'o' && !IsVowel(before))) {
    out->push_back(s + "es");
  } else if (last == 'y' && !IsVowel(before)) {
    out->push_back(s.substr(0, s.size() - 1) + "ies");
  } else {
    out->push_back(s + "s");
  }
  // Past and past participle.
  if (last == 'e') {
    out->push_back(s + "d");
  } else if (last == 'y' && !IsVowel(before)) {
    out->push_back(s.substr(0, s.size() - 1) + "ied");
  } else {
    out->push_back(s + "ed");
  }
  // Gerund.
  if (EndsWith(s, "ie")) {
    out->push_back(s.substr(0, s.size() - 2) + "ying");
  } else if (last == 'e' && before != 'e' && before != 'y' && before != 'o' && s.size() > 2) {
    out->push_back(s.substr(0, s.size() - 1) + "ing");
  } else {
    out->push_back(s + "ing");
  }
}

void French(std::string_view infinitive, std::vector<std::string>* out) {
  // Only the first group (-er, but not aller) is regular enough to generate.
  if (!EndsWith(infinitive, "er") || infinitive.size() < 4 || infinitive == "aller") return;
  std::string inf(infinitive);
  std::string stem = inf.substr(0, inf.size() - 2);
  // -ger verbs keep the soft g before a and o (mangeait); -cer verbs write ç there,
  // which normalization folds to c anyway.
  std::string stem_ao = EndsWith(stem, "g") ? stem + "e" : stem;
  if (EndsWith(stem, "c")) stem_ao = stem.substr(0, stem.size() - 1) + "ç";
  for (const char* ending : {"e", "ent", "é", "ée", "és", "ées", "èrent"}) out->push_back(stem + ending);
  for (const char* ending : {"ait", "aient", "a", "ant"}) out->push_back(stem_ao + ending);
  for (const char* ending : {"a", "ont", "ait", "aient"}) out->push_back(inf + ending);
}

// Arabic letters used by the rules (UTF-8).
constexpr std::string_view kYa = "ي";
constexpr std::string_view kAlefMaqsura = "ى";
constexpr std::string_view kAlef = "ا";
constexpr std::string_view kWaw = "و";

std::string_view DropLastLetter(std::string_view s) {
  // Arabic letters are two bytes in UTF-8.
  return s.size() >= 2 ? s.substr(0, s.size() - 2) : s;
}

void ArabicPast(std::string_view past, std::vector<std::string>* out) {
  std::string p(past);
  if (EndsWith(past, kAlefMaqsura) || EndsWith(past, kAlef)) {
    // Defective: التقى -> التقت، التقوا؛ دعا -> دعت، دعوا.
    std::string base(DropLastLetter(past));
    bool ya = EndsWith(past, kAlefMaqsura);
    for (const char* ending : {"ت", "وا", "تا"}) out->push_back(base + ending);
    out->push_back(base + (ya ? "يا" : "وا"));
    out->push_back(base + (ya ? "ينا" : "ونا"));
    return;
  }
  for (const char* ending : {"ت", "وا", "ا", "تا", "ن", "نا", "تم"}) out->push_back(p + ending);
}

void ArabicImperfect(std::string_view imperfect, std::vector<std::string>* out) {
  if (!imperfect.starts_with(kYa) || imperfect.size() < 4) return;
  std::string_view stem = imperfect.substr(kYa.size());
  std::string s(stem);
  for (const char* prefix : {"ت", "ن", "أ"}) out->push_back(prefix + s);
  if (EndsWith(stem, kYa) || EndsWith(stem, kWaw) || EndsWith(stem, kAlefMaqsura)) {
    // Defective: يلتقي -> يلتقون، يلتقوا؛ يدعو -> يدعون، يدعوا.
    std::string base(DropLastLetter(stem));
    for (const char* prefix : {"ي", "ت"}) {
      out->push_back(prefix + base + "ون");
      out->push_back(prefix + base + "وا");
      out->push_back(prefix + s + "ان");
    }
    out->push_back("ي" + s + "ن");
    return;
  }
  for (const char* prefix : {"ي", "ت"}) {
    for (const char* ending : {"ون", "وا", "ان"}) out->push_back(prefix + s + ending);
  }
  out->push_back("ي" + s + "ن");
  out->push_back("ت" + s + "ين");
}

// Applies `inflect` to the first word of `form`, keeping the rest.
template <typename F>
void InflectFirstWord(std::string_view form, F inflect, std::vector<std::string>* out) {
  size_t space = form.find(' ');
  std::string_view head = form.substr(0, space);
  std::string_view rest = space == std::string_view::npos ? std::string_view() : form.substr(space);
  std::vector<std::string> heads;
  inflect(head, &heads);
  for (auto& h : heads) out->push_back(h + std::string(rest));
}

}  // namespace

void InflectVerb(text::Lang lang, const std::vector<std::string_view>& forms,
                 std::vector<std::string>* out) {
  std::vector<std::string> all;
  for (auto f : forms) all.emplace_back(f);
  if (!forms.empty()) {
    switch (lang) {
      case text::Lang::kEn:
        InflectFirstWord(forms[0], English, &all);
        break;
      case text::Lang::kFr:
        InflectFirstWord(forms[0], French, &all);
        break;
      case text::Lang::kAr:
        InflectFirstWord(forms[0], ArabicPast, &all);
        if (forms.size() > 1) InflectFirstWord(forms[1], ArabicImperfect, &all);
        break;
      default:
        break;
    }
  }
  std::unordered_set<std::string> seen;
  for (auto& f : all) {
    if (seen.insert(f).second) out->push_back(std::move(f));
  }
}

}  // namespace isnad::lexicon
