// The JSON event record, written by hand: it is the hot path of `isnad code`,
// and appending literal keys and escaped values to one buffer costs no
// allocation per field. writer_test.cc parses the output back with
// nlohmann::json.
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "events/writer.h"
#include "events/writer_internal.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace isnad::events {
namespace {

// True if `s` can go between JSON quotes as it is: valid UTF-8 without quotes,
// backslashes or control characters.
bool IsJsonSafe(std::string_view s) {
  for (char c : s) {
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
      return false;
    }
  }
  return utf8::IsValid(s);
}

void AppendString(std::string_view s, std::string* out) {
  out->push_back('"');
  if (IsJsonSafe(s)) {
    out->append(s);
  } else {
    AppendJsonEscaped(s, out);
  }
  out->push_back('"');
}

// A string, or null when empty.
void AppendStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->append("null");
  } else {
    AppendString(s, out);
  }
}

void AppendNumberOrNull(const std::optional<double>& v, std::string* out) {
  if (v.has_value() && std::isfinite(*v)) {
    internal::AppendDouble(*v, out);
  } else {
    out->append("null");
  }
}

void AppendActor(const EventActor& actor, std::string* out) {
  out->append("{\"code\":");
  AppendStringOrNull(actor.code, out);
  out->append(",\"text\":");
  AppendStringOrNull(actor.text, out);
  out->push_back('}');
}

void AppendLocation(const std::optional<Location>& location, std::string* out) {
  if (!location.has_value()) {
    out->append("null");
    return;
  }
  out->append("{\"name\":");
  AppendStringOrNull(location->name, out);
  out->append(",\"country\":");
  AppendStringOrNull(location->country, out);
  out->append(",\"lat\":");
  AppendNumberOrNull(location->lat, out);
  out->append(",\"lon\":");
  AppendNumberOrNull(location->lon, out);
  out->append(",\"alternatives\":[");
  for (size_t i = 0; i < location->alternatives.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendString(location->alternatives[i], out);
  }
  out->append("]}");
}

}  // namespace

void AppendEventJson(const Event& e, std::string* out) {
  out->append("{\"doc_id\":");
  AppendString(e.doc_id, out);
  out->append(",\"sentence_index\":");
  internal::AppendUint(e.sentence_index, out);
  out->append(",\"sentence\":");
  AppendString(e.sentence, out);
  out->append(",\"lang\":");
  AppendStringOrNull(e.lang, out);
  out->append(",\"span\":[");
  internal::AppendUint(e.span_begin, out);
  out->push_back(',');
  internal::AppendUint(e.span_end, out);
  out->append("],\"source\":");
  AppendActor(e.source, out);
  out->append(",\"target\":");
  AppendActor(e.target, out);

  out->append(",\"event\":{\"code\":");
  AppendStringOrNull(e.code, out);
  out->append(",\"root\":");
  AppendStringOrNull(e.root, out);
  out->append(",\"name\":");
  AppendStringOrNull(e.name, out);
  out->append(",\"quad_class\":");
  if (e.quad_class > 0) {
    internal::AppendUint(static_cast<uint64_t>(e.quad_class), out);
  } else {
    out->append("null");
  }
  out->append(",\"goldstein\":");
  AppendNumberOrNull(e.goldstein, out);
  out->append(",\"text\":");
  AppendStringOrNull(e.trigger_text, out);

  out->append("},\"plover\":{\"type\":");
  AppendStringOrNull(e.plover_type, out);
  out->append(",\"mode\":");
  AppendStringOrNull(e.plover_mode, out);

  out->append("},\"date\":");
  if (e.date.has_value()) {
    AppendStringOrNull(*e.date, out);
  } else {
    out->append("null");
  }
  out->append(",\"date_text\":");
  AppendStringOrNull(e.date_text, out);
  out->append(",\"location\":");
  AppendLocation(e.location, out);

  out->append(",\"attribution\":[");
  for (size_t i = 0; i < e.attribution.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->append("{\"text\":");
    AppendStringOrNull(e.attribution[i].text, out);
    out->append(",\"kind\":");
    AppendStringOrNull(e.attribution[i].kind, out);
    out->push_back('}');
  }
  out->append("],\"certainty\":\"");
  out->append(CertaintyName(e.certainty));
  out->append("\",\"background\":");
  out->append(e.background ? "true" : "false");
  out->push_back('}');
}

}  // namespace isnad::events
