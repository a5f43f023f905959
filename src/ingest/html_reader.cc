// The HTML reader: the whole input is one page; its main article text becomes
// one document whose id is the file stem (see html_extract.h for the
// extraction).
#include "ingest/html_extract.h"
#include "ingest/readers_internal.h"

namespace isnad::ingest {
namespace {

class HtmlReader : public OneDocumentReader {
 public:
  using OneDocumentReader::OneDocumentReader;

 private:
  void MakeDocument(std::string bytes, ReadItem* item) override {
    HtmlOptions html_options;
    html_options.repair_utf8 = options().repair_utf8;
    auto page = ExtractHtml(bytes, html_options);
    if (!page.ok()) {
      item->error = page.status();
      return;
    }
    item->doc.text = std::move(page->text);
    item->doc.title = std::move(page->title);
    item->doc.url = std::move(page->url);
    item->doc.source = std::move(page->site_name);
    item->doc.lang = std::move(page->lang);
    item->doc.date = page->date.empty() ? options().default_date : page->date;
    item->error = CheckDocumentText(options(), &item->doc);
  }
};

}  // namespace

std::unique_ptr<DocumentReader> NewHtmlReader(
    const std::string& name, std::unique_ptr<BufferedInput> input,
    const ReaderOptions& options) {
  return std::make_unique<HtmlReader>(name, std::move(input), options);
}

}  // namespace isnad::ingest
