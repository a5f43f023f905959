// coder/coder.h: turns analyzed sentences and a compiled lexicon into CAMEO
// events: triggers (verbs and event nouns), source and target by per-language
// word order and prepositions, compound actors expanded, negation, attribution,
// certainty, dates and places. Fourth stage of the pipeline (ingest -> text ->
// lexicon -> coder -> events -> store -> serve).
//
// No external parser: a shallow analysis of our own (mentions, clauses, role
// markers) decides the roles; see the design note in coder.cc and the rules in
// roles.cc, each named after the rule of grammar or of the CAMEO codebook it
// implements.
// Thread-safety: a Coder is immutable after construction; Code() is const and may
// be called from many threads at once.
#ifndef ISNAD_CODER_CODER_H_
#define ISNAD_CODER_CODER_H_

#include <memory>
#include <string>
#include <vector>

#include "coder/grammar.h"
#include "events/event.h"
#include "ingest/document.h"
#include "lexicon/lexicon.h"
#include "lexicon/pico.h"
#include "text/analysis.h"

namespace isnad::coder {

class ModalityTable;  // coder/modality.h

struct CoderOptions {
  // Emit events whose certainty is `negated` (default false: they are left out).
  bool keep_negated = false;
  // Emit events with only one known actor (default false: CAMEO events are dyadic).
  bool allow_missing_actor = false;
  // At most this many events a sentence (default 12); the rest are dropped and
  // counted in the trace, so one run-on sentence cannot explode.
  size_t max_events_per_sentence = 12;
  // The PETRARCH internal coding ontology (default null: none). When set, a verb
  // that governs another event verb ("promised to attack") is coded as the PICO
  // combination of both codes. Must outlive the Coder.
  const lexicon::PicoTable* pico = nullptr;
  // The intent/threat table of acts announced for the future (default null: a
  // future act keeps its code and is hypothetical, as the TABARI/PETRARCH
  // validation expects). When set, "Paris livrera", "will attack", سيزور are coded
  // as intents (03) or threats (13); see coder/modality.h. Must outlive the Coder.
  const ModalityTable* modality = nullptr;
};

// A human-readable account of how a document was coded, for `isnad explain`.
// Each line is one fact: a token, a match, a mention, a rule that fired or blocked.
struct Trace {
  std::vector<std::string> lines;
  void Add(std::string line) { lines.push_back(std::move(line)); }
};

class Coder {
 public:
  // `lexicon` must outlive the Coder.
  Coder(const lexicon::Lexicon& lexicon, const CoderOptions& options);
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  // Codes every non-boilerplate sentence of `analyzed` (the analysis of `doc`) and
  // appends the events to `*out`. Events carry the CAMEO code and trigger but not
  // the table fields (name, root, Goldstein, PLOVER): events::CameoTable fills
  // those. When `trace` is not null, the reasoning is appended to it.
  void Code(const ingest::Document& doc, const text::AnalyzedDocument& analyzed, std::vector<events::Event>* out,
            Trace* trace = nullptr) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace isnad::coder

#endif  // ISNAD_CODER_CODER_H_
