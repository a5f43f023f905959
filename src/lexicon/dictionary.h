// lexicon/dictionary.h: a set of dictionary entries loaded from files, before
// compilation. Reads isnad's own TSV format (docs/formats.md) and, through
// tabari.h, the TABARI/PETRARCH formats. Third stage of the pipeline.
//
// Loading is strict: a malformed line is an Issue naming "file:line" and the
// reason. Load functions return the first error as a Status and keep every issue
// in issues() so `isnad dict lint` can list them all.
// Thread-safety: build on one thread; then read-only.
#ifndef ISNAD_LEXICON_DICTIONARY_H_
#define ISNAD_LEXICON_DICTIONARY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/entries.h"
#include "util/status.h"

namespace isnad::lexicon {

// A problem found while loading, with its place ("data/actors/x.tsv:12").
struct Issue {
  enum class Severity : uint8_t { kError, kWarning } severity = Severity::kError;
  std::string where;
  std::string message;
  std::string ToString() const;
};

enum class DictFormat : uint8_t {
  kAuto,          // Ours when the file has an isnad-dict version line, else detected TABARI/PETRARCH kind.
  kIsnad,         // docs/formats.md.
  kTabariActors,  // TABARI/PETRARCH actors: NAME [CODE], +synonyms, [CODE date-range] lines.
  kTabariAgents,  // NAME [~AGT] / [AGT~], !substitution! sets.
  kTabariVerbs,   // --- VERB [code] --- blocks, synsets &NAME, patterns.
  kTabariDiscards,
};
// Parses "auto", "isnad", "tabari-actors", "tabari-agents", "tabari-verbs", "tabari-discards".
StatusOr<DictFormat> ParseDictFormat(std::string_view name);

// Counts of loaded things, for `isnad dict stats` and tests.
struct DictionaryStats {
  size_t files = 0;
  size_t lines = 0;            // Entry lines read (not comments or blanks).
  size_t phrases = 0;          // Names and forms, after inflection.
  size_t entries[kEntryKindCount] = {};
};

class Dictionary {
 public:
  Dictionary() = default;
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;
  Dictionary(Dictionary&&) = default;
  Dictionary& operator=(Dictionary&&) = default;

  // Loads `path` in `format`. Returns the first error; issues() has all of them.
  Status LoadFile(const std::string& path, DictFormat format = DictFormat::kAuto);

  // Loads every *.tsv with an isnad-dict version line found (recursively, in sorted
  // order) under the data directory's actors/, agents/, events/, cues/, discards/,
  // words/, places/ and generated/ folders.
  Status LoadDataDir(const std::string& data_dir);

  // Parses isnad TSV `contents`; `origin` names it in issues.
  Status ParseIsnadTsv(std::string_view contents, const std::string& origin);

  // Adds entries directly (used by the TABARI/PETRARCH readers and by tests).
  // Each returns the entry's index in its vector.
  uint32_t AddActor(Actor actor);
  uint32_t AddAgent(Agent agent);
  uint32_t AddEvent(EventWord event);
  uint32_t AddCue(Cue cue);
  uint32_t AddPlace(Place place);
  uint32_t AddDiscard(Discard discard);
  uint32_t AddWord(Word word);
  void AddPhrase(Phrase phrase);
  // Adds an issue (also used by the TABARI/PETRARCH readers).
  void AddIssue(Issue issue) { issues_.push_back(std::move(issue)); }

  // Index of the actor with `id`, or -1.
  int FindActor(std::string_view id) const;

  // Moves every entry, phrase, issue and count of `other` to the end of this
  // dictionary, with `other`'s entry indices shifted past this one's, so the
  // result is what loading `other`'s files into this dictionary, after what it
  // holds, would have given. An actor or place id already here keeps its first
  // entry, as AddActor() does.
  // REQUIRES: `other` was loaded only from TABARI/PETRARCH files, whose readers
  // never look up earlier entries. isnad TSV files merge actors and places with
  // the same id across files: load them with LoadFile(), in order.
  void Append(Dictionary&& other);

  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<Agent>& agents() const { return agents_; }
  const std::vector<EventWord>& events() const { return events_; }
  const std::vector<Cue>& cues() const { return cues_; }
  const std::vector<Place>& places() const { return places_; }
  const std::vector<Discard>& discards() const { return discards_; }
  const std::vector<Word>& words() const { return words_; }
  const std::vector<Phrase>& phrases() const { return phrases_; }
  const std::vector<Issue>& issues() const { return issues_; }
  DictionaryStats& mutable_stats() { return stats_; }
  const DictionaryStats& stats() const { return stats_; }

 private:
  std::vector<Actor> actors_;
  std::vector<Agent> agents_;
  std::vector<EventWord> events_;
  std::vector<Cue> cues_;
  std::vector<Place> places_;
  std::vector<Discard> discards_;
  std::vector<Word> words_;
  std::vector<Phrase> phrases_;
  std::vector<Issue> issues_;
  std::unordered_map<std::string, uint32_t> actor_ids_;
  std::unordered_map<std::string, uint32_t> place_ids_;
  DictionaryStats stats_;
  friend class IsnadTsvParser;
};

// A dictionary file parsed on its own, to be appended in order: see
// ParseIndependentFiles().
struct ParsedFile {
  bool parsed = false;  // False: an isnad TSV file, or one that could not be read or recognised.
  Status status;        // When parsed: what LoadFile() would have returned for the file.
  Dictionary dict;      // When parsed: the file's entries alone.
};

// For each of `paths` (read in `format`, kAuto = detect), parses the
// TABARI/PETRARCH files each into its own Dictionary, which may be done on
// another thread while other files load, and marks the others not parsed.
// Loading then goes in order: Append() a parsed file's dictionary and take its
// status, or LoadFile() a file not parsed. Returns one ParsedFile per path, in order.
std::vector<ParsedFile> ParseIndependentFiles(const std::vector<std::string>& paths, DictFormat format);

// The format of dictionary `contents` read from `path`: kIsnad when it has an
// isnad-dict version line, else the TABARI/PETRARCH kind (tabari.h), else kAuto.
DictFormat DetectDictFormat(const std::string& path, std::string_view contents);

// True if `code` looks like a CAMEO actor code: 3-letter groups of A-Z (and digits
// in some peer dictionaries), e.g. "ISR", "LBYMIL", "IGOUNO".
bool IsActorCode(std::string_view code);

// True if `code` is a CAMEO event code: 2 to 4 digits (a root "19", "190", "0331").
bool IsEventCode(std::string_view code);

}  // namespace isnad::lexicon

#endif  // ISNAD_LEXICON_DICTIONARY_H_
