// lexicon/isnad_writer.h: writes a Dictionary's actors, agents, events and
// discards as isnad's own TSV dictionaries (docs/formats.md), for `isnad dict
// import`: a TABARI/PETRARCH dictionary loaded with tabari.h comes out as files
// that Dictionary::LoadFile reads back. Third stage of the pipeline (lexicon).
//
// What isnad's format cannot say is left out and counted in IsnadFiles::lost:
//  - actor codes that are not plain CAMEO codes ("---", "+++", "FRO/BIL/SAM");
//    an actor left with no code at all is still written (its names are kept);
//  - agent codes that are not plain CAMEO codes;
//  - event words and patterns whose code is null ([---]) or not a CAMEO code
//    ("075A"), the reverse code of paired events ([042:043] keeps 042), the
//    TABARI/PETRARCH unlimited gap between pattern elements (isnad allows 3
//    tokens), compound (%) elements (the pattern is dropped), skip (^) elements
//    (dropped from the pattern), the grouping of noun and prepositional phrases
//    (their words are written as successive elements), consecutive multi-word
//    alternatives (written as successive elements when an element has only one
//    alternative, else the pattern is dropped);
//  - the stem flag of discards (PETRARCH's prefix match);
//  - names containing `|` or a TAB.
// Verbs are written as `verb` lines with the lemma first and every other form
// after it, so isnad's own inflection may add forms PETRARCH did not generate.
// Thread-safety: pure functions.
#ifndef ISNAD_LEXICON_ISNAD_WRITER_H_
#define ISNAD_LEXICON_ISNAD_WRITER_H_

#include <map>
#include <string>

#include "lexicon/dictionary.h"
#include "util/status.h"

namespace isnad::lexicon {

struct IsnadWriteOptions {
  // Prefix of generated actor ids ("tabari_afghanistan"). Default "tabari".
  std::string id_prefix = "tabari";
};

// The four files' contents, each starting with its version line; a kind with no
// entries has just its version line.
struct IsnadFiles {
  std::string actors;
  std::string agents;
  std::string events;
  std::string discards;
  // What could not be written, by reason (see above), with counts.
  std::map<std::string, size_t> lost;
};

IsnadFiles WriteIsnad(const Dictionary& dict, const IsnadWriteOptions& options = {});

// Writes the files as actors.tsv, agents.tsv, events.tsv and discards.tsv under
// `dir` (which must exist), skipping kinds with no entries. Returns IoError on failure.
Status WriteIsnadDir(const Dictionary& dict, const std::string& dir, const IsnadWriteOptions& options = {},
                     IsnadFiles* files = nullptr);

}  // namespace isnad::lexicon

#endif  // ISNAD_LEXICON_ISNAD_WRITER_H_
