// util/versioned_table.h: the line reader shared by isnad's versioned tables
// (data/cameo/*.tsv: "isnad-table<TAB>1<TAB><kind>" then one record a line,
// fields separated by tabs; docs/formats.md). Each table's parser checks its
// own fields; this file owns what every table has in common: lines, CRLF, blank
// lines and '#' comments, the version line, and error messages that name the
// file and line ("cameo/cameo.tsv:12: expected 9 fields, got 4").
// Thread-safety: pure functions.
#ifndef ISNAD_UTIL_VERSIONED_TABLE_H_
#define ISNAD_UTIL_VERSIONED_TABLE_H_

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace isnad {

// The first field of every table's version line, and the version this build reads.
inline constexpr std::string_view kTableMagic = "isnad-table";
inline constexpr std::string_view kTableVersion = "1";

// Called once per record line with its 1-based line number and its tab-separated
// fields. The views point into the table text and stay valid as long as it does.
using TableRecordFn =
    std::function<Status(size_t line_number, const std::vector<std::string_view>& fields)>;

// Reads `text`, the contents of a table named `file_name` in messages, line by
// line: strips a trailing '\r', skips blank lines and lines starting with '#',
// checks that the first other line is the version line "isnad-table<TAB>1<TAB>`kind`",
// then calls `on_record` for each later line, in order.
// Returns OK after the last line. Corruption, each message starting with
// "`file_name`:<line>: ", when the version line is missing or malformed ("expected
// the version line ..."), of another version ("unsupported table version ...") or
// of another kind ("expected a table of kind ..."); Corruption "`file_name`: empty
// table (no version line)" when there is no line but comments. Stops at the first
// error `on_record` returns and returns it with the same code, its message
// prefixed by "`file_name`:<line>: ".
Status ForEachTableRecord(std::string_view text, std::string_view file_name, std::string_view kind,
                          const TableRecordFn& on_record);

// OK when `fields` has exactly `want` fields, else Corruption "expected <want>
// fields, got <n>" (without file and line: ForEachTableRecord adds them).
Status ExpectFieldCount(const std::vector<std::string_view>& fields, size_t want);

}  // namespace isnad

#endif  // ISNAD_UTIL_VERSIONED_TABLE_H_
