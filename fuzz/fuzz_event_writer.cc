// Fuzzes the JSONL event writer's string fields against the one reference escape
// (util/strings AppendJsonEscaped): the writer takes shortcuts (eight and sixteen
// bytes at a time, clean runs copied whole), and whatever path it takes, each
// field must be exactly what the reference writes, and the line must parse as
// JSON whose fields read back as the input's valid UTF-8. The input is split at
// its form feeds into the sentence, the trigger text and the document id.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "events/event.h"
#include "events/writer.h"
#include "util/strings.h"

namespace {

std::string Escaped(std::string_view s) {
  std::string out = "\"";
  isnad::AppendJsonEscaped(s, &out);
  return out + "\"";
}

// Aborts unless `line` holds the field `key` with `value` escaped as the
// reference escapes it.
void CheckField(const std::string& line, const std::string& key, std::string_view value) {
  const std::string expected = "\"" + key + "\":" + Escaped(value);
  if (line.find(expected) == std::string::npos) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string_view parts[3];
  for (auto& part : parts) {
    const size_t ff = text.find('\f');
    part = text.substr(0, ff);
    text = ff == std::string_view::npos ? std::string_view() : text.substr(ff + 1);
  }
  isnad::events::Event e;
  e.sentence = parts[0];
  e.trigger_text = parts[1];
  e.doc_id = parts[2];
  std::string line;
  isnad::events::AppendEventJson(e, &line);
  CheckField(line, "sentence", e.sentence);
  if (!e.trigger_text.empty()) CheckField(line, "text", e.trigger_text);  // The event's text; empty is null.
  CheckField(line, "doc_id", e.doc_id);
  auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) std::abort();
  return 0;
}
