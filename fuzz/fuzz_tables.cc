// Fuzzes the readers of isnad's versioned tables (data/cameo): the CAMEO and
// PLOVER tables and the modality table, all read through util/versioned_table.
// The input is split at its first form feed: the CAMEO text before it, the
// PLOVER text after it; the modality table reads the whole input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "coder/modality.h"
#include "events/cameo.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t ff = text.find('\f');
  std::string_view cameo = text.substr(0, ff);
  std::string_view plover = ff == std::string_view::npos ? std::string_view() : text.substr(ff + 1);
  auto table = isnad::events::CameoTable::Parse(cameo, "cameo.tsv", plover, "plover.tsv");
  if (table.ok()) (void)table->Lookup("190");
  auto modality = isnad::coder::ModalityTable::Parse(text, "modality.tsv");
  if (modality.ok()) {
    for (std::string_view code : {"01", "072", "0841", "190", "1953"}) {
      (void)modality->FutureCode(code);
      (void)modality->RefusalCode(code);
    }
  }
  return 0;
}
