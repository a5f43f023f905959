// Parsing of isnad's dictionary TSV (docs/formats.md) into Dictionary entries.
// Each line is checked field by field; every problem becomes an Issue with
// "file:line", and the parse goes on so that lint sees all of them.
#include "lexicon/dictionary.h"

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <filesystem>
#include <iterator>
#include <mutex>
#include <thread>

#include "lexicon/morphology.h"
#include "lexicon/tabari.h"
#include "util/files.h"
#include "util/strings.h"

namespace isnad::lexicon {

namespace {

// Longest quoted text ('...') an issue shows in full; longer ones keep their
// start and say how long they were, so that a 1 MB name or a 10,000-character
// code in a hostile file gives a one-line message.
constexpr size_t kMaxQuotedBytes = 80;

// `text` cut to at most `max` bytes on a UTF-8 character boundary.
std::string_view CutUtf8(std::string_view text, size_t max) {
  if (text.size() <= max) return text;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string ShortenQuotes(const std::string& message) {
  if (message.size() <= kMaxQuotedBytes) return message;
  std::string out;
  size_t pos = 0;
  while (pos < message.size()) {
    size_t open = message.find('\'', pos);
    size_t close = open == std::string::npos ? std::string::npos : message.find('\'', open + 1);
    if (close == std::string::npos) break;
    out.append(message, pos, open + 1 - pos);
    std::string_view quoted(message.data() + open + 1, close - open - 1);
    if (quoted.size() > kMaxQuotedBytes) {
      out += CutUtf8(quoted, kMaxQuotedBytes - 16);
      out += "...' (" + std::to_string(quoted.size()) + " bytes)";
    } else {
      out += quoted;
      out += '\'';
    }
    pos = close + 1;
  }
  std::string_view rest(message.data() + std::min(pos, message.size()), message.size() - std::min(pos, message.size()));
  if (rest.size() > 4 * kMaxQuotedBytes) {
    out += CutUtf8(rest, 4 * kMaxQuotedBytes);
    out += "... (" + std::to_string(rest.size()) + " bytes)";
  } else {
    out += rest;
  }
  return out;
}

}  // namespace

std::string Issue::ToString() const {
  return where + ": " + (severity == Severity::kWarning ? "warning: " : "") + ShortenQuotes(message);
}

const char* EntryKindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::kActor: return "actor";
    case EntryKind::kAgent: return "agent";
    case EntryKind::kEvent: return "event";
    case EntryKind::kCue: return "cue";
    case EntryKind::kPlace: return "place";
    case EntryKind::kDiscard: return "discard";
    case EntryKind::kWord: return "word";
  }
  return "?";
}

namespace {

constexpr std::pair<const char*, ActorType> kActorTypes[] = {
    {"country", ActorType::kCountry}, {"capital", ActorType::kCapital}, {"demonym", ActorType::kDemonym},
    {"person", ActorType::kPerson},   {"org", ActorType::kOrg},         {"group", ActorType::kGroup},
    {"igo", ActorType::kIgo},         {"media", ActorType::kMedia},     {"other", ActorType::kOther},
};

constexpr std::pair<const char*, CueKind> kCueKinds[] = {
    {"report", CueKind::kReport},         {"report_prep", CueKind::kReportPrep},
    {"hedge", CueKind::kHedge},           {"negation", CueKind::kNegation},
    {"refusal", CueKind::kRefusal},       {"future", CueKind::kFuture},
    {"condition", CueKind::kCondition},   {"intent", CueKind::kIntent},
    {"outlet_head", CueKind::kOutletHead}, {"source_head", CueKind::kSourceHead},
    {"background", CueKind::kBackground},
};

constexpr std::pair<const char*, WordClass> kWordClasses[] = {
    {"prep", WordClass::kPrep}, {"conj", WordClass::kConj}, {"rel", WordClass::kRel},
    {"aux", WordClass::kAux},   {"pron", WordClass::kPron}, {"det", WordClass::kDet},
    {"noun", WordClass::kNoun}, {"verb", WordClass::kVerb}, {"adj", WordClass::kAdj},
    {"func", WordClass::kFunc}, {"other", WordClass::kOther},
};

bool IsIsoDatePrefix(std::string_view d) {
  // YYYY, YYYY-MM or YYYY-MM-DD.
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  for (size_t i = 0; i < d.size(); ++i) {
    if (i == 4 || i == 7) {
      if (d[i] != '-') return false;
    } else if (d[i] < '0' || d[i] > '9') {
      return false;
    }
  }
  return true;
}

bool ParseLangField(std::string_view field, text::Lang* lang) {
  if (field == "*") {
    *lang = text::Lang::kUnknown;
    return true;
  }
  text::Lang l = text::ParseLang(field);
  if (l == text::Lang::kAr || l == text::Lang::kFr || l == text::Lang::kEn) {
    *lang = l;
    return true;
  }
  return false;
}

// Splits a `|` field into trimmed, non-empty variants.
std::vector<std::string_view> Variants(std::string_view field) {
  std::vector<std::string_view> out;
  for (auto v : Split(field, '|')) {
    v = Trim(v);
    if (!v.empty()) out.push_back(v);
  }
  return out;
}

}  // namespace

const char* ActorTypeName(ActorType type) {
  for (const auto& [name, t] : kActorTypes) {
    if (t == type) return name;
  }
  return "other";
}

bool ParseActorType(std::string_view name, ActorType* type) {
  for (const auto& [n, t] : kActorTypes) {
    if (name == n) {
      *type = t;
      return true;
    }
  }
  return false;
}

const char* CueKindName(CueKind kind) {
  for (const auto& [name, k] : kCueKinds) {
    if (k == kind) return name;
  }
  return "report";
}

bool ParseCueKind(std::string_view name, CueKind* kind) {
  for (const auto& [n, k] : kCueKinds) {
    if (name == n) {
      *kind = k;
      return true;
    }
  }
  return false;
}

bool ParseWordClass(std::string_view name, WordClass* cls) {
  for (const auto& [n, c] : kWordClasses) {
    if (name == n) {
      *cls = c;
      return true;
    }
  }
  return false;
}

std::string_view Actor::CodeOn(std::string_view date) const {
  if (codes.empty()) return {};
  if (date.empty()) {
    // The open-ended (current) code, else the last listed.
    for (const auto& c : codes) {
      if (c.to.empty()) return c.code;
    }
    return codes.back().code;
  }
  // Compare ISO prefixes: a partial date ("2015") is inside a range when its
  // prefix-wise comparison with both bounds allows it.
  for (const auto& c : codes) {
    bool after_from = c.from.empty() || date.substr(0, c.from.size()) >= std::string_view(c.from).substr(0, date.size());
    bool before_to = c.to.empty() || date.substr(0, c.to.size()) <= std::string_view(c.to).substr(0, date.size());
    if (after_from && before_to) return c.code;
  }
  return codes.back().code;
}

bool IsActorCode(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0 || code.size() > 30) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

bool IsEventCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Parses one isnad TSV file into a Dictionary.
class IsnadTsvParser {
 public:
  IsnadTsvParser(Dictionary* dict, const std::string& origin) : dict_(dict), origin_(origin) {}

  Status Parse(std::string_view contents) {
    size_t line_no = 0;
    size_t start = 0;
    bool have_version = false;
    while (start <= contents.size()) {
      size_t nl = contents.find('\n', start);
      std::string_view line = contents.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
      start = nl == std::string_view::npos ? contents.size() + 1 : nl + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line_no == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);  // BOM.
      if (Trim(line).empty() || line.front() == '#') continue;
      where_ = origin_ + ":" + std::to_string(line_no);
      fields_ = Split(line, '\t');
      for (auto& f : fields_) f = Trim(f);
      if (!have_version) {
        if (!ParseVersion()) return FirstError();
        have_version = true;
        continue;
      }
      ++dict_->stats_.lines;
      ParseLine();
    }
    if (!have_version) Error("no isnad-dict version line", origin_);
    ++dict_->stats_.files;
    return FirstError();
  }

 private:
  Status FirstError() const {
    for (size_t i = first_issue_; i < dict_->issues_.size(); ++i) {
      if (dict_->issues_[i].severity == Issue::Severity::kError) {
        return Status::Corruption(dict_->issues_[i].ToString());
      }
    }
    return Status::OK();
  }

  void Error(std::string message, std::string where = "") {
    dict_->issues_.push_back({Issue::Severity::kError, where.empty() ? where_ : where, std::move(message)});
  }
  void Warning(std::string message) {
    dict_->issues_.push_back({Issue::Severity::kWarning, where_, std::move(message)});
  }

  bool NeedFields(size_t min) {
    if (fields_.size() >= min) return true;
    Error("expected at least " + std::to_string(min) + " fields, got " + std::to_string(fields_.size()));
    return false;
  }

  bool ParseVersion() {
    if (fields_.size() < 3 || fields_[0] != "isnad-dict") {
      Error("expected the version line 'isnad-dict<TAB>1<TAB><kind>'");
      return false;
    }
    if (fields_[1] != "1") {
      Error("unsupported dictionary format version '" + std::string(fields_[1]) + "' (this isnad reads version 1)");
      return false;
    }
    kind_ = std::string(fields_[2]);
    static const char* kKinds[] = {"actors", "agents", "events", "places", "cues", "discards", "words"};
    if (std::find(std::begin(kKinds), std::end(kKinds), kind_) == std::end(kKinds)) {
      Error("unknown dictionary kind '" + kind_ + "'");
      return false;
    }
    return true;
  }

  bool Lang(std::string_view field, text::Lang* lang) {
    if (ParseLangField(field, lang)) return true;
    Error("unknown language '" + std::string(field) + "' (expected ar, fr, en or *)");
    return false;
  }

  void AddPhrases(text::Lang lang, const std::vector<std::string>& forms, EntryKind kind, uint32_t index,
                  bool verb_form = false) {
    for (const auto& f : forms) {
      dict_->AddPhrase(Phrase{lang, f, kind, index, verb_form});
    }
  }

  std::vector<std::string> Plain(std::string_view field) {
    std::vector<std::string> out;
    for (auto v : Variants(field)) out.emplace_back(v);
    return out;
  }

  void ParseLine() {
    if (kind_ == "actors") return ParseActor();
    if (kind_ == "agents") return ParseAgent();
    if (kind_ == "events") return ParseEvent();
    if (kind_ == "places") return ParsePlace();
    if (kind_ == "cues") return ParseCue();
    if (kind_ == "discards") return ParseDiscard();
    if (kind_ == "words") return ParseWord();
  }

  bool ParseCodes(std::string_view field, std::vector<DatedCode>* codes) {
    for (auto item : Split(field, ';')) {
      item = Trim(item);
      if (item.empty()) continue;
      DatedCode dc;
      size_t at = item.find('@');
      dc.code = std::string(item.substr(0, at));
      if (!IsActorCode(dc.code)) {
        Error("'" + dc.code + "' is not a CAMEO actor code");
        return false;
      }
      if (at != std::string_view::npos) {
        std::string_view range = item.substr(at + 1);
        size_t dots = range.find("..");
        if (dots == std::string_view::npos) {
          Error("date range '" + std::string(range) + "' must be FROM..TO");
          return false;
        }
        dc.from = std::string(range.substr(0, dots));
        dc.to = std::string(range.substr(dots + 2));
        if ((!dc.from.empty() && !IsIsoDatePrefix(dc.from)) || (!dc.to.empty() && !IsIsoDatePrefix(dc.to))) {
          Error("date range '" + std::string(range) + "' needs ISO dates (YYYY, YYYY-MM or YYYY-MM-DD)");
          return false;
        }
      }
      codes->push_back(std::move(dc));
    }
    return true;
  }

  void ParseActor() {
    if (!NeedFields(3)) return;
    text::Lang lang;
    if (!Lang(fields_[1], &lang)) return;
    std::string id(fields_[0]);
    std::vector<DatedCode> codes;
    if (fields_.size() > 3 && !ParseCodes(fields_[3], &codes)) return;
    ActorType type = ActorType::kOther;
    bool has_type = fields_.size() > 4 && !fields_[4].empty();
    if (has_type && !ParseActorType(fields_[4], &type)) {
      Error("unknown actor type '" + std::string(fields_[4]) + "'");
      return;
    }
    int index = dict_->FindActor(id);
    if (index < 0) {
      Actor a;
      a.id = id;
      a.type = type;
      a.codes = std::move(codes);
      a.origin = where_;
      index = static_cast<int>(dict_->AddActor(std::move(a)));
    } else {
      Actor& a = dict_->actors_[index];
      if (has_type && a.type != type) Warning("actor '" + id + "' has another type on " + a.origin);
      if (!codes.empty()) {
        if (a.codes.empty()) {
          a.codes = std::move(codes);
        } else {
          bool same = a.codes.size() == codes.size();
          for (size_t i = 0; same && i < codes.size(); ++i) same = a.codes[i].code == codes[i].code;
          if (!same) Warning("actor '" + id + "' has other codes on " + a.origin);
        }
      }
    }
    auto names = Plain(fields_[2]);
    if (names.empty()) Error("no names");
    AddPhrases(lang, names, EntryKind::kActor, static_cast<uint32_t>(index));
  }

  void ParseAgent() {
    if (!NeedFields(3)) return;
    text::Lang lang;
    if (!Lang(fields_[0], &lang)) return;
    std::string_view code = fields_[2];
    Agent agent;
    agent.origin = where_;
    if (code.ends_with("~")) {
      agent.prefix = true;
      code.remove_suffix(1);
    } else if (code.starts_with("~")) {
      code.remove_prefix(1);
    }
    agent.code = std::string(code);
    if (!IsActorCode(agent.code)) {
      Error("'" + std::string(fields_[2]) + "' is not an agent code (GOV, ~GOV or NGO~)");
      return;
    }
    auto names = Plain(fields_[1]);
    if (names.empty()) return Error("no names");
    AddPhrases(lang, names, EntryKind::kAgent, dict_->AddAgent(std::move(agent)));
  }

  bool ParsePattern(std::string_view text, EventPattern* pattern) {
    int triggers = 0;
    for (auto element : Split(text, ' ')) {
      if (element.empty()) continue;
      PatternElement e;
      if (element == "*") {
        e.type = PatternElement::Type::kTrigger;
        ++triggers;
      } else if (element == "+") {
        e.type = PatternElement::Type::kTarget;
      } else if (element == "$") {
        e.type = PatternElement::Type::kSource;
      } else {
        for (auto w : Variants(element)) e.keys.emplace_back(w);
      }
      pattern->elements.push_back(std::move(e));
    }
    if (triggers != 1) {
      Error("pattern '" + std::string(text) + "' must contain exactly one '*'");
      return false;
    }
    return true;
  }

  void ParseEvent() {
    if (!NeedFields(4)) return;
    text::Lang lang;
    if (!Lang(fields_[0], &lang)) return;
    EventWord ev;
    ev.origin = where_;
    std::string_view kind = fields_[1];
    if (kind == "verb") {
      ev.kind = EventWordKind::kVerb;
    } else if (kind == "noun") {
      ev.kind = EventWordKind::kNoun;
    } else if (kind == "phrase") {
      ev.kind = EventWordKind::kPhrase;
    } else {
      return Error("unknown event word kind '" + std::string(kind) + "' (verb, noun or phrase)");
    }
    std::string code(fields_[3]);
    if (!IsEventCode(code)) return Error("'" + code + "' is not a CAMEO event code");
    if (fields_.size() > 4 && !fields_[4].empty()) {
      EventPattern p;
      p.code = code;
      p.origin = where_;
      if (!ParsePattern(fields_[4], &p)) return;
      ev.patterns.push_back(std::move(p));
    } else {
      ev.code = code;
    }
    auto variants = Variants(fields_[2]);
    if (variants.empty()) return Error("no forms");
    std::vector<std::string> forms;
    if (ev.kind == EventWordKind::kVerb) {
      InflectVerb(lang, variants, &forms);
    } else {
      for (auto v : variants) forms.emplace_back(v);
    }
    bool verb = ev.kind == EventWordKind::kVerb;
    AddPhrases(lang, forms, EntryKind::kEvent, dict_->AddEvent(std::move(ev)), verb);
  }

  void ParsePlace() {
    if (!NeedFields(5)) return;
    text::Lang lang;
    if (!Lang(fields_[1], &lang)) return;
    std::string id(fields_[0]);
    auto it = dict_->place_ids_.find(id);
    uint32_t index;
    if (it == dict_->place_ids_.end()) {
      Place p;
      p.id = id;
      p.country = std::string(fields_[3]);
      p.kind = std::string(fields_[4]);
      p.origin = where_;
      if (fields_.size() > 6 && !fields_[5].empty() && !fields_[6].empty()) {
        auto parse = [](std::string_view s, double* v) {
          auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
          return r.ec == std::errc() && r.ptr == s.data() + s.size();
        };
        if (!parse(fields_[5], &p.lat) || !parse(fields_[6], &p.lon) || p.lat < -90 || p.lat > 90 ||
            p.lon < -180 || p.lon > 180) {
          return Error("bad coordinates '" + std::string(fields_[5]) + "', '" + std::string(fields_[6]) + "'");
        }
        p.has_coordinates = true;
      }
      if (fields_.size() > 7 && !fields_[7].empty()) {
        auto r = std::from_chars(fields_[7].data(), fields_[7].data() + fields_[7].size(), p.population);
        if (r.ec != std::errc()) return Error("bad population '" + std::string(fields_[7]) + "'");
      }
      index = dict_->AddPlace(std::move(p));
      dict_->place_ids_.emplace(id, index);
    } else {
      index = it->second;
    }
    AddPhrases(lang, Plain(fields_[2]), EntryKind::kPlace, index);
  }

  void ParseCue() {
    if (!NeedFields(3)) return;
    text::Lang lang;
    if (!Lang(fields_[0], &lang)) return;
    Cue cue;
    cue.origin = where_;
    if (!ParseCueKind(fields_[1], &cue.kind)) return Error("unknown cue kind '" + std::string(fields_[1]) + "'");
    auto variants = Variants(fields_[2]);
    if (variants.empty()) return Error("no forms");
    std::vector<std::string> forms;
    bool verbal = cue.kind == CueKind::kReport || cue.kind == CueKind::kRefusal;
    if (verbal && lang == text::Lang::kAr && variants.size() >= 2 && variants[1].starts_with("ي")) {
      InflectVerb(lang, variants, &forms);  // Past | imperfect pair.
    } else if (verbal && lang != text::Lang::kAr) {
      for (auto v : variants) InflectVerb(lang, {v}, &forms);
    } else {
      for (auto v : variants) forms.emplace_back(v);
    }
    AddPhrases(lang, forms, EntryKind::kCue, dict_->AddCue(std::move(cue)), verbal);
  }

  void ParseDiscard() {
    if (!NeedFields(2)) return;
    text::Lang lang;
    if (!Lang(fields_[0], &lang)) return;
    Discard d;
    d.origin = where_;
    if (fields_.size() > 2 && !fields_[2].empty()) {
      if (fields_[2] == "story") {
        d.story = true;
      } else if (fields_[2] != "sentence") {
        return Error("discard scope must be 'sentence' or 'story'");
      }
    }
    AddPhrases(lang, Plain(fields_[1]), EntryKind::kDiscard, dict_->AddDiscard(std::move(d)));
  }

  void ParseWord() {
    if (!NeedFields(3)) return;
    text::Lang lang;
    if (!Lang(fields_[0], &lang)) return;
    Word w;
    if (!ParseWordClass(fields_[1], &w.cls)) return Error("unknown word class '" + std::string(fields_[1]) + "'");
    AddPhrases(lang, Plain(fields_[2]), EntryKind::kWord, dict_->AddWord(w), w.cls == WordClass::kVerb);
  }

  Dictionary* dict_;
  std::string origin_;
  std::string where_;
  std::string kind_;
  std::vector<std::string_view> fields_;
  size_t first_issue_ = dict_->issues_.size();
};

uint32_t Dictionary::AddActor(Actor actor) {
  actor_ids_.emplace(actor.id, static_cast<uint32_t>(actors_.size()));
  actors_.push_back(std::move(actor));
  ++stats_.entries[static_cast<int>(EntryKind::kActor)];
  return static_cast<uint32_t>(actors_.size() - 1);
}

template <typename T>
static uint32_t Push(std::vector<T>* v, T item, DictionaryStats* stats, EntryKind kind) {
  v->push_back(std::move(item));
  ++stats->entries[static_cast<int>(kind)];
  return static_cast<uint32_t>(v->size() - 1);
}

uint32_t Dictionary::AddAgent(Agent agent) { return Push(&agents_, std::move(agent), &stats_, EntryKind::kAgent); }
uint32_t Dictionary::AddEvent(EventWord event) { return Push(&events_, std::move(event), &stats_, EntryKind::kEvent); }
uint32_t Dictionary::AddCue(Cue cue) { return Push(&cues_, std::move(cue), &stats_, EntryKind::kCue); }
uint32_t Dictionary::AddPlace(Place place) { return Push(&places_, std::move(place), &stats_, EntryKind::kPlace); }
uint32_t Dictionary::AddDiscard(Discard discard) {
  return Push(&discards_, std::move(discard), &stats_, EntryKind::kDiscard);
}
uint32_t Dictionary::AddWord(Word word) { return Push(&words_, word, &stats_, EntryKind::kWord); }

void Dictionary::AddPhrase(Phrase phrase) {
  phrases_.push_back(std::move(phrase));
  ++stats_.phrases;
}

void Dictionary::Append(Dictionary&& other) {
  uint32_t offset[kEntryKindCount] = {};
  offset[static_cast<int>(EntryKind::kActor)] = static_cast<uint32_t>(actors_.size());
  offset[static_cast<int>(EntryKind::kAgent)] = static_cast<uint32_t>(agents_.size());
  offset[static_cast<int>(EntryKind::kEvent)] = static_cast<uint32_t>(events_.size());
  offset[static_cast<int>(EntryKind::kCue)] = static_cast<uint32_t>(cues_.size());
  offset[static_cast<int>(EntryKind::kPlace)] = static_cast<uint32_t>(places_.size());
  offset[static_cast<int>(EntryKind::kDiscard)] = static_cast<uint32_t>(discards_.size());
  offset[static_cast<int>(EntryKind::kWord)] = static_cast<uint32_t>(words_.size());
  auto move_all = [](auto* from, auto* to) {
    if (to->empty()) return to->swap(*from);  // Nothing to shift: take the whole vector.
    to->insert(to->end(), std::make_move_iterator(from->begin()), std::make_move_iterator(from->end()));
  };
  // The ids move as nodes (no copy of a key); an id already here keeps its entry.
  auto move_ids = [](std::unordered_map<std::string, uint32_t>* from, std::unordered_map<std::string, uint32_t>* to,
                     uint32_t shift) {
    to->reserve(to->size() + from->size());
    for (auto it = from->begin(); it != from->end();) {
      auto node = from->extract(it++);
      node.mapped() += shift;
      to->insert(std::move(node));
    }
  };
  move_ids(&other.actor_ids_, &actor_ids_, offset[static_cast<int>(EntryKind::kActor)]);
  move_ids(&other.place_ids_, &place_ids_, offset[static_cast<int>(EntryKind::kPlace)]);
  move_all(&other.actors_, &actors_);
  move_all(&other.places_, &places_);
  const int32_t event_offset = static_cast<int32_t>(events_.size());
  for (EventWord& e : other.events_) {
    if (e.pattern_source >= 0) e.pattern_source += event_offset;
  }
  move_all(&other.events_, &events_);
  move_all(&other.agents_, &agents_);
  move_all(&other.cues_, &cues_);
  move_all(&other.discards_, &discards_);
  move_all(&other.words_, &words_);
  phrases_.reserve(phrases_.size() + other.phrases_.size());
  for (Phrase& p : other.phrases_) {
    p.index += offset[static_cast<int>(p.kind)];
    phrases_.push_back(std::move(p));
  }
  move_all(&other.issues_, &issues_);
  stats_.files += other.stats_.files;
  stats_.lines += other.stats_.lines;
  stats_.phrases += other.stats_.phrases;
  for (int k = 0; k < kEntryKindCount; ++k) stats_.entries[k] += other.stats_.entries[k];
  other = Dictionary();
}

int Dictionary::FindActor(std::string_view id) const {
  auto it = actor_ids_.find(std::string(id));
  return it == actor_ids_.end() ? -1 : static_cast<int>(it->second);
}

Status Dictionary::ParseIsnadTsv(std::string_view contents, const std::string& origin) {
  IsnadTsvParser parser(this, origin);
  return parser.Parse(contents);
}

StatusOr<DictFormat> ParseDictFormat(std::string_view name) {
  if (name == "auto") return DictFormat::kAuto;
  if (name == "isnad") return DictFormat::kIsnad;
  if (name == "tabari-actors") return DictFormat::kTabariActors;
  if (name == "tabari-agents") return DictFormat::kTabariAgents;
  if (name == "tabari-verbs") return DictFormat::kTabariVerbs;
  if (name == "tabari-discards") return DictFormat::kTabariDiscards;
  return Status::InvalidArgument("unknown dictionary format '" + std::string(name) +
                                 "' (auto, isnad, tabari-actors, tabari-agents, tabari-verbs, tabari-discards)");
}

namespace {

// The first line of `contents` that is neither empty nor a comment, trimmed and
// without a byte order mark; empty when there is none.
std::string_view FirstContentLine(std::string_view contents) {
  size_t start = 0;
  while (start < contents.size()) {
    size_t nl = contents.find('\n', start);
    std::string_view line = Trim(contents.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (!line.empty() && line.front() != '#') return line;
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return {};
}

bool HasIsnadVersionLine(std::string_view contents) { return FirstContentLine(contents).starts_with("isnad-dict"); }

// True when isnad TSV `contents` is of a kind whose entries never merge with
// those of earlier files: every kind but actors and places (merged by id).
bool LoadsAlone(std::string_view contents) {
  std::vector<std::string_view> fields = Split(FirstContentLine(contents), '\t');
  if (fields.size() < 3 || Trim(fields[0]) != "isnad-dict" || Trim(fields[1]) != "1") return false;
  std::string_view kind = Trim(fields[2]);
  return kind == "agents" || kind == "events" || kind == "cues" || kind == "discards" || kind == "words";
}

}  // namespace

DictFormat DetectDictFormat(const std::string& path, std::string_view contents) {
  return HasIsnadVersionLine(contents) ? DictFormat::kIsnad : DetectTabariFormat(path, contents);
}

Status Dictionary::LoadFile(const std::string& path, DictFormat format) {
  auto contents = ReadFile(path, size_t{512} << 20);
  if (!contents.ok()) return contents.status();
  if (format == DictFormat::kAuto) format = DetectDictFormat(path, *contents);
  if (format == DictFormat::kIsnad) return ParseIsnadTsv(*contents, path);
  if (format == DictFormat::kAuto) {
    return Status::InvalidArgument(path + ": cannot tell the dictionary format; pass --dict-format");
  }
  return ParseTabari(format, *contents, path, this);
}

std::vector<ParsedFile> ParseIndependentFiles(const std::vector<std::string>& paths, DictFormat format) {
  std::vector<ParsedFile> out(paths.size());
  for (size_t i = 0; i < paths.size(); ++i) {
    auto contents = ReadFile(paths[i], size_t{512} << 20);
    if (!contents.ok()) continue;  // LoadFile() reports it, in order.
    DictFormat f = format == DictFormat::kAuto ? DetectDictFormat(paths[i], *contents) : format;
    if (f == DictFormat::kIsnad || f == DictFormat::kAuto) continue;
    out[i].status = ParseTabari(f, *contents, paths[i], &out[i].dict);
    out[i].parsed = true;
  }
  return out;
}

Status Dictionary::LoadDataDir(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const char* sub : {"actors", "agents", "events", "cues", "discards", "words", "places", "generated"}) {
    fs::path dir = fs::path(data_dir) / sub;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_regular_file() && it->path().extension() == ".tsv") files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  // Files whose entries never merge with earlier ones parse on a helper thread,
  // each into a dictionary of its own appended here in order; actors and places
  // files, which merge entries by id across files, parse here in order.
  struct Item {
    const std::string* path;
    std::string contents;
    bool alone = false;
    Dictionary dict;
    Status status;
  };
  std::vector<Item> items;
  items.reserve(files.size());
  Status read_error;
  for (const auto& f : files) {
    auto contents = ReadFile(f, size_t{512} << 20);
    if (!contents.ok()) {
      read_error = contents.status();  // Returned after the files before it are loaded.
      break;
    }
    if (!HasIsnadVersionLine(*contents)) continue;  // Tables of other kinds.
    Item item;
    item.path = &f;
    item.contents = std::move(contents).value();
    item.alone = LoadsAlone(item.contents);
    items.push_back(std::move(item));
  }
  std::mutex mu;
  std::condition_variable parsed_one;
  size_t parsed = 0;  // Items [0, parsed) are done on the helper's side.
  std::thread helper([&] {
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].alone) items[i].status = items[i].dict.ParseIsnadTsv(items[i].contents, *items[i].path);
      std::lock_guard<std::mutex> lock(mu);
      parsed = i + 1;
      parsed_one.notify_one();
    }
  });
  Status first;
  for (size_t i = 0; i < items.size(); ++i) {
    Status s;
    if (items[i].alone) {
      std::unique_lock<std::mutex> lock(mu);
      parsed_one.wait(lock, [&] { return parsed > i; });
      lock.unlock();
      Append(std::move(items[i].dict));
      s = items[i].status;
    } else {
      s = ParseIsnadTsv(items[i].contents, *items[i].path);
    }
    if (!s.ok() && first.ok()) first = s;
  }
  helper.join();
  return read_error.ok() ? first : read_error;
}

}  // namespace isnad::lexicon
