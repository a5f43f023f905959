// coder/provenance.h: according to whom, how sure, when and where (internal to the
// coder stage). Attribution chains from reporting verbs and prepositions, the
// certainty of each claim, dates resolved against the document date, and event
// locations from the gazetteer.
// Thread-safety: a DocumentContext belongs to one document being coded.
#ifndef ISNAD_CODER_PROVENANCE_H_
#define ISNAD_CODER_PROVENANCE_H_

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "coder/sentence_state.h"
#include "events/event.h"

namespace isnad::coder {

// What carries over from sentence to sentence within a document.
struct DocumentContext {
  std::string doc_date;                          // ISO date of the document, or "".
  std::string last_date;                         // Last date resolved in the text.
  std::vector<events::Attribution> last_chain;   // Last attribution chain seen.
  std::set<std::string> countries_seen;          // Countries named so far (for place ambiguity).
  std::string focus_code;                        // Actor in focus (last subject), for dropped subjects.
  std::string focus_text;
  std::vector<std::pair<std::string, std::string>> recent;  // (agent, full code) of recent actors.
};

// The attribution chain of sentence `st` (possibly inherited from the previous
// sentence through "this source" / "هذا المصدر"), and whether it hedges.
// One attributing expression of a sentence: a reporting verb or preposition and
// the links it names.
struct AttributionSource {
  uint32_t cue_begin = 0;                    // Token where the verb or preposition is.
  std::vector<events::Attribution> links;
  bool hedged = false;                       // An unnamed/unknown source or a hedging verb.
};
struct SentenceAttribution {
  std::vector<AttributionSource> sources;
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // Token ranges of the attribution phrases.
  // The chain that applies to a trigger at token `pos`: the sources before it, in
  // order; or, when none precedes it, a reporting verb after it ("..., the
  // official said"). Sets `*hedged`.
  std::vector<events::Attribution> ChainFor(uint32_t pos, bool* hedged) const;
  // Whether ChainFor(pos, hedged) is not empty, with the same `*hedged`,
  // without copying the chain.
  bool HasChainFor(uint32_t pos, bool* hedged) const;

 private:
  // Calls `take` with each source of ChainFor's chain, in order.
  template <typename Take>
  void ForEachChainSource(uint32_t pos, bool* hedged, Take take) const;
};
SentenceAttribution FindAttribution(const SentenceState& st, DocumentContext* ctx);

// Certainty of trigger `t` given the sentence's attribution.
events::Certainty FindCertainty(const SentenceState& st, const Trigger& t, const SentenceAttribution& attribution,
                                bool* negated);

// Date of trigger `t`: the date expression nearest to it in the sentence (as
// precise as the text allows) or nullopt; sets `*date_text`.
std::optional<std::string> FindDate(const SentenceState& st, const Trigger& t, DocumentContext* ctx,
                                    std::string* date_text);

// Location of trigger `t`: a place governed by a locative preposition in the
// sentence, ambiguity resolved from the countries seen in the document.
std::optional<events::Location> FindLocation(const SentenceState& st, const Trigger& t,
                                             const DocumentContext& ctx);

}  // namespace isnad::coder

#endif  // ISNAD_CODER_PROVENANCE_H_
