// Fuzzes isnad's dictionary TSV reader, then lints what it read.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lexicon/dictionary.h"
#include "lexicon/lint.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  isnad::lexicon::Dictionary dict;
  (void)dict.ParseIsnadTsv(text, "fuzz.tsv");
  (void)isnad::lexicon::LintDictionary(dict);
  return 0;
}
