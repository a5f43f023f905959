// Writing a Dictionary as isnad TSV (see isnad_writer.h for what is lost).
//
// Design note. Phrases are grouped by entry (and, for actors and agents, by
// language: one TSV line per entry and language). Each isnad `events` line is one
// trigger with either its default code or one pattern, so a TABARI verb becomes a
// line for its default code plus a line per pattern of its block, each listing the
// verb's forms.
#include "lexicon/isnad_writer.h"

#include <algorithm>
#include <set>
#include <unordered_set>
#include <vector>

#include "util/files.h"

namespace isnad::lexicon {
namespace {

std::string LangField(text::Lang lang) {
  return lang == text::Lang::kUnknown ? "*" : std::string(text::LangCode(lang));
}

bool Writable(std::string_view name) {
  return !name.empty() && name.find_first_of("|\t\n\r") == std::string_view::npos;
}

// Phrases of each entry of one kind, in phrase order.
std::vector<std::vector<const Phrase*>> ByEntry(const Dictionary& dict, EntryKind kind, size_t count) {
  std::vector<std::vector<const Phrase*>> out(count);
  for (const auto& p : dict.phrases()) {
    if (p.kind == kind && p.index < count) out[p.index].push_back(&p);
  }
  return out;
}

class Writer {
 public:
  Writer(const Dictionary& dict, const IsnadWriteOptions& options) : dict_(dict), options_(options) {}

  IsnadFiles Run() {
    files_.actors = "isnad-dict\t1\tactors\n";
    files_.agents = "isnad-dict\t1\tagents\n";
    files_.events = "isnad-dict\t1\tevents\n";
    files_.discards = "isnad-dict\t1\tdiscards\n";
    Actors();
    Agents();
    Events();
    Discards();
    return std::move(files_);
  }

 private:
  void Lose(const std::string& reason, size_t n = 1) { files_.lost[reason] += n; }

  // "a|b|c" of the writable names of `phrases` in `lang`.
  std::string Names(const std::vector<const Phrase*>& phrases, text::Lang lang) {
    std::string out;
    std::set<std::string> seen;
    for (const Phrase* p : phrases) {
      if (p->lang != lang) continue;
      if (!Writable(p->text)) {
        Lose("name with '|' or TAB");
        continue;
      }
      if (!seen.insert(p->text).second) continue;
      if (!out.empty()) out += '|';
      out += p->text;
    }
    return out;
  }

  static std::vector<text::Lang> Langs(const std::vector<const Phrase*>& phrases) {
    std::vector<text::Lang> out;
    for (const Phrase* p : phrases) {
      if (std::find(out.begin(), out.end(), p->lang) == out.end()) out.push_back(p->lang);
    }
    return out;
  }

  std::string ActorId(const Actor& a, size_t index) {
    std::string id = options_.id_prefix + "_";
    bool ascii = !a.id.empty();
    for (char c : a.id) {
      if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    }
    if (ascii) {
      for (char c : a.id) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) id += c;
        else if (c >= 'A' && c <= 'Z') id += static_cast<char>(c - 'A' + 'a');
        else if (id.back() != '_') id += '_';
      }
      while (id.back() == '_') id.pop_back();
    } else {
      id += "actor_" + std::to_string(index);
    }
    std::string unique = id;
    for (int n = 2; !ids_.insert(unique).second; ++n) unique = id + "_" + std::to_string(n);
    return unique;
  }

  void Actors() {
    const auto& actors = dict_.actors();
    auto phrases = ByEntry(dict_, EntryKind::kActor, actors.size());
    for (size_t i = 0; i < actors.size(); ++i) {
      const Actor& a = actors[i];
      std::string codes;
      for (const auto& c : a.codes) {
        if (!IsActorCode(c.code)) {
          Lose(c.code == kNullActorCode ? "null actor code ([---])" : "actor code that is not a plain CAMEO code");
          continue;
        }
        if (!codes.empty()) codes += ';';
        codes += c.code;
        if (!c.from.empty() || !c.to.empty()) codes += "@" + c.from + ".." + c.to;
      }
      std::string id = ActorId(a, i);
      bool first = true;
      for (text::Lang lang : Langs(phrases[i])) {
        std::string names = Names(phrases[i], lang);
        if (names.empty()) continue;
        files_.actors += id + "\t" + LangField(lang) + "\t" + names + "\t" + (first ? codes : "") + "\t" +
                         ActorTypeName(a.type) + "\n";
        first = false;
      }
    }
  }

  void Agents() {
    const auto& agents = dict_.agents();
    auto phrases = ByEntry(dict_, EntryKind::kAgent, agents.size());
    for (size_t i = 0; i < agents.size(); ++i) {
      const Agent& a = agents[i];
      if (!IsActorCode(a.code)) {
        Lose("agent code that is not a plain CAMEO code");
        continue;
      }
      std::string code = a.prefix ? a.code + "~" : "~" + a.code;
      for (text::Lang lang : Langs(phrases[i])) {
        std::string names = Names(phrases[i], lang);
        if (!names.empty()) files_.agents += LangField(lang) + "\t" + names + "\t" + code + "\n";
      }
    }
  }

  // Appends isnad pattern text for `elements`; false when not expressible.
  bool PatternText(const std::vector<PatternElement>& elements, std::string* out) {
    using Type = PatternElement::Type;
    for (const auto& e : elements) {
      std::string piece;
      switch (e.type) {
        case Type::kTrigger: piece = "*"; break;
        case Type::kTarget: piece = "+"; break;
        case Type::kSource: piece = "$"; break;
        case Type::kCompound:
          Lose("pattern with a compound (%) element");
          return false;
        case Type::kSkip:
          Lose("skip (^) element left out of a pattern");
          continue;
        case Type::kWords:
          if (!Words(e.keys, &piece)) return false;
          break;
        case Type::kNounPhrase:
        case Type::kPrepPhrase: {
          Lose(e.type == Type::kNounPhrase ? "noun phrase grouping" : "prepositional phrase grouping");
          if (e.type == Type::kPrepPhrase && !Words(e.keys, &piece)) return false;
          std::string inner;
          if (!PatternText(e.children, &inner)) return false;
          if (!inner.empty()) piece += piece.empty() ? inner : " " + inner;
          break;
        }
      }
      if (piece.empty()) continue;
      if (!out->empty()) *out += ' ';
      *out += piece;
    }
    return true;
  }

  bool Words(const std::vector<std::string>& keys, std::string* piece) {
    bool multi = false;
    for (const auto& k : keys) multi |= k.find(' ') != std::string::npos;
    if (multi && keys.size() > 1) {
      Lose("pattern with multi-word alternatives");
      return false;
    }
    if (multi) Lose("consecutive words written as successive elements");
    for (const auto& k : keys) {
      if (!Writable(k)) {
        Lose("pattern word with '|' or TAB");
        return false;
      }
      if (!piece->empty()) *piece += '|';
      *piece += k;
    }
    return true;
  }

  std::string Forms(const std::vector<const Phrase*>& phrases, text::Lang lang) { return Names(phrases, lang); }

  void Events() {
    const auto& events = dict_.events();
    auto phrases = ByEntry(dict_, EntryKind::kEvent, events.size());
    for (size_t i = 0; i < events.size(); ++i) {
      const EventWord& e = events[i];
      const char* kind = e.kind == EventWordKind::kVerb ? "verb" : e.kind == EventWordKind::kNoun ? "noun" : "phrase";
      for (text::Lang lang : Langs(phrases[i])) {
        std::string forms = Forms(phrases[i], lang);
        if (forms.empty()) continue;
        std::string head = LangField(lang) + "\t" + kind + "\t" + forms + "\t";
        if (!e.reverse_code.empty()) Lose("reverse code of a paired event");
        if (IsEventCode(e.code)) {
          files_.events += head + e.code + "\n";
        } else if (!e.code.empty()) {
          Lose("event code that is not a CAMEO code");
        }
        for (const auto& p : PatternsOf(events, i)) {
          if (p.code.empty()) {
            Lose("pattern with a null code");
            continue;
          }
          if (!IsEventCode(p.code)) {
            Lose("pattern code that is not a CAMEO code");
            continue;
          }
          if (!p.reverse_code.empty()) Lose("reverse code of a paired event");
          if (p.max_gap > kDefaultPatternGap) Lose("unlimited gap between pattern elements");
          std::string text;
          if (!PatternText(p.elements, &text)) continue;
          files_.events += head + p.code + "\t" + text + "\n";
        }
      }
    }
  }

  void Discards() {
    const auto& discards = dict_.discards();
    auto phrases = ByEntry(dict_, EntryKind::kDiscard, discards.size());
    for (size_t i = 0; i < discards.size(); ++i) {
      for (const Phrase* p : phrases[i]) {
        if (!Writable(p->text)) {
          Lose("name with '|' or TAB");
          continue;
        }
        if (p->stem) Lose("stem (prefix) match of a discard");
        files_.discards += LangField(p->lang) + "\t" + p->text + "\t" + (discards[i].story ? "story" : "sentence") + "\n";
      }
    }
  }

  const Dictionary& dict_;
  const IsnadWriteOptions& options_;
  IsnadFiles files_;
  std::unordered_set<std::string> ids_;
};

}  // namespace

IsnadFiles WriteIsnad(const Dictionary& dict, const IsnadWriteOptions& options) { return Writer(dict, options).Run(); }

Status WriteIsnadDir(const Dictionary& dict, const std::string& dir, const IsnadWriteOptions& options,
                     IsnadFiles* files) {
  IsnadFiles out = WriteIsnad(dict, options);
  struct Item {
    const char* name;
    const std::string* text;
    size_t entries;
  } items[] = {
      {"actors.tsv", &out.actors, dict.actors().size()},
      {"agents.tsv", &out.agents, dict.agents().size()},
      {"events.tsv", &out.events, dict.events().size()},
      {"discards.tsv", &out.discards, dict.discards().size()},
  };
  for (const auto& item : items) {
    if (item.entries == 0) continue;
    Status s = WriteFile(dir + "/" + item.name, *item.text);
    if (!s.ok()) return s;
  }
  if (files) *files = std::move(out);
  return Status::OK();
}

}  // namespace isnad::lexicon
