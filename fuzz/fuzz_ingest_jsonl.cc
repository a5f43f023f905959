// fuzz_ingest_jsonl: feeds arbitrary bytes (plain or gzip) to the jsonl reader
// and reads every item. Checks the reader contract: it ends, and every document
// it yields without an error has non-empty, valid UTF-8 text within the size
// limit.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/readers_internal.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace isnad::ingest;
  ReaderOptions options;
  // Small limits so that the size checks and the zip-bomb guard are reached.
  options.max_document_bytes = size_t{1} << 20;
  options.max_inflated_member_bytes = size_t{4} << 20;
  options.repair_utf8 = size % 2 == 0;
  auto reader = NewJsonlReader(
      "fuzz",
      MemoryInput(std::string(reinterpret_cast<const char*>(data), size),
                  options),
      options);
  ReadItem item;
  size_t items = 0;
  while (reader->Next(&item)) {
    // Each item consumes at least one byte of (inflated) input: deflate
    // expands at most 1032 times, so more items than this is an endless loop.
    if (++items > size * 1100 + 16) std::abort();
    if (!item.error.ok()) continue;
    if (item.doc.text.empty() ||
        item.doc.text.size() > options.max_document_bytes ||
        !isnad::utf8::IsValid(item.doc.text)) {
      std::abort();
    }
  }
  return 0;
}
