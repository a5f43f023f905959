// events/writer.h: writers that turn events into isnad's output formats. The
// last step of `isnad code` (to standard output or -o FILE); the store and the
// tests write to strings.
//
//   jsonl  (default) one JSON object a line: exactly the record of DESIGN.md,
//          every field present, unknown values null (see AppendEventJson).
//   csv    RFC 4180: a header row, fields quoted when they hold a comma, a
//          double quote, CR or LF, quotes doubled; UTF-8 without a BOM unless
//          asked; records end with LF unless asked for CRLF. Unknown values
//          are empty fields.
//   gdelt  TSV with the GDELT 1.0 event-table columns isnad can fill, in
//          GDELT's order and names, then isnad's own columns (Certainty,
//          Attribution, Background, Lang, Sentence, ...). TAB, CR and LF
//          inside text become spaces.
// In every format, invalid UTF-8 in a text field is replaced by U+FFFD, so the
// output is always valid UTF-8.
//
// Thread-safety: an EventWriter is used by one thread at a time.
// AppendEventJson is a pure function.
#ifndef ISNAD_EVENTS_WRITER_H_
#define ISNAD_EVENTS_WRITER_H_

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "events/event.h"
#include "util/status.h"

namespace isnad::events {

// Writes events one by one to a sink; Finish() after the last.
class EventWriter {
 public:
  virtual ~EventWriter() = default;

  // Formats `event` and writes it (possibly buffered). After an I/O error, this
  // and every later call return that error.
  virtual Status Write(const Event& event) = 0;

  // Writes `bytes` as they are (possibly buffered): events another writer of the
  // same format and options, without its header, has already formatted (the
  // coding threads of `isnad code` format their documents' events). Errors as
  // for Write.
  virtual Status WriteFormatted(std::string_view bytes) = 0;

  // Writes whatever is buffered and flushes the FILE, if any. Call once, after
  // the last Write; further Writes are a caller bug. A writer destroyed without
  // Finish() drops nothing it can write, but reports no errors.
  virtual Status Finish() = 0;
};

// The output formats. Names: "jsonl", "csv", "gdelt".
enum class OutputFormat {
  kJsonl,  // One JSON object a line (the default).
  kCsv,    // RFC 4180 CSV with a header row.
  kGdelt,  // GDELT 1.0-style TSV with a header row.
};

// "jsonl" (and "" for the default), "csv" or "gdelt" -> the format; anything
// else gives kInvalidArgument naming the accepted values.
StatusOr<OutputFormat> ParseOutputFormat(std::string_view name);

struct WriterOptions {
  // csv, gdelt: write the header row first. Default: true.
  bool header = true;
  // csv: start with a UTF-8 byte order mark, which old Excel versions need to
  // read UTF-8. Default: false (R, pandas and most tools do not want it).
  bool csv_bom = false;
  // csv: end each record with CRLF, as RFC 4180 writes it. Default: false (LF).
  bool csv_crlf = false;
  // FILE sinks: bytes buffered before a write to the FILE. Default: 64 KiB.
  size_t buffer_bytes = size_t{1} << 16;
};

// A writer of `format` ("jsonl", "", "csv", "gdelt") to `file`, which the
// caller keeps open (and closes) after Finish(); the writer does not own it.
// The header, if any, is written at construction. kInvalidArgument for an
// unknown format. REQUIRES: file != nullptr.
StatusOr<std::unique_ptr<EventWriter>> NewWriter(
    std::string_view format, std::FILE* file,
    const WriterOptions& options = WriterOptions());

// The same, appending to `*out`, which must outlive the writer. Output appears
// in `*out` as each Write returns (nothing is held back).
// REQUIRES: out != nullptr.
StatusOr<std::unique_ptr<EventWriter>> NewWriter(
    std::string_view format, std::string* out,
    const WriterOptions& options = WriterOptions());

// Appends `event` to `*out` as one JSON object without a trailing newline: the
// record of DESIGN.md ("The event record"), fields in this order:
//   doc_id, sentence_index, sentence, lang, span [begin, end],
//   source {code, text}, target {code, text},
//   event {code, root, name, quad_class, goldstein, text}, plover {type, mode},
//   date, date_text, location (null or {name, country, lat, lon,
//   alternatives}), attribution [{text, kind}], certainty, background.
// doc_id and sentence are always strings; every other string is null when
// empty, quad_class is null when 0, and optional numbers are null when absent
// or not finite. Used by the jsonl writer, the store and the HTTP API.
void AppendEventJson(const Event& event, std::string* out);

}  // namespace isnad::events

#endif  // ISNAD_EVENTS_WRITER_H_
