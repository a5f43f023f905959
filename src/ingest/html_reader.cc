// The HTML reader: the whole input is one page; its main article text becomes
// one document whose id is the file stem (see html_extract.h for the
// extraction).
#include "ingest/html_extract.h"
#include "ingest/readers_internal.h"

namespace isnad::ingest {
namespace {

class HtmlReader : public DocumentReader {
 public:
  HtmlReader(std::string name, std::unique_ptr<BufferedInput> input,
             ReaderOptions options)
      : name_(std::move(name)),
        input_(std::move(input)),
        options_(std::move(options)) {}

  bool Next(ReadItem* item) override {
    if (done_) return false;
    done_ = true;
    item->doc = Document();
    item->error = Status::OK();
    item->doc.id = FileStem(name_);
    item->doc.origin = name_;
    auto bytes = ReadAllBounded(input_.get(), options_.max_document_bytes);
    if (!bytes.ok()) {
      if (bytes.status().code() == StatusCode::kResourceExhausted ||
          input_->recoverable()) {
        item->error = bytes.status();
        return true;
      }
      status_ = bytes.status().Annotate(name_);
      return false;
    }
    HtmlOptions html_options;
    html_options.repair_utf8 = options_.repair_utf8;
    auto page = ExtractHtml(*bytes, html_options);
    if (!page.ok()) {
      item->error = page.status();
      return true;
    }
    item->doc.text = std::move(page->text);
    item->doc.title = std::move(page->title);
    item->doc.url = std::move(page->url);
    item->doc.source = std::move(page->site_name);
    item->doc.lang = std::move(page->lang);
    item->doc.date = page->date.empty() ? options_.default_date : page->date;
    item->error = CheckDocumentText(options_, &item->doc);
    return true;
  }

  Status status() const override { return status_; }

 private:
  std::string name_;
  std::unique_ptr<BufferedInput> input_;
  ReaderOptions options_;
  bool done_ = false;
  Status status_;
};

}  // namespace

std::unique_ptr<DocumentReader> NewHtmlReader(
    const std::string& name, std::unique_ptr<BufferedInput> input,
    const ReaderOptions& options) {
  return std::make_unique<HtmlReader>(name, std::move(input), options);
}

}  // namespace isnad::ingest
