// fuzz_ingest_jsonl: the jsonl reader under fuzz/fuzz_ingest_driver.h's contract check.
#include "fuzz_ingest_driver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  isnad::fuzz::FuzzReader(data, size, isnad::ingest::NewJsonlReader);
  return 0;
}
