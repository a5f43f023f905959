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

// The null actor code of TABARI/PETRARCH (`[---]`): the name is recognised (so it
// is not a new actor) but codes nothing; agents still attach ("---REL").
inline constexpr std::string_view kNullActorCode = "---";

// A CAMEO actor code valid over a date range; empty bounds are open. Both bounds
// are inclusive (TABARI: "or equal to").
//
// Codes read from TABARI/PETRARCH files are kept as those programs emit them:
// uppercase letters and digits ("LBYMIL"), kNullActorCode, a `/`-joined set
// ("FRO/BIL/SAM": PETRARCH writes it as one code; a coder may split it), or a
// literal such as "+++" that the validation suite expects back verbatim.
// IsActorCode() (dictionary.h) tells whether a code is a plain CAMEO code.
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
  // In priority order: the first code whose range holds the date wins. TABARI
  // date restrictions come first in file order, then the default (undated) code;
  // an entry with restrictions but no default gets a final kNullActorCode, as
  // PETRARCH codes nothing when no restriction holds.
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

// The null event code of TABARI/PETRARCH (`[---]`) as written in peer files. In
// EventPattern and EventWord it is stored as "" (see there).
inline constexpr std::string_view kNullEventCode = "---";

// Tokens allowed between consecutive pattern elements when nothing says otherwise.
inline constexpr uint8_t kDefaultPatternGap = 3;
// EventPattern::max_gap for TABARI/PETRARCH patterns: any number of tokens may lie
// between consecutive elements, as long as they stay in the trigger's sentence.
inline constexpr uint8_t kUnboundedPatternGap = 255;

// One element of an event pattern. isnad's own patterns (docs/formats.md, `events`)
// use kTrigger, kTarget, kSource and kWords; patterns read from TABARI/PETRARCH
// verb files (tabari.h) use all of them. Elements of a pattern are matched in
// order, left to right; elements before the kTrigger lie before the trigger in
// the sentence, elements after it after it. Between two consecutive elements at
// most EventPattern::max_gap tokens may intervene.
//
// All strings are as written in the dictionary (TABARI files are upper case,
// `_` already turned into a space); the compile step normalizes them like text.
//
//  type         written   meaning
//  kTrigger     *         the trigger word itself (exactly one per pattern, at top level).
//  kSource      $         an actor here is the event's source. Without a kSource
//                         element the source is the trigger's subject.
//  kTarget      +         an actor here is the event's target. Without a kTarget
//                         element the target is the trigger's object.
//  kCompound    %         a compound actor here ("A and B", "A, B and C"): the
//                         event is coded between its members (each member with each
//                         other member, both directions when the pattern has a
//                         reverse_code); PETRARCH's "% * [050]" for "A and B agreed".
//  kSkip        ^         one actor or noun phrase here is passed over: it is
//                         neither source nor target ("celebrate Tabaski ^ $": the
//                         actor after "Tabaski" is skipped, the next is the source).
//  kWords       WORD      one of `keys` here. A key is one word or several words
//                         separated by single spaces that must be consecutive
//                         (TABARI `A_B`; multi-word synset members). When the
//                         element came from a synset `&NAME`, `synset` is "&NAME"
//                         and `keys` are its members (and their regular plurals),
//                         expanded at load time, nested synsets flattened.
//  kNounPhrase  {A B C}   a noun phrase (PETRARCH2): `children` are kWords elements;
//                         the last is the head, the others modifiers that occur
//                         before it, in order, in the same noun phrase (no verb or
//                         preposition between them and the head; other modifiers
//                         may intervene: {DIPLOMATIC TIES} matches "full diplomatic
//                         ties").
//  kPrepPhrase  (P X ..)  a prepositional phrase: `keys` are the preposition (one
//                         word, or a synset's members), `children` the elements it
//                         governs, in order (kWords, kNounPhrase, kSource, kTarget,
//                         kSkip); `children` may be empty ("(WITH)": the
//                         preposition alone). Between the preposition and its first
//                         child only modifiers may intervene.
struct PatternElement {
  enum class Type : uint8_t {
    kTrigger,
    kTarget,
    kSource,
    kWords,
    kCompound,
    kSkip,
    kNounPhrase,
    kPrepPhrase,
  } type = Type::kWords;
  std::vector<std::string> keys;          // kWords alternatives; kPrepPhrase prepositions.
  std::vector<PatternElement> children;   // kNounPhrase, kPrepPhrase only.
  std::string synset;                     // "&NAME" when `keys` came from a synset, else "".
};

// A pattern of an event word: when its elements match around the trigger, the
// event gets `code` instead of the word's default. The longest matching pattern
// (most elements, counting children) wins; on a tie, the first in file order.
struct EventPattern {
  // CAMEO event code of source -> target, or "" when the pattern codes nothing
  // (TABARI/PETRARCH `[---]`): a match still wins over the word's default code and
  // so blocks it. Codes from peer files are kept as written, also when they are
  // not CAMEO codes ("075A", "102B"); IsEventCode() tells.
  std::string code;
  // Paired events (TABARI/PETRARCH `[A:B]`): when not "", the match also yields
  // the event target -> source with this code ("042:043": source visits target,
  // target hosts source; "037:037": a reciprocal agreement). `[:110]` gives only
  // the reverse event (code "" and reverse_code "110").
  std::string reverse_code;
  std::vector<PatternElement> elements;
  // Tokens allowed between consecutive elements: kDefaultPatternGap for isnad
  // patterns, kUnboundedPatternGap for TABARI/PETRARCH ones.
  uint8_t max_gap = kDefaultPatternGap;
  std::string text;    // The pattern as written (TABARI/PETRARCH), for explain and lint.
  std::string origin;
};

// A word or phrase that triggers events.
//
// TABARI/PETRARCH verb blocks (`--- NAME [code] ---`, a list of verbs, then
// patterns) become one EventWord per verb line; the patterns belong to the
// block, so they are stored once, on the block's first verb, and the other verbs
// point at it with `pattern_source` (use PatternsOf()).
struct EventWord {
  std::string code;  // Default code when no pattern matches ("" = only patterns code).
  std::string reverse_code;  // Default reverse code of paired events (`ARRIVE [042:043]`), or "".
  EventWordKind kind = EventWordKind::kVerb;
  std::vector<EventPattern> patterns;
  // Index into the dictionary's events() of the entry whose `patterns` this word
  // uses, or -1 for its own.
  int32_t pattern_source = -1;
  // For a multi-word verb (PETRARCH `+GO_BY`, `WIRE_+TAP`): the 0-based index of
  // the word that is the verb in each of its forms; 0 otherwise.
  uint8_t verb_word = 0;
  std::string block;   // TABARI/PETRARCH block name ("ABANDON"), or "".
  std::string origin;
};

// The patterns that apply to events[index]: its own, or those of its pattern_source.
// REQUIRES: index < events.size(). The reference lives as long as `events`.
inline const std::vector<EventPattern>& PatternsOf(const std::vector<EventWord>& events, size_t index) {
  int32_t source = events[index].pattern_source;
  return source >= 0 && static_cast<size_t>(source) < events.size() ? events[source].patterns
                                                                      : events[index].patterns;
}

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
  // The last word is a stem: it matches any token that begins with it (PETRARCH
  // discards written without a final `_`). False: every word is a whole word.
  bool stem = false;
};

}  // namespace isnad::lexicon

#endif  // ISNAD_LEXICON_ENTRIES_H_
