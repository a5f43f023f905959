// Fuzzes the explorer's request parsing (serve/params.h, serve/static_files.h,
// the UTF-16 span conversion of serve/api.h). The input is a query string
// "name=value&name=value..." whose pieces are percent-decoded as the HTTP
// server decodes them (so NUL and invalid UTF-8 reach the parsers); a second
// part after a newline is taken as a URL path. Checked: nothing crashes, and
// whatever is accepted is within its documented set and limits.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "serve/api.h"
#include "serve/params.h"
#include "serve/static_files.h"

namespace {

#define CHECK(cond)                                                           \
  do {                                                                        \
    if (!(cond)) {                                                            \
      std::fprintf(stderr, "CHECK failed at line %d: %s\n", __LINE__, #cond); \
      std::abort();                                                           \
    }                                                                         \
  } while (0)

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string Decode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && Hex(s[i + 1]) >= 0 && Hex(s[i + 2]) >= 0) {
      out += static_cast<char>(Hex(s[i + 1]) * 16 + Hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i] == '+' ? ' ' : s[i];
    }
  }
  return out;
}

bool IsActorCode(const std::string& code) {
  if (code.empty() || code.size() > 64) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace isnad::serve;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view query = input, path;
  if (size_t nl = input.find('\n'); nl != std::string_view::npos) {
    query = input.substr(0, nl);
    path = input.substr(nl + 1);
  }
  Params params;
  size_t start = 0;
  while (start <= query.size()) {
    size_t amp = query.find('&', start);
    if (amp == std::string_view::npos) amp = query.size();
    std::string_view pair = query.substr(start, amp - start);
    size_t eq = pair.find('=');
    params.emplace_back(Decode(pair.substr(0, eq)), eq == std::string_view::npos ? "" : Decode(pair.substr(eq + 1)));
    start = amp + 1;
  }
  ParamLimits limits;
  limits.max_value_bytes = 64;  // Small, so the fuzzer reaches the limit.
  limits.max_list_values = 4;
  if (CheckParams(params, {"limit", "source", "target", "q", "code"}, true, limits).ok()) {
    auto filter = ParseFilter(params, limits);
    if (filter.ok()) {
      CHECK(filter->from_day.empty() || filter->from_day.size() == 10);
      CHECK(filter->from_day.empty() || filter->to_day.empty() || filter->from_day <= filter->to_day);
      CHECK(filter->langs.size() <= limits.max_list_values);
      for (const auto& l : filter->langs) CHECK(l == "ar" || l == "fr" || l == "en");
      for (const auto& r : filter->roots) CHECK(r.size() == 2 && r >= "01" && r <= "20");
      CHECK(filter->outlets.size() <= limits.max_list_values);
    }
    auto limit = ParseLimit(params, 10, 100);
    if (limit.ok()) CHECK(*limit >= 1 && *limit <= 100);
    auto code = ParseActorCode(params, "source", false);
    if (code.ok()) CHECK(code->empty() || IsActorCode(*code));
  }
  for (const auto& [name, value] : params) {
    const size_t units = Utf16Length(value);
    CHECK(units <= value.size());
    if (!name.empty()) {
      auto span = SpanInSentence(value, 0, 0, name.size(), name);
      if (span) CHECK(span->begin <= span->end && span->end <= units);
    }
  }
  // A path: accepted only when it resolves to a regular file under the root.
  std::string decoded = Decode(path);
  auto file = ResolveStaticPath("/tmp", decoded.empty() ? "/" : decoded);
  if (file.ok()) CHECK(file->rfind("/tmp/", 0) == 0);
  return 0;
}
