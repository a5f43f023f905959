// ingest/readers_internal.h: constructors of the concrete readers over any byte
// input, for reader.cc, the tests and the fuzz targets (which feed bytes from
// memory). Not part of the public API.
// Thread-safety: as reader.h: one reader per thread.
#ifndef ISNAD_INGEST_READERS_INTERNAL_H_
#define ISNAD_INGEST_READERS_INTERNAL_H_

#include <cstddef>
#include <memory>
#include <string>

#include "ingest/byte_source.h"
#include "ingest/reader.h"

namespace isnad::ingest {

// Fixed limits of the WARC reader (listed with the options in reader.h).
inline constexpr size_t kMaxWarcHeaderBytes =
    size_t{256} << 10;  // One record's WARC header block.
inline constexpr size_t kMaxHttpHeaderBytes =
    size_t{256} << 10;  // One response's HTTP header block.

// Opens `path` ("-" is standard input) as a buffered input that is decompressed
// when it starts with the gzip magic (limit:
// options.max_inflated_member_bytes). Fails only when the file cannot be
// opened; the error names the path.
StatusOr<std::unique_ptr<BufferedInput>> OpenInput(
    const std::string& path, const ReaderOptions& options);

// The same over a copy of `data` (for tests and fuzz targets).
std::unique_ptr<BufferedInput> MemoryInput(std::string data,
                                           const ReaderOptions& options);

// Readers over `input`. `name` stands for the file in ids, origins and error
// messages (a path, or any label for memory input); text and HTML ids are its
// stem.
std::unique_ptr<DocumentReader> NewTextReader(
    const std::string& name, std::unique_ptr<BufferedInput> input,
    const ReaderOptions& options);
std::unique_ptr<DocumentReader> NewJsonlReader(
    const std::string& name, std::unique_ptr<BufferedInput> input,
    const ReaderOptions& options);
std::unique_ptr<DocumentReader> NewHtmlReader(
    const std::string& name, std::unique_ptr<BufferedInput> input,
    const ReaderOptions& options);
std::unique_ptr<DocumentReader> NewWarcReader(
    const std::string& name, std::unique_ptr<BufferedInput> input,
    const ReaderOptions& options);

// Checks `doc->text` for UTF-8 validity (repairing it when
// options.repair_utf8), emptiness and size. Returns the per-document error,
// naming the byte offset.
Status CheckDocumentText(const ReaderOptions& options, Document* doc);

// Returns the file name of `path` without directory and last extension (and
// without ".gz" first: "a/page.html.gz" -> "page").
std::string FileStem(const std::string& path);

// Removes a UTF-8 byte order mark at the start of `*text`, if any.
void DropUtf8Bom(std::string* text);

// Reads the rest of `input`, at most `max_bytes`: kResourceExhausted (the
// document's error) when there is more. Errors of the input are returned as
// they are.
StatusOr<std::string> ReadAllBounded(BufferedInput* input, size_t max_bytes);

// A reader whose whole input is one document (plain text, an HTML page), its id
// the stem of `name`. Next() reads the input, at most options.max_document_bytes,
// and hands the bytes to MakeDocument. A document over the limit, or an input
// error the input recovers from (a damaged gzip member), is this document's
// error; any other input error ends the file (status(), naming it).
class OneDocumentReader : public DocumentReader {
 public:
  OneDocumentReader(std::string name, std::unique_ptr<BufferedInput> input, ReaderOptions options);
  bool Next(ReadItem* item) final;
  Status status() const final { return status_; }

 protected:
  // Makes the document from the input's `bytes`: fills item->doc, whose id and
  // origin are set, and sets item->error when the document is rejected.
  virtual void MakeDocument(std::string bytes, ReadItem* item) = 0;
  const ReaderOptions& options() const { return options_; }

 private:
  std::string name_;
  std::unique_ptr<BufferedInput> input_;
  ReaderOptions options_;
  bool done_ = false;
  Status status_;
};

}  // namespace isnad::ingest

#endif  // ISNAD_INGEST_READERS_INTERNAL_H_
