// tools/gen_dicts/gen_dicts_main.cc: the build-time generator of
// build/data/generated/countries.tsv and places.tsv (see generate.h for what they hold).
// Run by the custom command of tools/gen_dicts.cmake; exit codes 0 ok, 1 failure (the
// message names the file), 2 usage.
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "gen_dicts/debian_sources.h"
#include "gen_dicts/generate.h"
#include "gen_dicts/source_tables.h"
#include "util/files.h"
#include "util/status.h"

namespace isnad::gen_dicts {
namespace {

constexpr char kUsage[] =
    "usage: gen_dicts --sources DIR --out DIR [options]\n"
    "Writes DIR/countries.tsv and DIR/places.tsv from the Debian data packages\n"
    "(iso-codes, ICU, libgeonames) and our tables in --sources.\n"
    "  --sources DIR     our tables: country_alternates.tsv,\n"
    "                    country_name_exclusions.tsv, demonyms.tsv, capitals.tsv,\n"
    "                    cameo_codes.tsv (required)\n"
    "  --out DIR         where to write; created if absent (required)\n"
    "  --iso-codes DIR   iso-codes' JSON files (default /usr/share/iso-codes/json)\n"
    "  --locale-dir DIR  gettext catalogs (default /usr/share/locale)\n"
    "  --verbose         print the counts and what was left out\n"
    "  --help            this text\n"
    "Exit codes: 0 ok, 1 failure, 2 usage.\n";

struct Options {
  std::string sources_dir;
  std::string out_dir;
  std::string iso_codes_dir = "/usr/share/iso-codes/json";
  std::string locale_dir = "/usr/share/locale";
  bool verbose = false;
};

StatusOr<SourceTables> ReadSourceTables(const std::string& dir) {
  SourceTables tables;
  auto path = [&](const char* name) { return dir + "/" + name; };
  auto cameo = ReadCameoCodes(path("cameo_codes.tsv"), path("cameo_codes.tsv"));
  if (!cameo.ok()) return cameo.status();
  tables.cameo_codes = std::move(*cameo);
  auto alternates = ReadAlternates(path("country_alternates.tsv"), path("country_alternates.tsv"));
  if (!alternates.ok()) return alternates.status();
  tables.alternates = std::move(*alternates);
  auto exclusions =
      ReadNameExclusions(path("country_name_exclusions.tsv"), path("country_name_exclusions.tsv"));
  if (!exclusions.ok()) return exclusions.status();
  tables.exclusions = std::move(*exclusions);
  auto demonyms = ReadDemonyms(path("demonyms.tsv"), path("demonyms.tsv"));
  if (!demonyms.ok()) return demonyms.status();
  tables.demonyms = std::move(*demonyms);
  auto capitals = ReadCapitals(path("capitals.tsv"), path("capitals.tsv"));
  if (!capitals.ok()) return capitals.status();
  tables.capitals = std::move(*capitals);
  return tables;
}

StatusOr<DebianData> ReadDebianData(const Options& options) {
  DebianData data;
  auto countries = ReadIsoCountries(options.iso_codes_dir + "/iso_3166-1.json");
  if (!countries.ok()) return countries.status();
  data.countries = std::move(*countries);
  auto catalog = [&](const char* lang, const char* domain) {
    return ReadMoCatalog(options.locale_dir + "/" + lang + "/LC_MESSAGES/" + domain + ".mo");
  };
  for (auto [lang, iso, geonames] : {std::tuple{"ar", &data.iso_ar, &data.geonames_ar},
                                     std::tuple{"fr", &data.iso_fr, &data.geonames_fr}}) {
    auto iso_catalog = catalog(lang, "iso_3166-1");
    if (!iso_catalog.ok()) return iso_catalog.status();
    *iso = std::move(*iso_catalog);
    auto geonames_catalog = catalog(lang, "geonames");
    if (!geonames_catalog.ok()) return geonames_catalog.status();
    *geonames = std::move(*geonames_catalog);
  }
  auto cities = ReadGeonamesCities();
  if (!cities.ok()) return cities.status();
  data.cities = std::move(*cities);
  return data;
}

void PrintCounts(const GenerationCounts& c) {
  auto by_lang = [](const std::map<std::string, size_t>& m) {
    std::string s;
    for (const char* lang : {"ar", "fr", "en"}) {
      auto it = m.find(lang);
      s += std::string(" ") + lang + "=" + std::to_string(it == m.end() ? 0 : it->second);
    }
    return s;
  };
  std::fprintf(stderr,
               "gen_dicts: %zu countries, names:%s\n"
               "gen_dicts: %zu countries with demonyms, forms:%s\n"
               "gen_dicts: %zu capitals, names:%s\n"
               "gen_dicts: %zu places: %zu cities (%zu with ar names, %zu with fr names), "
               "%zu capitals, %zu countries (%zu with coordinates)\n",
               c.countries, by_lang(c.country_names).c_str(), c.countries_with_demonyms,
               by_lang(c.demonym_forms).c_str(), c.capitals, by_lang(c.capital_names).c_str(),
               c.places, c.cities, c.places_with_ar, c.places_with_fr, c.capital_places,
               c.country_places, c.country_places_with_coordinates);
}

int Run(const Options& options) {
  StatusOr<SourceTables> tables = ReadSourceTables(options.sources_dir);
  if (!tables.ok()) {
    std::fprintf(stderr, "gen_dicts: %s\n", tables.status().message().c_str());
    return 1;
  }
  StatusOr<DebianData> debian = ReadDebianData(options);
  if (!debian.ok()) {
    std::fprintf(stderr, "gen_dicts: %s\n", debian.status().message().c_str());
    return 1;
  }
  StatusOr<GeneratedDicts> dicts = GenerateDicts(*debian, *tables);
  if (!dicts.ok()) {
    std::fprintf(stderr, "gen_dicts: %s\n", dicts.status().message().c_str());
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(options.out_dir, ec);
  if (ec) {
    std::fprintf(stderr, "gen_dicts: %s: %s\n", options.out_dir.c_str(), ec.message().c_str());
    return 1;
  }
  for (auto [name, contents] : {std::pair{"countries.tsv", &dicts->countries_tsv},
                                std::pair{"places.tsv", &dicts->places_tsv}}) {
    Status status = WriteFile(options.out_dir + "/" + name, *contents);
    if (!status.ok()) {
      std::fprintf(stderr, "gen_dicts: %s\n", status.message().c_str());
      return 1;
    }
  }
  if (options.verbose) {
    for (const std::string& note : dicts->notes)
      std::fprintf(stderr, "gen_dicts: note: %s\n", note.c_str());
    PrintCounts(dicts->counts);
  }
  return 0;
}

}  // namespace
}  // namespace isnad::gen_dicts

int main(int argc, char** argv) {
  isnad::gen_dicts::Options options;
  std::vector<std::string_view> args(argv + 1, argv + argc);
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };
    bool ok = true;
    if (arg == "--help" || arg == "-h") {
      std::fputs(isnad::gen_dicts::kUsage, stdout);
      return 0;
    } else if (arg == "--sources") {
      ok = value(&options.sources_dir);
    } else if (arg == "--out") {
      ok = value(&options.out_dir);
    } else if (arg == "--iso-codes") {
      ok = value(&options.iso_codes_dir);
    } else if (arg == "--locale-dir") {
      ok = value(&options.locale_dir);
    } else if (arg == "--verbose") {
      options.verbose = true;
    } else {
      ok = false;
    }
    if (!ok) {
      std::fprintf(stderr, "gen_dicts: bad argument '%.*s'\n%s", static_cast<int>(arg.size()),
                   arg.data(), isnad::gen_dicts::kUsage);
      return 2;
    }
  }
  if (options.sources_dir.empty() || options.out_dir.empty()) {
    std::fputs(isnad::gen_dicts::kUsage, stderr);
    return 2;
  }
  return isnad::gen_dicts::Run(options);
}
