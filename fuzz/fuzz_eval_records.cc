// Fuzzes the PETRARCH XML record reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "eval/petrarch_records.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto set = isnad::eval::ParsePetrarchRecords(text, "fuzz.xml");
  if (set.ok()) (void)set->Evaluated();
  return 0;
}
