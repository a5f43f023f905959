// eval/arabic_gsr.h: scoring isnad against the Open Event Data Alliance's Arabic
// gold standard (the format of ../shared/eval/arabic-gsr/dev): per-sentence
// detection of ASSAULT and PROTEST in <type>_gsr.csv, and class recall and actor
// agreement on the span records of <type>_spans.json. Used by
// `isnad eval arabic-gsr` and its tests. This module only reads the files and
// scores events it is given; coding the sentences is the caller's job.
//
// Definitions (docs/ACCURACY.md repeats them):
// - An event "counts as news" when its certainty is asserted, reported or alleged
//   and its background flag is false (hypothetical, negated and background events
//   do not count).
// - A sentence "detects" class T (PLOVER type, "ASSAULT") when one of its events
//   counts as news and has plover_type == T.
// - Labels: "yes" is positive; "easy no" and "difficult no" are negative;
//   "ambiguous" is left out of precision and recall (counted apart).
// - An event "codes the class" when its certainty is asserted, reported or
//   alleged, background or not: isnad saw an act of that class happen, whether
//   the sentence tells it as a new event or as a detail of one told before.
// - Span records: class recall = share of records whose sentence has an event
//   that codes the record's class. The span file annotates every act a sentence
//   tells, new or not (it holds chants and banners of a protest told before that
//   the sentence file labels "no"), so a background event finds its class; the
//   stricter share, counting only events that count as news, is kept beside it
//   (news_detected, news_class_recall). Actor agreement = among records whose
//   class is found and that give at least one role, the share where some event
//   coding the class agrees with some span (see RoleAgrees and SpanAgrees).
// Thread-safety: the readers are pure functions; a GsrScorer is not thread-safe.
#ifndef ISNAD_EVAL_ARABIC_GSR_H_
#define ISNAD_EVAL_ARABIC_GSR_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "events/event.h"
#include "util/status.h"

namespace isnad::eval {

// ---- CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks)

struct CsvRecord {
  size_t line = 0;                  // 1-based line where the record starts.
  std::vector<std::string> fields;
};

// Splits `text` into records. CRLF and LF both end a record outside quotes; a
// final line break is optional; blank lines are skipped. Errors name
// "<origin>:<line>": a quote inside an unquoted field, text after a closing
// quote, an unterminated quoted field (the line where it opened).
StatusOr<std::vector<CsvRecord>> ParseCsv(std::string_view text, std::string_view origin);

// ---- the sentence files (<type>_gsr.csv)

enum class GsrLabel {
  kYes,          // The sentence reports an event of the class: positive.
  kEasyNo,       // Clearly not: negative.
  kDifficultNo,  // Looks like one but is not (background, verbal, figurative ...): negative.
  kAmbiguous,    // Annotators disagreed: left out of the scores.
};
inline constexpr int kGsrLabelCount = 4;
// "yes", "easy no", "difficult no", "ambiguous".
const char* GsrLabelName(GsrLabel label);

struct GsrSentence {
  std::string id;          // "AAW_ARB_20071208.0036-23"
  std::string event_type;  // PLOVER type: "ASSAULT", "PROTEST".
  GsrLabel label = GsrLabel::kAmbiguous;
  std::string text;
  size_t line = 0;         // Where its record starts in the file.
};

// Reads a sentence file: a header row naming at least the columns id, label,
// text and event_type (in any order; other columns are ignored), then one row per
// sentence. Errors name "<origin>:<line>": wrong field count, a missing column,
// an unknown label, an empty id.
StatusOr<std::vector<GsrSentence>> ParseGsrCsv(std::string_view text, std::string_view origin);

// ---- the span records (<type>_spans.json)

// One side of a span: the annotators' role. `given` is false when the record
// leaves it out ({} or "UNKNOWN"); then it is not checked.
struct GsrRole {
  bool given = false;
  std::string country;  // "IRQ", "IMG", "IGO" ...; "" for "None".
  std::string agent;    // "MIL", "CVL" ...; "" for "None".
};

struct GsrSpan {
  std::vector<std::string> source_words, verb_words, target_words;
  GsrRole source, target;
};

struct GsrSpanRecord {
  std::string id;          // The "source" field: the sentence id.
  std::string event_type;  // "ASSAULT", "PROTEST".
  std::string text;
  std::vector<GsrSpan> spans;
};

// Reads a span file: a JSON array of records {"source", "event_type", "text",
// "spans": [{"source_actor", "verb", "target_actor", "source_role",
// "target_role"}]}. Errors name "<origin>: record N" (0-based) and the field.
StatusOr<std::vector<GsrSpanRecord>> ParseGsrSpans(std::string_view json, std::string_view origin);

// The date of the document a sentence comes from, read from its id
// "<SOURCE>_<LANG>_<YYYYMMDD>.<n>-<k>" (the Gigaword naming the gold keeps):
// "AAW_ARB_20080913.0007-59" -> "2008-09-13". Returns "" when the id has no
// such part or the digits are not a plausible date (month 01-12, day 01-31,
// year 1900-2099), so the sentence is coded undated rather than misdated.
std::string GsrIdDate(std::string_view id);

// ---- agreement

// A CAMEO actor code split for comparison: `country` is the first three letters
// unless they are an agent code ("" then), `agent` the first agent code among the
// three-letter parts ("" when none). "IRQMIL" -> {IRQ, MIL}; "MIL" -> {"", MIL};
// "IGOUNO" -> {IGO, ""}; "" -> {"", ""}.
struct ActorParts {
  std::string country;
  std::string agent;
};
ActorParts SplitActorCode(std::string_view code);

// True when `role` is not given, or when both parts agree with `actor_code`:
// the country equals the role's main code ("None" requires a code without a
// country) and the agent equals the role's agent ("None" requires a code without
// an agent).
bool RoleAgrees(const GsrRole& role, std::string_view actor_code);
// The same, comparing only the country part (a lenient view, reported apart).
bool RoleCountryAgrees(const GsrRole& role, std::string_view actor_code);

// True when the span gives at least one role and the event's source and target
// agree with it (RoleAgrees, source with source and target with target).
bool SpanAgrees(const GsrSpan& span, const events::Event& event);
bool SpanCountryAgrees(const GsrSpan& span, const events::Event& event);

// True when `event` is reported as news (see the definitions above).
bool CountsAsNews(const events::Event& event);

// True when `event` codes its class: asserted, reported or alleged, background
// or not (see the definitions above).
bool CodesClass(const events::Event& event);

// ---- scores

struct DetectionScore {
  std::string event_type;
  std::array<size_t, kGsrLabelCount> labelled{};  // Sentences per label.
  std::array<size_t, kGsrLabelCount> detected{};  // Of those, how many isnad detected.
  size_t true_positives = 0, false_positives = 0, false_negatives = 0, true_negatives = 0;
  double precision = 0, recall = 0, f1 = 0;  // 0 when undefined.
};

struct SpanScore {
  std::string event_type;
  size_t records = 0;
  size_t detected = 0;       // Records whose sentence has an event coding the class.
  size_t news_detected = 0;  // Records whose sentence detects the class as news.
  size_t with_roles = 0;     // Detected records with at least one given role.
  size_t agreeing = 0;       // Of those, records with an agreeing event and span.
  size_t country_agreeing = 0;
  double class_recall = 0, news_class_recall = 0, actor_agreement = 0, country_agreement = 0;
};

// One miss or false positive, for people and for analysis.
struct GsrError {
  std::string event_type;
  std::string kind;    // "miss", "false_positive", "span_miss", "actor_disagree" (and see keep_all).
  std::string label;   // The sentence's label; "span" for span records.
  std::string id;
  std::string events;  // isnad's events for the sentence, one per "; ".
  std::string text;
};

// Accumulates scores sentence by sentence.
class GsrScorer {
 public:
  // When `keep_all`, errors() also lists the right answers (kinds "true_positive",
  // "true_negative", "ambiguous", "span_hit"), for analysis.
  explicit GsrScorer(bool keep_all = false) : keep_all_(keep_all) {}

  // Scores one labelled sentence with the events isnad coded for it.
  void AddSentence(const GsrSentence& sentence, const std::vector<events::Event>& events);
  // Scores one span record with the events isnad coded for its text.
  void AddSpanRecord(const GsrSpanRecord& record, const std::vector<events::Event>& events);

  // Scores per event type, in the order types were first seen; rates computed.
  std::vector<DetectionScore> Detection() const;
  std::vector<SpanScore> Spans() const;
  const std::vector<GsrError>& errors() const { return errors_; }

 private:
  DetectionScore& DetectionFor(const std::string& type);
  SpanScore& SpansFor(const std::string& type);

  std::vector<DetectionScore> detection_;
  std::vector<SpanScore> spans_;
  std::vector<GsrError> errors_;
  bool keep_all_ = false;
};

// "ASSAULT 190 src->tgt asserted 'trigger'" for every event, joined by "; ".
std::string DescribeEvents(const std::vector<events::Event>& events);

}  // namespace isnad::eval

#endif  // ISNAD_EVAL_ARABIC_GSR_H_
