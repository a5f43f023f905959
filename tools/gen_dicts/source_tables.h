// tools/gen_dicts/source_tables.h: readers for our hand-written tables under
// data/sources/ (country_alternates.tsv, country_name_exclusions.tsv, demonyms.tsv,
// capitals.tsv, cameo_codes.tsv),
// the facts that the Debian data packages do not carry. Each file documents its
// columns in its header comment.
//
// Syntax shared by the tables: UTF-8, one row a line, fields separated by one TAB,
// variants within a field by '|'; lines starting with '#' and blank lines are skipped;
// empty trailing fields may be left out. Errors name the place: "capitals.tsv:42:
// expected 2 to 7 fields, got 1".
//
// Thread-safety: pure functions.
#ifndef ISNAD_TOOLS_GEN_DICTS_SOURCE_TABLES_H_
#define ISNAD_TOOLS_GEN_DICTS_SOURCE_TABLES_H_

#include <optional>
#include <string>
#include <vector>

#include "util/status.h"

namespace isnad::gen_dicts {

// A CAMEO code that differs from the ISO alpha-3 code, or an entity ISO lacks.
struct CameoCodeRow {
  std::string where;   // "cameo_codes.tsv:14", for error messages.
  std::string alpha3;  // Our id for the country ("XKX").
  std::string alpha2;  // The code ICU and libgeonames know it by ("XK").
  std::string code;    // The CAMEO code ("KSV").
};

// Names of a country in one language: beside those of the Debian data
// (country_alternates.tsv), or to be left out of them (country_name_exclusions.tsv).
struct AlternateRow {
  std::string where;
  std::string alpha3;
  std::string lang;  // "ar", "fr" or "en".
  std::vector<std::string> names;
};

// The demonyms of a country; empty lists where the table leaves a column empty.
struct DemonymRow {
  std::string where;
  std::string alpha3;
  std::vector<std::string> en;          // Every English form, as written.
  std::vector<std::string> fr;          // French masculine singular forms.
  std::vector<std::string> ar;          // Arabic base nisbas (masculine singular).
  std::vector<std::string> ar_plurals;  // Arabic broken plurals, as written.
};

// A sovereign state's capital and the city names news use for its government.
struct CapitalRow {
  std::string where;
  std::string alpha3;
  std::string city;  // libgeonames' English name of the capital; "" when disputed.
  std::vector<std::string> en;
  std::vector<std::string> fr;
  std::vector<std::string> ar;
  // The capital's coordinates (decimal degrees), given only where libgeonames lacks it.
  std::optional<double> latitude;
  std::optional<double> longitude;
};

// Each reader parses the table at `path`; `display_name` (e.g. "data/sources/
// demonyms.tsv") starts the `where` of each row and every error message. Errors:
// kNotFound/kIoError for the file, kCorruption for a malformed row (field count,
// invalid UTF-8, a code that is not three upper-case letters, a bad language, a
// coordinate that is not a number).
StatusOr<std::vector<CameoCodeRow>> ReadCameoCodes(const std::string& path,
                                                   const std::string& display_name);
StatusOr<std::vector<AlternateRow>> ReadAlternates(const std::string& path,
                                                   const std::string& display_name);
// country_name_exclusions.tsv has the columns of country_alternates.tsv and a reason.
StatusOr<std::vector<AlternateRow>> ReadNameExclusions(const std::string& path,
                                                       const std::string& display_name);
StatusOr<std::vector<DemonymRow>> ReadDemonyms(const std::string& path,
                                               const std::string& display_name);
StatusOr<std::vector<CapitalRow>> ReadCapitals(const std::string& path,
                                               const std::string& display_name);

}  // namespace isnad::gen_dicts

#endif  // ISNAD_TOOLS_GEN_DICTS_SOURCE_TABLES_H_
