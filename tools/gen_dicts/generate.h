// tools/gen_dicts/generate.h: builds the generated dictionaries from the Debian data
// and our tables:
//   countries.tsv (kind `actors`): every ISO 3166-1 country and territory (and the
//     entities of cameo_codes.tsv) with its names in ar/fr/en (id country_<alpha3>,
//     type `country`), its demonyms (id demonym_<alpha3>, type `demonym`, same code: an
//     id has one type) and, for sovereign states, the city
//     names used for its government (type `capital`, id capital_<alpha3>, code
//     <CODE>GOV);
//   places.tsv (kind `places`): every libgeonames city (id geonames_<geonames id>, kind
//     `city`, or `capital` for the capitals of capitals.tsv) with its en name and its
//     ar and fr names where geonames.mo has them, and every country (id
//     country_<alpha3>, kind `country`, at its capital or else its most populous city).
// The formats are those of docs/formats.md. The output is deterministic: the same
// inputs give the same bytes.
//
// Build-time only. Thread-safety: GenerateDicts is reentrant (it reads ICU data).
#ifndef ISNAD_TOOLS_GEN_DICTS_GENERATE_H_
#define ISNAD_TOOLS_GEN_DICTS_GENERATE_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "gen_dicts/debian_sources.h"
#include "gen_dicts/source_tables.h"
#include "util/status.h"

namespace isnad::gen_dicts {

// What the Debian packages give (see debian_sources.h).
struct DebianData {
  std::vector<IsoCountry> countries;  // iso-codes: iso_3166-1.json
  MoCatalog iso_ar;                   // iso-codes: ar/LC_MESSAGES/iso_3166-1.mo
  MoCatalog iso_fr;                   // iso-codes: fr/LC_MESSAGES/iso_3166-1.mo
  std::vector<GeoCity> cities;        // libgeonames
  MoCatalog geonames_ar;              // libgeonames-common: ar/LC_MESSAGES/geonames.mo
  MoCatalog geonames_fr;              // libgeonames-common: fr/LC_MESSAGES/geonames.mo
};

// Our tables (see source_tables.h and data/sources/).
struct SourceTables {
  std::vector<CameoCodeRow> cameo_codes;
  std::vector<AlternateRow> alternates;
  std::vector<AlternateRow> exclusions;
  std::vector<DemonymRow> demonyms;
  std::vector<CapitalRow> capitals;
};

// How much was generated; the maps are keyed by language ("ar", "fr", "en").
struct GenerationCounts {
  size_t countries = 0;                         // Actors of type `country`.
  std::map<std::string, size_t> country_names;  // Names of type `country`.
  size_t countries_with_demonyms = 0;
  std::map<std::string, size_t> demonym_forms;
  size_t capitals = 0;  // States with `capital` lines.
  std::map<std::string, size_t> capital_names;
  size_t places = 0;  // Distinct place ids.
  size_t cities = 0;  // libgeonames cities among them.
  size_t places_with_ar = 0;
  size_t places_with_fr = 0;
  size_t capital_places = 0;  // Places of kind `capital`.
  size_t country_places = 0;
  size_t country_places_with_coordinates = 0;
};

struct GeneratedDicts {
  std::string countries_tsv;
  std::string places_tsv;
  GenerationCounts counts;
  // What was left out and why (names shared by two countries, capitals libgeonames
  // lacks), one line each, for the build log.
  std::vector<std::string> notes;
};

// Builds both files. Fails with kCorruption, naming the table row ("data/sources/
// demonyms.tsv:40: ..."), when a table names an unknown country, holds an Arabic
// nisba that does not end in ي, or excludes a name that no source gives (a stale
// exclusion); with kInternal when ICU fails.
StatusOr<GeneratedDicts> GenerateDicts(const DebianData& debian, const SourceTables& tables);

// Returns `name` cleaned for a dictionary (bidi and zero-width marks dropped, spaces
// collapsed, trimmed), or "" when it cannot be one: empty, or holding a character
// that the formats reserve or that marks an inverted or annotated name ("Korea,
// Republic of", "Congo (DRC)", "كوريا، جمهورية كوريا"): , ، ( ) [ ] | TAB.
std::string CleanName(std::string_view name);

}  // namespace isnad::gen_dicts

#endif  // ISNAD_TOOLS_GEN_DICTS_GENERATE_H_
