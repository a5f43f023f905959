// lexicon/entries.h: the dictionary entries isnad knows, whatever file format they
// came from (ours or TABARI/PETRARCH). Third stage of the pipeline (ingest -> text
// -> lexicon -> coder ...): dictionaries are parsed into these, then compiled into
// a Lexicon (lexicon.h).
// Thread-safety: plain value types.
#ifndef ISNAD_LEXICON_ENTRIES_H_
#define ISNAD_LEXICON_ENTRIES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/lang.h"

namespace isnad::lexicon {

// What an entry is. The order is also the priority when two entries of different
// kinds match exactly the same tokens (an actor name beats a place name).
enum class EntryKind : uint8_t {
  kActor = 0,
  kAgent,
  kEvent,
  kCue,
  kPlace,
  kDiscard,
  kWord,
};
inline constexpr int kEntryKindCount = 7;
const char* EntryKindName(EntryKind kind);

// A CAMEO actor code valid over a date range; empty bounds are open.
struct DatedCode {
  std::string code;  // "LBYMIL"
  std::string from;  // ISO date "2014-05-16" or ""
  std::string to;    // ISO date or ""
};

enum class ActorType : uint8_t {
  kCountry, kCapital, kDemonym, kPerson, kOrg, kGroup, kIgo, kMedia, kOther,
};
const char* ActorTypeName(ActorType type);
// Parses the `type` field of an actors line; false if unknown.
bool ParseActorType(std::string_view name, ActorType* type);

struct Actor {
  std::string id;
  ActorType type = ActorType::kOther;
  std::vector<DatedCode> codes;
  std::string origin;  // "file:line" of its first line.

  // The code valid on `date` (ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" = the
  // latest/open-ended one). Returns "" when the actor has no codes.
  std::string_view CodeOn(std::string_view date) const;
};

struct Agent {
  std::string code;     // "GOV", "MIL", "NGO"
  bool prefix = false;  // "NGO~": the agent code goes before the country code.
  std::string origin;
};

enum class EventWordKind : uint8_t { kVerb, kNoun, kPhrase };

// One element of an event pattern (docs/formats.md, `events`).
struct PatternElement {
  enum class Type : uint8_t { kTrigger, kTarget, kSource, kWords } type = Type::kWords;
  std::vector<std::string> keys;  // Normalized stem keys of the alternatives (kWords).
};

struct EventPattern {
  std::string code;
  std::vector<PatternElement> elements;
  std::string origin;
};

struct EventWord {
  std::string code;  // Default code when no pattern matches ("" = only patterns code).
  EventWordKind kind = EventWordKind::kVerb;
  std::vector<EventPattern> patterns;
  std::string origin;
};

enum class CueKind : uint8_t {
  kReport, kReportPrep, kHedge, kNegation, kRefusal, kFuture, kCondition, kIntent,
  kOutletHead, kSourceHead, kBackground,
};
inline constexpr int kCueKindCount = 11;
const char* CueKindName(CueKind kind);
bool ParseCueKind(std::string_view name, CueKind* kind);

struct Cue {
  CueKind kind = CueKind::kReport;
  std::string origin;
};

struct Place {
  std::string id;
  std::string country;  // Alpha-3.
  std::string kind;     // city, capital, region, country.
  double lat = 0;
  double lon = 0;
  bool has_coordinates = false;
  uint64_t population = 0;
  std::string origin;
};

struct Discard {
  bool story = false;  // Drop the whole document, not just the sentence.
  std::string origin;
};

enum class WordClass : uint8_t {
  kPrep, kConj, kRel, kAux, kPron, kDet, kNoun, kVerb, kAdj, kFunc, kOther,
};
bool ParseWordClass(std::string_view name, WordClass* cls);

struct Word {
  WordClass cls = WordClass::kOther;
};

// A name or form that points at an entry: the unit the matcher compiles.
struct Phrase {
  text::Lang lang = text::Lang::kUnknown;  // kUnknown = every language.
  std::string text;                         // As written in the dictionary.
  EntryKind kind = EntryKind::kWord;
  uint32_t index = 0;                       // Into the vector of that kind.
  // Verb forms are marked so the coder can tell a verb trigger from a noun one.
  bool verb_form = false;
};

}  // namespace isnad::lexicon

#endif  // ISNAD_LEXICON_ENTRIES_H_
