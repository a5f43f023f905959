// Tests of tools/gen_dicts: the inflection rules and name cleaning, then the generated
// build/data/generated/{countries,places}.tsv (read from ISNAD_DATA_DIR) against facts
// checked by hand.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "gen_dicts/debian_sources.h"
#include "gen_dicts/generate.h"
#include "gen_dicts/inflect.h"
#include "gen_dicts/source_tables.h"
#include "testutil.h"
#include "util/files.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace isnad::gen_dicts {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(ArabicNisbaFormsTest, InflectsGenderNumberAndArticle) {
  std::vector<std::string> forms = ArabicNisbaForms("إسرائيلي");
  EXPECT_THAT(forms, ElementsAre("إسرائيلي", "إسرائيلية", "إسرائيليون", "إسرائيليين", "إسرائيليان",
                                 "إسرائيليتان", "إسرائيليتين", "إسرائيليات", "الإسرائيلي",
                                 "الإسرائيلية", "الإسرائيليون", "الإسرائيليين", "الإسرائيليان",
                                 "الإسرائيليتان", "الإسرائيليتين", "الإسرائيليات"));
}

TEST(ArabicNisbaFormsTest, InflectsEveryWordOfACompound) {
  std::vector<std::string> forms = ArabicNisbaForms("كوري جنوبي");
  EXPECT_THAT(forms, Contains("كورية جنوبية"));
  EXPECT_THAT(forms, Contains("الكوريون الجنوبيون"));
  EXPECT_THAT(forms, Contains("الكوري الجنوبي"));
}

TEST(ArabicNisbaFormsTest, RefusesWordsThatAreNotNisbas) {
  EXPECT_THAT(ArabicNisbaForms("مصر"), IsEmpty());
  EXPECT_THAT(ArabicNisbaForms("جنوب أفريقي"), IsEmpty());
  EXPECT_THAT(ArabicNisbaForms(""), IsEmpty());
}

TEST(ArabicPluralFormsTest, AddsTheArticle) {
  EXPECT_THAT(ArabicPluralForms("أتراك"), ElementsAre("أتراك", "الأتراك"));
}

TEST(FrenchDemonymFormsTest, FollowsTheEndingAndTheIrregulars) {
  struct Case {
    const char* masculine;
    std::vector<std::string> forms;
  };
  const Case cases[] = {
      {"israélien", {"israélien", "israélienne", "israéliens", "israéliennes"}},
      {"marocain", {"marocain", "marocaine", "marocains", "marocaines"}},
      {"français", {"français", "française", "françaises"}},
      {"suisse", {"suisse", "suisses"}},
      {"letton", {"letton", "lettonne", "lettons", "lettonnes"}},
      {"grec", {"grec", "grecque", "grecs", "grecques"}},
      {"turc", {"turc", "turque", "turcs", "turques"}},
      {"sud-coréen", {"sud-coréen", "sud-coréenne", "sud-coréens", "sud-coréennes"}},
      {"burkinabè", {"burkinabè"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FrenchDemonymForms(c.masculine), c.forms) << c.masculine;
  }
  EXPECT_THAT(FrenchDemonymForms(""), IsEmpty());
}

TEST(CleanNameTest, DropsMarksAndRefusesAnnotatedNames) {
  EXPECT_EQ(CleanName("\u200Fطريف\u200E\u200E"), "طريف");
  EXPECT_EQ(CleanName("  Tel   Aviv "), "Tel Aviv");
  EXPECT_EQ(CleanName("Korea, Republic of"), "");
  EXPECT_EQ(CleanName("كوريا، جمهورية كوريا"), "");
  EXPECT_EQ(CleanName("Congo (DRC)"), "");
  EXPECT_EQ(CleanName("a|b"), "");
  EXPECT_EQ(CleanName(""), "");
}

// Writes a little-endian .mo file holding `entries` (msgid, msgstr) to `path`.
void WriteMo(const std::string& path,
             const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string header;
  std::string strings;
  auto u32 = [](std::string* out, uint32_t v) {
    for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  };
  uint32_t n = static_cast<uint32_t>(entries.size());
  uint32_t originals = 28;
  uint32_t translations = originals + 8 * n;
  uint32_t data = translations + 8 * n;
  std::string table_o;
  std::string table_t;
  for (const auto& [id, str] : entries) {
    u32(&table_o, static_cast<uint32_t>(id.size()));
    u32(&table_o, data + static_cast<uint32_t>(strings.size()));
    strings += id + '\0';
  }
  for (const auto& [id, str] : entries) {
    u32(&table_t, static_cast<uint32_t>(str.size()));
    u32(&table_t, data + static_cast<uint32_t>(strings.size()));
    strings += str + '\0';
  }
  u32(&header, 0x950412de);
  u32(&header, 0);
  u32(&header, n);
  u32(&header, originals);
  u32(&header, translations);
  u32(&header, 0);
  u32(&header, 0);
  ASSERT_TRUE(WriteFile(path, header + table_o + table_t + strings).ok());
}

TEST(ReadMoCatalogTest, ReadsEntriesAndRefusesBrokenFiles) {
  std::string dir = ::isnad::testing::TempDir();
  WriteMo(dir + "/ok.mo", {{"", "header"}, {"88319", "بنغازي"}, {"Israel", "Israël"}});
  StatusOr<MoCatalog> catalog = ReadMoCatalog(dir + "/ok.mo");
  ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
  EXPECT_EQ(catalog->size(), 2u);  // The header entry is left out.
  EXPECT_EQ(catalog->at("88319"), "بنغازي");
  EXPECT_EQ(catalog->at("Israel"), "Israël");

  ASSERT_TRUE(WriteFile(dir + "/bad.mo", std::string(40, 'x')).ok());
  StatusOr<MoCatalog> bad = ReadMoCatalog(dir + "/bad.mo");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kCorruption);
  EXPECT_THAT(bad.status().message(), ::testing::HasSubstr("bad.mo"));

  std::string truncated = ReadFile(dir + "/ok.mo").value();
  truncated.resize(truncated.size() - 12);
  ASSERT_TRUE(WriteFile(dir + "/short.mo", truncated).ok());
  EXPECT_EQ(ReadMoCatalog(dir + "/short.mo").status().code(), StatusCode::kCorruption);
  EXPECT_EQ(ReadMoCatalog(dir + "/absent.mo").status().code(), StatusCode::kNotFound);
}

TEST(SourceTablesTest, ErrorsNameTheFileAndLine) {
  std::string dir = ::isnad::testing::TempDir();
  ASSERT_TRUE(WriteFile(dir + "/capitals.tsv", "# comment\nEGY\tCairo\tCairo\nISR\n").ok());
  StatusOr<std::vector<CapitalRow>> rows = ReadCapitals(dir + "/capitals.tsv", "capitals.tsv");
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().message(), "capitals.tsv:3: expected 2 to 7 fields, got 1");
  ASSERT_TRUE(WriteFile(dir + "/alt.tsv", "Egy\tar\tمصر\n").ok());
  EXPECT_THAT(ReadAlternates(dir + "/alt.tsv", "alt.tsv").status().message(),
              ::testing::HasSubstr("alt.tsv:1: expected a code of 3 upper-case letters"));
}

// A one-country world: Israel, with Tel Aviv as its only city.
DebianData TinyDebianData() {
  DebianData data;
  data.countries.push_back({"IL", "ISR", "Israel", "State of Israel", ""});
  data.iso_fr["Israel"] = "Israël";
  data.cities.push_back({"293397", "Tel Aviv", "IL", 432892, 32.08088, 34.78057});
  data.geonames_ar["293397"] = "تل أبيب";
  return data;
}

TEST(GenerateDictsTest, BuildsFromTinyInputs) {
  SourceTables tables;
  tables.demonyms.push_back(
      {"demonyms.tsv:1", "ISR", {"Israeli"}, {"israélien"}, {"إسرائيلي"}, {}});
  tables.capitals.push_back({"capitals.tsv:1", "ISR", "", {"Tel Aviv"}, {}, {"تل أبيب"}, {}, {}});
  StatusOr<GeneratedDicts> dicts = GenerateDicts(TinyDebianData(), tables);
  ASSERT_TRUE(dicts.ok()) << dicts.status().ToString();
  EXPECT_THAT(dicts->countries_tsv, ::testing::HasSubstr("\nisnad-dict\t1\tactors\n"));
  EXPECT_THAT(dicts->countries_tsv,
              ::testing::HasSubstr("country_isr\tfr\tIsraël\tISR\tcountry\n"));
  EXPECT_THAT(dicts->countries_tsv,
              ::testing::HasSubstr("capital_isr\tar\tتل أبيب\tISRGOV\tcapital\n"));
  EXPECT_THAT(dicts->places_tsv, ::testing::HasSubstr("geonames_293397\tar\tتل أبيب\tISR\tcity\t"
                                                      "32.08088\t34.78057\t432892\n"));
  EXPECT_EQ(dicts->counts.countries, 1u);
  EXPECT_EQ(dicts->counts.places, 2u);  // Tel Aviv and Israel.
}

TEST(GenerateDictsTest, ErrorsNameTheTableRow) {
  SourceTables unknown;
  unknown.demonyms.push_back({"demonyms.tsv:7", "XYZ", {"Xyzian"}, {}, {}, {}});
  EXPECT_EQ(GenerateDicts(TinyDebianData(), unknown).status().message(),
            "demonyms.tsv:7: unknown country code XYZ");
  SourceTables not_nisba;
  not_nisba.demonyms.push_back({"demonyms.tsv:9", "ISR", {}, {}, {"إسرائيل"}, {}});
  EXPECT_THAT(GenerateDicts(TinyDebianData(), not_nisba).status().message(),
              ::testing::StartsWith("demonyms.tsv:9: 'إسرائيل' is not a nisba"));
  SourceTables stale;
  stale.exclusions.push_back({"exclusions.tsv:3", "ISR", "fr", {"Palestine"}});
  EXPECT_THAT(GenerateDicts(TinyDebianData(), stale).status().message(),
              ::testing::StartsWith("exclusions.tsv:3: no source gives ISR"));
}

// One dictionary line, split.
struct Line {
  std::string where;
  std::vector<std::string> fields;
  std::vector<std::string> names;  // fields[2] split at '|'.
};

// The lines of a generated dictionary, after checking its version line.
struct Dict {
  std::string version_line;
  std::vector<Line> lines;
};

Dict ReadDict(const std::string& name) {
  std::string path = ::isnad::testing::DataDir() + "/generated/" + name;
  StatusOr<std::string> text = ReadFile(path);
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  Dict dict;
  if (!text.ok()) return dict;
  EXPECT_TRUE(utf8::IsValid(*text)) << path;
  size_t n = 0;
  for (std::string_view line : Split(*text, '\n')) {
    ++n;
    if (line.empty() || line.front() == '#') continue;
    if (dict.version_line.empty()) {
      dict.version_line = std::string(line);
      continue;
    }
    Line l{path + ":" + std::to_string(n), {}, {}};
    for (std::string_view f : Split(line, '\t')) l.fields.emplace_back(f);
    if (l.fields.size() > 2) {
      for (std::string_view v : Split(l.fields[2], '|')) l.names.emplace_back(v);
    }
    dict.lines.push_back(std::move(l));
  }
  return dict;
}

// Arabic diacritics dropped, as the matcher's normalization does (عمّان = عمان).
std::string NoDiacritics(std::string_view s) {
  std::string out;
  for (size_t pos = 0; pos < s.size();) {
    char32_t cp = utf8::Decode(s, &pos);
    if ((cp >= 0x064B && cp <= 0x0652) || cp == 0x0670) continue;
    utf8::Append(cp, &out);
  }
  return out;
}

class GeneratedCountriesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { dict_ = new Dict(ReadDict("countries.tsv")); }
  static void TearDownTestSuite() { delete dict_; }

  // The names of `id`'s lines of `type` in `lang`.
  static std::vector<std::string> Names(const std::string& id, const std::string& lang,
                                        const std::string& type) {
    std::vector<std::string> out;
    for (const Line& l : dict_->lines) {
      if (l.fields.size() == 5 && l.fields[0] == id && l.fields[1] == lang && l.fields[4] == type) {
        out.insert(out.end(), l.names.begin(), l.names.end());
      }
    }
    return out;
  }

  // The codes of the `type` lines in `lang` that hold `name`.
  static std::set<std::string> CodesOf(const std::string& name, const std::string& lang,
                                       const std::string& type) {
    std::set<std::string> out;
    for (const Line& l : dict_->lines) {
      if (l.fields.size() != 5 || l.fields[1] != lang || l.fields[4] != type) continue;
      if (std::find(l.names.begin(), l.names.end(), name) != l.names.end()) out.insert(l.fields[3]);
    }
    return out;
  }

  static Dict* dict_;
};

Dict* GeneratedCountriesTest::dict_ = nullptr;

TEST_F(GeneratedCountriesTest, HasTheVersionLineAndFiveFieldsEverywhere) {
  EXPECT_EQ(dict_->version_line, "isnad-dict\t1\tactors");
  std::map<std::string, std::string> type_of_id;  // The loader gives an id one type.
  for (const Line& l : dict_->lines) {
    ASSERT_EQ(l.fields.size(), 5u) << l.where;
    auto [it, inserted] = type_of_id.emplace(l.fields[0], l.fields[4]);
    EXPECT_EQ(it->second, l.fields[4]) << l.where << ": " << l.fields[0] << " has two types";
    EXPECT_THAT(std::set<std::string>({"ar", "fr", "en"}), Contains(l.fields[1])) << l.where;
    EXPECT_THAT(std::set<std::string>({"country", "demonym", "capital"}), Contains(l.fields[4]))
        << l.where;
    for (const std::string& n : l.names) EXPECT_FALSE(n.empty()) << l.where;
  }
}

TEST_F(GeneratedCountriesTest, CoversEveryIsoCountry) {
  std::set<std::string> ids;
  for (const Line& l : dict_->lines) {
    if (l.fields[4] == "country" && l.fields[1] == "en") ids.insert(l.fields[0]);
  }
  EXPECT_GE(ids.size(), 249u);  // ISO 3166-1 has 249 entries; Kosovo comes beside them.
  EXPECT_TRUE(ids.count("country_xkx"));
}

TEST_F(GeneratedCountriesTest, NamesIsraelEgyptAndTheEmirates) {
  EXPECT_THAT(Names("country_isr", "ar", "country"), Contains("إسرائيل"));
  EXPECT_THAT(Names("country_isr", "fr", "country"), Contains("Israël"));
  EXPECT_THAT(Names("country_isr", "en", "country"), Contains("Israel"));
  EXPECT_THAT(Names("country_egy", "ar", "country"), Contains("مصر"));
  EXPECT_THAT(Names("country_egy", "fr", "country"), Contains("Égypte"));
  EXPECT_THAT(Names("country_egy", "en", "country"), Contains("Egypt"));
  EXPECT_THAT(Names("country_are", "ar", "country"), Contains("الإمارات"));
  EXPECT_THAT(Names("country_are", "fr", "country"), Contains("Émirats arabes unis"));
  EXPECT_EQ(CodesOf("إسرائيل", "ar", "country"), std::set<std::string>{"ISR"});
  EXPECT_EQ(CodesOf("Kosovo", "en", "country"), std::set<std::string>{"KSV"});
  EXPECT_EQ(CodesOf("فلسطين", "ar", "country"), std::set<std::string>{"PSE"});
}

TEST_F(GeneratedCountriesTest, HasDemonymsInEachLanguage) {
  EXPECT_THAT(Names("demonym_isr", "ar", "demonym"), Contains("الإسرائيلية"));
  EXPECT_THAT(Names("demonym_isr", "ar", "demonym"), Contains("الإسرائيليين"));
  EXPECT_THAT(Names("demonym_isr", "fr", "demonym"), Contains("israéliennes"));
  EXPECT_THAT(Names("demonym_isr", "en", "demonym"), Contains("Israelis"));
  EXPECT_EQ(CodesOf("الجزائريين", "ar", "demonym"), std::set<std::string>{"DZA"});
  EXPECT_EQ(CodesOf("المصرية", "ar", "demonym"), std::set<std::string>{"EGY"});
  EXPECT_EQ(CodesOf("égyptienne", "fr", "demonym"), std::set<std::string>{"EGY"});
}

TEST_F(GeneratedCountriesTest, LeavesOutNamesThatAreCommonWordsOrErrors) {
  EXPECT_THAT(CodesOf("مالي", "ar", "country"), IsEmpty());        // "financial"
  EXPECT_THAT(CodesOf("La Réunion", "fr", "country"), IsEmpty());  // "the meeting"
  EXPECT_THAT(CodesOf("Grenade", "fr", "country"), IsEmpty());     // "a grenade"
  EXPECT_THAT(CodesOf("المالديف", "ar", "country"), IsEmpty());    // iso-codes gives it to MDA
  EXPECT_EQ(CodesOf("جمهورية مالي", "ar", "country"), std::set<std::string>{"MLI"});
}

TEST_F(GeneratedCountriesTest, MapsCapitalsToGovernments) {
  struct Case {
    const char* name;
    const char* lang;
    const char* code;
  };
  const Case cases[] = {
      {"تل أبيب", "ar", "ISRGOV"},  {"Tel Aviv", "en", "ISRGOV"}, {"القاهرة", "ar", "EGYGOV"},
      {"Le Caire", "fr", "EGYGOV"}, {"Paris", "fr", "FRAGOV"},    {"Paris", "en", "FRAGOV"},
      {"الرياض", "ar", "SAUGOV"},   {"أبوظبي", "ar", "AREGOV"},   {"أبو ظبي", "ar", "AREGOV"},
      {"Moscou", "fr", "RUSGOV"},   {"موسكو", "ar", "RUSGOV"},    {"Washington", "en", "USAGOV"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CodesOf(c.name, c.lang, "capital"), std::set<std::string>{c.code}) << c.name;
  }
  // الجزائر is both the country and its capital: both readings stay.
  EXPECT_EQ(CodesOf("الجزائر", "ar", "country"), std::set<std::string>{"DZA"});
  EXPECT_EQ(CodesOf("الجزائر", "ar", "capital"), std::set<std::string>{"DZAGOV"});
}

class GeneratedPlacesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { dict_ = new Dict(ReadDict("places.tsv")); }
  static void TearDownTestSuite() { delete dict_; }
  static Dict* dict_;
};

Dict* GeneratedPlacesTest::dict_ = nullptr;

TEST_F(GeneratedPlacesTest, HasTheVersionLineAndTheFieldsOfThePlacesFormat) {
  EXPECT_EQ(dict_->version_line, "isnad-dict\t1\tplaces");
  for (const Line& l : dict_->lines) {
    // id lang names country kind [lat lon [population]]: coordinates come in pairs.
    ASSERT_TRUE(l.fields.size() == 5 || l.fields.size() == 7 || l.fields.size() == 8) << l.where;
    EXPECT_THAT(std::set<std::string>({"city", "capital", "country"}), Contains(l.fields[4]))
        << l.where;
    EXPECT_EQ(l.fields[3].size(), 3u) << l.where;
  }
}

TEST_F(GeneratedPlacesTest, HoldsTenThousandPlaces) {
  std::set<std::string> ids;
  for (const Line& l : dict_->lines) ids.insert(l.fields[0]);
  EXPECT_GE(ids.size(), 10000u);
}

TEST_F(GeneratedPlacesTest, LocatesBenghaziInLibya) {
  std::set<std::string> langs;
  for (const Line& l : dict_->lines) {
    if (std::find(l.names.begin(), l.names.end(), "Benghazi") == l.names.end() &&
        std::find(l.names.begin(), l.names.end(), "بنغازي") == l.names.end()) {
      continue;
    }
    langs.insert(l.fields[1]);
    EXPECT_EQ(l.fields[3], "LBY") << l.where;
    ASSERT_GE(l.fields.size(), 7u) << l.where;
    // Benghazi lies at about 32.1 N, 20.1 E.
    double lat = std::strtod(l.fields[5].c_str(), nullptr);
    double lon = std::strtod(l.fields[6].c_str(), nullptr);
    EXPECT_NEAR(lat, 32.1, 0.3) << l.where;
    EXPECT_NEAR(lon, 20.1, 0.3) << l.where;
  }
  EXPECT_TRUE(langs.count("en"));
  EXPECT_TRUE(langs.count("ar"));
}

TEST_F(GeneratedPlacesTest, KeepsAmmanAndOmanAmbiguous) {
  std::set<std::string> countries;
  for (const Line& l : dict_->lines) {
    if (l.fields[1] != "ar") continue;
    for (const std::string& n : l.names) {
      if (NoDiacritics(n) == "عمان") countries.insert(l.fields[3] + ":" + l.fields[4]);
    }
  }
  EXPECT_TRUE(countries.count("JOR:capital"));
  EXPECT_TRUE(countries.count("OMN:country"));
}

TEST_F(GeneratedPlacesTest, LocatesCountries) {
  for (const Line& l : dict_->lines) {
    if (l.fields[0] != "country_lby" || l.fields[1] != "ar") continue;
    EXPECT_THAT(l.names, Contains("ليبيا"));
    EXPECT_EQ(l.fields[3], "LBY");
    ASSERT_GE(l.fields.size(), 7u);
    // Placed at Tripoli, 32.9 N, 13.2 E.
    EXPECT_NEAR(std::strtod(l.fields[5].c_str(), nullptr), 32.9, 0.3);
    EXPECT_NEAR(std::strtod(l.fields[6].c_str(), nullptr), 13.2, 0.3);
    return;
  }
  ADD_FAILURE() << "no ar line for country_lby";
}

}  // namespace
}  // namespace isnad::gen_dicts
