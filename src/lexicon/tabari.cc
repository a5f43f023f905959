// Reading TABARI/PETRARCH dictionaries: the shared line reader (comments), dates,
// plurals and verb forms, format detection, the dispatch to each kind's reader and
// the discard reader.
//
// Design note. Every reader works on the comment-free lines of ReadLines() and is
// tolerant: a malformed line becomes an Issue with "file:line" and the reader goes
// on with the next line, so one bad entry in a 30,000-line peer dictionary never
// hides the rest. Errors are lines that lose information (a code that cannot be
// read, a pattern that cannot be parsed); warnings are lines read with a guess or
// read as the peer program reads them although they are probably wrong (a
// lowercase code, a date range that ends before it starts).
#include "lexicon/tabari.h"

#include <algorithm>
#include <cstring>

#include "lexicon/tabari_internal.h"
#include "util/strings.h"

namespace isnad::lexicon {
namespace tabari_internal {

std::vector<SourceLine> ReadLines(std::string_view contents, size_t max_lines) {
  std::vector<SourceLine> out;
  if (contents.starts_with("\xEF\xBB\xBF")) contents.remove_prefix(3);
  size_t start = 0;
  size_t number = 0;
  bool in_xml_comment = false;
  while (start < contents.size() && out.size() < max_lines) {
    size_t nl = contents.find('\n', start);
    std::string_view raw = contents.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? contents.size() : nl + 1;
    ++number;
    std::string line(raw);
    if (in_xml_comment) {
      size_t end = line.find("-->");
      if (end == std::string::npos) continue;
      line.erase(0, end + 3);
      in_xml_comment = false;
    }
    // XML comments: several on a line, or one left open to a later line.
    for (size_t open = line.find("<!--"); open != std::string::npos; open = line.find("<!--", open)) {
      size_t end = line.find("-->", open + 4);
      if (end == std::string::npos) {
        line.erase(open);
        in_xml_comment = true;
        break;
      }
      line.erase(open, end + 3 - open);
    }
    std::string_view trimmed = Trim(line);
    if (trimmed.starts_with("<!")) continue;  // "<! -- NEW ACTORS ... -->".
    // `#` and `;` start a comment unless inside a code bracket ("[###]").
    int depth = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c == '[') {
        ++depth;
      } else if (c == ']') {
        if (depth > 0) --depth;
      } else if ((c == '#' || c == ';') && depth == 0) {
        line.erase(i);
        break;
      }
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.pop_back();
    if (Trim(line).empty()) continue;
    out.push_back({std::move(line), number});
  }
  return out;
}

LoadIssues::LoadIssues(Dictionary* dict, std::string origin)
    : dict_(dict), origin_(std::move(origin)), first_issue_(dict->issues().size()) {}

void LoadIssues::Error(size_t line, std::string message) {
  dict_->AddIssue({Issue::Severity::kError, Where(line), std::move(message)});
}

void LoadIssues::Warning(size_t line, std::string message) {
  dict_->AddIssue({Issue::Severity::kWarning, Where(line), std::move(message)});
}

Status LoadIssues::FirstError() const {
  const auto& issues = dict_->issues();
  for (size_t i = first_issue_; i < issues.size(); ++i) {
    if (issues[i].severity == Issue::Severity::kError) return Status::Corruption(issues[i].ToString());
  }
  return Status::OK();
}

std::string CleanName(std::string_view name) {
  std::string out;
  bool blank = false;
  for (char c : name) {
    if (c == '_' || c == ' ' || c == '\t') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out.push_back(' ');
    blank = false;
    out.push_back(c);
  }
  return out;
}

bool HasArabic(std::string_view s) {
  // U+0600..U+06FF and U+0750..U+077F are encoded with lead bytes D8..DD.
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xD8 && c <= 0xDD) return true;
  }
  return false;
}

text::Lang LangOf(std::string_view s, text::Lang latin) { return HasArabic(s) ? text::Lang::kAr : latin; }

bool TabariDateToIso(std::string_view date, std::string* iso, std::string* error) {
  date = Trim(date);
  bool digits = !date.empty() && std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || (date.size() != 6 && date.size() != 8)) {
    *error = "'" + std::string(date) + "' is not a date (YYMMDD or YYYYMMDD)";
    return false;
  }
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (date[i] - '0');
    return v;
  };
  int year, month, day;
  if (date.size() == 6) {
    int yy = num(0, 2);
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    month = num(2, 2);
    day = num(4, 2);
  } else {
    year = num(0, 4);
    month = num(4, 2);
    day = num(6, 2);
  }
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) {
    *error = "'" + std::string(date) + "' is not a valid day";
    return false;
  }
  // "%04d-%02d-%02d" by hand: year is 0-9999 here (at most four digits read),
  // and snprintf cost 4% of loading every dictionary (the peer actors' dates).
  char buf[10] = {static_cast<char>('0' + year / 1000),     static_cast<char>('0' + year / 100 % 10),
                  static_cast<char>('0' + year / 10 % 10),  static_cast<char>('0' + year % 10),
                  '-',
                  static_cast<char>('0' + month / 10),      static_cast<char>('0' + month % 10),
                  '-',
                  static_cast<char>('0' + day / 10),        static_cast<char>('0' + day % 10)};
  iso->assign(buf, sizeof(buf));
  return true;
}

namespace {

bool IsLatinWord(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::string RegularPlural(std::string_view phrase) {
  if (!IsLatinWord(phrase)) return "";
  std::string out(phrase);
  char last = out.back();
  if (last == 'Y' || last == 'y') {
    out.pop_back();
    out += "IES";
  } else if (last == 'S' || last == 's') {
    out += "ES";
  } else if ((last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z')) {
    out += "S";
  } else {
    return "";  // "U.S.", "N'T": no plural.
  }
  return out;
}

std::vector<std::string> RegularVerbForms(std::string_view verb) {
  std::vector<std::string> out;
  if (!IsLatinWord(verb) || verb.size() < 2) return out;
  std::string v = AsciiUpper(verb);
  char last = v.back();
  if (last == 'S' || last == 'X' || last == 'Z') {
    out.push_back(v + "ES");
  } else if (last == 'Y') {
    out.push_back(v.substr(0, v.size() - 1) + "IES");
  } else {
    out.push_back(v + "S");
  }
  out.push_back(last == 'E' ? v + "D" : v + "ED");
  bool vowel_before = std::strchr("AEIOU", v[v.size() - 2]) != nullptr;
  out.push_back(last == 'E' && !vowel_before ? v.substr(0, v.size() - 1) + "ING" : v + "ING");
  return out;
}

std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Discards: `PHRASE` drops the sentence, `+PHRASE` the story. A phrase ending in
// `_` must end at a word boundary; otherwise its last word is a stem (PETRARCH).
void ParseDiscards(const std::vector<SourceLine>& lines, LoadIssues* issues, Dictionary* dict) {
  for (const auto& line : lines) {
    std::string_view text = Trim(line.text);
    Discard d;
    d.origin = issues->Where(line.number);
    if (text.starts_with("+")) {
      d.story = true;
      text.remove_prefix(1);
    }
    text = Trim(text);
    if (text.find('[') != std::string_view::npos) {
      issues->Warning(line.number, "a code in a discard list is ignored: '" + std::string(text) + "'");
      text = Trim(text.substr(0, text.find('[')));
    }
    if (text.empty()) {
      issues->Error(line.number, "discard line with no phrase");
      continue;
    }
    bool exact = text.ends_with("_");
    std::string phrase = CleanName(text);
    if (phrase.empty()) {
      issues->Error(line.number, "discard line with no phrase");
      continue;
    }
    uint32_t index = dict->AddDiscard(std::move(d));
    Phrase p{LangOf(phrase, text::Lang::kEn), phrase, EntryKind::kDiscard, index, false};
    p.stem = !exact;
    dict->AddPhrase(std::move(p));
    ++dict->mutable_stats().lines;
  }
}

}  // namespace tabari_internal

namespace {

using tabari_internal::ReadLines;

// Counts of telling shapes in the first lines of a file.
struct Shape {
  int verb_headers = 0;   // "--- NAME [code] ---"
  int patterns = 0;       // "- ... * ... [code]"
  int synsets = 0;        // "&NAME"
  int agent_codes = 0;    // "[~GOV]", "[NGO~]"
  int substitutions = 0;  // "!PERSON! = ..."
  int actor_codes = 0;    // "[ISR]", "\t[ISRGOV 990101-000101]"
  int bare = 0;           // lines with no bracket at all
  int lines = 0;
};

Shape Measure(std::string_view contents) {
  Shape s;
  // The first 400 lines tell the format: only they are read (a peer
  // dictionary has tens of thousands).
  constexpr size_t kLines = 400;
  for (const auto& line : ReadLines(contents, kLines)) {
    if (++s.lines > static_cast<int>(kLines)) break;
    std::string_view t = Trim(line.text);
    size_t open = t.find('[');
    size_t close = t.rfind(']');
    std::string_view code = open != std::string_view::npos && close != std::string_view::npos && close > open
                                ? Trim(t.substr(open + 1, close - open - 1))
                                : std::string_view();
    if (t.starts_with("---") && t.size() > 6 && t.ends_with("---")) {
      ++s.verb_headers;
    } else if (t.starts_with("-") && t.find('*') != std::string_view::npos) {
      ++s.patterns;
    } else if (t.starts_with("&")) {
      ++s.synsets;
    } else if (t.starts_with("!") && t.find('=') != std::string_view::npos) {
      ++s.substitutions;
    } else if (!code.empty() && (code.front() == '~' || code.back() == '~')) {
      ++s.agent_codes;
    } else if (!code.empty()) {
      ++s.actor_codes;
    } else if (open == std::string_view::npos) {
      ++s.bare;
    }
  }
  return s;
}

}  // namespace

DictFormat DetectTabariFormat(const std::string& path, std::string_view contents) {
  Shape s = Measure(contents);
  if (s.verb_headers > 0 || s.patterns > 0 || s.synsets > 0) return DictFormat::kTabariVerbs;
  if (s.substitutions > 0 || (s.agent_codes > 0 && s.agent_codes >= s.actor_codes)) return DictFormat::kTabariAgents;
  if (s.actor_codes > 0) return DictFormat::kTabariActors;
  // No brackets at all: a discard list, if the name does not say otherwise.
  std::string name = AsciiLower(path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1));
  if (name.find("verb") != std::string::npos || name.find("cameo") != std::string::npos) return DictFormat::kTabariVerbs;
  if (name.find("agent") != std::string::npos) return DictFormat::kTabariAgents;
  if (name.find("actor") != std::string::npos) return DictFormat::kTabariActors;
  if (name.find("discard") != std::string::npos) return DictFormat::kTabariDiscards;
  if (s.bare > 0) return DictFormat::kTabariDiscards;
  return DictFormat::kAuto;
}

Status ParseTabari(DictFormat format, std::string_view contents, const std::string& origin, Dictionary* dict) {
  tabari_internal::LoadIssues issues(dict, origin);
  auto lines = ReadLines(contents);
  switch (format) {
    case DictFormat::kTabariActors:
      tabari_internal::ParseActors(lines, &issues, dict);
      break;
    case DictFormat::kTabariAgents:
      tabari_internal::ParseAgents(lines, &issues, dict);
      break;
    case DictFormat::kTabariVerbs:
      tabari_internal::ParseVerbs(lines, &issues, dict);
      break;
    case DictFormat::kTabariDiscards:
      tabari_internal::ParseDiscards(lines, &issues, dict);
      break;
    default:
      return Status::InvalidArgument(origin + ": not a TABARI/PETRARCH dictionary format");
  }
  ++dict->mutable_stats().files;
  return issues.FirstError();
}

}  // namespace isnad::lexicon
