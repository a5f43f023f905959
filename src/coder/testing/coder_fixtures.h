// coder/testing/coder_fixtures.h: the set-up the coder's table-driven tests
// share (coder_test.cc, provenance_test.cc): a lexicon compiled from small
// dictionaries written in the test, one text coded with it, and the dyads of
// the result. Linked into tests only (isnad_coder_testing).
#ifndef ISNAD_CODER_TESTING_CODER_FIXTURES_H_
#define ISNAD_CODER_TESTING_CODER_FIXTURES_H_

#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "coder/coder.h"
#include "events/event.h"
#include "lexicon/lexicon.h"
#include "text/analyzer.h"
#include "util/status.h"

namespace isnad::testing {

// Compiles dictionaries in our TSV format, each a whole file's text with its
// version line ("isnad-dict\t1\tactors\n..."), into one lexicon. Errors: the
// parse error of the first bad text (named "test-dict-<N>.tsv", N from 1) or
// the compile error.
StatusOr<std::unique_ptr<lexicon::Lexicon>> CompileTestLexicon(std::initializer_list<const char*> tsv_texts);

// Codes `text` as one document (id "t", published on `date`, "" for none) in
// `lang`, with `lexicon` and `options`. A failed analysis is a test failure
// (and gives no events).
std::vector<events::Event> CodeText(const lexicon::Lexicon& lexicon, const std::string& text, text::Lang lang,
                                    const coder::CoderOptions& options = {}, const std::string& date = "");

// "SOURCE>TARGET:CODE" of each event, separated by spaces.
std::string Dyads(const std::vector<events::Event>& events);

}  // namespace isnad::testing

#endif  // ISNAD_CODER_TESTING_CODER_FIXTURES_H_
