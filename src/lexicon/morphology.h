// lexicon/morphology.h: regular inflection of dictionary verbs, so a dictionary
// names a lemma once and matches the forms news uses. Third stage of the pipeline.
//
// English: lemma -> 3sg -s/-es/-ies, past -ed/-d/-ied, gerund -ing (e-final drop);
// irregular forms are listed by the dictionary. French: first-group -er verbs ->
// present 3sg/3pl, participle (4 agreements), imparfait, futur, conditionnel and
// passé simple 3sg/3pl, present participle, with the -cer/-ger spelling rules;
// other groups are listed by the dictionary. Arabic: from the past and imperfect
// third person masculine singular, the third persons of the past and imperfect
// (singular, dual, plural; subjunctive/jussive plural), the first persons of the
// imperfect and the first person plural of the past, with defective (final ى/ا/ي)
// stems handled.
// Thread-safety: pure functions.
#ifndef ISNAD_LEXICON_MORPHOLOGY_H_
#define ISNAD_LEXICON_MORPHOLOGY_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/lang.h"

namespace isnad::lexicon {

// Appends to `*out` the forms listed in `forms` (as given) and the regular
// inflections generated from them for `lang` (see above). Duplicates are removed;
// order is stable (given forms first).
void InflectVerb(text::Lang lang, const std::vector<std::string_view>& forms,
                 std::vector<std::string>* out);

}  // namespace isnad::lexicon

#endif  // ISNAD_LEXICON_MORPHOLOGY_H_
