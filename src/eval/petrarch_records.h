// eval/petrarch_records.h: reads PETRARCH's XML record files: the validation
// suite (PETR_Validate_records_*.xml: an <Environment> naming the dictionaries, then
// <Sentence> records with the expected <EventCoding>s) and newswire samples in the
// same format without codings. Used by `isnad eval` and the tests to score isnad
// against the field's own validation records. Outside the coding pipeline.
//
// The files in the wild are not always well-formed XML (unescaped `&` and `<` in
// text, `<PLEvent {json}>` lines, `date = "..."` with blanks around `=`, records
// left open), so this is a small tolerant hand parser, not an XML library: what
// it cannot read becomes an Issue with "file:line" and reading goes on.
// Thread-safety: pure functions.
#ifndef ISNAD_EVAL_PETRARCH_RECORDS_H_
#define ISNAD_EVAL_PETRARCH_RECORDS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/dictionary.h"
#include "util/status.h"

namespace isnad::eval {

// One <EventCoding eventcode=".." sourcecode=".." targetcode=".."/>. Codes are as
// written ("050", "FRO/BIL/SAM", "---REL", "+++"); a missing attribute is "".
struct ExpectedEvent {
  std::string event_code;
  std::string source_code;
  std::string target_code;
};

// One <Sentence> record.
struct PetrarchRecord {
  std::string id;        // id attribute ("DEMO-01", "AFP_ARB_20000715.0015_1").
  std::string category;  // category attribute ("DEMO"), or "".
  std::string date;      // ISO "1995-01-01" from date="19950101"; "" when missing or invalid.
  std::string source;    // source attribute ("afp"), or "".
  // evaluate attribute; true when absent (a record is scored unless it says
  // evaluate="false").
  bool evaluate = true;
  // Expectations: `no_events` is true for <EventCoding noevents="True"/> (the
  // record must code nothing); otherwise `expected` lists the events, in file
  // order. A record with neither (newswire) has has_codings == false.
  bool has_codings = false;
  bool no_events = false;
  std::vector<ExpectedEvent> expected;
  // <EventCoding error="sentencediscard"/> (also "storydiscard", "dateline",
  // "bad_input_parse"): the coder must reject the record for this reason; "" if not.
  std::string expected_error;
  // The <Text>, entities decoded, whitespace runs collapsed to one space, trimmed.
  std::string text;
  // <Config option=".." value=".."/> elements met since the previous record, in
  // order (the validation suite changes coder options between records).
  std::vector<std::pair<std::string, std::string>> config;
  size_t line = 0;  // Line of the <Sentence> tag.
};

// The <Environment> block of a validation file (file names as written).
struct PetrarchEnvironment {
  std::string verb_file;
  std::vector<std::string> actor_files;
  std::string agent_file;
  std::string discard_file;
  std::string pico_file;
  std::string error_file;
  std::vector<std::string> include;  // <Include> categories ("DEMO", "ACTOR", ...).
  bool present = false;
};

struct PetrarchRecordSet {
  PetrarchEnvironment environment;
  std::vector<PetrarchRecord> records;
  // Problems met while reading, with "origin:line"; reading went on.
  std::vector<lexicon::Issue> issues;

  // Records whose category is in environment.include (all of them when the file has
  // no <Include>) and that are not evaluate="false".
  std::vector<const PetrarchRecord*> Evaluated() const;
};

// Parses `contents`; `origin` names it in issues. Never fails on malformed input:
// everything that cannot be read is an issue. Returns Corruption only when the
// input holds no <Sentence> at all and is not empty of text.
StatusOr<PetrarchRecordSet> ParsePetrarchRecords(std::string_view contents, const std::string& origin);

// Reads and parses `path` (at most 256 MiB).
StatusOr<PetrarchRecordSet> ReadPetrarchRecords(const std::string& path);

}  // namespace isnad::eval

#endif  // ISNAD_EVAL_PETRARCH_RECORDS_H_
