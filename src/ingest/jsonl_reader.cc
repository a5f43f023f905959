// The JSONL reader: one JSON object a line. Blank lines are skipped; a line
// that is not a JSON object, lacks a string "text", or fails the text checks is
// an error item naming "<file>:<line>" and the id when known. A UTF-8 byte
// order mark at the start of a line is dropped. The input may be
// gzip-compressed (.jsonl.gz).
#include <exception>
#include <nlohmann/json.hpp>

#include "ingest/readers_internal.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace isnad::ingest {
namespace {

// Copies the string field `key` of `obj` into `*out` if present and a string;
// numbers are accepted for "id". Returns false if present with another type.
bool StringField(const nlohmann::json& obj, const char* key, std::string* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (it->is_string()) {
    *out = it->get<std::string>();
    return true;
  }
  if (it->is_number_integer() && std::string_view(key) == "id") {
    *out = std::to_string(it->get<long long>());
    return true;
  }
  return false;
}

class JsonlReader : public DocumentReader {
 public:
  JsonlReader(const std::string& path, std::unique_ptr<BufferedInput> input,
              ReaderOptions options)
      : path_(path), options_(std::move(options)), input_(std::move(input)) {}

  bool Next(ReadItem* item) override {
    if (!status_.ok() || done_) return false;
    std::string line;
    bool too_long = false;
    for (;;) {
      auto more =
          input_->ReadLine(&line, options_.max_document_bytes, &too_long);
      if (!more.ok()) {
        if (input_->recoverable()) {
          // Part of the compressed input was lost: say where, and go on after
          // it.
          item->doc = Document();
          item->doc.origin = path_ + ":" + std::to_string(line_number_ + 1);
          item->doc.id = item->doc.origin;
          item->error = more.status();
          return true;
        }
        status_ = more.status().Annotate(path_);
        return false;
      }
      if (!*more) {
        done_ = true;
        return false;
      }
      ++line_number_;
      DropUtf8Bom(&line);
      if (!too_long && Trim(line).empty()) continue;
      ParseLine(line, too_long, item);
      return true;
    }
  }

  Status status() const override { return status_; }

 private:
  void ParseLine(const std::string& line, bool too_long, ReadItem* item) {
    item->doc = Document();
    item->error = Status::OK();
    Document& doc = item->doc;
    doc.origin = path_ + ":" + std::to_string(line_number_);
    doc.id = doc.origin;
    if (too_long) {
      item->error = Status::ResourceExhausted(
          "line is over the limit of " +
          std::to_string(options_.max_document_bytes) + " bytes");
      return;
    }
    // The JSON parser rejects invalid UTF-8 inside strings; check first so the
    // error says what is wrong, and repair the line when asked to.
    std::string repaired;
    const std::string* json_text = &line;
    if (size_t bad = utf8::FindInvalid(line); bad != utf8::kValid) {
      if (!options_.repair_utf8) {
        item->error = Status::Corruption(
            "invalid UTF-8 at byte " + std::to_string(bad) +
            " of the line (use --repair-utf8 to replace invalid bytes)");
        return;
      }
      repaired = utf8::Repair(line);
      json_text = &repaired;
    }
    nlohmann::json obj;
    try {
      obj = nlohmann::json::parse(*json_text, nullptr,
                                  /*allow_exceptions=*/false);
    } catch (const std::exception& e) {
      // Parse errors are not thrown; anything else (memory) is this line's
      // error.
      item->error =
          Status::ResourceExhausted(std::string("JSON parser: ") + e.what());
      return;
    }
    if (obj.is_discarded()) {
      item->error = Status::Corruption("not valid JSON");
      return;
    }
    if (!obj.is_object()) {
      item->error = Status::Corruption("not a JSON object");
      return;
    }
    if (!StringField(obj, "id", &doc.id)) {
      item->error = Status::Corruption("\"id\" is not a string");
      return;
    }
    if (doc.id.empty()) doc.id = doc.origin;
    for (auto [key, field] : {std::pair{"date", &doc.date},
                              {"lang", &doc.lang},
                              {"source", &doc.source},
                              {"url", &doc.url},
                              {"title", &doc.title}}) {
      if (!StringField(obj, key, field)) {
        item->error =
            Status::Corruption(std::string("\"") + key + "\" is not a string");
        return;
      }
    }
    auto text = obj.find("text");
    if (text == obj.end() || !text->is_string()) {
      item->error = Status::Corruption(
          text == obj.end() ? "no \"text\" field" : "\"text\" is not a string");
      return;
    }
    doc.text = text->get<std::string>();
    if (doc.date.empty()) doc.date = options_.default_date;
    item->error = CheckDocumentText(options_, &doc);
  }

  std::string path_;
  ReaderOptions options_;
  std::unique_ptr<BufferedInput> input_;
  size_t line_number_ = 0;
  bool done_ = false;
  Status status_;
};

}  // namespace

std::unique_ptr<DocumentReader> NewJsonlReader(
    const std::string& name, std::unique_ptr<BufferedInput> input,
    const ReaderOptions& options) {
  return std::make_unique<JsonlReader>(name, std::move(input), options);
}

}  // namespace isnad::ingest
