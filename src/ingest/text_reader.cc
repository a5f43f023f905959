// The plain-text reader: the whole input is one document whose id is the file
// stem. A UTF-8 byte order mark at the start is dropped.
#include "ingest/readers_internal.h"

namespace isnad::ingest {
namespace {

class TextReader : public DocumentReader {
 public:
  TextReader(std::string name, std::unique_ptr<BufferedInput> input,
             ReaderOptions options)
      : name_(std::move(name)),
        input_(std::move(input)),
        options_(std::move(options)) {}

  bool Next(ReadItem* item) override {
    if (done_) return false;
    done_ = true;
    item->doc = Document();
    item->doc.id = FileStem(name_);
    item->doc.origin = name_;
    item->doc.date = options_.default_date;
    auto text = ReadAllBounded(input_.get(), options_.max_document_bytes);
    if (!text.ok()) {
      if (text.status().code() == StatusCode::kResourceExhausted ||
          input_->recoverable()) {
        item->error = text.status();
        return true;
      }
      status_ = text.status().Annotate(name_);
      return false;
    }
    item->doc.text = std::move(text).value();
    DropUtf8Bom(&item->doc.text);
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

std::unique_ptr<DocumentReader> NewTextReader(
    const std::string& name, std::unique_ptr<BufferedInput> input,
    const ReaderOptions& options) {
  return std::make_unique<TextReader>(name, std::move(input), options);
}

}  // namespace isnad::ingest
