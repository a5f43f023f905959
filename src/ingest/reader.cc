#include "ingest/reader.h"

#include <cstdint>
#include <filesystem>

#include <simdjson.h>

#include "ingest/readers_internal.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace isnad::ingest {
namespace {

// Chooses the format of standard input from its first bytes (see OpenReader).
StatusOr<InputFormat> SniffFormat(BufferedInput* input) {
  constexpr size_t kSniffBytes = 4096;
  auto head = input->Peek(kSniffBytes);
  if (!head.ok()) return head.status();
  std::string_view text = *head;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  text = Trim(text);
  if (text.starts_with("{")) return InputFormat::kJsonl;
  if (text.starts_with("WARC/1.")) return InputFormat::kWarc;
  std::string lower = AsciiLower(text.substr(0, 14));
  if (lower.starts_with("<!doctype html") || lower.starts_with("<html"))
    return InputFormat::kHtml;
  return InputFormat::kText;
}

}  // namespace

StatusOr<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "jsonl" || name == "ndjson") return InputFormat::kJsonl;
  if (name == "html") return InputFormat::kHtml;
  if (name == "warc") return InputFormat::kWarc;
  return Status::InvalidArgument(
      "unknown input format '" + std::string(name) +
      "' (expected auto, text, jsonl, html or warc)");
}

InputFormat ResolveFormat(const std::string& path, InputFormat format) {
  if (format != InputFormat::kAuto) return format;
  std::string lower = AsciiLower(path);
  if (lower.ends_with(".gz")) lower.resize(lower.size() - 3);
  auto ends_with = [&](std::string_view suffix) {
    return lower.ends_with(suffix);
  };
  if (ends_with(".jsonl") || ends_with(".ndjson")) return InputFormat::kJsonl;
  if (ends_with(".html") || ends_with(".htm") || ends_with(".xhtml"))
    return InputFormat::kHtml;
  if (ends_with(".warc")) return InputFormat::kWarc;
  return InputFormat::kText;
}

std::string FileStem(const std::string& path) {
  if (path == "-") return "stdin";
  std::filesystem::path p(path);
  if (AsciiLower(p.extension().string()) == ".gz") p = p.stem();
  return p.stem().string();
}

void DropUtf8Bom(std::string* text) {
  if (text->starts_with("\xEF\xBB\xBF")) text->erase(0, 3);
}

StatusOr<std::unique_ptr<BufferedInput>> OpenInput(
    const std::string& path, const ReaderOptions& options) {
  auto file = OpenFileSource(path);
  if (!file.ok()) return file.status();
  return std::make_unique<BufferedInput>(NewGzipSource(
      std::move(file).value(), options.max_inflated_member_bytes));
}

std::unique_ptr<BufferedInput> MemoryInput(std::string data,
                                           const ReaderOptions& options) {
  return std::make_unique<BufferedInput>(NewGzipSource(
      NewMemorySource(std::move(data)), options.max_inflated_member_bytes));
}

StatusOr<std::string> ReadAllBounded(BufferedInput* input, size_t max_bytes) {
  std::string out;
  size_t want = max_bytes == SIZE_MAX ? max_bytes : max_bytes + 1;
  auto got = input->Read(want, &out);
  if (!got.ok()) return got.status();
  if (out.size() > max_bytes) {
    return Status::ResourceExhausted("input is over the limit of " +
                                     std::to_string(max_bytes) + " bytes");
  }
  return out;
}

OneDocumentReader::OneDocumentReader(std::string name, std::unique_ptr<BufferedInput> input, ReaderOptions options)
    : name_(std::move(name)), input_(std::move(input)), options_(std::move(options)) {}

bool OneDocumentReader::Next(ReadItem* item) {
  if (done_) return false;
  done_ = true;
  item->doc = Document();
  item->error = Status::OK();
  item->doc.id = FileStem(name_);
  item->doc.origin = name_;
  auto bytes = ReadAllBounded(input_.get(), options_.max_document_bytes);
  if (!bytes.ok()) {
    if (bytes.status().code() == StatusCode::kResourceExhausted || input_->recoverable()) {
      item->error = bytes.status();
      return true;
    }
    status_ = bytes.status().Annotate(name_);
    return false;
  }
  MakeDocument(std::move(bytes).value(), item);
  return true;
}

Status CheckDocumentText(const ReaderOptions& options, Document* doc) {
  if (doc->text.size() > options.max_document_bytes) {
    return Status::ResourceExhausted(
        "text is " + std::to_string(doc->text.size()) +
        " bytes, over the limit of " +
        std::to_string(options.max_document_bytes));
  }
  // simdjson's vectorised validator (the same UTF-8 rules: no overlong forms,
  // surrogates or values past U+10FFFF) clears valid text several times faster
  // than the byte scan, which then only runs to find where invalid text goes wrong.
  const bool valid = simdjson::validate_utf8(doc->text.data(), doc->text.size());
  size_t bad = valid ? utf8::kValid : utf8::FindInvalid(doc->text);
  if (bad != utf8::kValid) {
    if (!options.repair_utf8) {
      return Status::Corruption(
          "invalid UTF-8 at byte " + std::to_string(bad) +
          " (use --repair-utf8 to replace invalid bytes)");
    }
    doc->text = utf8::Repair(doc->text);
  }
  if (Trim(doc->text).empty()) return Status::InvalidArgument("empty document");
  if (doc->text.find('\0') != std::string::npos) {
    return Status::Corruption("NUL byte in text (binary file?)");
  }
  return Status::OK();
}

StatusOr<std::unique_ptr<DocumentReader>> OpenReader(
    const std::string& path, const ReaderOptions& options) {
  std::error_code ec;
  if (path != "-" && !std::filesystem::exists(path, ec)) {
    return Status::NotFound(path + ": no such file");
  }
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument(path + ": is a directory");
  }
  auto input = OpenInput(path, options);
  if (!input.ok()) return input.status();
  InputFormat format = ResolveFormat(path, options.format);
  if (path == "-" && options.format == InputFormat::kAuto) {
    auto sniffed = SniffFormat(input->get());
    if (!sniffed.ok()) return sniffed.status().Annotate(path);
    format = *sniffed;
  }
  switch (format) {
    case InputFormat::kJsonl:
      return NewJsonlReader(path, std::move(input).value(), options);
    case InputFormat::kHtml:
      return NewHtmlReader(path, std::move(input).value(), options);
    case InputFormat::kWarc:
      return NewWarcReader(path, std::move(input).value(), options);
    case InputFormat::kAuto:
    case InputFormat::kText:
      break;
  }
  return NewTextReader(path, std::move(input).value(), options);
}

}  // namespace isnad::ingest
