#include "store/event_store.h"

#include <cstdio>

namespace isnad::store {

std::string ContentHash(std::string_view text) {
  __extension__ typedef unsigned __int128 u128;
  const u128 prime = (static_cast<u128>(0x0000000001000000ULL) << 64) | 0x000000000000013BULL;
  u128 h = (static_cast<u128>(0x6c62272e07bb0142ULL) << 64) | 0x62b821756295c58dULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= prime;
  }
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h >> 64),
                static_cast<unsigned long long>(h));
  return buf;
}

IngestResult EventStore::Ingest(const DocumentInput& doc) {
  std::vector<IngestResult> results;
  Status s = IngestBatch(std::span<const DocumentInput>(&doc, 1), &results);
  if (!s.ok()) {
    IngestResult r;
    r.status = s;
    return r;
  }
  return results[0];
}

}  // namespace isnad::store
