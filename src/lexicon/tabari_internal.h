// lexicon/tabari_internal.h: helpers shared by the TABARI/PETRARCH readers
// (tabari_*.cc). Not part of the lexicon API.
// Thread-safety: pure functions, except LoadIssues which writes to one Dictionary.
#ifndef ISNAD_LEXICON_TABARI_INTERNAL_H_
#define ISNAD_LEXICON_TABARI_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/dictionary.h"
#include "text/lang.h"
#include "util/status.h"

namespace isnad::lexicon::tabari_internal {

// One line of a dictionary with its comments removed and its trailing blanks
// trimmed; leading blanks are kept (they tell a code line from a name line in
// some files). Blank lines are not returned.
struct SourceLine {
  std::string text;
  size_t number = 0;  // 1-based line number in the file.
};

// Splits `contents` into lines and removes comments as TABARI/PETRARCH do:
// `<!-- ... -->` (also across lines: the rest of the closing line is kept), a line
// starting with `<!` (as `<! -- ... -->`), and everything from a `#` or `;` that is
// not inside `[...]` (so `[###]` stays a code). A UTF-8 BOM and CRs are dropped.
// Stops after `max_lines` lines (the first lines of the whole file's answer).
std::vector<SourceLine> ReadLines(std::string_view contents, size_t max_lines = SIZE_MAX);

// Collects issues of one file into a Dictionary.
class LoadIssues {
 public:
  LoadIssues(Dictionary* dict, std::string origin);
  void Error(size_t line, std::string message);
  void Warning(size_t line, std::string message);
  std::string Where(size_t line) const { return origin_ + ":" + std::to_string(line); }
  // The first error added through this object, as a Corruption status, or OK.
  Status FirstError() const;
  const std::string& origin() const { return origin_; }

 private:
  Dictionary* dict_;
  std::string origin_;
  size_t first_issue_;
};

// A name as TABARI writes it ("AFGHANISTAN_", "CARAS GALADHON", "U.S.S.R") in
// isnad's form: `_` becomes a space, runs of blanks one space, ends trimmed.
std::string CleanName(std::string_view name);

// True if `s` holds a letter of the Arabic script.
bool HasArabic(std::string_view s);

// The language of a dictionary word: kAr for Arabic script, else `latin`.
text::Lang LangOf(std::string_view s, text::Lang latin);

// Converts a TABARI date, YYMMDD or YYYYMMDD, to ISO "YYYY-MM-DD". Two-digit years
// are read as TABARI and PETRARCH read them: 00-30 are 2000-2030, 31-99 are
// 1931-1999. The day is checked against the month (leap years included). Returns
// false with `*error` set when the date is not one of those shapes or not a day.
bool TabariDateToIso(std::string_view date, std::string* iso, std::string* error);

// TABARI/PETRARCH's regular English plural of a noun phrase's last word: "Y" ->
// "IES", a final "S" takes "ES", else "S". Returns "" for text that is not Latin
// (Arabic dictionaries give every form).
std::string RegularPlural(std::string_view phrase);

// PETRARCH's regular forms of an English verb: -S (-ES after S, X, Z; -IES after
// Y), -ED (-D after E), -ING (the final E dropped unless a vowel precedes it).
std::vector<std::string> RegularVerbForms(std::string_view verb);

// Upper-cases ASCII letters.
std::string AsciiUpper(std::string_view s);

// Splits on runs of blanks (space, tab).
std::vector<std::string_view> Words(std::string_view s);

// The readers of each kind (tabari_actors.cc, tabari_agents.cc, tabari_verbs.cc,
// tabari.cc). Each adds entries and issues to `*dict`.
void ParseActors(const std::vector<SourceLine>& lines, LoadIssues* issues, Dictionary* dict);
void ParseAgents(const std::vector<SourceLine>& lines, LoadIssues* issues, Dictionary* dict);
void ParseVerbs(const std::vector<SourceLine>& lines, LoadIssues* issues, Dictionary* dict);
void ParseDiscards(const std::vector<SourceLine>& lines, LoadIssues* issues, Dictionary* dict);

}  // namespace isnad::lexicon::tabari_internal

#endif  // ISNAD_LEXICON_TABARI_INTERNAL_H_
