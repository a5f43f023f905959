// The JSONL reader: one JSON object a line. Blank lines are skipped; a line
// that is not a JSON object, lacks a string "text", or fails the text checks is
// an error item naming "<file>:<line>" and the id when known. A UTF-8 byte
// order mark at the start of a line is dropped. The input may be
// gzip-compressed (.jsonl.gz).
//
// Two parsers, one behaviour: simdjson parses a well-formed line (a JSON
// object whose known fields have the expected types) several times faster than
// nlohmann-json builds its tree, which made the reader the serial part of
// `isnad code` with several workers; every other line (invalid JSON, invalid
// UTF-8, a number simdjson does not take, a field of the wrong type) goes
// through nlohmann-json, whose checks and messages are the reader's contract.
// Like nlohmann-json, the last of repeated keys wins.
#include <simdjson.h>

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
    std::string& line = line_;
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
      if (too_long || !ParseFast(item)) ParseLine(line, too_long, item);
      return true;
    }
  }

  Status status() const override { return status_; }

 private:
  // Parses line_ with simdjson into `item` and returns true, or returns false
  // (item unspecified) when the line needs ParseLine: anything but an object
  // with a string "text" and string or null known fields ("id" also an integer).
  bool ParseFast(ReadItem* item) {
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: keep them allocated.
    if (line_.capacity() < line_.size() + simdjson::SIMDJSON_PADDING) {
      line_.reserve(line_.size() + simdjson::SIMDJSON_PADDING);
    }
    simdjson::dom::element root;
    if (parser_.parse(line_.data(), line_.size(), /*realloc_if_needed=*/false).get(root) != simdjson::SUCCESS) {
      return false;
    }
    simdjson::dom::object obj;
    if (root.get_object().get(obj) != simdjson::SUCCESS) return false;
    std::string_view id, date, lang, source, url, title, text;
    bool has_id = false, has_text = false;
    int64_t numeric_id = 0;
    bool id_is_number = false;
    for (auto field : obj) {
      const std::string_view key = field.key;
      std::string_view* slot = nullptr;
      if (key == "id") {
        if (field.value.is_null()) {
          has_id = false;
          continue;
        }
        if (field.value.is_int64()) {
          numeric_id = field.value.get_int64().value_unsafe();
          id_is_number = has_id = true;
          continue;
        }
        slot = &id;
        has_id = true;
        id_is_number = false;
      } else if (key == "date") {
        slot = &date;
      } else if (key == "lang") {
        slot = &lang;
      } else if (key == "source") {
        slot = &source;
      } else if (key == "url") {
        slot = &url;
      } else if (key == "title") {
        slot = &title;
      } else if (key == "text") {
        if (!field.value.is_string()) return false;
        text = field.value.get_string().value_unsafe();
        has_text = true;
        continue;
      } else {
        continue;
      }
      if (field.value.is_null()) {
        *slot = {};
      } else if (field.value.is_string()) {
        *slot = field.value.get_string().value_unsafe();
      } else {
        return false;
      }
    }
    if (!has_text) return false;
    item->doc = Document();
    item->error = Status::OK();
    Document& doc = item->doc;
    doc.origin = path_ + ":" + std::to_string(line_number_);
    if (has_id) doc.id = id_is_number ? std::to_string(numeric_id) : std::string(id);
    if (doc.id.empty()) doc.id = doc.origin;
    doc.date = date;
    doc.lang = lang;
    doc.source = source;
    doc.url = url;
    doc.title = title;
    doc.text = text;
    if (doc.date.empty()) doc.date = options_.default_date;
    item->error = CheckDocumentText(options_, &doc);
    return true;
  }

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
  std::string line_;  // The current line, its buffer reused.
  simdjson::dom::parser parser_;
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
