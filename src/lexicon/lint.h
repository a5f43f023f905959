// lexicon/lint.h: counts and checks a loaded Dictionary for `isnad dict lint`:
// entries per kind, and the problems a dictionary author wants to know about:
// lines the loader could not read (its issues), the same phrase listed twice,
// the same phrase with conflicting codes, and patterns that can never be chosen.
// Third stage of the pipeline (lexicon), used before compilation.
// Thread-safety: pure functions over a Dictionary that is not being modified.
#ifndef ISNAD_LEXICON_LINT_H_
#define ISNAD_LEXICON_LINT_H_

#include <cstdio>
#include <string>
#include <vector>

#include "lexicon/dictionary.h"

namespace isnad::lexicon {

// What a problem is about.
enum class ProblemKind : uint8_t {
  kMalformed,    // A line the loader could not read, or read with a guess (loader issue).
  kDuplicate,    // The same phrase for the same kind twice, with the same code.
  kConflict,     // The same phrase for the same kind with different codes.
  kUnreachable,  // A pattern identical to an earlier one of the same verb (it is never
                 // chosen), a pattern dropped for an undefined synset, a date range that
                 // never holds, a code that can never be used.
};
const char* ProblemKindName(ProblemKind kind);

struct Problem {
  ProblemKind kind = ProblemKind::kMalformed;
  Issue issue;  // Severity, "file:line" and message.
};

struct DictionaryReport {
  size_t files = 0;
  size_t lines = 0;
  size_t entries[kEntryKindCount] = {};  // Indexed by EntryKind.
  size_t phrases = 0;
  size_t patterns = 0;         // Event patterns (after synset expansion).
  size_t dated_codes = 0;      // Actor codes limited in time.
  std::vector<Problem> problems;  // Loader issues first (file order), then lint findings.

  size_t Count(ProblemKind kind) const;
  size_t errors() const;
  size_t warnings() const;
};

// Counts the entries of `dict` and checks it. Phrases are compared after ASCII
// case folding and blank collapsing (the compile step normalizes more; this is a
// lint, not the matcher).
DictionaryReport LintDictionary(const Dictionary& dict);

// The report as text: counts, problems per kind, then at most `max_listed`
// problems, one a line ("file:line: warning: message"). 0 lists all.
std::string FormatReport(const DictionaryReport& report, size_t max_listed = 50);

// Writes FormatReport(report, max_listed) to `out`.
void PrintReport(const DictionaryReport& report, std::FILE* out, size_t max_listed = 50);

}  // namespace isnad::lexicon

#endif  // ISNAD_LEXICON_LINT_H_
