// store/row_values.h: the column values both backends (store.cc for SQLite,
// pg_store.cc for PostgreSQL) derive from a coded document in the same way.
// Not part of the store's API.
#ifndef ISNAD_STORE_ROW_VALUES_H_
#define ISNAD_STORE_ROW_VALUES_H_

#include <string>
#include <string_view>

#include "events/event.h"
#include "store/store.h"

namespace isnad::store::internal {

// actors.type of an actor code: "igo", "ngo", "img", "mnc" or "uis" for codes
// of those kinds, "country" for any other 3-letter code, else "agent".
std::string ActorType(std::string_view code);

// The outlet a mention is counted under: the document's source, else the
// first outlet of the event's attribution chain, else "".
std::string OutletOf(const DocumentInput& input, const events::Event& event);

}  // namespace isnad::store::internal

#endif  // ISNAD_STORE_ROW_VALUES_H_
