// coder/sentence_state.h: the coder's working view of one sentence (internal to
// the coder stage): the dictionary matches it kept, the actor mentions built from
// them, the event triggers, the cues, the places and the clause structure. Built by
// BuildSentenceState (mentions.cc), read by the role rules (roles.cc) and the
// provenance rules (provenance.cc).
// Thread-safety: one SentenceState per sentence per thread.
#ifndef ISNAD_CODER_SENTENCE_STATE_H_
#define ISNAD_CODER_SENTENCE_STATE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "coder/coder.h"
#include "coder/grammar.h"
#include "lexicon/lexicon.h"
#include "text/analysis.h"

namespace isnad::coder {

// An actor mention: a name, an agent with its country, or both, over a token range.
struct Mention {
  uint32_t begin = 0;  // Token range [begin, end) (document token indices).
  uint32_t end = 0;
  std::string code;    // CAMEO actor code ("ISR", "LBYMIL", "GOV" for an agent with no country).
  lexicon::ActorType type = lexicon::ActorType::kOther;
  bool has_country = false;  // The code starts with a country/IGO/organization prefix.
  bool agent_only = false;   // Only a role word (no name, no demonym): "officials".
  bool definite = false;     // Carries the article or a demonstrative (a candidate for coreference).
  std::string agent;         // Agent code when the mention has one ("MIL").
  int group = -1;            // Compound group (mentions joined by and/و/et/commas).
  uint32_t marker = kGNone;  // Grammar classes of the preposition that governs it (clitic or word).
  bool locative = false;     // Governed by a locative preposition: a place, not an actor.
  int actor_index = -1;      // The lexicon actor, when a name matched.
  int agent_index = -1;      // The lexicon agent, when the mention has one.
  std::string base_code;     // The actor's own code before an agent was combined with it.
  bool agent_before = false; // The agent word precedes the name ("lawmakers in Arnor").
};

struct Trigger {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::vector<uint32_t> verb_events;  // Lexicon event indices read as a verb.
  std::vector<uint32_t> noun_events;  // Lexicon event indices read as a noun/phrase.
  bool verb = false;                  // The reading chosen.
};

struct CueMark {
  uint32_t begin = 0;
  uint32_t end = 0;
  lexicon::CueKind kind = lexicon::CueKind::kReport;
  // The cue opens a complement clause: a complementizer (أن, that, que) follows
  // it within its clause, after at most a noun phrase.
  bool takes_clause = false;
};

struct PlaceMark {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::vector<uint32_t> places;  // Lexicon place indices (several when the name is ambiguous).
};

struct SentenceState {
  const text::AnalyzedDocument* doc = nullptr;
  const text::Sentence* sentence = nullptr;
  const lexicon::Lexicon* lexicon = nullptr;
  const Grammar* grammar = nullptr;
  std::string date;  // Document date, for dated actor codes.
  uint32_t begin = 0, end = 0;  // Token range of the sentence.
  // Distinct for every BuildSentenceState call in the process (0: not built by
  // it): the key of per-sentence memos.
  uint64_t serial = 0;

  std::vector<lexicon::Match> matches;  // All matches but word entries (kWord), as the lexicon found them.
  lexicon::TokenSyms syms;              // The tokens' symbols, as the lexicon looked them up.
  // Per token (index - begin):
  std::vector<uint32_t> classes;  // Grammar classes (word and clitics).
  std::vector<int> mention_at;    // Mention covering the token, or -1.
  std::vector<int> trigger_at;    // Trigger covering the token, or -1.
  std::vector<int> cue_at;        // Cue covering the token, or -1.
  std::vector<int> clause;        // Clause number of the token.
  // Bytes rather than std::vector<bool>: reset and written per token, where
  // the bit vector's masking and its out-of-line fill cost more than they save.
  std::vector<uint8_t> boundary;  // 1: the token ends or opens a clause.
  std::vector<uint8_t> discard;   // 1: a discard phrase covers the token.
  bool any_discard = false;       // Some token of `discard` is set.

  std::vector<Mention> mentions;
  std::vector<Trigger> triggers;
  std::vector<CueMark> cues;
  std::vector<PlaceMark> places;
  int group_count = 0;
  // EventFacts(*lexicon) (roles.h), set by the Coder that built them (not by
  // BuildSentenceState); null: the rules find the facts from the events.
  const std::vector<uint8_t>* event_facts = nullptr;

  const text::Token& tok(uint32_t i) const { return doc->tokens[i]; }
  uint32_t cls(uint32_t i) const { return classes[i - begin]; }
  int mention(uint32_t i) const { return mention_at[i - begin]; }
  int trigger(uint32_t i) const { return trigger_at[i - begin]; }
  int cue(uint32_t i) const { return cue_at[i - begin]; }
  int clause_of(uint32_t i) const { return clause[i - begin]; }
  bool is_punct(uint32_t i) const { return tok(i).kind == text::TokenKind::kPunct; }
  // The same views as doc->Stem(tok(i)) and doc->Surface(tok(i)), built
  // without substr's range check (a token's spans lie inside its document by
  // construction), which GCC left as a call on every use.
  std::string_view stem(uint32_t i) const { return lexicon::StemKey(*doc, tok(i)); }
  std::string_view surface(uint32_t i) const {
    const text::Token& t = tok(i);
    return std::string_view(doc->text.data() + t.begin, t.end - t.begin);
  }
};

// Fills `*state` for `sentence`: matches, selection, grammar classes, mentions,
// compounds, triggers, cues, places, clauses. Appends reasoning to `trace` if set.
// `classes_by_sym`, when not null, is Grammar::ClassesBySym(lexicon) of the
// sentence's language (the same classes, found without hashing the tokens).
void BuildSentenceState(const lexicon::Lexicon& lexicon, const text::AnalyzedDocument& doc,
                        const text::Sentence& sentence, const std::string& doc_date, SentenceState* state,
                        Trace* trace, const std::vector<uint32_t>* classes_by_sym = nullptr);

// French nouns of a part of a country or of its ground ("nord", "province",
// "région", "eaux"); `norm` is the normalized word.
bool FrenchPlaceNoun(std::string_view norm);

// The country/organization prefix of an actor code ("LBYMIL" -> "LBY"), or "".
std::string CountryPrefix(std::string_view code);

// Combines a country code and an agent code ("ISR" + "MIL" -> "ISRMIL").
std::string CombineAgent(std::string_view country_code, const lexicon::Agent& agent);

}  // namespace isnad::coder

#endif  // ISNAD_CODER_SENTENCE_STATE_H_
