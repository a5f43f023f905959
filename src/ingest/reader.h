// ingest/reader.h: streaming document readers for plain text, JSONL, HTML and
// WARC (.warc, .warc.gz). First stage of the pipeline.
//
// A reader yields documents one at a time and never holds more than one
// document (plus its own buffers) in memory, so a 1 GB JSONL file streams
// through. A bad document (invalid JSON, missing "text", invalid UTF-8, over a
// size limit, ...) is yielded as an error item naming the document and the
// reason; the reader then goes on with the next one. A file-level problem
// (cannot open, truncated gzip) ends the stream with status() not OK, after
// every good document before it was yielded.
//
// Every format may also be gzip-compressed (detected from the magic bytes, not
// the name): "x.jsonl.gz", "x.html.gz", "x.txt.gz", "x.warc.gz".
//
// HTML: the page's charset is honoured and its main article text extracted (see
// html_extract.h); title, date (YYYY-MM-DD), canonical URL, language and
// source (og:site_name) come from the page. A page without article text is a
// document error ("no article text found").
//
// WARC 1.0 and 1.1, plain or gzip (one member per record, or one stream): each
// `response` record with an HTTP 200 HTML body (and each `resource` record of
// type text/html) is one document: id = the WARC-Record-ID without "<urn:uuid:"
// and ">", url = WARC-Target-URI, date = the page's publication date (the
// anchor for relative dates in the text), else the date part of WARC-Date (the
// crawl date); title, lang and source from the page; origin = "<file>:record
// <N>" (N counts every record from 1). warcinfo, request, metadata, revisit
// records, non-HTML and non-200 responses are skipped silently. A record with a
// broken Content-Length (not a number, or not ending where it says) is a
// document error, and reading goes on from the next line that starts with
// "WARC/1."; when none follows, the stream ends with a file-level error.
// Chunked transfer encoding and gzip/deflate content encodings are undone;
// other content encodings are document errors.
//
// Limits, with their defaults:
//  - ReaderOptions::max_document_bytes (64 MiB): a text file, JSONL line, HTML
//    page or WARC record payload; the text of every document.
//  - ReaderOptions::max_inflated_member_bytes (4 GiB): one gzip member after
//    decompression (the guard against zip bombs). A record whose member passes
//    it is a kResourceExhausted document error; reading goes on at the next
//    gzip member. A .warc.gz compressed as a single stream is one member, so it
//    is cut at this size: raise the limit for such files.
//  - 256 KiB (fixed) for the WARC header block of a record and for the HTTP
//    header block of a response.
//  - HTML nesting: libxml2 stops parsing at 256 levels and keeps the text
//    before that point; the extractor itself never recurses.
//  - 1000 attributes (fixed) on one HTML start tag: more is a
//    kResourceExhausted document error (libxml2 is quadratic in them).
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
  kAuto,   // Chosen from the file extension (after any .gz): .jsonl/.ndjson,
           // .html/.htm/.xhtml, .warc, else text.
  kText,   // The whole file is one document.
  kJsonl,  // One JSON object a line:
           // {"id","text","date"?,"lang"?,"source"?,"url"?,"title"?}.
  kHtml,   // One HTML page; the main article text is extracted.
  kWarc,   // WARC 1.0/1.1, plain or gzip; each HTML response record is a
           // document.
};

// Parses "auto", "text", "jsonl", "html", "warc"; kInvalidArgument otherwise.
StatusOr<InputFormat> ParseInputFormat(std::string_view name);

// Resolves kAuto from the path's extension; other formats are returned
// unchanged.
InputFormat ResolveFormat(const std::string& path, InputFormat format);

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  // Documents larger than this (bytes of text, or raw bytes of a JSONL line,
  // HTML page or WARC record) are rejected with kResourceExhausted, never
  // truncated.
  size_t max_document_bytes = size_t{64} << 20;  // 64 MiB
  // A gzip member that inflates past this many bytes is abandoned: the document
  // (or WARC record) it holds is rejected with kResourceExhausted, and reading
  // goes on with the next member when one can be found.
  size_t max_inflated_member_bytes = size_t{4} << 30;  // 4 GiB
  // Invalid UTF-8 is an error for the document unless this is true; then each
  // invalid sequence becomes U+FFFD.
  bool repair_utf8 = false;
  // Date given to documents that carry none (ISO 8601), e.g. from --date.
  std::string default_date;
};

// One result of DocumentReader::Next.
struct ReadItem {
  // OK: `doc` is a document. Not OK: the document described by doc.id /
  // doc.origin (as far as they are known) was rejected for the reason in
  // `error`.
  Status error;
  Document doc;
};

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  // Fills `*item` with the next document or per-document error and returns
  // true; returns false at the end of the input or on a file-level error (see
  // status()).
  virtual bool Next(ReadItem* item) = 0;
  // OK unless the stream ended on a file-level error, which names the file.
  virtual Status status() const = 0;
};

// Opens `path` ("-" is standard input; kAuto on "-" looks at the first bytes:
// JSONL if the first non-blank byte is '{', WARC if they are "WARC/1.", HTML if
// they are "<!doctype html" or "<html", else text). Fails only when the file
// cannot be opened.
StatusOr<std::unique_ptr<DocumentReader>> OpenReader(
    const std::string& path, const ReaderOptions& options);

}  // namespace isnad::ingest

#endif  // ISNAD_INGEST_READER_H_
