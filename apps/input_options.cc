#include "input_options.h"

#include <cstdio>

#include "common.h"

namespace isnad::app {

void AddInputOptions(CLI::App& app, InputFlags* flags) {
  app.add_option("--lang", flags->lang, "language of every document: auto, ar, fr or en")->capture_default_str();
  app.add_option("--date", flags->date, "date (YYYY-MM-DD) for documents that carry none; resolves relative dates");
  app.add_option("--input-format", flags->input_format, "auto (from the extension), text, jsonl, html or warc")
      ->capture_default_str();
  app.add_flag("--repair-utf8", flags->repair_utf8,
               "replace invalid UTF-8 with U+FFFD instead of rejecting the document");
  app.add_option("--max-document-bytes", flags->max_document_bytes,
                 "documents larger than this are rejected (never truncated)")
      ->capture_default_str();
  app.add_option("--max-inflated-bytes", flags->max_inflated_bytes,
                 "a gzip member that inflates past this is rejected (zip bombs)")
      ->capture_default_str();
  app.add_option("--max-sentence-tokens", flags->max_sentence_tokens,
                 "longer sentences are cut into pieces of this many tokens")
      ->capture_default_str();
}

Status FinishInputOptions(const InputFlags& flags, ingest::ReaderOptions* reader, text::AnalyzerOptions* analyzer) {
  if (!flags.date.empty() && !IsIsoDate(flags.date)) {
    return Status::InvalidArgument("--date must be YYYY-MM-DD, got '" + flags.date + "'");
  }
  auto format = ingest::ParseInputFormat(flags.input_format);
  if (!format.ok()) return format.status();
  text::Lang forced = text::ParseLang(flags.lang);
  if (forced == text::Lang::kOther) {
    return Status::InvalidArgument("--lang must be auto, ar, fr or en, got '" + flags.lang + "'");
  }
  reader->format = *format;
  reader->repair_utf8 = flags.repair_utf8;
  reader->default_date = flags.date;
  reader->max_document_bytes = flags.max_document_bytes;
  reader->max_inflated_member_bytes = flags.max_inflated_bytes;
  analyzer->force_lang = forced;
  analyzer->max_document_bytes = flags.max_document_bytes;
  analyzer->max_sentence_tokens = flags.max_sentence_tokens;
  return Status::OK();
}

std::string FileErrorMessage(const std::string& file, const Status& status) {
  const std::string& message = status.message();
  // Readers name the file in their messages ("f.warc: truncated ..."); say it once.
  if (message.size() > file.size() && message.compare(0, file.size(), file) == 0 && message[file.size()] == ':') {
    return message;
  }
  return file + ": " + message;
}

std::string DocumentErrorMessage(const ingest::Document& doc, const Status& status) {
  if (doc.id.empty() || doc.id == doc.origin) return doc.origin + ": " + status.message();
  return doc.origin + " (document " + doc.id + "): " + status.message();
}

void PrintFileError(const std::string& file, const Status& status) {
  std::fprintf(stderr, "isnad: %s\n", FileErrorMessage(file, status).c_str());
}

void PrintDocumentError(const ingest::Document& doc, const Status& status) {
  std::fprintf(stderr, "isnad: %s\n", DocumentErrorMessage(doc, status).c_str());
}

}  // namespace isnad::app
