// TABARI/PETRARCH actor dictionaries (TABARI manual ch. 5; PETRARCH "Actor
// Dictionary"; Phoenix and UniversalPetrarch files).
//
// Design note. An entry is a primary line `NAME [CODE ...]`, then `+SYNONYM`
// lines, then code lines `[CODE DATE]` (indented in practice, but any line whose
// text starts with `[` is a code line, as PETRARCH reads it). A primary line may
// carry several brackets (`NAME [USAGOV 010120-050120] [IGOUNOKID >050501]`, as
// TABARI allowed). Codes: `[CODE]` is the default, `[CODE <DATE]` holds up to and
// including DATE, `[CODE >DATE]` from DATE on, `[CODE D1-D2]` between both,
// inclusive. The entry is finished by the next primary line. Each entry becomes one
// Actor whose codes are the dated ones in file order and then the default; with no
// default, a final kNullActorCode stands for PETRARCH's "nothing when no
// restriction holds". Names are whole words: `_` joins words and a final `_`
// (TABARI's word-boundary mark) is dropped, as PETRARCH reads them.
#include "lexicon/tabari_internal.h"
#include "util/strings.h"

namespace isnad::lexicon::tabari_internal {
namespace {

// True for the codes TABARI/PETRARCH files use: letters and digits, optionally
// `/`-joined ("ELR/GAL"), or one of the special codes.
bool IsTabariActorCode(std::string_view code) {
  if (code == "---" || code == "+++" || code == "###") return true;
  if (code.empty() || code.front() == '/' || code.back() == '/') return false;
  bool letter = false;
  for (char c : code) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      letter = true;
    } else if (!((c >= '0' && c <= '9') || c == '/')) {
      return false;
    }
  }
  return letter;
}

struct PendingActor {
  bool open = false;
  std::vector<std::pair<std::string, size_t>> names;  // Name, line.
  std::vector<DatedCode> dated;
  std::vector<DatedCode> defaults;
  size_t line = 0;
  std::string origin;
};

class ActorReader {
 public:
  ActorReader(LoadIssues* issues, Dictionary* dict) : issues_(issues), dict_(dict) {}

  void Run(const std::vector<SourceLine>& lines) {
    for (const auto& line : lines) {
      line_ = line.number;
      std::string_view t = Trim(line.text);
      ++dict_->mutable_stats().lines;
      if (t.front() == '[') {
        if (!pending_.open) {
          issues_->Error(line_, "code line with no actor name before it");
          continue;
        }
        ReadBrackets(t);
      } else if (t.front() == '+') {
        if (!pending_.open) {
          issues_->Error(line_, "synonym '" + std::string(t) + "' with no primary name before it");
          continue;
        }
        std::string_view rest = t.substr(1);
        size_t bracket = rest.find('[');
        std::string name = CleanName(rest.substr(0, bracket));
        if (name.empty()) {
          issues_->Error(line_, "synonym line with no name");
        } else {
          pending_.names.emplace_back(std::move(name), line_);
        }
        if (bracket != std::string_view::npos) ReadBrackets(rest.substr(bracket));
      } else {
        Flush();
        pending_ = PendingActor();
        pending_.open = true;
        pending_.line = line_;
        pending_.origin = issues_->Where(line_);
        size_t bracket = t.find('[');
        std::string name = CleanName(t.substr(0, bracket));
        if (name.empty()) {
          issues_->Error(line_, "actor line with no name");
          pending_.open = false;
          continue;
        }
        if (name.find(']') != std::string::npos) {
          issues_->Error(line_, "unbalanced ']' in actor name '" + name + "'");
          pending_.open = false;
          continue;
        }
        pending_.names.emplace_back(std::move(name), line_);
        if (bracket != std::string_view::npos) ReadBrackets(t.substr(bracket));
      }
    }
    Flush();
  }

 private:
  // Reads every `[...]` in `text` (which starts at a `[`).
  void ReadBrackets(std::string_view text) {
    while (!text.empty()) {
      text = Trim(text);
      if (text.empty()) break;
      if (text.front() != '[') {
        // The codes before it were read; PETRARCH would take the whole line as a name.
        issues_->Warning(line_, "text after the code ignored: '" + std::string(text) + "'");
        return;
      }
      size_t close = text.find(']');
      if (close == std::string_view::npos) {
        issues_->Error(line_, "missing ']' in '" + std::string(text) + "'");
        return;
      }
      ReadCode(Trim(text.substr(1, close - 1)));
      text.remove_prefix(close + 1);
    }
  }

  void ReadCode(std::string_view inside) {
    if (inside.empty()) {
      issues_->Error(line_, "empty code '[]'");
      return;
    }
    size_t blank = inside.find_first_of(" \t<>");
    std::string code(inside.substr(0, blank));
    std::string_view range = blank == std::string_view::npos ? std::string_view() : Trim(inside.substr(blank));
    if (code.empty()) {
      issues_->Error(line_, "date restriction '" + std::string(inside) + "' has no code before it");
      return;
    }
    if (!IsTabariActorCode(code)) {
      issues_->Error(line_, "'" + code + "' is not an actor code" +
                                (code[0] >= '0' && code[0] <= '9'
                                     ? " (a date restriction needs a code before it)"
                                     : ""));
      return;
    }
    std::string upper = AsciiUpper(code);
    if (upper != code) {
      issues_->Warning(line_, "lowercase actor code '" + code + "' read as '" + upper + "'");
      code = upper;
    }
    DatedCode dc;
    dc.code = code;
    std::string error;
    if (range.empty()) {
      pending_.defaults.push_back(std::move(dc));
      return;
    }
    if (range.front() == '<' || range.front() == '>') {
      std::string iso;
      if (!TabariDateToIso(range.substr(1), &iso, &error)) {
        issues_->Error(line_, "bad date restriction '" + std::string(range) + "': " + error);
        return;
      }
      (range.front() == '<' ? dc.to : dc.from) = iso;
    } else {
      size_t dash = range.find('-');
      if (dash == std::string_view::npos) {
        issues_->Error(line_, "date restriction '" + std::string(range) + "' must be <DATE, >DATE or DATE-DATE");
        return;
      }
      if (!TabariDateToIso(range.substr(0, dash), &dc.from, &error) ||
          !TabariDateToIso(range.substr(dash + 1), &dc.to, &error)) {
        issues_->Error(line_, "bad date range '" + std::string(range) + "': " + error);
        return;
      }
      if (dc.to < dc.from) {
        issues_->Warning(line_, "date range '" + std::string(range) + "' ends (" + dc.to + ") before it starts (" +
                                    dc.from + "): it never holds");
      }
    }
    pending_.dated.push_back(std::move(dc));
  }

  void Flush() {
    if (!pending_.open) return;
    pending_.open = false;
    Actor actor;
    actor.id = pending_.names.front().first;
    actor.origin = pending_.origin;
    actor.codes = std::move(pending_.dated);
    if (pending_.defaults.size() > 1) {
      issues_->Warning(pending_.line, "actor '" + actor.id + "' has " + std::to_string(pending_.defaults.size()) +
                                          " undated codes; only the first ('" + pending_.defaults.front().code +
                                          "') is ever used");
    }
    bool dated = !actor.codes.empty();
    for (auto& d : pending_.defaults) actor.codes.push_back(std::move(d));
    if (actor.codes.empty()) {
      issues_->Warning(pending_.line, "actor '" + actor.id + "' has no code: it is recognised but codes nothing");
      actor.codes.push_back({std::string(kNullActorCode), "", ""});
    } else if (dated && pending_.defaults.empty()) {
      actor.codes.push_back({std::string(kNullActorCode), "", ""});
    }
    uint32_t index = dict_->AddActor(std::move(actor));
    for (auto& [name, line] : pending_.names) {
      dict_->AddPhrase(Phrase{LangOf(name, text::Lang::kUnknown), std::move(name), EntryKind::kActor, index, false});
    }
  }

  LoadIssues* issues_;
  Dictionary* dict_;
  PendingActor pending_;
  size_t line_ = 0;
};

}  // namespace

void ParseActors(const std::vector<SourceLine>& lines, LoadIssues* issues, Dictionary* dict) {
  ActorReader(issues, dict).Run(lines);
}

}  // namespace isnad::lexicon::tabari_internal
