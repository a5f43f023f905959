// Design: most paragraphs are decided by their script, which costs one byte scan;
// CLD2 (a quadgram model, fast but unreliable on a few words) is asked only when
// the script leaves a choice and there is enough text for its answer to mean
// something. The paragraph's letters are counted by UTF-8 lead byte: ASCII letters
// and U+00C0..U+027F are Latin, U+0600..U+06FF (without digits, marks and
// punctuation) and the Arabic supplements are Arabic, other letters are "other".
#include "text/langid.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <climits>

namespace isnad::text {
namespace {

struct ScriptCounts {
  size_t latin = 0;
  size_t arabic = 0;
  size_t other = 0;
  size_t total() const { return latin + arabic + other; }
};

ScriptCounts CountScripts(std::string_view s) {
  ScriptCounts c;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      if (((b | 0x20) >= 'a') && ((b | 0x20) <= 'z')) ++c.latin;
      continue;
    }
    if (b < 0xC0) continue;  // Continuation byte.
    if (b >= 0xC3 && b <= 0xC9) {
      ++c.latin;
    } else if (b >= 0xD8 && b <= 0xDB) {
      const unsigned char b1 = i + 1 < n ? p[i + 1] : 0;
      // U+060C..U+061F punctuation, U+064B..U+065F marks, U+0660..U+066D digits.
      const bool not_letter = (b == 0xD8 && b1 >= 0x8C && b1 <= 0x9F) ||
                              (b == 0xD9 && b1 >= 0x8B && b1 <= 0xAD);
      if (!not_letter) ++c.arabic;
    } else if (b == 0xDD || (b == 0xE0 && i + 1 < n && p[i + 1] == 0xA2)) {
      ++c.arabic;  // Arabic Supplement, Extended-A.
    } else if ((b >= 0xCA && b <= 0xD7) || (b >= 0xDC && b <= 0xDF) || b == 0xE0 || b == 0xE1 ||
               (b >= 0xE3 && b <= 0xEE) || (b >= 0xF0 && b <= 0xF4)) {
      ++c.other;
    }
  }
  return c;
}

CLD2::Language ToCld2(Lang lang) {
  switch (lang) {
    case Lang::kAr: return CLD2::ARABIC;
    case Lang::kFr: return CLD2::FRENCH;
    case Lang::kEn: return CLD2::ENGLISH;
    default: return CLD2::UNKNOWN_LANGUAGE;
  }
}

Lang FromCld2(CLD2::Language lang) {
  switch (lang) {
    case CLD2::ARABIC: return Lang::kAr;
    case CLD2::FRENCH: return Lang::kFr;
    case CLD2::ENGLISH: return Lang::kEn;
    case CLD2::UNKNOWN_LANGUAGE: case CLD2::TG_UNKNOWN_LANGUAGE: return Lang::kUnknown;
    default: return Lang::kOther;
  }
}

struct Cld2Result {
  Lang lang = Lang::kUnknown;
  bool reliable = false;
};

Cld2Result RunCld2(std::string_view text, Lang hint) {
  // CLD2 takes an int length; a paragraph over 2 GiB is judged on its start.
  const int length = text.size() > INT_MAX ? INT_MAX : static_cast<int>(text.size());
  // The content-language hint boosts the three languages isnad codes.
  CLD2::CLDHints hints = {"ar,fr,en", nullptr, CLD2::UNKNOWN_ENCODING, ToCld2(hint)};
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      text.data(), length, /*is_plain_text=*/true, &hints, /*flags=*/0, language3, percent3,
      scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable);
  return Cld2Result{FromCld2(lang), reliable};
}

bool IsLatinLanguage(Lang lang) { return lang == Lang::kFr || lang == Lang::kEn; }

}  // namespace

Lang DetectParagraphLanguage(std::string_view paragraph, Lang document_lang) {
  const ScriptCounts counts = CountScripts(paragraph);
  const size_t letters = counts.total();
  if (letters == 0) return document_lang == Lang::kOther ? Lang::kUnknown : document_lang;
  const bool short_text = letters < kShortParagraphLetters;

  if (counts.arabic * 2 > letters) {
    if (short_text) return Lang::kAr;
    const Cld2Result r = RunCld2(paragraph, Lang::kAr);
    // Only a confident other Arabic-script language overrides the script.
    if (r.reliable && r.lang == Lang::kOther) return Lang::kOther;
    return Lang::kAr;
  }
  if (counts.latin * 2 > letters) {
    const Lang hint = IsLatinLanguage(document_lang) ? document_lang : Lang::kUnknown;
    const Cld2Result r = RunCld2(paragraph, hint);
    if (r.lang == Lang::kAr) return hint;  // Arabic in Latin letters is not what we read.
    if (r.reliable || (!short_text && r.lang != Lang::kUnknown)) return r.lang;
    if (short_text) return hint != Lang::kUnknown ? hint : r.lang == Lang::kOther ? Lang::kUnknown
                                                                                   : r.lang;
    return hint;
  }
  const Cld2Result r = RunCld2(paragraph, document_lang);
  return r.reliable ? r.lang : (short_text ? Lang::kUnknown : r.lang);
}

}  // namespace isnad::text
