// fuzz/fuzz_ingest_driver.h: the body shared by the reader fuzz targets. Feeds
// arbitrary bytes (plain or gzip) to one reader and reads every item, checking the
// reader contract: it ends, and every document it yields without an error has
// non-empty, valid UTF-8 text within the size limit.
#ifndef ISNAD_FUZZ_FUZZ_INGEST_DRIVER_H_
#define ISNAD_FUZZ_FUZZ_INGEST_DRIVER_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/readers_internal.h"
#include "util/utf8.h"

namespace isnad::fuzz {

// `make_reader(name, input, options)` is one of the New*Reader constructors.
template <typename MakeReader>
void FuzzReader(const uint8_t* data, size_t size, MakeReader make_reader) {
  using namespace isnad::ingest;
  ReaderOptions options;
  // Small limits so that the size checks and the zip-bomb guard are reached.
  options.max_document_bytes = size_t{1} << 20;
  options.max_inflated_member_bytes = size_t{4} << 20;
  options.repair_utf8 = size % 2 == 0;
  auto reader =
      make_reader("fuzz", MemoryInput(std::string(reinterpret_cast<const char*>(data), size), options), options);
  ReadItem item;
  size_t items = 0;
  while (reader->Next(&item)) {
    // Each item consumes at least one byte of (inflated) input: deflate expands
    // at most 1032 times, so more items than this is an endless loop.
    if (++items > size * 1100 + 16) std::abort();
    if (!item.error.ok()) continue;
    if (item.doc.text.empty() || item.doc.text.size() > options.max_document_bytes ||
        !isnad::utf8::IsValid(item.doc.text)) {
      std::abort();
    }
  }
}

}  // namespace isnad::fuzz

#endif  // ISNAD_FUZZ_FUZZ_INGEST_DRIVER_H_
