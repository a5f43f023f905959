// tools/gen_dicts/generate.cc: the generated countries.tsv and places.tsv.
//
// Design note. The country list is ISO 3166-1 (iso-codes) plus the entities of
// cameo_codes.tsv; each country gathers its names per language from ICU (display,
// short and variant forms), iso-codes (name, common and official names, translated
// through iso_3166-1.mo) and country_alternates.tsv. A name given to two countries in
// the same language ("Congo" in some source) would make every mention ambiguous
// between states: it is dropped from both and noted. country_name_exclusions.tsv
// removes the packages' errors and the names that are also common words. Capitals are
// our table's metonyms, a language the table leaves empty being filled with
// libgeonames' name of the capital city in it; the capital city is
// found by English name and country among libgeonames' cities (the most populous one
// when several share the name). Places are written in libgeonames' order, countries
// after them; everything else is sorted by code, so the output is stable.
#include "gen_dicts/generate.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "gen_dicts/inflect.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace isnad::gen_dicts {
namespace {

constexpr const char* kLanguages[] = {"ar", "fr", "en"};

struct Country {
  std::string alpha3;  // Our id: ISO alpha-3, or cameo_codes.tsv's.
  std::string alpha2;
  std::string code;                                       // CAMEO code.
  const IsoCountry* iso = nullptr;                        // Null for entities ISO lacks.
  std::map<std::string, std::vector<std::string>> names;  // By language, in order.
  std::map<std::string, std::vector<std::string>> demonyms;
  std::map<std::string, std::vector<std::string>> capital_names;
  bool is_state = false;   // Has a capitals.tsv row.
  long capital_city = -1;  // Index in DebianData::cities, or -1.
  std::optional<std::pair<double, double>> capital_coordinates;  // From the table.
};

bool IsDroppedMark(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F ||
         cp == 0x061C || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
         cp == 0xFEFF;
}

bool HasArabicLetter(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    char32_t cp = utf8::Decode(s, &pos);
    if (cp >= 0x0621 && cp <= 0x064A) return true;
  }
  return false;
}

bool IsArabicDiacritic(char32_t cp) { return (cp >= 0x064B && cp <= 0x0652) || cp == 0x0670; }

// The key under which two names count as one: ASCII case and Arabic diacritics ignored
// (iso-codes writes جمهوريّة with a shadda, ICU جمهورية without).
std::string DedupKey(std::string_view name) {
  std::string key;
  for (size_t pos = 0; pos < name.size();) {
    char32_t cp = utf8::Decode(name, &pos);
    if (!IsArabicDiacritic(cp)) utf8::Append(cp, &key);
  }
  return AsciiLower(key);
}

// Appends `s` unless `list` holds it already, up to case and diacritics: the first
// spelling met wins.
void AddUnique(const std::string& s, std::vector<std::string>* list) {
  if (s.empty()) return;
  std::string key = DedupKey(s);
  for (const std::string& existing : *list) {
    if (DedupKey(existing) == key) return;
  }
  list->push_back(s);
}

// Adds `raw` cleaned to `list`, and, when it holds a typographic apostrophe (ICU's
// "Côte d’Ivoire"), also the form with an ASCII apostrophe that most text uses.
void AddName(std::string_view raw, std::vector<std::string>* list) {
  std::string name = CleanName(raw);
  if (name.empty()) return;
  AddUnique(name, list);
  static constexpr std::string_view kRightQuote = "\u2019";
  if (name.find(kRightQuote) != std::string::npos) {
    std::string ascii;
    for (size_t i = 0; i < name.size();) {
      if (std::string_view(name).substr(i, kRightQuote.size()) == kRightQuote) {
        ascii.push_back('\'');
        i += kRightQuote.size();
      } else {
        ascii.push_back(name[i++]);
      }
    }
    AddUnique(ascii, list);
  }
}

std::string Join(const std::vector<std::string>& parts, char sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out.push_back(sep);
    out.append(p);
  }
  return out;
}

std::string Degrees(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", value);
  return buf;
}

void AppendLine(const std::vector<std::string>& fields, std::string* out) {
  out->append(Join(fields, '\t'));
  out->push_back('\n');
}

std::string Lower(std::string_view s) { return AsciiLower(s); }

constexpr char32_t kArabicComma = 0x060C;

}  // namespace

std::string CleanName(std::string_view name) {
  std::string out;
  bool pending_space = false;
  for (size_t pos = 0; pos < name.size();) {
    char32_t cp = utf8::Decode(name, &pos);
    if (IsDroppedMark(cp)) continue;
    if (cp == ' ' || cp == 0x00A0 || cp == '\n' || cp == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (cp == ',' || cp == kArabicComma || cp == '(' || cp == ')' || cp == '[' || cp == ']' ||
        cp == '|' || cp == '\t' || cp == utf8::kReplacementChar) {
      return "";
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    utf8::Append(cp, &out);
  }
  return out;
}

StatusOr<GeneratedDicts> GenerateDicts(const DebianData& debian, const SourceTables& tables) {
  GeneratedDicts result;
  GenerationCounts& counts = result.counts;

  // The countries, by our alpha-3 id.
  std::map<std::string, Country> countries;
  for (const IsoCountry& iso : debian.countries) {
    Country& c = countries[iso.alpha3];
    c.alpha3 = iso.alpha3;
    c.alpha2 = iso.alpha2;
    c.code = iso.alpha3;
    c.iso = &iso;
  }
  for (const CameoCodeRow& row : tables.cameo_codes) {
    Country& c = countries[row.alpha3];
    if (c.iso != nullptr && c.alpha2 != row.alpha2) {
      return Status::Corruption(row.where + ": " + row.alpha3 + " is ISO's " + c.alpha2 + ", not " +
                                row.alpha2);
    }
    c.alpha3 = row.alpha3;
    c.alpha2 = row.alpha2;
    c.code = row.code;
  }
  std::unordered_map<std::string, Country*> by_alpha2;
  for (auto& [alpha3, c] : countries) by_alpha2[c.alpha2] = &c;
  auto find = [&](const std::string& where, const std::string& alpha3) -> StatusOr<Country*> {
    auto it = countries.find(alpha3);
    if (it == countries.end()) {
      return Status::Corruption(where + ": unknown country code " + alpha3);
    }
    return &it->second;
  };

  // Country names: ICU's first, then ours, then iso-codes' (the first spelling of a
  // name met is the one kept).
  for (auto& [alpha3, c] : countries) {
    for (const char* lang : kLanguages) {
      StatusOr<std::vector<std::string>> icu = IcuTerritoryNames(c.alpha2, lang);
      if (!icu.ok()) return icu.status();
      for (const std::string& n : *icu) AddName(n, &c.names[lang]);
    }
  }
  for (const AlternateRow& row : tables.alternates) {
    StatusOr<Country*> c = find(row.where, row.alpha3);
    if (!c.ok()) return c.status();
    for (const std::string& n : row.names) AddName(n, &(*c)->names[row.lang]);
  }
  for (auto& [alpha3, c] : countries) {
    if (c.iso == nullptr) continue;
    for (const char* lang : kLanguages) {
      const MoCatalog* catalog = std::string_view(lang) == "ar"   ? &debian.iso_ar
                                 : std::string_view(lang) == "fr" ? &debian.iso_fr
                                                                  : nullptr;
      for (const std::string* en : {&c.iso->common_name, &c.iso->name, &c.iso->official_name}) {
        if (en->empty()) continue;
        if (catalog == nullptr) {
          AddName(*en, &c.names[lang]);
        } else if (auto it = catalog->find(*en); it != catalog->end()) {
          AddName(it->second, &c.names[lang]);
        }
      }
    }
  }
  for (const AlternateRow& row : tables.exclusions) {
    StatusOr<Country*> c = find(row.where, row.alpha3);
    if (!c.ok()) return c.status();
    std::vector<std::string>& names = (*c)->names[row.lang];
    for (const std::string& excluded : row.names) {
      std::string key = DedupKey(excluded);
      size_t erased =
          std::erase_if(names, [&](const std::string& n) { return DedupKey(n) == key; });
      if (erased == 0) {
        return Status::Corruption(row.where + ": no source gives " + row.alpha3 + " the " +
                                  row.lang + " name '" + excluded + "' any more");
      }
    }
  }
  // A name of two countries in one language is dropped from both.
  std::map<std::pair<std::string, std::string>, std::set<std::string>> owners;
  for (auto& [alpha3, c] : countries) {
    for (auto& [lang, names] : c.names) {
      for (const std::string& n : names) owners[{lang, DedupKey(n)}].insert(alpha3);
    }
  }
  for (const auto& [key, set] : owners) {
    if (set.size() < 2) continue;
    std::string note = "dropped the " + key.first + " name '" + key.second + "', shared by";
    for (const std::string& alpha3 : set) {
      note += " " + alpha3;
      std::vector<std::string>& names = countries[alpha3].names[key.first];
      const std::string& shared_key = key.second;  // Lambdas may not capture structured bindings (clang 14).
      std::erase_if(names, [&](const std::string& n) { return DedupKey(n) == shared_key; });
    }
    result.notes.push_back(note);
  }

  // Demonyms.
  for (const DemonymRow& row : tables.demonyms) {
    StatusOr<Country*> found = find(row.where, row.alpha3);
    if (!found.ok()) return found.status();
    Country& c = **found;
    for (const std::string& form : row.en) AddName(form, &c.demonyms["en"]);
    for (const std::string& masculine : row.fr) {
      for (const std::string& form : FrenchDemonymForms(masculine))
        AddName(form, &c.demonyms["fr"]);
    }
    for (const std::string& base : row.ar) {
      std::vector<std::string> forms = ArabicNisbaForms(base);
      if (forms.empty()) {
        return Status::Corruption(row.where + ": '" + base +
                                  "' is not a nisba (each word must end in ي)");
      }
      for (const std::string& form : forms) AddName(form, &c.demonyms["ar"]);
    }
    for (const std::string& plural : row.ar_plurals) {
      for (const std::string& form : ArabicPluralForms(plural)) AddName(form, &c.demonyms["ar"]);
    }
  }

  // Capitals: find each capital among libgeonames' cities.
  std::map<std::pair<std::string, std::string>, long> city_by_name;  // (alpha2, name)
  for (size_t i = 0; i < debian.cities.size(); ++i) {
    const GeoCity& city = debian.cities[i];
    auto [it, inserted] = city_by_name.try_emplace({city.alpha2, city.name}, static_cast<long>(i));
    if (!inserted && debian.cities[it->second].population < city.population) {
      it->second = static_cast<long>(i);
    }
  }
  for (const CapitalRow& row : tables.capitals) {
    StatusOr<Country*> found = find(row.where, row.alpha3);
    if (!found.ok()) return found.status();
    Country& c = **found;
    c.is_state = true;
    if (!row.city.empty()) {
      auto it = city_by_name.find({c.alpha2, row.city});
      if (it != city_by_name.end()) {
        c.capital_city = it->second;
      } else if (!row.latitude) {
        result.notes.push_back(row.where + ": libgeonames has no city '" + row.city + "' in " +
                               c.alpha2 + " and the row gives no coordinates");
      }
    }
    if (row.latitude) c.capital_coordinates = std::make_pair(*row.latitude, *row.longitude);
    bool has_metonyms = !row.en.empty() || !row.fr.empty() || !row.ar.empty();
    if (!has_metonyms) continue;
    for (const std::string& n : row.en) AddName(n, &c.capital_names["en"]);
    for (const std::string& n : row.fr) AddName(n, &c.capital_names["fr"]);
    for (const std::string& n : row.ar) AddName(n, &c.capital_names["ar"]);
    // libgeonames' names of the capital fill a language our row leaves empty (its
    // translations are uneven: where we wrote names, ours are the ones checked).
    if (c.capital_city >= 0) {
      const std::string& id = debian.cities[c.capital_city].id;
      if (auto it = debian.geonames_ar.find(id);
          row.ar.empty() && it != debian.geonames_ar.end() && HasArabicLetter(it->second)) {
        AddName(it->second, &c.capital_names["ar"]);
      }
      if (auto it = debian.geonames_fr.find(id); row.fr.empty() && it != debian.geonames_fr.end()) {
        AddName(it->second, &c.capital_names["fr"]);
      }
    }
  }

  // countries.tsv
  std::string& out = result.countries_tsv;
  out =
      "# Countries and territories, their demonyms and the capitals that stand for their\n"
      "# governments. GENERATED by tools/gen_dicts at build time: do not edit.\n"
      "# Sources: ICU region names (libicu-dev, CLDR data), iso-codes (ISO 3166-1 and its\n"
      "# translations), libgeonames (capital names), and our tables data/sources/\n"
      "# country_alternates.tsv, demonyms.tsv, capitals.tsv, cameo_codes.tsv.\n"
      "# Ids: country_<alpha3> (type country) and demonym_<alpha3> (type demonym), both with\n"
      "# the CAMEO country code; capital_<alpha3> (type capital; code <country code>GOV).\n"
      "isnad-dict\t1\tactors\n";
  for (auto& [alpha3, c] : countries) {
    std::string id = "country_" + Lower(alpha3);
    bool any = false;
    for (const char* lang : kLanguages) {
      const std::vector<std::string>& names = c.names[lang];
      if (names.empty()) continue;
      any = true;
      counts.country_names[lang] += names.size();
      AppendLine({id, lang, Join(names, '|'), c.code, "country"}, &out);
    }
    if (any) ++counts.countries;
    bool has_demonyms = false;
    for (const char* lang : kLanguages) {
      const std::vector<std::string>& forms = c.demonyms[lang];
      if (forms.empty()) continue;
      has_demonyms = true;
      counts.demonym_forms[lang] += forms.size();
      AppendLine({"demonym_" + Lower(alpha3), lang, Join(forms, '|'), c.code, "demonym"}, &out);
    }
    if (has_demonyms) ++counts.countries_with_demonyms;
    bool has_capital = false;
    for (const char* lang : kLanguages) {
      const std::vector<std::string>& names = c.capital_names[lang];
      if (names.empty()) continue;
      has_capital = true;
      counts.capital_names[lang] += names.size();
      AppendLine({"capital_" + Lower(alpha3), lang, Join(names, '|'), c.code + "GOV", "capital"},
                 &out);
    }
    if (has_capital) ++counts.capitals;
  }

  // places.tsv
  std::string& places = result.places_tsv;
  places =
      "# Places: the cities of libgeonames and the countries. GENERATED by tools/gen_dicts\n"
      "# at build time: do not edit. Sources: libgeonames (cities, coordinates, population;\n"
      "# ar and fr names from its geonames.mo translations), iso-codes and ICU (country\n"
      "# names), our tables data/sources/capitals.tsv (which city is the capital) and\n"
      "# country_alternates.tsv. Ids: geonames_<geonames id>, country_<alpha3>,\n"
      "# capital_<alpha3> (a capital libgeonames lacks). A country sits at its capital, or\n"
      "# else at its most populous city; lat and lon are left empty when it has neither.\n"
      "isnad-dict\t1\tplaces\n";
  std::set<long> capital_cities;
  std::unordered_map<std::string, long> most_populous;  // alpha2 -> city index
  for (const auto& [alpha3, c] : countries) {
    if (c.capital_city >= 0) capital_cities.insert(c.capital_city);
  }
  for (size_t i = 0; i < debian.cities.size(); ++i) {
    const GeoCity& city = debian.cities[i];
    auto country = by_alpha2.find(city.alpha2);
    if (country == by_alpha2.end()) {
      result.notes.push_back("libgeonames city " + city.id + " '" + city.name +
                             "': unknown country code " + city.alpha2);
      continue;
    }
    auto [mp, inserted] = most_populous.try_emplace(city.alpha2, static_cast<long>(i));
    if (!inserted && debian.cities[mp->second].population < city.population) {
      mp->second = static_cast<long>(i);
    }
    std::string name = CleanName(city.name);
    if (name.empty()) continue;
    bool is_capital = capital_cities.count(static_cast<long>(i)) > 0;
    std::string id = "geonames_" + city.id;
    std::vector<std::string> tail = {country->second->code, is_capital ? "capital" : "city",
                                     Degrees(city.latitude), Degrees(city.longitude),
                                     std::to_string(city.population)};
    auto line = [&](const char* lang, const std::string& names) {
      std::vector<std::string> fields = {id, lang, names};
      fields.insert(fields.end(), tail.begin(), tail.end());
      AppendLine(fields, &places);
    };
    line("en", name);
    if (auto it = debian.geonames_ar.find(city.id);
        it != debian.geonames_ar.end() && HasArabicLetter(it->second)) {
      if (std::string ar = CleanName(it->second); !ar.empty()) {
        line("ar", ar);
        ++counts.places_with_ar;
      }
    }
    if (auto it = debian.geonames_fr.find(city.id); it != debian.geonames_fr.end()) {
      if (std::string fr = CleanName(it->second); !fr.empty()) {
        line("fr", fr);
        ++counts.places_with_fr;
      }
    }
    ++counts.places;
    ++counts.cities;
    if (is_capital) ++counts.capital_places;
  }
  for (auto& [alpha3, c] : countries) {
    // A capital libgeonames lacks, at the table's coordinates.
    if (c.capital_city < 0 && c.capital_coordinates) {
      std::string id = "capital_" + Lower(alpha3);
      for (const char* lang : kLanguages) {
        const std::vector<std::string>& names = c.capital_names[lang];
        if (names.empty()) continue;
        AppendLine({id, lang, Join(names, '|'), c.code, "capital",
                    Degrees(c.capital_coordinates->first), Degrees(c.capital_coordinates->second)},
                   &places);
      }
      ++counts.places;
      ++counts.capital_places;
    }
    std::vector<std::string> coordinates;
    if (c.capital_city >= 0) {
      const GeoCity& city = debian.cities[c.capital_city];
      coordinates = {Degrees(city.latitude), Degrees(city.longitude)};
    } else if (c.capital_coordinates) {
      coordinates = {Degrees(c.capital_coordinates->first), Degrees(c.capital_coordinates->second)};
    } else if (auto mp = most_populous.find(c.alpha2); mp != most_populous.end()) {
      const GeoCity& city = debian.cities[mp->second];
      coordinates = {Degrees(city.latitude), Degrees(city.longitude)};
    }
    bool any = false;
    for (const char* lang : kLanguages) {
      const std::vector<std::string>& names = c.names[lang];
      if (names.empty()) continue;
      any = true;
      std::vector<std::string> fields = {"country_" + Lower(alpha3), lang, Join(names, '|'), c.code,
                                         "country"};
      fields.insert(fields.end(), coordinates.begin(), coordinates.end());
      AppendLine(fields, &places);
    }
    if (!any) continue;
    ++counts.places;
    ++counts.country_places;
    if (!coordinates.empty()) ++counts.country_places_with_coordinates;
  }
  return result;
}

}  // namespace isnad::gen_dicts
