// The plain-text reader: the whole file is one document whose id is the file stem.
#include "ingest/readers_internal.h"
#include "util/files.h"

namespace isnad::ingest {
namespace {

class TextReader : public DocumentReader {
 public:
  TextReader(std::string path, ReaderOptions options)
      : path_(std::move(path)), options_(std::move(options)) {}

  bool Next(ReadItem* item) override {
    if (done_) return false;
    done_ = true;
    item->doc = Document();
    item->doc.id = FileStem(path_);
    item->doc.origin = path_;
    item->doc.date = options_.default_date;
    // Read one byte more than the limit so an oversized file is an error, not a truncation.
    auto text = ReadFile(path_, options_.max_document_bytes);
    if (!text.ok()) {
      if (text.status().code() == StatusCode::kResourceExhausted) {
        item->error = Status::ResourceExhausted("file is over the limit of " +
                                                std::to_string(options_.max_document_bytes) + " bytes");
        return true;
      }
      status_ = text.status();
      return false;
    }
    item->doc.text = std::move(text).value();
    item->error = CheckDocumentText(options_, &item->doc);
    return true;
  }

  Status status() const override { return status_; }

 private:
  std::string path_;
  ReaderOptions options_;
  bool done_ = false;
  Status status_;
};

}  // namespace

std::unique_ptr<DocumentReader> NewTextReader(const std::string& path, const ReaderOptions& options) {
  return std::make_unique<TextReader>(path, options);
}

}  // namespace isnad::ingest
