// events/event.h: the event record, isnad's output unit (one JSONL line each; see
// DESIGN.md "The event record"). Fifth stage of the pipeline: the coder fills these,
// the writers and the store consume them.
// Thread-safety: a plain value type.
#ifndef ISNAD_EVENTS_EVENT_H_
#define ISNAD_EVENTS_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace isnad::events {

// How sure the text is that the event happened (DESIGN.md, certainty).
enum class Certainty : uint8_t {
  kAsserted,      // Stated as fact by the text itself.
  kReported,      // Attributed to someone (said, according to, reported).
  kAlleged,       // Hedged: suggested, suspected, reportedly, an unnamed source.
  kHypothetical,  // Future, conditional, intended, warned against.
  kNegated,       // Denied or said not to have happened.
};
// "asserted", "reported", "alleged", "hypothetical", "negated".
const char* CertaintyName(Certainty c);

// One actor of an event: the CAMEO actor code and the text it was found in.
struct EventActor {
  std::string code;       // "ISR", "LBYMIL", "IGOUNO"; empty when unknown.
  std::string text;       // The words of the mention, as in the document.
  uint32_t begin = 0;     // Byte span of the mention in the document text.
  uint32_t end = 0;
};

// One link of the attribution chain.
struct Attribution {
  std::string text;       // "العربي الجديد", "a military source", "Consortium News".
  std::string kind;       // "outlet", "person", "source" or "author".
};

struct Location {
  std::string name;       // As in the text.
  std::string country;    // ISO-3166 alpha-3 / CAMEO country code, e.g. "JOR".
  std::optional<double> lat;
  std::optional<double> lon;
  // Other readings when the name is ambiguous (عمان: Amman, JOR / Oman, OMN).
  std::vector<std::string> alternatives;
};

struct Event {
  std::string doc_id;
  uint32_t sentence_index = 0;   // 0-based index among the document's sentences.
  std::string sentence;          // The sentence text.
  std::string lang;              // "ar", "fr", "en".
  uint32_t span_begin = 0;       // Byte span of the sentence in the document text.
  uint32_t span_end = 0;
  EventActor source;
  EventActor target;
  // The event: CAMEO code (3 or 4 digits) and the trigger words. Name, root, quad
  // class, Goldstein score and PLOVER fields are filled from the CAMEO table by
  // events::CameoTable::Annotate.
  std::string code;
  std::string trigger_text;
  uint32_t trigger_begin = 0;
  uint32_t trigger_end = 0;
  std::string root;              // "07"
  std::string name;              // "Provide military aid"
  int quad_class = 0;            // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.
  std::optional<double> goldstein;
  std::string plover_type;       // "AID"; empty when CAMEO code has no PLOVER event.
  std::string plover_mode;       // empty = null.
  std::optional<std::string> date;  // ISO 8601, as precise as the text allows.
  std::string date_text;
  std::optional<Location> location;
  std::vector<Attribution> attribution;
  Certainty certainty = Certainty::kAsserted;
  bool background = false;
};

}  // namespace isnad::events

#endif  // ISNAD_EVENTS_EVENT_H_
