#include "ingest/reader.h"

#include <filesystem>

#include "ingest/readers_internal.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace isnad::ingest {

StatusOr<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "jsonl" || name == "ndjson") return InputFormat::kJsonl;
  if (name == "html") return InputFormat::kHtml;
  if (name == "warc") return InputFormat::kWarc;
  return Status::InvalidArgument("unknown input format '" + std::string(name) +
                                 "' (expected auto, text, jsonl, html or warc)");
}

InputFormat ResolveFormat(const std::string& path, InputFormat format) {
  if (format != InputFormat::kAuto) return format;
  std::string lower = AsciiLower(path);
  auto ends_with = [&](std::string_view suffix) { return lower.ends_with(suffix); };
  if (ends_with(".jsonl") || ends_with(".ndjson") || ends_with(".jsonl.gz")) return InputFormat::kJsonl;
  if (ends_with(".html") || ends_with(".htm") || ends_with(".xhtml")) return InputFormat::kHtml;
  if (ends_with(".warc") || ends_with(".warc.gz")) return InputFormat::kWarc;
  return InputFormat::kText;
}

std::string FileStem(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).stem().string();
}

Status CheckDocumentText(const ReaderOptions& options, Document* doc) {
  if (doc->text.size() > options.max_document_bytes) {
    return Status::ResourceExhausted("text is " + std::to_string(doc->text.size()) +
                                     " bytes, over the limit of " +
                                     std::to_string(options.max_document_bytes));
  }
  size_t bad = utf8::FindInvalid(doc->text);
  if (bad != utf8::kValid) {
    if (!options.repair_utf8) {
      return Status::Corruption("invalid UTF-8 at byte " + std::to_string(bad) +
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

StatusOr<std::unique_ptr<DocumentReader>> OpenReader(const std::string& path,
                                                     const ReaderOptions& options) {
  std::error_code ec;
  if (path != "-" && !std::filesystem::exists(path, ec)) {
    return Status::NotFound(path + ": no such file");
  }
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument(path + ": is a directory");
  }
  switch (ResolveFormat(path, options.format)) {
    case InputFormat::kJsonl:
      return NewJsonlReader(path, options);
    case InputFormat::kHtml:
      return Status::Unsupported(path + ": HTML input is not implemented yet");
    case InputFormat::kWarc:
      return Status::Unsupported(path + ": WARC input is not implemented yet");
    case InputFormat::kAuto:
    case InputFormat::kText:
      break;
  }
  return NewTextReader(path, options);
}

}  // namespace isnad::ingest
