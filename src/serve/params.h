// serve/params.h: the query parameters of the explorer's JSON API (serve/api.h),
// parsed and checked before anything reaches the store. Pure functions of the
// decoded parameter list: no I/O, no global state; safe from any thread.
//
// Every limit is in ParamLimits; a value outside them, an unknown parameter
// name, a malformed date or a value outside its closed set is
// kInvalidArgument with a message naming the parameter (the API answers 400);
// a value longer than max_value_bytes or too many parameters is
// kResourceExhausted (the API answers 413). Multi-valued filters accept both
// repetition (`lang=ar&lang=fr`) and commas (`lang=ar,fr`).
#ifndef ISNAD_SERVE_PARAMS_H_
#define ISNAD_SERVE_PARAMS_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/query.h"
#include "util/status.h"

namespace isnad::serve {

// Decoded (name, value) pairs in request order.
using Params = std::vector<std::pair<std::string, std::string>>;

struct ParamLimits {
  size_t max_params = 64;          // Parameters per request. Default: 64.
  size_t max_value_bytes = 1024;   // Bytes of one value (and of one name). Default: 1024.
  size_t max_list_values = 32;     // Values of one multi-valued filter. Default: 32.
};

// The filter parameters every data endpoint takes, with their defaults:
//   from, to     ISO days YYYY-MM-DD, inclusive (open)
//   lang         ar, fr, en (all)
//   certainty    asserted, reported, alleged, hypothetical, negated (all)
//   root         CAMEO roots 01..20; "1" is read as "01" (all)
//   plover       PLOVER event types, upper-case letters and "_" (ASSAULT, PROTEST ...) (all)
//   outlet       outlet names as stored, any UTF-8 text (all)
//   background   1/true/yes or 0/false/no: count events recalled as background (1)
//   level        country or agent: the actor granularity (country)
inline constexpr std::initializer_list<const char*> kFilterParams = {
    "from", "to", "lang", "certainty", "root", "plover", "outlet", "background", "level"};

// Checks the parameter count, name and value sizes, that every value is valid
// UTF-8 without NUL, and that every name is in `allowed` (or kFilterParams when
// `with_filter`). Call first; the other functions assume it passed.
Status CheckParams(const Params& params, std::initializer_list<const char*> allowed, bool with_filter,
                   const ParamLimits& limits = ParamLimits());

// The store filter the parameters describe (see kFilterParams).
StatusOr<store::QueryFilter> ParseFilter(const Params& params, const ParamLimits& limits = ParamLimits());

// The value of `name` ("" when absent); kInvalidArgument when given twice.
StatusOr<std::string> SingleValue(const Params& params, std::string_view name);

// `limit`: absent -> `default_rows`; a positive integer, clamped to
// `max_rows`; zero, negative or not a number -> kInvalidArgument.
// REQUIRES: 0 < default_rows <= max_rows.
StatusOr<int> ParseLimit(const Params& params, int default_rows, int max_rows);

// An actor code parameter: 1 to 64 characters of A-Z, 0-9, '_' and '-'
// (lowercase letters are upcased). Absent or empty -> "" when !required,
// kInvalidArgument when required.
StatusOr<std::string> ParseActorCode(const Params& params, std::string_view name, bool required);

}  // namespace isnad::serve

#endif  // ISNAD_SERVE_PARAMS_H_
