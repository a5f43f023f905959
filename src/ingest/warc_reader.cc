// The WARC reader (behaviour and limits in reader.h).
//
// Design note. Records are read one at a time from a BufferedInput that has
// already undone the gzip layer, so plain and compressed files, one member per
// record or one stream, go through the same code and nothing holds more than
// one record payload. A record is trusted only when it ends where its
// Content-Length says: the payload must be followed by the CR/LF trailer and
// then by the next "WARC/1." line or the end of the data. When it is not, the
// record is reported, its payload (if it was read into memory) is pushed back,
// and the reader scans lines for the next "WARC/1." from the start of that
// payload, so a wrong length loses one record, not the rest of the file. Errors
// of the gzip layer that lose only one member (a zip bomb over the limit,
// corrupt deflate data) are reported for the record being read, and scanning
// goes on at the next member.
#include <string>
#include <utility>
#include <vector>

#include "ingest/html_extract.h"
#include "ingest/readers_internal.h"
#include "util/strings.h"

namespace isnad::ingest {
namespace {

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() &&
         AsciiLower(text.substr(0, prefix.size())) == prefix;
}

// The media type of a Content-Type value, lowercased, without parameters.
std::string MediaType(std::string_view content_type) {
  return AsciiLower(Trim(content_type.substr(0, content_type.find(';'))));
}

bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

// True when `body` looks like HTML although no Content-Type says so.
bool LooksLikeHtml(std::string_view body) {
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  body = Trim(body.substr(0, 512));
  return StartsWithNoCase(body, "<!doctype html") ||
         StartsWithNoCase(body, "<html");
}

// The charset parameter of a Content-Type value, or "".
std::string CharsetOf(std::string_view content_type) {
  for (std::string_view param : Split(content_type, ';')) {
    param = Trim(param);
    if (!StartsWithNoCase(param, "charset")) continue;
    std::string_view rest = Trim(param.substr(7));
    if (!rest.starts_with('=')) continue;
    rest = Trim(rest.substr(1));
    if (rest.size() >= 2 && (rest.front() == '"' || rest.front() == '\''))
      rest = rest.substr(1, rest.size() - 2);
    return std::string(rest);
  }
  return "";
}

// "<urn:uuid:1234-...>" -> "1234-...".
std::string CleanRecordId(std::string_view id) {
  id = Trim(id);
  if (id.starts_with('<') && id.ends_with('>'))
    id = id.substr(1, id.size() - 2);
  if (StartsWithNoCase(id, "urn:uuid:")) id.remove_prefix(9);
  return std::string(id);
}

std::string CleanUri(std::string_view uri) {
  uri = Trim(uri);
  if (uri.starts_with('<') && uri.ends_with('>'))
    uri = uri.substr(1, uri.size() - 2);
  return std::string(uri);
}

// Parses a decimal byte count; false unless it is all digits and fits.
bool ParseLength(std::string_view text, uint64_t* out) {
  text = Trim(text);
  if (text.empty() || text.size() > 19) return false;
  uint64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *out = v;
  return true;
}

// Undoes "Transfer-Encoding: chunked".
StatusOr<std::string> Dechunk(std::string_view body) {
  std::string out;
  size_t pos = 0;
  for (;;) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos)
      return Status::Corruption("malformed chunked body: no chunk size line");
    std::string_view size_text = Trim(body.substr(pos, eol - pos));
    size_text = Trim(size_text.substr(0, size_text.find(';')));
    if (size_text.empty() || size_text.size() > 15)
      return Status::Corruption("malformed chunked body: bad chunk size");
    size_t size = 0;
    for (char c : size_text) {
      int digit = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
      if (digit < 0)
        return Status::Corruption("malformed chunked body: bad chunk size");
      size = size * 16 + static_cast<size_t>(digit);
    }
    pos = eol + 1;
    if (size == 0) return out;  // Trailers, if any, are ignored.
    if (size > body.size() - pos)
      return Status::Corruption(
          "malformed chunked body: chunk runs past the end");
    out.append(body.substr(pos, size));
    pos += size;
    if (body.substr(pos, 2) == "\r\n") {
      pos += 2;
    } else if (body.substr(pos, 1) == "\n") {
      pos += 1;
    } else {
      return Status::Corruption(
          "malformed chunked body: no line end after a chunk");
    }
  }
}

struct HttpResponse {
  int status = 0;
  std::string content_type;
  std::string content_encoding;
  std::string transfer_encoding;
  std::string_view body;  // Points into the payload given to ParseHttpResponse.
};

// Parses the HTTP response in a WARC response record's payload.
StatusOr<HttpResponse> ParseHttpResponse(std::string_view payload) {
  HttpResponse response;
  size_t end = payload.find("\n\r\n");
  size_t end_lf = payload.find("\n\n");
  size_t body_start;
  if (end != std::string_view::npos &&
      (end_lf == std::string_view::npos || end < end_lf)) {
    body_start = end + 3;
  } else if (end_lf != std::string_view::npos) {
    end = end_lf;
    body_start = end_lf + 2;
  } else {
    end = payload.size();
    body_start = payload.size();
  }
  if (end > kMaxHttpHeaderBytes) {
    return Status::ResourceExhausted("HTTP header block is over the limit of " +
                                     std::to_string(kMaxHttpHeaderBytes) +
                                     " bytes");
  }
  std::string_view head = payload.substr(0, end);
  std::vector<std::string_view> lines = Split(head, '\n');
  std::string_view status_line = Trim(lines[0]);
  if (!status_line.starts_with("HTTP/"))
    return Status::Corruption("the response record holds no HTTP status line");
  size_t space = status_line.find(' ');
  if (space == std::string_view::npos || status_line.size() < space + 4) {
    return Status::Corruption("malformed HTTP status line");
  }
  for (size_t i = space + 1; i < space + 4; ++i) {
    char c = status_line[i];
    if (c < '0' || c > '9')
      return Status::Corruption("malformed HTTP status line");
    response.status = response.status * 10 + (c - '0');
  }
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    size_t colon = line.find(':');
    if (colon == std::string_view::npos)
      continue;  // Servers send odd lines; browsers ignore them too.
    std::string name = AsciiLower(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type" && response.content_type.empty())
      response.content_type = std::string(value);
    if (name == "content-encoding")
      response.content_encoding = AsciiLower(value);
    if (name == "transfer-encoding")
      response.transfer_encoding = AsciiLower(value);
  }
  response.body = payload.substr(body_start);
  return response;
}

class WarcReader : public DocumentReader {
 public:
  WarcReader(std::string name, std::unique_ptr<BufferedInput> input,
             ReaderOptions options)
      : name_(std::move(name)),
        input_(std::move(input)),
        options_(std::move(options)) {}

  bool Next(ReadItem* item) override {
    while (!finished_) {
      if (!pending_fatal_.ok()) {
        status_ = pending_fatal_.Annotate(name_);
        finished_ = true;
        break;
      }
      if (ReadRecord(item)) return true;
    }
    return false;
  }

  Status status() const override { return status_; }

 private:
  // Reads one record. Returns true when `*item` holds a document or an error,
  // false when the record was skipped or the input ended (then finished_).
  bool ReadRecord(ReadItem* item) {
    item->doc = Document();
    item->error = Status::OK();
    std::string version;
    if (!pending_version_.empty()) {
      version = std::move(pending_version_);
      record_start_ = pending_start_;
      pending_version_.clear();
    } else {
      switch (FindVersionLine(item, &version)) {
        case Found::kYes:
          break;
        case Found::kItem:
          return true;
        case Found::kEnd:
          return false;
      }
    }
    ++record_number_;
    Document& doc = item->doc;
    doc.origin = name_ + ":record " + std::to_string(record_number_);
    doc.id = doc.origin;

    // The header block.
    std::string type, record_id, target_uri, warc_date, content_type,
        length_text;
    bool have_length = false;
    size_t header_bytes = 0;
    std::string line;
    std::string* last_value = nullptr;
    for (;;) {
      bool too_long = false;
      auto more = input_->ReadLine(&line, kMaxWarcHeaderBytes, &too_long);
      if (!more.ok()) return InputError(more.status(), item);
      if (!*more) {
        pending_fatal_ =
            Status::Corruption("the data ends inside the header of record " +
                               std::to_string(record_number_));
        return false;
      }
      header_bytes += line.size() + 2;
      if (too_long || header_bytes > kMaxWarcHeaderBytes) {
        return RecordError(Status::ResourceExhausted(
                               "WARC header block is over the limit of " +
                               std::to_string(kMaxWarcHeaderBytes) + " bytes"),
                           item);
      }
      if (line.empty()) break;
      if ((line[0] == ' ' || line[0] == '\t') && last_value != nullptr) {
        *last_value += " ";
        *last_value += Trim(line);
        continue;
      }
      size_t colon = line.find(':');
      if (colon == std::string::npos) {
        return RecordError(Status::Corruption("malformed WARC header line '" +
                                              line.substr(0, 80) + "'"),
                           item);
      }
      std::string name =
          AsciiLower(Trim(std::string_view(line).substr(0, colon)));
      std::string value(Trim(std::string_view(line).substr(colon + 1)));
      last_value = nullptr;
      std::string* target = name == "warc-type"         ? &type
                            : name == "warc-record-id"  ? &record_id
                            : name == "warc-target-uri" ? &target_uri
                            : name == "warc-date"       ? &warc_date
                            : name == "content-type"    ? &content_type
                            : name == "content-length"  ? &length_text
                                                        : nullptr;
      if (target != nullptr && target->empty()) {
        *target = std::move(value);
        last_value = target;
      }
      if (name == "content-length") have_length = true;
    }
    if (!record_id.empty()) doc.id = CleanRecordId(record_id);
    doc.url = CleanUri(target_uri);
    if (!have_length)
      return RecordError(Status::Corruption("record has no Content-Length"),
                         item);
    uint64_t length = 0;
    if (!ParseLength(length_text, &length)) {
      return RecordError(
          Status::Corruption("Content-Length '" + length_text.substr(0, 40) +
                             "' is not a byte count"),
          item);
    }

    // The payload: read into memory when it fits the limit (so that it can be
    // pushed back if the record turns out not to end where it says), else
    // skipped.
    std::string type_lower = AsciiLower(Trim(type));
    std::string media_type = MediaType(content_type);
    bool wanted = (type_lower == "response" &&
                   (media_type.empty() || media_type == "application/http")) ||
                  (type_lower == "resource" && IsHtmlMediaType(media_type));
    payload_.clear();
    if (length > options_.max_document_bytes) {
      auto skipped = input_->Skip(length);
      if (!skipped.ok()) return InputError(skipped.status(), item);
      if (*skipped < length) {
        pending_fatal_ = Status::Corruption(
            "the data ends inside record " + std::to_string(record_number_) +
            " (Content-Length " + std::to_string(length) + ")");
      } else if (!CheckTrailer()) {
        resync_ = true;
      }
      if (!wanted) return false;
      item->error = Status::ResourceExhausted(
          "record payload is " + std::to_string(length) +
          " bytes, over the limit of " +
          std::to_string(options_.max_document_bytes));
      return true;
    }
    auto got = input_->Read(static_cast<size_t>(length), &payload_);
    if (!got.ok()) return InputError(got.status(), item);
    if (*got < length) {
      if (!Replay()) {
        pending_fatal_ = Status::Corruption("the data ends inside record " +
                                            std::to_string(record_number_));
      }
      resync_ = true;
      item->error =
          Status::Corruption("Content-Length " + std::to_string(length) +
                             " is larger than the remaining data (" +
                             std::to_string(*got) + " bytes)");
      return true;
    }
    if (!CheckTrailer()) {
      Replay();
      resync_ = true;
      item->error =
          Status::Corruption("record does not end where its Content-Length (" +
                             std::to_string(length) + ") says");
      return true;
    }
    if (!wanted) return false;

    // The HTML body.
    std::string_view body = payload_;
    std::string http_charset;
    std::string decoded;
    if (type_lower == "response") {
      auto response = ParseHttpResponse(payload_);
      if (!response.ok()) {
        item->error = response.status();
        return true;
      }
      if (response->status != 200) return false;
      std::string http_media = MediaType(response->content_type);
      if (http_media.empty() ? !LooksLikeHtml(response->body)
                             : !IsHtmlMediaType(http_media))
        return false;
      http_charset = CharsetOf(response->content_type);
      body = response->body;
      if (response->transfer_encoding.find("chunked") != std::string::npos) {
        auto dechunked = Dechunk(body);
        if (!dechunked.ok()) {
          item->error = dechunked.status();
          return true;
        }
        decoded = std::move(dechunked).value();
        body = decoded;
      }
      const std::string& encoding = response->content_encoding;
      if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
        std::string inflated;
        if (Status s =
                InflateBuffer(body, options_.max_document_bytes, &inflated);
            !s.ok()) {
          item->error = s;
          return true;
        }
        decoded = std::move(inflated);
        body = decoded;
      } else if (!encoding.empty() && encoding != "identity") {
        item->error = Status::Unsupported(
            "unsupported HTTP Content-Encoding '" + encoding + "'");
        return true;
      }
    } else {
      http_charset = CharsetOf(content_type);
    }
    HtmlOptions html_options;
    html_options.http_charset = http_charset;
    html_options.repair_utf8 = options_.repair_utf8;
    auto page = ExtractHtml(body, html_options);
    if (!page.ok()) {
      item->error = page.status();
      return true;
    }
    doc.text = std::move(page->text);
    doc.title = std::move(page->title);
    doc.lang = std::move(page->lang);
    if (doc.url.empty()) doc.url = std::move(page->url);
    doc.source = std::move(page->site_name);
    doc.date = page->date;
    if (doc.date.empty())
      doc.date = NormalizeDate(std::string_view(warc_date).substr(0, 10));
    if (doc.date.empty()) doc.date = options_.default_date;
    item->error = CheckDocumentText(options_, &doc);
    return true;
  }

  enum class Found { kYes, kItem, kEnd };

  // Skips blank lines (and, after an error, anything else) up to the next line
  // starting with "WARC/1.". Data that is not a record is reported once.
  Found FindVersionLine(ReadItem* item, std::string* version) {
    uint64_t skipped_bytes = 0;
    uint64_t skipped_at = 0;
    std::string line;
    for (;;) {
      bool too_long = false;
      uint64_t line_offset = input_->offset();
      auto more = input_->ReadLine(&line, kMaxWarcHeaderBytes, &too_long);
      if (!more.ok()) {
        item->doc.origin =
            name_ + ":record " + std::to_string(record_number_ + 1);
        item->doc.id = item->doc.origin;
        return InputError(more.status(), item) ? Found::kItem : Found::kEnd;
      }
      if (!*more) {
        if (skipped_bytes > 0) {
          pending_fatal_ = Status::Corruption(
              "no WARC record follows byte " + std::to_string(skipped_at) +
              " (" + std::to_string(skipped_bytes) +
              " bytes that are not a WARC record up to the end of the data)");
        } else {
          finished_ = true;
        }
        return Found::kEnd;
      }
      if (!too_long && line.starts_with("WARC/1.")) {
        if (skipped_bytes > 0 && !resync_) {
          // Report the junk now; the record found is read by the next call.
          pending_version_ = line;
          pending_start_ = line_offset;
          item->doc.origin =
              name_ + ":record " + std::to_string(record_number_ + 1);
          item->doc.id = item->doc.origin;
          item->error = Status::Corruption(
              std::to_string(skipped_bytes) + " bytes at byte " +
              std::to_string(skipped_at) + " are not a WARC record");
          return Found::kItem;
        }
        resync_ = false;
        *version = line;
        record_start_ = line_offset;
        return Found::kYes;
      }
      if (too_long || !Trim(line).empty()) {
        if (skipped_bytes == 0) skipped_at = line_offset;
        skipped_bytes +=
            too_long ? input_->offset() - line_offset : line.size();
      }
    }
  }

  // After a payload: consumes the CR/LF trailer and checks that the next record
  // or the end of the data follows. On failure, what was consumed is put back.
  bool CheckTrailer() {
    constexpr size_t kMaxTrailerBytes = 64;
    auto head = input_->Peek(kMaxTrailerBytes + 7);
    if (!head.ok()) return true;  // The error shows again on the next read.
    std::string_view view = *head;
    size_t newlines = 0;
    while (newlines < view.size() &&
           (view[newlines] == '\r' || view[newlines] == '\n')) {
      ++newlines;
    }
    // Nothing but line ends in view (or the end of the data) is fine too: the
    // search for the next record skips blank lines.
    std::string_view next = view.substr(newlines);
    if (!next.empty() && !next.starts_with("WARC/1.")) return false;
    auto skipped = input_->Skip(newlines);
    return skipped.ok();
  }

  // Puts the payload back so that the search for the next record starts inside
  // it, unless this record itself began inside replayed bytes: each byte is
  // replayed at most once, so a payload full of fake headers stays linear.
  bool Replay() {
    if (record_start_ < replay_end_) return false;
    replay_end_ = input_->offset();
    input_->Unread(payload_);
    return true;
  }

  // A per-record error: report it and resynchronise on the next "WARC/1." line.
  bool RecordError(Status error, ReadItem* item) {
    item->error = std::move(error);
    resync_ = true;
    return true;
  }

  // An error of the input: per record when the input can go on after it, else
  // the end of the stream.
  bool InputError(const Status& error, ReadItem* item) {
    if (input_->recoverable()) return RecordError(error, item);
    pending_fatal_ = error;
    return false;
  }

  std::string name_;
  std::unique_ptr<BufferedInput> input_;
  ReaderOptions options_;
  std::string payload_;
  std::string pending_version_;
  size_t record_number_ = 0;
  uint64_t record_start_ = 0;   // Offset of the current record's version line.
  uint64_t pending_start_ = 0;  // Offset of pending_version_.
  uint64_t replay_end_ = 0;     // End of the bytes last put back by Replay().
  bool resync_ = false;
  bool finished_ = false;
  Status pending_fatal_;
  Status status_;
};

}  // namespace

std::unique_ptr<DocumentReader> NewWarcReader(
    const std::string& name, std::unique_ptr<BufferedInput> input,
    const ReaderOptions& options) {
  return std::make_unique<WarcReader>(name, std::move(input), options);
}

}  // namespace isnad::ingest
