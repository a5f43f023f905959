// lexicon/tabari.h: readers for the dictionaries of TABARI and PETRARCH (1, 2 and
// UniversalPetrarch): actors, agents, verbs (with synonym sets and patterns) and
// discards, read as those programs read them and turned into isnad entries
// (entries.h documents how patterns, paired codes and null codes are represented).
// Third stage of the pipeline.
//
// What every reader shares:
//  - Comments: `#` and `;` to the end of the line (not inside `[...]`, so `[###]`
//    is a code), `<!-- ... -->` on one line or across lines, and lines starting
//    with `<!`. Blank lines are skipped; a UTF-8 BOM and CRs are dropped.
//  - Names: `_` joins words (`NEW_ZEALAND` is "NEW ZEALAND"); a final `_`
//    (TABARI's word-boundary mark, `ARNOR_`) is dropped: names are matched as
//    whole words, as PETRARCH matches them. Text is kept as written (upper case
//    in the English files); the compile step normalizes it.
//  - Language: a phrase with Arabic letters is Arabic; other actor names are for
//    every language (text::Lang::kUnknown); other agents, verbs and discards are
//    English.
//  - Dates: YYMMDD or YYYYMMDD; two-digit years are read as TABARI and PETRARCH
//    read them: 00-30 are 2000-2030, 31-99 are 1931-1999. Days are checked.
//  - Errors and warnings: every problem is an Issue "file:line: message" in the
//    Dictionary; the reader goes on with the next line. Errors lose information
//    (a line or a code that cannot be read); warnings are read with a guess or as
//    the peer program would read them (a lowercase code, a range ending before it
//    starts, an undefined synset: PETRARCH skips that pattern, so do we).
//    Duplicate and conflicting entries are reported by LintDictionary (lint.h).
//
// Per kind (details in the design note of each tabari_*.cc):
//  - actors: `NAME [CODE]`, `+SYNONYM`, code lines `[CODE <DATE]`, `[CODE >DATE]`,
//    `[CODE D1-D2]`, `[CODE]`, on the name line or on the following lines. One
//    Actor per entry, codes in priority order (entries.h: Actor::codes).
//  - agents: `NAME {PLURALS} [~AGT]` or `[AGT~]`, `!SET! = A, B` substitutions;
//    one Agent per line, regular plurals unless `{}`.
//  - verbs: `&SYNSET` + `+MEMBER` lines, `--- BLOCK [CODE] ---` blocks of verb
//    lines `VERB {FORMS} [CODE]` and pattern lines `- ... * ... [CODE]`; one
//    EventWord per verb line; the block's patterns on its first verb.
//  - discards: `PHRASE` (sentence) and `+PHRASE` (story); without a final `_` the
//    last word is a stem.
// Thread-safety: pure functions over the Dictionary passed in.
#ifndef ISNAD_LEXICON_TABARI_H_
#define ISNAD_LEXICON_TABARI_H_

#include <string>
#include <string_view>

#include "lexicon/dictionary.h"
#include "util/status.h"

namespace isnad::lexicon {

// Guesses the TABARI/PETRARCH kind of `contents` from its shape (block headers,
// patterns or synsets: verbs; `[~AGT]` codes or `!SET! =` lines: agents; other
// `[CODE]` brackets: actors), then from the file name ("verb"/"cameo", "agent",
// "actor", "discard"); a file of bare phrases is a discard list. Returns kAuto
// when it cannot tell (an empty file with an uninformative name).
DictFormat DetectTabariFormat(const std::string& path, std::string_view contents);

// Parses `contents` in `format` (one of the kTabari* values) into `*dict`; `origin`
// names the file in issues. Entries are added even when some lines are malformed.
// Returns the first error issue of this file as Corruption (OK when there is none;
// warnings do not fail), or InvalidArgument for a format that is not kTabari*.
// Every issue is in dict->issues(). `contents` need not outlive the call.
Status ParseTabari(DictFormat format, std::string_view contents, const std::string& origin,
                   Dictionary* dict);

}  // namespace isnad::lexicon

#endif  // ISNAD_LEXICON_TABARI_H_
