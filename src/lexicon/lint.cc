// Dictionary lint.
//
// Design note. Loader issues are taken over as problems (classified by their
// message). Duplicates: every phrase gets a key (kind, language, folded text); the
// first phrase seen with a key is remembered with its entry's code signature, and
// each later phrase with that key is compared with it: same code -> a duplicate,
// another code -> a conflict naming both places. Phrases of one entry are never
// compared with each other (regular forms may coincide). Unreachable patterns: the
// patterns of each verb block are serialized to a canonical string; a pattern whose
// string was already seen is never chosen (the first of equal length wins).
#include "lexicon/lint.h"

#include <algorithm>
#include <unordered_map>

namespace isnad::lexicon {
namespace {

std::string Fold(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '_') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out.push_back(' ');
    blank = false;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out;
}

std::string ActorSignature(const Actor& a) {
  std::string s;
  for (const auto& c : a.codes) {
    s += c.code;
    if (!c.from.empty() || !c.to.empty()) s += "@" + c.from + ".." + c.to;
    s += ";";
  }
  if (!s.empty()) s.pop_back();
  return s;
}

std::string EventSignature(const EventWord& e) {
  std::string s = e.code.empty() ? "---" : e.code;
  if (!e.reverse_code.empty()) s += ":" + e.reverse_code;
  return s;
}

void Serialize(const std::vector<PatternElement>& elements, std::string* out) {
  for (const auto& e : elements) {
    out->push_back(static_cast<char>('0' + static_cast<int>(e.type)));
    out->push_back('[');
    std::vector<std::string> keys = e.keys;
    std::sort(keys.begin(), keys.end());
    for (const auto& k : keys) *out += Fold(k) + "|";
    out->push_back('(');
    Serialize(e.children, out);
    out->push_back(')');
    out->push_back(']');
  }
}

ProblemKind Classify(const Issue& issue) {
  static const char* kUnreachable[] = {"pattern skipped", "can never match", "never holds", "only the first",
                                       "is never used"};
  for (const char* needle : kUnreachable) {
    if (issue.message.find(needle) != std::string::npos) return ProblemKind::kUnreachable;
  }
  return ProblemKind::kMalformed;
}

}  // namespace

const char* ProblemKindName(ProblemKind kind) {
  switch (kind) {
    case ProblemKind::kMalformed: return "malformed";
    case ProblemKind::kDuplicate: return "duplicate";
    case ProblemKind::kConflict: return "conflict";
    case ProblemKind::kUnreachable: return "unreachable";
  }
  return "?";
}

size_t DictionaryReport::Count(ProblemKind kind) const {
  return static_cast<size_t>(
      std::count_if(problems.begin(), problems.end(), [&](const Problem& p) { return p.kind == kind; }));
}

size_t DictionaryReport::errors() const {
  return static_cast<size_t>(std::count_if(problems.begin(), problems.end(), [](const Problem& p) {
    return p.issue.severity == Issue::Severity::kError;
  }));
}

size_t DictionaryReport::warnings() const { return problems.size() - errors(); }

DictionaryReport LintDictionary(const Dictionary& dict) {
  DictionaryReport r;
  const auto& stats = dict.stats();
  r.files = stats.files;
  r.lines = stats.lines;
  r.entries[static_cast<int>(EntryKind::kActor)] = dict.actors().size();
  r.entries[static_cast<int>(EntryKind::kAgent)] = dict.agents().size();
  r.entries[static_cast<int>(EntryKind::kEvent)] = dict.events().size();
  r.entries[static_cast<int>(EntryKind::kCue)] = dict.cues().size();
  r.entries[static_cast<int>(EntryKind::kPlace)] = dict.places().size();
  r.entries[static_cast<int>(EntryKind::kDiscard)] = dict.discards().size();
  r.entries[static_cast<int>(EntryKind::kWord)] = dict.words().size();
  r.phrases = dict.phrases().size();
  for (const auto& e : dict.events()) r.patterns += e.patterns.size();
  for (const auto& a : dict.actors()) {
    for (const auto& c : a.codes) r.dated_codes += !c.from.empty() || !c.to.empty();
  }
  for (const auto& issue : dict.issues()) r.problems.push_back({Classify(issue), issue});

  // Duplicates and conflicts.
  struct First {
    uint32_t index;
    std::string signature;
    std::string origin;
  };
  std::unordered_map<std::string, First> seen;
  auto signature_of = [&](const Phrase& p, std::string* origin) -> std::string {
    switch (p.kind) {
      case EntryKind::kActor: {
        const auto& a = dict.actors()[p.index];
        *origin = a.origin;
        return ActorSignature(a);
      }
      case EntryKind::kAgent: {
        const auto& a = dict.agents()[p.index];
        *origin = a.origin;
        return a.prefix ? a.code + "~" : "~" + a.code;
      }
      case EntryKind::kEvent: {
        const auto& e = dict.events()[p.index];
        *origin = e.origin;
        // isnad lines that only add a pattern are not a second meaning of the word.
        if (e.block.empty() && e.code.empty() && !e.patterns.empty()) return "";
        return EventSignature(e) + (e.block.empty() ? "" : " (block " + e.block + ")");
      }
      case EntryKind::kDiscard: {
        const auto& d = dict.discards()[p.index];
        *origin = d.origin;
        return d.story ? "story" : "sentence";
      }
      case EntryKind::kCue: {
        // A word may be a cue of several kinds (a report verb that also hedges);
        // only the same kind twice is worth a warning, so the kind is in the key.
        const auto& c = dict.cues()[p.index];
        *origin = c.origin;
        return CueKindName(c.kind);
      }
      case EntryKind::kPlace: {
        const auto& pl = dict.places()[p.index];
        *origin = pl.origin;
        return pl.id;
      }
      case EntryKind::kWord:
        return "";
    }
    return "";
  };
  for (const auto& p : dict.phrases()) {
    if (p.kind == EntryKind::kWord) continue;
    std::string key = std::to_string(static_cast<int>(p.kind)) + "\t" + std::string(text::LangCode(p.lang)) + "\t" +
                      Fold(p.text) + (p.stem ? "*" : "") + (p.verb_form ? "\tverb" : "");
    std::string origin;
    std::string signature = signature_of(p, &origin);
    if (p.kind == EntryKind::kEvent && signature.empty()) continue;
    if (p.kind == EntryKind::kCue) key += "\t" + signature;
    auto [it, inserted] = seen.try_emplace(key, First{p.index, signature, origin});
    if (inserted || it->second.index == p.index) continue;
    // One report per entry: forms of the same entry repeat the same finding.
    std::string kind = EntryKindName(p.kind);
    if (it->second.signature == signature) {
      r.problems.push_back({ProblemKind::kDuplicate,
                            {Issue::Severity::kWarning, origin,
                             kind + " '" + p.text + "' is listed again (first on " + it->second.origin +
                                 ", same code " + signature + ")"}});
    } else {
      r.problems.push_back({ProblemKind::kConflict,
                            {Issue::Severity::kWarning, origin,
                             kind + " '" + p.text + "' has code " + signature + " here and " + it->second.signature +
                                 " on " + it->second.origin}});
    }
    it->second.index = p.index;  // Compare the next repeat with this one; no cascade per form.
  }
  // Drop repeated findings for the forms of one entry (same place, same kind).
  {
    std::vector<Problem> kept;
    std::unordered_map<std::string, bool> once;
    for (auto& p : r.problems) {
      if (p.kind == ProblemKind::kDuplicate || p.kind == ProblemKind::kConflict) {
        if (!once.emplace(p.issue.where + ProblemKindName(p.kind), true).second) continue;
      }
      kept.push_back(std::move(p));
    }
    r.problems = std::move(kept);
  }

  // Patterns identical to an earlier one of the same verb block.
  for (const auto& e : dict.events()) {
    std::unordered_map<std::string, const EventPattern*> patterns;
    for (const auto& p : e.patterns) {
      std::string canon;
      Serialize(p.elements, &canon);
      auto [it, inserted] = patterns.emplace(canon, &p);
      if (inserted) continue;
      const EventPattern& first = *it->second;
      std::string codes = (p.code.empty() ? "---" : p.code) + (p.reverse_code.empty() ? "" : ":" + p.reverse_code);
      std::string first_codes =
          (first.code.empty() ? "---" : first.code) + (first.reverse_code.empty() ? "" : ":" + first.reverse_code);
      if (p.origin == first.origin) continue;  // Two expansions of one line that came out equal.
      r.problems.push_back({ProblemKind::kUnreachable,
                            {Issue::Severity::kWarning, p.origin,
                             "pattern '" + p.text + "' [" + codes + "] is identical to the one on " + first.origin +
                                 " [" + first_codes + "] and is never chosen"}});
    }
  }
  return r;
}

std::string FormatReport(const DictionaryReport& r, size_t max_listed) {
  std::string out;
  out += "files " + std::to_string(r.files) + ", lines " + std::to_string(r.lines) + ", phrases " +
         std::to_string(r.phrases) + "\n";
  for (int k = 0; k < kEntryKindCount; ++k) {
    if (r.entries[k] == 0) continue;
    out += std::string("  ") + EntryKindName(static_cast<EntryKind>(k)) + "s: " + std::to_string(r.entries[k]) + "\n";
  }
  if (r.patterns) out += "  patterns: " + std::to_string(r.patterns) + "\n";
  if (r.dated_codes) out += "  dated actor codes: " + std::to_string(r.dated_codes) + "\n";
  out += "problems: " + std::to_string(r.problems.size()) + " (" + std::to_string(r.errors()) + " errors, " +
         std::to_string(r.warnings()) + " warnings)";
  for (auto kind : {ProblemKind::kMalformed, ProblemKind::kDuplicate, ProblemKind::kConflict,
                    ProblemKind::kUnreachable}) {
    out += std::string(", ") + ProblemKindName(kind) + " " + std::to_string(r.Count(kind));
  }
  out += "\n";
  size_t n = 0;
  for (const auto& p : r.problems) {
    if (max_listed && n++ >= max_listed) {
      out += "... " + std::to_string(r.problems.size() - max_listed) + " more\n";
      break;
    }
    out += p.issue.ToString() + " [" + ProblemKindName(p.kind) + "]\n";
  }
  return out;
}

void PrintReport(const DictionaryReport& report, std::FILE* out, size_t max_listed) {
  std::string text = FormatReport(report, max_listed);
  std::fwrite(text.data(), 1, text.size(), out);
}

}  // namespace isnad::lexicon
