// ingest/document.h: the Document, the unit every reader produces and every
// later stage consumes. First stage of the pipeline (ingest -> text -> lexicon
// -> coder -> events -> store -> serve). Thread-safety: a plain value type.
#ifndef ISNAD_INGEST_DOCUMENT_H_
#define ISNAD_INGEST_DOCUMENT_H_

#include <string>

namespace isnad::ingest {

struct Document {
  // Unique within a batch. Plain text: the file name without directory and
  // extension; JSONL: the "id" field (or "<file>:<line>" when absent); HTML:
  // the file stem, as for text; WARC: the record's WARC-Record-ID.
  std::string id;
  // The article text, UTF-8 (validated by the reader; see ReaderOptions). For
  // HTML and WARC, the extracted main text with paragraphs separated by blank
  // lines.
  std::string text;
  // ISO 8601 date of publication ("2017-06-04"), or empty when unknown.
  std::string date;
  // ISO 639-1 language declared by the input ("ar", "fr", "en"), or empty
  // (detect).
  std::string lang;
  // Outlet or feed name, URL and title when the input gives them, else empty.
  std::string source;
  std::string url;
  std::string title;
  // Where the document came from, for error messages: "file.jsonl:12",
  // "page.html", "crawl.warc.gz:record 3".
  std::string origin;
};

}  // namespace isnad::ingest

#endif  // ISNAD_INGEST_DOCUMENT_H_
