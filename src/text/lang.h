// text/lang.h: the languages isnad knows, and their codes.
// Thread-safety: pure functions.
#ifndef ISNAD_TEXT_LANG_H_
#define ISNAD_TEXT_LANG_H_

#include <cstdint>
#include <string_view>

namespace isnad::text {

enum class Lang : uint8_t {
  kUnknown = 0,  // Not detected (too short, no letters).
  kAr,           // Arabic (Modern Standard Arabic news).
  kFr,           // French.
  kEn,           // English.
  kOther,        // Detected, but not a language isnad codes.
};

// "ar", "fr", "en", "und" (unknown), "other".
std::string_view LangCode(Lang lang);

// Parses an ISO 639-1 code ("ar", "fr", "en", case-insensitive; also "ara", "fra",
// "fre", "eng"); returns kUnknown for "", "auto" and "und", kOther for anything else.
Lang ParseLang(std::string_view code);

}  // namespace isnad::text

#endif  // ISNAD_TEXT_LANG_H_
