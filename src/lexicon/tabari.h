// lexicon/tabari.h: readers for the dictionaries of TABARI and PETRARCH (1, 2 and
// UniversalPetrarch): actors, agents, verbs (with synonym sets and patterns) and
// discards, read as those programs read them and turned into isnad entries.
// Third stage of the pipeline.
// Thread-safety: pure functions over the Dictionary passed in.
#ifndef ISNAD_LEXICON_TABARI_H_
#define ISNAD_LEXICON_TABARI_H_

#include <string>
#include <string_view>

#include "lexicon/dictionary.h"
#include "util/status.h"

namespace isnad::lexicon {

// Guesses the TABARI/PETRARCH kind of `contents` (from its shape, then from the
// file name: "verbs", "agents", "discards", "actors"); kAuto when it cannot tell.
DictFormat DetectTabariFormat(const std::string& path, std::string_view contents);

// Parses `contents` in `format` (one of the kTabari* values) into `*dict`; `origin`
// names the file in issues. Returns the first error; every issue is in
// dict->issues().
Status ParseTabari(DictFormat format, std::string_view contents, const std::string& origin,
                   Dictionary* dict);

}  // namespace isnad::lexicon

#endif  // ISNAD_LEXICON_TABARI_H_
