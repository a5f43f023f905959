// util/strings.h: small string helpers used across stages.
// Thread-safety: pure functions. Returned string_views point into the argument and
// stay valid as long as it does.
#ifndef ISNAD_UTIL_STRINGS_H_
#define ISNAD_UTIL_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace isnad {

// Splits `s` at every `sep`; keeps empty fields ("a||b" -> {"a","","b"}).
std::vector<std::string_view> Split(std::string_view s, char sep);

// Removes ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

// ASCII-only lowercase; bytes >= 0x80 are left alone.
std::string AsciiLower(std::string_view s);

// Escapes `s` for a JSON string literal (without the quotes); invalid UTF-8 bytes
// become U+FFFD so the output is always valid JSON.
void AppendJsonEscaped(std::string_view s, std::string* out);

}  // namespace isnad

#endif  // ISNAD_UTIL_STRINGS_H_
