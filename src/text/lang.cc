#include "text/lang.h"

#include <string>

#include "util/strings.h"

namespace isnad::text {

std::string_view LangCode(Lang lang) {
  switch (lang) {
    case Lang::kAr: return "ar";
    case Lang::kFr: return "fr";
    case Lang::kEn: return "en";
    case Lang::kOther: return "other";
    case Lang::kUnknown: break;
  }
  return "und";
}

Lang ParseLang(std::string_view code) {
  std::string c = AsciiLower(Trim(code));
  if (c.empty() || c == "auto" || c == "und") return Lang::kUnknown;
  if (c == "ar" || c == "ara" || c == "arb") return Lang::kAr;
  if (c == "fr" || c == "fra" || c == "fre") return Lang::kFr;
  if (c == "en" || c == "eng") return Lang::kEn;
  return Lang::kOther;
}

}  // namespace isnad::text
