// TABARI/PETRARCH verb dictionaries: synonym sets, verb blocks, verb forms and
// patterns (TABARI manual ch. 5; PETRARCH read_verb_dictionary docs; PETRARCH2's
// CAMEO.2.0 and UniversalPetrarch's CAMEO.ar files).
//
// Design note. Two passes. The first collects every synonym set `&NAME` with its
// `+MEMBER` lines (a `+` line belongs to a synset when the last header above it is
// `&NAME`; under a verb block it is a multi-word verb), so a pattern may use a
// synset defined anywhere. The second reads blocks: `--- NAME [CODE] ---` opens a
// block whose CODE is the default of its verbs; each verb line `VERB {FORMS}
// [CODE]` becomes one EventWord; pattern lines `- ... * ... [CODE]` are attached to
// the block's first verb and shared by the others (EventWord::pattern_source).
// A file with no block header (TABARI's older style) makes each verb line a block
// of its own.
//
// Patterns are lexed into tokens ( `(` `)` `{` `}` `|` and words), synsets with
// only plain members become one kWords element whose keys are the members and
// their regular plurals (PETRARCH's rule: none when the label or the member ends
// in `_`); a synset with structured members (`+(TO THE END)`) is expanded the way
// PETRARCH expands it, by writing one pattern per member. Nested synsets
// (`+&TIETYPES` inside a synset) are flattened. The token list is then parsed
// into PatternElements (entries.h documents their meaning).
//
// Verb forms follow PETRARCH: with `{...}` the forms listed (and the verb itself)
// are all the forms; without, the regular English forms are generated
// (RegularVerbForms). Arabic (UniversalPetrarch) lists lemmas; isnad has no
// lemmatizer, so the past-tense persons are generated from the lemma with
// InflectVerb (morphology.h). `+` marks the verb word of a multi-word verb
// (`+GO_BY`, `WIRE_+TAP`); in Arabic files `+` joins a verb to its particle
// (`سيطر+على`), whose first word is the verb.
//
// Not read: PETRARCH2's verb transformations (`~ a (a b ATTACK) SAY = a b 015`),
// which recode events of a reported clause; each line gets a warning.
#include <algorithm>
#include <map>
#include <set>

#include "lexicon/morphology.h"
#include "lexicon/tabari_internal.h"
#include "util/strings.h"

namespace isnad::lexicon::tabari_internal {
namespace {

using Elements = std::vector<PatternElement>;
using Type = PatternElement::Type;

constexpr size_t kMaxPatternVariants = 256;

struct Synset {
  std::vector<std::pair<std::string, size_t>> members;  // Raw member text, line.
  bool no_plural = false;
  size_t line = 0;
};

// A synset resolved to its members.
struct Resolved {
  std::vector<std::string> plain;       // Words and phrases (with plurals).
  std::vector<std::string> structured;  // Raw pattern text of members like "(TO THE END)".
  bool ok = true;
};

std::string SynsetKey(std::string_view name) {
  std::string key = AsciiUpper(name);
  while (key.size() > 1 && key.back() == '_') key.pop_back();
  return key;
}

bool IsStructured(std::string_view member) {
  return member.find_first_of("(){}$%^*|") != std::string_view::npos || member == "+";
}

// Lexes pattern text into tokens: brackets and `|` alone, words split on blanks.
std::vector<std::string> Lex(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      flush();
    } else if (c == '(' || c == ')' || c == '{' || c == '}' || c == '|' || c == '*') {
      flush();
      out.push_back(std::string(1, c));
    } else {
      word.push_back(c);
    }
  }
  flush();
  return out;
}

// Parses "A", "A:B", ":B", "---" into (code, reverse). Null sides are "".
bool ParseEventCodes(std::string_view inside, std::string* code, std::string* reverse, std::string* error,
                     std::vector<std::string>* odd) {
  inside = Trim(inside);
  if (inside.empty()) {
    *error = "empty code '[]'";
    return false;
  }
  std::string_view sides[2] = {inside, {}};
  size_t colon = inside.find(':');
  bool paired = colon != std::string_view::npos;
  if (paired) {
    sides[0] = Trim(inside.substr(0, colon));
    sides[1] = Trim(inside.substr(colon + 1));
    if (sides[1].find(':') != std::string_view::npos) {
      *error = "code '" + std::string(inside) + "' has more than one ':'";
      return false;
    }
  }
  std::string* out[2] = {code, reverse};
  for (int i = 0; i < 2; ++i) {
    out[i]->clear();
    std::string_view s = sides[i];
    if (s.empty() || s == kNullEventCode) continue;
    for (char c : s) {
      bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '#' || c == '+';
      if (!ok) {
        *error = "'" + std::string(inside) + "' is not an event code";
        return false;
      }
    }
    *out[i] = AsciiUpper(s);
    if (!IsEventCode(*out[i])) odd->push_back(*out[i]);
  }
  if (!paired && sides[0].empty()) {
    *error = "empty code '[]'";
    return false;
  }
  return true;
}

class VerbReader {
 public:
  VerbReader(LoadIssues* issues, Dictionary* dict) : issues_(issues), dict_(dict) {}

  void Run(const std::vector<SourceLine>& lines) {
    CollectSynsets(lines);
    bool in_synset = false;
    for (const auto& line : lines) {
      line_ = line.number;
      std::string_view t = Trim(line.text);
      ++dict_->mutable_stats().lines;
      if (t.starts_with("&")) {
        in_synset = true;
        continue;
      }
      if (in_synset && (t.starts_with("+") || (t.starts_with("_") && t.ends_with("+")))) {
        continue;  // Synset member, read in the first pass.
      }
      in_synset = false;
      if (t.starts_with("---")) {
        OpenBlock(t);
      } else if (t.starts_with("-")) {
        ReadPattern(t.substr(1), t);
      } else if (t.starts_with("~")) {
        issues_->Warning(line_, "verb transformations are not supported; line skipped");
      } else if (t.starts_with("*")) {
        issues_->Error(line_, "pattern line must start with '-': '" + std::string(t) + "'");
      } else {
        ReadVerb(t);
      }
    }
    CloseBlock();
    for (const auto& [name, synset] : synsets_) {
      if (!used_.count(name)) issues_->Warning(synset.line, "synset " + name + " is never used");
    }
  }

 private:
  // ---- Synsets.

  void CollectSynsets(const std::vector<SourceLine>& lines) {
    std::string current;
    for (const auto& line : lines) {
      std::string_view t = Trim(line.text);
      if (t.starts_with("&")) {
        auto words = Words(t);
        if (words.size() > 1) issues_->Warning(line.number, "text after synset name ignored");
        current = SynsetKey(words[0]);
        if (current.size() < 2) {
          issues_->Error(line.number, "synset with no name");
          current.clear();
          continue;
        }
        if (synsets_.count(current)) {
          redefined_.insert(current);
          issues_->Warning(line.number, "synset " + current + " is defined again (first on " +
                                            issues_->Where(synsets_[current].line) + "); members are merged");
        } else {
          synsets_[current].line = line.number;
        }
        synsets_[current].no_plural = words[0].ends_with("_");
        continue;
      }
      if (t.starts_with("---")) have_headers_ = true;
      if (!current.empty() && t.starts_with("_") && t.ends_with("+")) {
        // "+X_" typed in a right-to-left editor comes out as "_X+".
        issues_->Warning(line.number, "synset member '" + std::string(t) + "' is written backwards; read as '+" +
                                          std::string(t.substr(1, t.size() - 2)) + "_'");
        synsets_[current].members.emplace_back(std::string(t.substr(1, t.size() - 2)) + "_", line.number);
        continue;
      }
      if (t.starts_with("+") && !current.empty()) {
        std::string member(Trim(t.substr(1)));
        if (member.empty()) {
          issues_->Error(line.number, "empty synset member");
        } else {
          auto& members = synsets_[current].members;
          bool dup = std::any_of(members.begin(), members.end(), [&](const auto& m) { return m.first == member; });
          if (dup && !redefined_.count(current)) issues_->Warning(line.number, "member '" + member + "' of " + current + " is listed twice");
          else members.emplace_back(std::move(member), line.number);
        }
        continue;
      }
      current.clear();
    }
    for (const auto& [name, synset] : synsets_) {
      if (synset.members.empty()) issues_->Error(synset.line, "synset " + name + " has no members");
    }
  }

  // The members of synset `key`, nested synsets flattened; computed once per
  // synset (so its problems are reported once).
  const Resolved& ResolvedSynset(const std::string& key) {
    auto cached = cache_.find(key);
    if (cached != cache_.end()) return cached->second;
    Resolved r;
    std::set<std::string> seen_members, expanded, in_progress;
    Expand(key, &r, &seen_members, &expanded, &in_progress);
    return cache_.emplace(key, std::move(r)).first->second;
  }

  void Expand(const std::string& key, Resolved* out, std::set<std::string>* seen_members,
              std::set<std::string>* expanded, std::set<std::string>* in_progress) {
    auto it = synsets_.find(key);
    if (it == synsets_.end()) {
      out->ok = false;
      return;
    }
    used_.insert(key);
    if (in_progress->count(key)) {
      issues_->Error(it->second.line, "synset " + key + " contains itself");
      out->ok = false;
      return;
    }
    if (!expanded->insert(key).second) return;  // Already part of the result.
    in_progress->insert(key);
    for (const auto& [raw, line] : it->second.members) {
      if (raw.starts_with("&")) {
        std::string inner = SynsetKey(raw);
        if (!synsets_.count(inner)) {
          issues_->Error(line, "synset " + inner + " used in " + key + " is not defined");
          continue;
        }
        Expand(inner, out, seen_members, expanded, in_progress);
        continue;
      }
      if (IsStructured(raw)) {
        out->structured.push_back(raw);
        continue;
      }
      std::string text = CleanName(raw);
      if (text.empty()) continue;
      if (seen_members->insert(text).second) out->plain.push_back(text);
      if (!it->second.no_plural && !raw.ends_with("_")) {
        std::string plural = RegularPlural(text);
        if (!plural.empty() && seen_members->insert(plural).second) out->plain.push_back(std::move(plural));
      }
    }
    in_progress->erase(key);
  }

  // ---- Blocks and verbs.

  void OpenBlock(std::string_view t) {
    CloseBlock();
    std::string_view inner = t;
    while (inner.starts_with("-")) inner.remove_prefix(1);
    while (inner.ends_with("-")) inner.remove_suffix(1);
    inner = Trim(inner);
    block_ = Block();
    block_.open = true;
    block_.line = line_;
    size_t bracket = inner.find('[');
    block_.name = CleanName(inner.substr(0, bracket));
    if (block_.name.empty()) issues_->Warning(line_, "verb block with no name");
    if (bracket != std::string_view::npos) {
      size_t close = inner.find(']', bracket);
      if (close == std::string_view::npos) {
        issues_->Error(line_, "missing ']' in block header");
      } else {
        ReadCodes(inner.substr(bracket + 1, close - bracket - 1), &block_.code, &block_.reverse);
      }
    }
  }

  // Adds the block's verbs: the first carries the patterns, the others share them.
  void CloseBlock() {
    if (!block_.open) return;
    block_.open = false;
    if (block_.verbs.empty()) {
      if (!block_.patterns.empty()) {
        issues_->Warning(block_.line, "block '" + block_.name + "' has " + std::to_string(block_.patterns.size()) +
                                          " patterns but no verb: they can never match");
      }
      return;
    }
    int32_t owner = -1;
    for (auto& verb : block_.verbs) {
      if (owner < 0) {
        verb.word.patterns = std::move(block_.patterns);
      } else {
        verb.word.pattern_source = owner;
      }
      uint32_t index = dict_->AddEvent(std::move(verb.word));
      if (owner < 0) owner = static_cast<int32_t>(index);
      std::set<std::string> seen;
      for (auto& f : verb.forms) {
        if (!seen.insert(f).second) continue;
        dict_->AddPhrase(Phrase{verb.lang, std::move(f), EntryKind::kEvent, index, true});
      }
    }
    block_ = Block();
  }

  bool ReadCodes(std::string_view inside, std::string* code, std::string* reverse) {
    std::string error;
    std::vector<std::string> odd;
    if (!ParseEventCodes(inside, code, reverse, &error, &odd)) {
      issues_->Error(line_, error);
      return false;
    }
    for (const auto& c : odd) issues_->Warning(line_, "'" + c + "' is not a CAMEO event code; kept as written");
    return true;
  }

  void ReadVerb(std::string_view t) {
    if (!have_headers_) {
      // TABARI's older style: every verb is its own block.
      CloseBlock();
      block_ = Block();
      block_.open = true;
      block_.line = line_;
    }
    if (!block_.open) {
      issues_->Error(line_, "verb '" + std::string(t) + "' before any block");
      return;
    }
    EventWord ev;
    ev.origin = issues_->Where(line_);
    ev.block = block_.name;
    ev.code = block_.code;
    ev.reverse_code = block_.reverse;
    std::string_view main = t;
    size_t bracket = main.find('[');
    if (bracket != std::string_view::npos) {
      size_t close = main.find(']', bracket);
      if (close == std::string_view::npos) {
        issues_->Error(line_, "missing ']' in '" + std::string(t) + "'");
        return;
      }
      if (!Trim(main.substr(close + 1)).empty()) {
        issues_->Error(line_, "text after the code in '" + std::string(t) + "'");
        return;
      }
      if (!ReadCodes(main.substr(bracket + 1, close - bracket - 1), &ev.code, &ev.reverse_code)) return;
      main = Trim(main.substr(0, bracket));
    }
    std::vector<std::string_view> listed;
    bool braces = false;
    size_t brace = main.find('{');
    if (brace != std::string_view::npos) {
      size_t end = main.find('}', brace);
      if (end == std::string_view::npos) {
        issues_->Error(line_, "missing '}' in '" + std::string(t) + "'");
        return;
      }
      if (!Trim(main.substr(end + 1)).empty()) {
        issues_->Error(line_, "text after '}' in '" + std::string(t) + "'");
        return;
      }
      braces = true;
      listed = Words(main.substr(brace + 1, end - brace - 1));
      main = Trim(main.substr(0, brace));
    } else if (main.find('}') != std::string_view::npos) {
      issues_->Error(line_, "'}' without '{' in '" + std::string(t) + "'");
      return;
    }
    if (main.empty()) {
      issues_->Error(line_, "verb line with no verb");
      return;
    }
    text::Lang lang = LangOf(main, text::Lang::kEn);
    int verb_word = 0;
    std::string lemma = VerbPhrase(main, &verb_word);
    if (lemma.empty()) {
      issues_->Error(line_, "verb line with no verb");
      return;
    }
    bool multi = lemma.find(' ') != std::string::npos;
    ev.kind = multi ? EventWordKind::kPhrase : EventWordKind::kVerb;
    ev.verb_word = static_cast<uint8_t>(std::min(verb_word, 255));
    std::vector<std::string> forms{lemma};
    if (braces) {
      for (auto f : listed) {
        int ignored = 0;
        std::string form = VerbPhrase(f, &ignored);
        if (!form.empty()) forms.push_back(std::move(form));
      }
    } else if (lang == text::Lang::kAr) {
      if (!multi) {
        std::vector<std::string> inflected;
        InflectVerb(text::Lang::kAr, {lemma}, &inflected);
        forms = std::move(inflected);
      }
    } else {
      auto words = Words(lemma);
      if (static_cast<size_t>(verb_word) < words.size()) {
        for (const auto& form : RegularVerbForms(words[verb_word])) {
          std::string phrase;
          for (size_t i = 0; i < words.size(); ++i) {
            if (i) phrase += ' ';
            phrase += i == static_cast<size_t>(verb_word) ? form : std::string(words[i]);
          }
          forms.push_back(std::move(phrase));
        }
      }
    }
    block_.verbs.push_back({std::move(ev), std::move(forms), lang});
  }

  // "+GO_BY" -> "GO BY" (verb word 0); "WIRE_+TAP" -> "WIRE TAP" (1); "سيطر+على"
  // -> "سيطر على" (0); "ABANDON" -> "ABANDON".
  std::string VerbPhrase(std::string_view text, int* verb_word) {
    std::vector<std::string> words;
    *verb_word = 0;
    for (auto w : Words(text)) {
      for (auto part : Split(w, '_')) {
        if (part.empty()) continue;
        if (part.starts_with("+")) {
          *verb_word = static_cast<int>(words.size());
          part.remove_prefix(1);
        }
        for (auto piece : Split(part, '+')) {
          if (!piece.empty()) words.emplace_back(piece);
        }
      }
    }
    std::string out;
    for (const auto& w : words) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    return out;
  }

  // ---- Patterns.

  void ReadPattern(std::string_view body, std::string_view whole) {
    if (!block_.open) {
      issues_->Error(line_, "pattern before any verb block");
      return;
    }
    size_t bracket = body.rfind('[');
    size_t close = body.rfind(']');
    if (bracket == std::string_view::npos || close == std::string_view::npos || close < bracket) {
      issues_->Error(line_, "pattern has no [code]: '" + std::string(Trim(whole)) + "'");
      return;
    }
    if (!Trim(body.substr(close + 1)).empty()) {
      issues_->Error(line_, "text after the code in pattern '" + std::string(Trim(whole)) + "'");
      return;
    }
    EventPattern proto;
    if (!ReadCodes(body.substr(bracket + 1, close - bracket - 1), &proto.code, &proto.reverse_code)) return;
    proto.max_gap = kUnboundedPatternGap;
    proto.origin = issues_->Where(line_);
    proto.text = std::string(Trim(whole));
    std::string_view elements = Trim(body.substr(0, bracket));
    // Expand synsets with structured members into several token lists.
    std::vector<std::vector<std::string>> variants{Lex(elements)};
    for (size_t i = 0; i < variants.size(); ++i) {
      for (size_t j = 0; j < variants[i].size(); ++j) {
        const std::string& tok = variants[i][j];
        if (!tok.starts_with("&")) continue;
        std::string key = SynsetKey(tok);
        if (!synsets_.count(key)) continue;  // Reported when parsed.
        const Resolved& r = ResolvedSynset(key);
        if (r.structured.empty()) continue;
        std::vector<std::string> base = variants[i];
        if (r.plain.empty()) {
          variants[i].clear();  // Replaced by the structured variants below.
        } else {
          variants[i][j] = "&" + key;  // "&&NAME": plain members only, from here on.
        }
        for (const auto& member : r.structured) {
          if (variants.size() >= kMaxPatternVariants) {
            issues_->Error(line_, "synset expansion makes more than " + std::to_string(kMaxPatternVariants) +
                                      " patterns; the rest are dropped");
            break;
          }
          std::vector<std::string> v(base.begin(), base.begin() + j);
          for (auto& t : Lex(member)) v.push_back(std::move(t));
          v.insert(v.end(), base.begin() + j + 1, base.end());
          variants.push_back(std::move(v));
        }
        if (variants[i].empty()) break;
      }
    }
    for (const auto& tokens : variants) {
      if (tokens.empty()) continue;
      EventPattern p = proto;
      if (!ParseElements(tokens, &p.elements)) continue;
      block_.patterns.push_back(std::move(p));
    }
  }

  // A word token as a kWords element: "A_B" -> "A B"; "&SYN" -> its members.
  bool WordElement(const std::string& tok, PatternElement* e) {
    e->type = Type::kWords;
    if (tok.starts_with("&")) {
      bool plain_only = tok.starts_with("&&");
      std::string key = SynsetKey(plain_only ? tok.substr(1) : tok);
      if (!synsets_.count(key)) {
        issues_->Warning(line_, "synset " + key + " is not defined; pattern skipped (as PETRARCH does)");
        return false;
      }
      const Resolved& r = ResolvedSynset(key);
      if (r.plain.empty()) {
        issues_->Error(line_, "synset " + key + " has no plain members to match here");
        return false;
      }
      e->keys = r.plain;
      e->synset = key;
      return true;
    }
    std::string key = CleanName(tok);
    if (key.empty()) {
      issues_->Error(line_, "empty word in pattern");
      return false;
    }
    e->keys.push_back(std::move(key));
    return true;
  }

  static bool IsSlot(const std::string& tok, Type* type) {
    if (tok == "$") *type = Type::kSource;
    else if (tok == "+") *type = Type::kTarget;
    else if (tok == "%") *type = Type::kCompound;
    else if (tok == "^") *type = Type::kSkip;
    else return false;
    return true;
  }

  bool ParseElements(const std::vector<std::string>& tokens, Elements* out) {
    int triggers = 0;
    size_t i = 0;
    while (i < tokens.size()) {
      const std::string& tok = tokens[i];
      PatternElement e;
      Type slot;
      if (tok == "*") {
        e.type = Type::kTrigger;
        ++triggers;
        ++i;
      } else if (IsSlot(tok, &slot)) {
        e.type = slot;
        ++i;
      } else if (tok == "(") {
        if (!ParsePrep(tokens, &i, &e)) return false;
      } else if (tok == "{") {
        if (!ParseBraces(tokens, &i, &e)) return false;
      } else if (tok == ")" || tok == "}" || tok == "|") {
        issues_->Error(line_, "unexpected '" + tok + "' in pattern");
        return false;
      } else {
        if (!WordElement(tok, &e)) return false;
        ++i;
      }
      out->push_back(std::move(e));
    }
    if (triggers != 1) {
      issues_->Error(line_, triggers == 0 ? "pattern has no '*' (the verb's place)" : "pattern has more than one '*'");
      return false;
    }
    return true;
  }

  // `( PREP X ... )` starting at tokens[*i] == "(".
  bool ParsePrep(const std::vector<std::string>& tokens, size_t* i, PatternElement* e) {
    e->type = Type::kPrepPhrase;
    size_t j = *i + 1;
    if (j >= tokens.size() || tokens[j] == ")") {
      issues_->Error(line_, "empty '()' in pattern");
      return false;
    }
    Type slot;
    if (tokens[j] == "(" || tokens[j] == "{" || tokens[j] == "}" || tokens[j] == "|" || tokens[j] == "*" ||
        IsSlot(tokens[j], &slot)) {
      issues_->Error(line_, "a prepositional phrase must start with its preposition, not '" + tokens[j] + "'");
      return false;
    }
    PatternElement prep;
    if (!WordElement(tokens[j], &prep)) return false;
    e->keys = std::move(prep.keys);
    e->synset = std::move(prep.synset);
    ++j;
    while (j < tokens.size() && tokens[j] != ")") {
      const std::string& tok = tokens[j];
      PatternElement child;
      if (IsSlot(tok, &slot)) {
        child.type = slot;
        ++j;
      } else if (tok == "{") {
        if (!ParseBraces(tokens, &j, &child)) return false;
      } else if (tok == "(" || tok == "*" || tok == "}" || tok == "|") {
        issues_->Error(line_, "'" + tok + "' inside a prepositional phrase");
        return false;
      } else {
        if (!WordElement(tok, &child)) return false;
        ++j;
      }
      e->children.push_back(std::move(child));
    }
    if (j >= tokens.size()) {
      issues_->Error(line_, "missing ')' in pattern");
      return false;
    }
    *i = j + 1;
    return true;
  }

  // `{ A B C }` (a noun phrase) or TABARI's `{ A | B C }` (alternatives).
  bool ParseBraces(const std::vector<std::string>& tokens, size_t* i, PatternElement* e) {
    size_t j = *i + 1;
    std::vector<std::string> inner;
    while (j < tokens.size() && tokens[j] != "}") {
      if (tokens[j] == "{" || tokens[j] == "(" || tokens[j] == ")" || tokens[j] == "*") {
        issues_->Error(line_, "'" + tokens[j] + "' inside '{...}'");
        return false;
      }
      Type slot;
      if (IsSlot(tokens[j], &slot)) {
        issues_->Error(line_, "'" + tokens[j] + "' inside '{...}': a noun phrase holds words only");
        return false;
      }
      inner.push_back(tokens[j]);
      ++j;
    }
    if (j >= tokens.size()) {
      issues_->Error(line_, "missing '}' in pattern");
      return false;
    }
    *i = j + 1;
    if (inner.empty()) {
      issues_->Error(line_, "empty '{}' in pattern");
      return false;
    }
    if (std::find(inner.begin(), inner.end(), "|") != inner.end()) {
      // TABARI alternatives: each run between bars is one consecutive phrase.
      e->type = Type::kWords;
      std::string alt;
      for (size_t k = 0; k <= inner.size(); ++k) {
        if (k == inner.size() || inner[k] == "|") {
          if (alt.empty()) {
            issues_->Error(line_, "empty alternative in '{...|...}'");
            return false;
          }
          e->keys.push_back(std::move(alt));
          alt.clear();
          continue;
        }
        if (inner[k].starts_with("&")) {
          issues_->Error(line_, "a synset cannot be an alternative in '{...|...}'");
          return false;
        }
        if (!alt.empty()) alt += ' ';
        alt += CleanName(inner[k]);
      }
      return true;
    }
    e->type = Type::kNounPhrase;
    for (const auto& tok : inner) {
      PatternElement child;
      if (!WordElement(tok, &child)) return false;
      e->children.push_back(std::move(child));
    }
    return true;
  }

  struct Block {
    bool open = false;
    std::string name;
    std::string code;
    std::string reverse;
    size_t line = 0;
    struct Verb {
      EventWord word;
      std::vector<std::string> forms;
      text::Lang lang;
    };
    std::vector<Verb> verbs;
    std::vector<EventPattern> patterns;
  };

  LoadIssues* issues_;
  Dictionary* dict_;
  std::map<std::string, Synset> synsets_;
  std::set<std::string> used_;
  std::set<std::string> redefined_;
  std::map<std::string, Resolved> cache_;
  Block block_;
  bool have_headers_ = false;  // The file has `---` block headers (else TABARI style).
  size_t line_ = 0;
};

}  // namespace

void ParseVerbs(const std::vector<SourceLine>& lines, LoadIssues* issues, Dictionary* dict) {
  VerbReader(issues, dict).Run(lines);
}

}  // namespace isnad::lexicon::tabari_internal
