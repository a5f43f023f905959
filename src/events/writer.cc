// One writer class serves every format: it formats each event into a byte
// buffer (the caller's string, or its own buffer for a FILE) and hands full
// buffers to fwrite. Formatting appends to that one buffer, so a record costs
// no allocation once the buffer has grown to its working size.
#include "events/writer.h"

#include <cassert>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <system_error>
#include <utility>

#include "events/writer_internal.h"
#include "util/utf8.h"

namespace isnad::events {
namespace internal {

void AppendCleanText(std::string_view text, bool flatten_whitespace,
                     std::string* out) {
  // Fast path: most text is valid UTF-8 and, for TSV, has no TAB, CR or LF.
  if (utf8::IsValid(text) &&
      (!flatten_whitespace ||
       text.find_first_of("\t\r\n") == std::string_view::npos)) {
    out->append(text);
    return;
  }
  size_t pos = 0;
  while (pos < text.size()) {
    // Copy the longest run that needs no change in one append.
    size_t run = pos;
    while (run < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[run]);
      if (c >= 0x80 ||
          (flatten_whitespace && (c == '\t' || c == '\n' || c == '\r')))
        break;
      ++run;
    }
    out->append(text.data() + pos, run - pos);
    pos = run;
    if (pos >= text.size()) break;
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {  // A TAB, CR or LF to flatten.
      out->push_back(' ');
      ++pos;
      continue;
    }
    size_t start = pos;
    char32_t cp = utf8::Decode(text, &pos);
    if (cp == utf8::kReplacementChar && pos == start + 1) {
      utf8::Append(cp, out);
    } else {
      out->append(text.data() + start, pos - start);
    }
  }
}

void AppendDouble(double value, std::string* out) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  assert(ec == std::errc());
  out->append(buf, static_cast<size_t>(end - buf));
}

void AppendUint(uint64_t value, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  assert(ec == std::errc());
  out->append(buf, static_cast<size_t>(end - buf));
}

}  // namespace internal

namespace {

class FormatWriter final : public EventWriter {
 public:
  FormatWriter(OutputFormat format, std::FILE* file, std::string* out,
               const WriterOptions& options)
      : format_(format),
        file_(file),
        out_(out != nullptr ? out : &buffer_),
        options_(options) {
    eol_ = options_.csv_crlf ? "\r\n" : "\n";
    if (format_ == OutputFormat::kCsv && options_.csv_bom)
      out_->append("\xEF\xBB\xBF");
    if (options_.header) {
      if (format_ == OutputFormat::kCsv) internal::AppendCsvHeader(eol_, out_);
      if (format_ == OutputFormat::kGdelt) internal::AppendGdeltHeader(out_);
    }
  }

  ~FormatWriter() override {
    if (!finished_) (void)Flush();
  }

  Status Write(const Event& event) override {
    assert(!finished_);
    if (!status_.ok()) return status_;
    switch (format_) {
      case OutputFormat::kJsonl:
        AppendEventJson(event, out_);
        out_->push_back('\n');
        break;
      case OutputFormat::kCsv:
        internal::AppendCsvRecord(event, eol_, out_);
        break;
      case OutputFormat::kGdelt:
        internal::AppendGdeltRecord(event, out_);
        break;
    }
    if (file_ != nullptr && buffer_.size() >= options_.buffer_bytes)
      return Flush();
    return Status::OK();
  }

  Status WriteFormatted(std::string_view bytes) override {
    assert(!finished_);
    if (!status_.ok()) return status_;
    out_->append(bytes);
    if (file_ != nullptr && buffer_.size() >= options_.buffer_bytes)
      return Flush();
    return Status::OK();
  }

  Status Finish() override {
    finished_ = true;
    ISNAD_RETURN_IF_ERROR(Flush());
    if (file_ != nullptr && std::fflush(file_) != 0) {
      status_ = Status::IoError(std::string("flushing events failed: ") +
                                std::strerror(errno));
    }
    return status_;
  }

 private:
  // Hands the buffer to the FILE (a no-op for string sinks).
  Status Flush() {
    if (!status_.ok() || file_ == nullptr || buffer_.empty()) return status_;
    size_t n = std::fwrite(buffer_.data(), 1, buffer_.size(), file_);
    if (n != buffer_.size()) {
      status_ = Status::IoError(std::string("writing events failed: ") +
                                std::strerror(errno));
    }
    buffer_.clear();
    return status_;
  }

  const OutputFormat format_;
  std::FILE* const file_;  // Not owned; null for string sinks.
  std::string buffer_;     // Pending bytes for file_.
  // Where records are formatted: the caller's string, or buffer_.
  std::string* const out_;
  const WriterOptions options_;
  std::string_view eol_;
  Status status_;  // The first I/O error; sticky.
  bool finished_ = false;
};

StatusOr<std::unique_ptr<EventWriter>> MakeWriter(
    std::string_view format, std::FILE* file, std::string* out,
    const WriterOptions& options) {
  StatusOr<OutputFormat> f = ParseOutputFormat(format);
  if (!f.ok()) return f.status();
  return std::unique_ptr<EventWriter>(
      std::make_unique<FormatWriter>(*f, file, out, options));
}

}  // namespace

StatusOr<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name.empty() || name == "jsonl") return OutputFormat::kJsonl;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "gdelt") return OutputFormat::kGdelt;
  return Status::InvalidArgument("unknown output format \"" +
                                 std::string(name) +
                                 "\" (expected jsonl, csv or gdelt)");
}

StatusOr<std::unique_ptr<EventWriter>> NewWriter(std::string_view format,
                                                 std::FILE* file,
                                                 const WriterOptions& options) {
  assert(file != nullptr);
  return MakeWriter(format, file, nullptr, options);
}

StatusOr<std::unique_ptr<EventWriter>> NewWriter(std::string_view format,
                                                 std::string* out,
                                                 const WriterOptions& options) {
  assert(out != nullptr);
  return MakeWriter(format, nullptr, out, options);
}

}  // namespace isnad::events
