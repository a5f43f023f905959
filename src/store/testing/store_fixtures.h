// store/testing/store_fixtures.h: test-only builders of event records and
// documents for the store tests of both backends (store_test.cc,
// pg_store_test.cc), so that the two build their data the same way. Linked
// into tests only (isnad_store_testing).
#ifndef ISNAD_STORE_TESTING_STORE_FIXTURES_H_
#define ISNAD_STORE_TESTING_STORE_FIXTURES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "events/event.h"
#include "store/store.h"

namespace isnad::testing {

// An English event record "SOURCE did CODE to TARGET" with every field the
// store requires: actor spans, root, name, quad class and Goldstein score (+5
// for roots up to 09, -5 above), PLOVER type (ASSAULT from root 18,
// COOPERATE up to 09, ACCUSE between), trigger "did", and `date` (nullopt: an
// undated event). doc_id is left empty: MakeDoc sets it.
// REQUIRES: code starts with two digits.
events::Event MakeEvent(const std::string& source, const std::string& target, const std::string& code,
                        std::optional<std::string> date, uint32_t sentence_index = 0);

// A document `id` ("text of <id>", English) published on `date` by `outlet`,
// holding `events` (their doc_id set to `id`), without sentences.
store::DocumentInput MakeDoc(const std::string& id, const std::string& date, const std::string& outlet,
                             std::vector<events::Event> events);

}  // namespace isnad::testing

#endif  // ISNAD_STORE_TESTING_STORE_FIXTURES_H_
