// ingest/reader.h: streaming document readers for plain text, JSONL, HTML and
// WARC (.warc, .warc.gz). First stage of the pipeline.
//
// A reader yields documents one at a time and never holds more than one document
// (plus its own buffers) in memory, so a 1 GB JSONL file streams through. A bad
// document (invalid JSON, missing "text", invalid UTF-8, over a size limit, ...) is
// yielded as an error item naming the document and the reason; the reader then goes
// on with the next one. A file-level problem (cannot open, truncated gzip) ends the
// stream with status() not OK, after every good document before it was yielded.
//
// Thread-safety: one reader per thread; OpenReader is reentrant.
#ifndef ISNAD_INGEST_READER_H_
#define ISNAD_INGEST_READER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/document.h"
#include "util/status.h"

namespace isnad::ingest {

enum class InputFormat {
  kAuto,   // Chosen from the file extension: .jsonl/.ndjson, .html/.htm, .warc/.warc.gz, else text.
  kText,   // The whole file is one document.
  kJsonl,  // One JSON object a line: {"id","text","date"?,"lang"?,"source"?,"url"?,"title"?}.
  kHtml,   // One HTML page; the main article text is extracted.
  kWarc,   // WARC 1.0/1.1, plain or gzip; each HTML response record is a document.
};

// Parses "auto", "text", "jsonl", "html", "warc"; kInvalidArgument otherwise.
StatusOr<InputFormat> ParseInputFormat(std::string_view name);

// Resolves kAuto from the path's extension; other formats are returned unchanged.
InputFormat ResolveFormat(const std::string& path, InputFormat format);

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  // Documents larger than this (bytes of text, or raw bytes of a JSONL line, HTML
  // page or WARC record) are rejected with kResourceExhausted, never truncated.
  size_t max_document_bytes = size_t{64} << 20;  // 64 MiB
  // Invalid UTF-8 is an error for the document unless this is true; then each
  // invalid sequence becomes U+FFFD.
  bool repair_utf8 = false;
  // Date given to documents that carry none (ISO 8601), e.g. from --date.
  std::string default_date;
};

// One result of DocumentReader::Next.
struct ReadItem {
  // OK: `doc` is a document. Not OK: the document described by doc.id / doc.origin
  // (as far as they are known) was rejected for the reason in `error`.
  Status error;
  Document doc;
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  // Fills `*item` with the next document or per-document error and returns true;
  // returns false at the end of the input or on a file-level error (see status()).
  virtual bool Next(ReadItem* item) = 0;
  // OK unless the stream ended on a file-level error, which names the file.
  virtual Status status() const = 0;
};

// Opens `path` ("-" is standard input; kAuto on "-" means JSONL if the first
// non-blank byte is '{', else text). Fails only when the file cannot be opened.
StatusOr<std::unique_ptr<DocumentReader>> OpenReader(const std::string& path,
                                                     const ReaderOptions& options);

}  // namespace isnad::ingest

#endif  // ISNAD_INGEST_READER_H_
