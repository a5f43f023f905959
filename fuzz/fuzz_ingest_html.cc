// fuzz_ingest_html: the html reader under fuzz/fuzz_ingest_driver.h's contract
// check, then the HTML extractor alone with a charset as if from an HTTP header.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_ingest_driver.h"
#include "ingest/html_extract.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace isnad::ingest;
  isnad::fuzz::FuzzReader(data, size, NewHtmlReader);
  // The extractor alone, with a charset as if from an HTTP header.
  static const char* const kCharsets[] = {
      "",         "utf-8",     "windows-1256", "iso-8859-1", "iso-8859-6",
      "utf-16le", "shift_jis", "gb18030",      "bogus"};
  HtmlOptions html_options;
  html_options.http_charset = size > 0 ? kCharsets[data[0] % 9] : "";
  html_options.repair_utf8 = size % 2 == 0;
  auto page =
      ExtractHtml(std::string_view(reinterpret_cast<const char*>(data), size),
                  html_options);
  if (page.ok() && (page->text.empty() || !isnad::utf8::IsValid(page->text)))
    std::abort();
  return 0;
}
