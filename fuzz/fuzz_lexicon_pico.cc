// Fuzzes the PICO ontology reader and the conversions over what it read.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lexicon/pico.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<isnad::lexicon::Issue> issues;
  auto table = isnad::lexicon::PicoTable::Parse(text, "fuzz.txt", &issues);
  if (!table.ok()) return 0;
  for (const auto& [code, value] : table->entries()) {
    (void)table->ToCameo(value);
    (void)table->ToCameo(value ^ 0x00F0);
    (void)table->CombineCameo(code, table->entries().front().first);
  }
  return 0;
}
