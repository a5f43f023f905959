#include "events/event.h"

namespace isnad::events {

const char* CertaintyName(Certainty c) {
  switch (c) {
    case Certainty::kAsserted: return "asserted";
    case Certainty::kReported: return "reported";
    case Certainty::kAlleged: return "alleged";
    case Certainty::kHypothetical: return "hypothetical";
    case Certainty::kNegated: return "negated";
  }
  return "asserted";
}

}  // namespace isnad::events
