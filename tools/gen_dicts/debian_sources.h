// tools/gen_dicts/debian_sources.h: readers for the Debian data packages the generated
// dictionaries come from: iso-codes (ISO 3166-1 JSON and its gettext translations),
// ICU's region names (CLDR territory names, with the "short" and "variant" forms) and
// libgeonames' compiled-in cities (and their gettext translations, keyed by geonames id).
//
// Build-time only (tools/gen_dicts); nothing here is linked into the isnad binary.
// Thread-safety: the functions are reentrant; ICU and libgeonames are thread-safe for
// these read-only calls.
#ifndef ISNAD_TOOLS_GEN_DICTS_DEBIAN_SOURCES_H_
#define ISNAD_TOOLS_GEN_DICTS_DEBIAN_SOURCES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/status.h"

namespace isnad::gen_dicts {

// One entry of iso-codes' iso_3166-1.json. Absent optional names are empty.
struct IsoCountry {
  std::string alpha2;         // "IL"
  std::string alpha3;         // "ISR"
  std::string name;           // "Israel"; the msgid of the gettext translations
  std::string official_name;  // "State of Israel"
  std::string common_name;    // "Bolivia" beside name "Bolivia, Plurinational State of"
};

// Reads iso-codes' iso_3166-1.json at `json_path`. Errors (missing file, bad JSON, an
// entry without alpha_2/alpha_3/name) name the path.
StatusOr<std::vector<IsoCountry>> ReadIsoCountries(const std::string& json_path);

// A gettext catalog: msgid -> msgstr (the first form for plural entries). The header
// entry (empty msgid) is left out.
using MoCatalog = std::unordered_map<std::string, std::string>;

// Reads a GNU .mo file (either byte order). Errors name the path: a missing file is
// kNotFound, a malformed one kCorruption.
StatusOr<MoCatalog> ReadMoCatalog(const std::string& path);

// Returns ICU's names of the territory `alpha2` ("IL", "XK") in `language` ("ar",
// "fr", "en"): the display name first, then CLDR's "short" and "variant" forms where
// they exist. Returns {} when ICU has no name of its own for the territory (it would
// only echo the code). Fails with kInternal when ICU's region data cannot be opened.
StatusOr<std::vector<std::string>> IcuTerritoryNames(std::string_view alpha2,
                                                     std::string_view language);

// One city compiled into libgeonames.
struct GeoCity {
  std::string id;      // The geonames id ("88319"); the msgid of geonames.mo.
  std::string name;    // English (or local Latin-script) name: "Benghazi".
  std::string alpha2;  // ISO 3166-1 alpha-2 code of the country: "LY".
  uint32_t population = 0;
  double latitude = 0;   // Decimal degrees.
  double longitude = 0;  // Decimal degrees.
};

// Returns every city of libgeonames, in its order. Fails with kInternal if the
// library's record layout is not the one this reader knows ("(sssssssudd)").
StatusOr<std::vector<GeoCity>> ReadGeonamesCities();

}  // namespace isnad::gen_dicts

#endif  // ISNAD_TOOLS_GEN_DICTS_DEBIAN_SOURCES_H_
