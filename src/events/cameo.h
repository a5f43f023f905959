// events/cameo.h: the CAMEO event table (code -> name, root, quad class,
// Goldstein score) and the CAMEO -> PLOVER map, loaded from isnad's data files
// data/cameo/cameo.tsv and data/cameo/plover.tsv (format:
// data/cameo/README.md). Part of the events stage: the coder emits CAMEO codes;
// Annotate fills in what the table knows about them before the writers and the
// store see the events.
//
// Thread-safety: a CameoTable is immutable after Load(); any number of threads
// may call its const methods at once. The free functions are pure.
#ifndef ISNAD_EVENTS_CAMEO_H_
#define ISNAD_EVENTS_CAMEO_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/event.h"
#include "util/status.h"

namespace isnad::events {

// True if `code` has the shape of a CAMEO event code: 2 to 4 ASCII digits whose
// first two are a root, 01 to 20 ("07", "072", "0331", "190"). Says nothing
// about whether the table has the code; use CameoTable::Lookup for that.
bool IsValidCode(std::string_view code);

// The two-digit root of `code` ("0331" -> "03"), or "" if !IsValidCode(code).
// The result points into `code` and is valid as long as it is.
std::string_view CodeRoot(std::string_view code);

// What the table knows about one CAMEO event code.
struct CameoEntry {
  std::string code;       // "072"
  std::string name;       // "Provide military aid" (CAMEO manual wording).
  int level = 0;          // 0 root (2 digits), 1 (3 digits), 2 (4 digits).
  std::string root;       // "07"
  std::string root_name;  // "Provide aid"
  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
  // 4 material conflict.
  int quad_class = 0;
  // Goldstein scores, -10..10: GDELT's table (the one Annotate uses), the ICEWS
  // table and the Phoenix table (which lacks some codes).
  std::optional<double> goldstein;
  std::optional<double> goldstein_icews;
  std::optional<double> goldstein_phoenix;
  std::string plover_type;  // "AID"; empty when PLOVER drops the code.
  std::string plover_mode;  // Empty when none.
  std::vector<std::string> plover_context;  // {"military"}; may be empty.
};

class CameoTable {
 public:
  // Loads "<data_dir>/cameo/cameo.tsv" and "<data_dir>/cameo/plover.tsv".
  // Errors say where: "<path>:<line>: <reason>" with kCorruption for a
  // malformed line, a bad version line, an unknown version or kind, a repeated
  // or unknown code; kNotFound or kIoError (naming the path) when a file cannot
  // be read.
  static StatusOr<CameoTable> Load(const std::string& data_dir);

  // Parses the two tables from memory; `cameo_name` and `plover_name` are used
  // in error messages in place of the paths. Same errors as Load.
  static StatusOr<CameoTable> Parse(std::string_view cameo_tsv,
                                    std::string_view cameo_name,
                                    std::string_view plover_tsv,
                                    std::string_view plover_name);

  CameoTable(CameoTable&&) = default;
  CameoTable& operator=(CameoTable&&) = default;
  CameoTable(const CameoTable&) = delete;
  CameoTable& operator=(const CameoTable&) = delete;

  // The entry for `code` ("190", "0331", "07"), or nullptr if the table has no
  // such code. The pointer stays valid as long as the table does (and is not
  // moved from).
  const CameoEntry* Lookup(std::string_view code) const;

  // Fills event->root, name, quad_class, goldstein, plover_type and plover_mode
  // from the entry for event->code. If the code is unknown, those fields are
  // cleared and kNotFound ("unknown CAMEO event code \"999\"") is returned;
  // other fields are never touched. REQUIRES: event != nullptr.
  Status Annotate(Event* event) const;

  // All entries, sorted by code (string order: "01" < "010" < "011" < "02").
  const std::vector<CameoEntry>& entries() const { return entries_; }

 private:
  CameoTable() = default;

  std::vector<CameoEntry> entries_;  // Sorted by code, so Lookup can bisect.
};

}  // namespace isnad::events

#endif  // ISNAD_EVENTS_CAMEO_H_
