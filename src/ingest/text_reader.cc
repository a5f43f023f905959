// The plain-text reader: the whole input is one document whose id is the file
// stem. A UTF-8 byte order mark at the start is dropped.
#include "ingest/readers_internal.h"

namespace isnad::ingest {
namespace {

class TextReader : public OneDocumentReader {
 public:
  using OneDocumentReader::OneDocumentReader;

 private:
  void MakeDocument(std::string bytes, ReadItem* item) override {
    item->doc.date = options().default_date;
    item->doc.text = std::move(bytes);
    DropUtf8Bom(&item->doc.text);
    item->error = CheckDocumentText(options(), &item->doc);
  }
};

}  // namespace

std::unique_ptr<DocumentReader> NewTextReader(
    const std::string& name, std::unique_ptr<BufferedInput> input,
    const ReaderOptions& options) {
  return std::make_unique<TextReader>(name, std::move(input), options);
}

}  // namespace isnad::ingest
