// TABARI/PETRARCH agent dictionaries (PETRARCH "Agent Dictionary").
//
// Design note. A line is `NAME {PLURALS} [CODE]`: CODE is `~AGT` (appended to the
// actor's code: ISR + ~GOV = ISRGOV) or `AGT~` (put before it: NGO~ + ISR =
// NGOISR). Plurals follow PETRARCH: with no braces a regular plural is generated
// (Y -> IES, S -> +ES, else +S; none for Arabic, whose files list every form);
// `{A B}` gives the plural forms instead; `{}` means no plural (the word is
// only singular, only plural, or the same in both). A substitution set
// `!NAME! = A, B, C` (defined before use) makes a name with `!NAME!` stand for one
// name per member, with no plurals. Each line is one Agent; its names (after
// substitution) and plurals are its phrases.
#include <map>

#include "lexicon/tabari_internal.h"
#include "util/strings.h"

namespace isnad::lexicon::tabari_internal {
namespace {

bool IsAgentCodeBody(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

}  // namespace

void ParseAgents(const std::vector<SourceLine>& lines, LoadIssues* issues, Dictionary* dict) {
  std::map<std::string, std::vector<std::string>, std::less<>> sets;
  for (const auto& line : lines) {
    std::string_view t = Trim(line.text);
    ++dict->mutable_stats().lines;
    size_t bracket = t.find('[');
    if (t.find('!') != std::string_view::npos && t.find('=') != std::string_view::npos &&
        (bracket == std::string_view::npos || t.find('=') < bracket)) {
      // !NAME! = A, B, C
      size_t a = t.find('!');
      size_t b = t.find('!', a + 1);
      size_t eq = t.find('=');
      if (b == std::string_view::npos || b > eq) {
        issues->Error(line.number, "substitution set must be written '!NAME! = A, B, C'");
        continue;
      }
      std::string name(t.substr(a + 1, b - a - 1));
      std::vector<std::string> members;
      for (auto m : Split(t.substr(eq + 1), ',')) {
        std::string member = CleanName(m);
        if (!member.empty()) members.push_back(std::move(member));
      }
      if (members.empty()) {
        issues->Error(line.number, "substitution set !" + name + "! has no members");
        continue;
      }
      if (sets.count(name)) issues->Warning(line.number, "substitution set !" + name + "! is defined again");
      sets[name] = std::move(members);
      continue;
    }
    if (bracket == std::string_view::npos) {
      issues->Error(line.number, "agent line with no [code]: '" + std::string(t) + "'");
      continue;
    }
    size_t close = t.find(']', bracket);
    if (close == std::string_view::npos) {
      issues->Error(line.number, "missing ']' in '" + std::string(t) + "'");
      continue;
    }
    std::string_view code = Trim(t.substr(bracket + 1, close - bracket - 1));
    if (!Trim(t.substr(close + 1)).empty()) {
      issues->Warning(line.number, "text after the code ignored: '" + std::string(Trim(t.substr(close + 1))) + "'");
    }
    Agent agent;
    agent.origin = issues->Where(line.number);
    std::string_view body = code;
    if (body.starts_with("~")) {
      body.remove_prefix(1);
    } else if (body.ends_with("~")) {
      body.remove_suffix(1);
      agent.prefix = true;
    } else if (IsAgentCodeBody(body)) {
      issues->Warning(line.number, "agent code '" + std::string(code) + "' has no '~'; read as '~" +
                                       std::string(code) + "' (added after the actor code)");
    }
    body = Trim(body);
    if (!IsAgentCodeBody(body)) {
      issues->Error(line.number, "'" + std::string(code) + "' is not an agent code (~AGT or AGT~)");
      continue;
    }
    std::string upper = AsciiUpper(body);
    if (upper != body) issues->Warning(line.number, "lowercase agent code '" + std::string(body) + "' read as '" + upper + "'");
    agent.code = upper;

    std::string_view names = Trim(t.substr(0, bracket));
    std::vector<std::string> plurals;
    bool explicit_plurals = false;
    size_t brace = names.find('{');
    if (brace != std::string_view::npos) {
      size_t end = names.find('}', brace);
      if (end == std::string_view::npos) {
        issues->Error(line.number, "missing '}' in '" + std::string(names) + "'");
        continue;
      }
      explicit_plurals = true;
      for (auto p : Words(names.substr(brace + 1, end - brace - 1))) plurals.push_back(CleanName(p));
      if (!Trim(names.substr(end + 1)).empty()) {
        issues->Error(line.number, "text after '}' in '" + std::string(names) + "'");
        continue;
      }
      names = Trim(names.substr(0, brace));
    }
    if (names.empty()) {
      issues->Error(line.number, "agent line with no name");
      continue;
    }
    std::vector<std::string> forms;
    size_t bang = names.find('!');
    if (bang != std::string_view::npos) {
      size_t bang2 = names.find('!', bang + 1);
      if (bang2 == std::string_view::npos) {
        issues->Error(line.number, "unclosed substitution marker in '" + std::string(names) + "'");
        continue;
      }
      std::string_view marker = names.substr(bang + 1, bang2 - bang - 1);
      auto it = sets.find(marker);
      if (it == sets.end()) {
        issues->Error(line.number, "substitution set !" + std::string(marker) + "! is not defined before this line");
        continue;
      }
      for (const auto& member : it->second) {
        forms.push_back(CleanName(std::string(names.substr(0, bang)) + member + std::string(names.substr(bang2 + 1))));
      }
      if (explicit_plurals) issues->Warning(line.number, "plurals are not formed for substitution sets; {...} ignored");
    } else {
      std::string name = CleanName(names);
      forms.push_back(name);
      if (explicit_plurals) {
        for (auto& p : plurals) {
          if (!p.empty()) forms.push_back(std::move(p));
        }
      } else {
        std::string plural = RegularPlural(name);
        if (!plural.empty()) forms.push_back(std::move(plural));
      }
    }
    uint32_t index = dict->AddAgent(std::move(agent));
    for (auto& f : forms) {
      if (f.empty()) continue;
      dict->AddPhrase(Phrase{LangOf(f, text::Lang::kEn), std::move(f), EntryKind::kAgent, index, false});
    }
  }
}

}  // namespace isnad::lexicon::tabari_internal
