// A tolerant reader of PETRARCH XML record files.
//
// Design note. One left-to-right scan over the bytes with a line counter. At
// each `<` it decides what it sees: a comment `<!-- -->` (skipped), a declaration
// `<? ?>` or `<!DOCTYPE>` (skipped), an end tag, a start tag (name, then
// attributes `name = "value"` with blanks allowed around `=`, single or double
// quotes, or none). Anything else, such as "a < b" in text, is text. <Text> and
// <Parse> are read raw up to their closing tag, so an unescaped `<` or `&` inside
// them does not derail the scan; entities are decoded in text and attribute
// values (`&amp;` and friends, numeric references), an unknown `&` stays as is.
// Unknown elements (<PLEvent {json}>, <Parse>) are skipped. A <Sentence> left open
// is closed by the next <Sentence> or the end of the file, with an issue.
#include "eval/petrarch_records.h"

#include <algorithm>

#include "util/files.h"
#include "util/utf8.h"

namespace isnad::eval {
namespace {

bool IsNameChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == ':' || c == '.';
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A character reference names a code point; NUL is not text.
void AppendUtf8(uint32_t cp, std::string* out) { utf8::Append(cp == 0 ? utf8::kReplacementChar : cp, out); }

// Decodes entities; an `&` that starts no known entity is kept.
std::string Decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    static const std::pair<const char*, char> kNamed[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    bool done = false;
    for (const auto& [n, c] : kNamed) {
      if (name == n) {
        out.push_back(c);
        done = true;
        break;
      }
    }
    if (!done && name.size() >= 2 && name[0] == '#') {
      uint32_t cp = 0;
      bool hex = name[1] == 'x' || name[1] == 'X';
      std::string_view digits = name.substr(hex ? 2 : 1);
      bool ok = !digits.empty();
      for (char c : digits) {
        int v = c >= '0' && c <= '9' ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
        if (v < 0 || cp > 0x10FFFF) {
          ok = false;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
      }
      if (ok) {
        AppendUtf8(cp, &out);
        done = true;
      }
    }
    if (done) {
      i = semi;
    } else {
      out.push_back('&');
    }
  }
  return out;
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : s) {
    if (IsBlank(c)) {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out.push_back(' ');
    blank = false;
    out.push_back(c);
  }
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

struct Tag {
  std::string name;
  bool end = false;          // </name>
  bool self_closing = false;  // <name ... />
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string_view Attribute(std::string_view key) const {
    for (const auto& [k, v] : attributes) {
      if (k == key) return v;
    }
    return {};
  }
  bool Has(std::string_view key) const {
    return std::any_of(attributes.begin(), attributes.end(), [&](const auto& a) { return a.first == key; });
  }
};

class RecordParser {
 public:
  RecordParser(std::string_view in, const std::string& origin) : in_(in), origin_(origin) {}

  PetrarchRecordSet Run() {
    while (pos_ < in_.size()) {
      size_t lt = in_.find('<', pos_);
      if (lt == std::string_view::npos) break;
      Advance(lt);
      if (Starts("<!--")) {
        SkipPast("-->", "unterminated comment");
        continue;
      }
      if (Starts("<?") || Starts("<!")) {
        SkipPast(">", "unterminated declaration");
        continue;
      }
      Tag tag;
      size_t tag_line = line_;
      if (!ReadTag(&tag)) {
        Advance(pos_ + 1);  // A lone '<' in text.
        continue;
      }
      Handle(tag, tag_line);
    }
    if (in_sentence_) {
      Issue(sentence_line_, "record '" + current_.id + "' is not closed by </Sentence>");
      CloseSentence();
    }
    return std::move(set_);
  }

 private:
  void Issue(size_t line, std::string message, bool error = false) {
    set_.issues.push_back({error ? lexicon::Issue::Severity::kError : lexicon::Issue::Severity::kWarning,
                           origin_ + ":" + std::to_string(line), std::move(message)});
  }

  bool Starts(std::string_view s) const { return in_.substr(pos_, s.size()) == s; }

  // Moves to `to`, counting lines.
  void Advance(size_t to) {
    to = std::min(to, in_.size());
    line_ += static_cast<size_t>(std::count(in_.begin() + static_cast<std::ptrdiff_t>(pos_),
                                            in_.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
    pos_ = to;
  }

  void SkipPast(std::string_view end, const char* message) {
    size_t at = in_.find(end, pos_ + 1);
    if (at == std::string_view::npos) {
      Issue(line_, message, true);
      Advance(in_.size());
      return;
    }
    Advance(at + end.size());
  }

  // Reads a tag at pos_ ('<'). False (pos_ unchanged) when it is not one.
  bool ReadTag(Tag* tag) {
    size_t p = pos_ + 1;
    if (p < in_.size() && in_[p] == '/') {
      tag->end = true;
      ++p;
    }
    size_t name_start = p;
    while (p < in_.size() && IsNameChar(in_[p])) ++p;
    if (p == name_start) return false;
    tag->name = std::string(in_.substr(name_start, p - name_start));
    // Attributes up to '>' (quotes respected).
    while (p < in_.size()) {
      while (p < in_.size() && IsBlank(in_[p])) ++p;
      if (p >= in_.size()) break;
      char c = in_[p];
      if (c == '>') {
        Advance(p + 1);
        return true;
      }
      if (c == '/' && p + 1 < in_.size() && in_[p + 1] == '>') {
        tag->self_closing = true;
        Advance(p + 2);
        return true;
      }
      if (c == '<') break;  // A new tag begins: this one was never closed.
      size_t key_start = p;
      while (p < in_.size() && IsNameChar(in_[p])) ++p;
      if (p == key_start) {
        ++p;  // Junk such as `{"event": ...}` in <PLEvent>: skip a byte.
        continue;
      }
      std::string key(in_.substr(key_start, p - key_start));
      size_t q = p;
      while (q < in_.size() && IsBlank(in_[q])) ++q;
      if (q >= in_.size() || in_[q] != '=') {
        tag->attributes.emplace_back(std::move(key), "");
        continue;
      }
      ++q;
      while (q < in_.size() && IsBlank(in_[q])) ++q;
      std::string value;
      if (q < in_.size() && (in_[q] == '"' || in_[q] == '\'')) {
        char quote = in_[q];
        size_t close = in_.find(quote, q + 1);
        if (close == std::string_view::npos) {
          Advance(q);
          Issue(line_, "unterminated attribute value in <" + tag->name + ">", true);
          Advance(in_.size());
          return true;
        }
        value = Decode(in_.substr(q + 1, close - q - 1));
        p = close + 1;
      } else {
        size_t v = q;
        while (v < in_.size() && !IsBlank(in_[v]) && in_[v] != '>' && !(in_[v] == '/' && v + 1 < in_.size() && in_[v + 1] == '>')) ++v;
        value = Decode(in_.substr(q, v - q));
        p = v;
      }
      tag->attributes.emplace_back(std::move(key), std::move(value));
    }
    Issue(line_, "tag <" + tag->name + "> is not closed by '>'");
    Advance(p);
    return true;
  }

  // The raw content up to </name>, consumed; "" with an issue when absent.
  std::string RawUntilClose(const std::string& name) {
    std::string close = "</" + name;
    size_t at = in_.find(close, pos_);
    size_t next_sentence = in_.find("<Sentence", pos_);
    if (at == std::string_view::npos || (next_sentence != std::string_view::npos && next_sentence < at)) {
      Issue(line_, "<" + name + "> is not closed", true);
      size_t stop = next_sentence == std::string_view::npos ? in_.size() : next_sentence;
      std::string content(in_.substr(pos_, stop - pos_));
      Advance(stop);
      return content;
    }
    std::string content(in_.substr(pos_, at - pos_));
    Advance(at);
    size_t gt = in_.find('>', pos_);
    Advance(gt == std::string_view::npos ? in_.size() : gt + 1);
    return content;
  }

  static std::string WithoutComments(std::string s) {
    for (size_t open = s.find("<!--"); open != std::string::npos; open = s.find("<!--", open)) {
      size_t end = s.find("-->", open + 4);
      s.erase(open, end == std::string::npos ? std::string::npos : end + 3 - open);
    }
    return s;
  }

  void Handle(const Tag& tag, size_t line) {
    const std::string& n = tag.name;
    if (n == "Sentence") {
      if (tag.end) {
        if (!in_sentence_) Issue(line, "</Sentence> without <Sentence>");
        else CloseSentence();
        return;
      }
      if (in_sentence_) {
        Issue(sentence_line_, "record '" + current_.id + "' is not closed by </Sentence>");
        CloseSentence();
      }
      OpenSentence(tag, line);
      if (tag.self_closing) CloseSentence();
      return;
    }
    if (tag.end) return;
    if (n == "Text") {
      if (tag.self_closing) return;
      std::string text = Collapse(Decode(WithoutComments(RawUntilClose("Text"))));
      if (!in_sentence_) {
        Issue(line, "<Text> outside a <Sentence>");
        return;
      }
      if (!current_.text.empty()) current_.text += ' ';
      current_.text += text;
      return;
    }
    if (n == "Parse") {
      if (!tag.self_closing) (void)RawUntilClose("Parse");
      return;
    }
    if (n == "EventCoding") {
      if (!in_sentence_) {
        Issue(line, "<EventCoding> outside a <Sentence>");
        return;
      }
      current_.has_codings = true;
      if (tag.Has("error")) {
        current_.expected_error = std::string(tag.Attribute("error"));
        return;
      }
      if (tag.Has("noevents")) {
        current_.no_events = EqualsIgnoreCase(tag.Attribute("noevents"), "true");
        if (current_.no_events) return;
      }
      ExpectedEvent e{std::string(tag.Attribute("eventcode")), std::string(tag.Attribute("sourcecode")),
                      std::string(tag.Attribute("targetcode"))};
      if (e.event_code.empty()) Issue(line, "<EventCoding> without eventcode in '" + current_.id + "'");
      current_.expected.push_back(std::move(e));
      return;
    }
    if (n == "Config") {
      pending_config_.emplace_back(std::string(tag.Attribute("option")), std::string(tag.Attribute("value")));
      return;
    }
    if (n == "Environment") {
      set_.environment.present = true;
      return;
    }
    static const char* kEnvironmentFields[] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile",
                                               "PICOfile", "Errorfile", "Include"};
    if (std::find(std::begin(kEnvironmentFields), std::end(kEnvironmentFields), n) != std::end(kEnvironmentFields)) {
      if (tag.self_closing) return;
      std::string value = Collapse(Decode(WithoutComments(RawUntilClose(n))));
      auto& env = set_.environment;
      if (n == "Verbfile") env.verb_file = value;
      else if (n == "Actorfile") env.actor_files.push_back(value);
      else if (n == "Agentfile") env.agent_file = value;
      else if (n == "Discardfile") env.discard_file = value;
      else if (n == "PICOfile") env.pico_file = value;
      else if (n == "Errorfile") env.error_file = value;
      else {
        size_t start = 0;
        while (start < value.size()) {
          size_t sp = value.find(' ', start);
          if (sp == std::string::npos) sp = value.size();
          if (sp > start) env.include.push_back(value.substr(start, sp - start));
          start = sp + 1;
        }
      }
    }
    // Other elements (<Validation>, <Sentences>, <PLEvent ...>) carry nothing we read.
  }

  void OpenSentence(const Tag& tag, size_t line) {
    in_sentence_ = true;
    sentence_line_ = line;
    current_ = PetrarchRecord();
    current_.line = line;
    current_.id = std::string(tag.Attribute("id"));
    current_.category = std::string(tag.Attribute("category"));
    current_.source = std::string(tag.Attribute("source"));
    current_.config = std::move(pending_config_);
    pending_config_.clear();
    if (current_.id.empty()) Issue(line, "<Sentence> without an id");
    if (tag.Has("evaluate")) {
      std::string_view e = tag.Attribute("evaluate");
      if (EqualsIgnoreCase(e, "false")) {
        current_.evaluate = false;
      } else if (!EqualsIgnoreCase(e, "true")) {
        Issue(line, "evaluate=\"" + std::string(e) + "\" is neither true nor false; read as true");
      }
    }
    std::string_view date = tag.Attribute("date");
    bool digits = date.size() == 8 && std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; });
    int month = digits ? (date[4] - '0') * 10 + (date[5] - '0') : 0;
    int day = digits ? (date[6] - '0') * 10 + (date[7] - '0') : 0;
    if (digits && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      current_.date = std::string(date.substr(0, 4)) + "-" + std::string(date.substr(4, 2)) + "-" +
                      std::string(date.substr(6, 2));
    } else if (!tag.Has("date")) {
      Issue(line, "record '" + current_.id + "' has no date");
    } else {
      Issue(line, "record '" + current_.id + "' has a bad date '" + std::string(date) + "' (expected YYYYMMDD)");
    }
  }

  void CloseSentence() {
    in_sentence_ = false;
    if (current_.text.empty()) Issue(current_.line, "record '" + current_.id + "' has no <Text>");
    set_.records.push_back(std::move(current_));
    current_ = PetrarchRecord();
  }

  std::string_view in_;
  const std::string& origin_;
  size_t pos_ = 0;
  size_t line_ = 1;
  PetrarchRecordSet set_;
  PetrarchRecord current_;
  bool in_sentence_ = false;
  size_t sentence_line_ = 0;
  std::vector<std::pair<std::string, std::string>> pending_config_;
};

}  // namespace

std::vector<const PetrarchRecord*> PetrarchRecordSet::Evaluated() const {
  std::vector<const PetrarchRecord*> out;
  for (const auto& r : records) {
    if (!r.evaluate) continue;
    if (!environment.include.empty() &&
        std::find(environment.include.begin(), environment.include.end(), r.category) == environment.include.end()) {
      continue;
    }
    out.push_back(&r);
  }
  return out;
}

StatusOr<PetrarchRecordSet> ParsePetrarchRecords(std::string_view contents, const std::string& origin) {
  if (contents.starts_with("\xEF\xBB\xBF")) contents.remove_prefix(3);
  RecordParser parser(contents, origin);
  PetrarchRecordSet set = parser.Run();
  if (set.records.empty() && contents.find_first_not_of(" \t\r\n") != std::string_view::npos &&
      !set.environment.present) {
    return Status::Corruption(origin + ": no <Sentence> records found");
  }
  return set;
}

StatusOr<PetrarchRecordSet> ReadPetrarchRecords(const std::string& path) {
  auto contents = ReadFile(path, size_t{256} << 20);
  if (!contents.ok()) return contents.status();
  return ParsePetrarchRecords(*contents, path);
}

}  // namespace isnad::eval
