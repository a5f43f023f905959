// Design note: the readers are strict about structure (a malformed file is an
// error with its place) and lenient about content the scorer does not need
// (extra columns, extra JSON fields). The scorer keeps one DetectionScore and one
// SpanScore per event type so that the assault and protest files can be scored
// by the same object.
#include "eval/arabic_gsr.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace isnad::eval {
namespace {

Status Where(std::string_view origin, size_t line, const std::string& message) {
  return Status::Corruption(std::string(origin) + ":" + std::to_string(line) + ": " + message);
}

// CAMEO agent codes (the second part of a code like IRQMIL, or the whole code
// of an actor without a country). IGO, NGO, IMG and the like are not agents:
// they take the country's place.
bool IsAgentCode(std::string_view c) {
  static constexpr std::string_view kAgents[] = {
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "REL", "LAB",
      "LEG", "HLH", "REF", "AGR", "DEV", "ELI", "ENV", "HRI", "MOD", "RAD", "UAF", "INS", "SEP", "PKO", "SET"};
  return std::find(std::begin(kAgents), std::end(kAgents), c) != std::end(kAgents);
}

double Ratio(size_t num, size_t den) { return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den); }

bool DetectsType(const std::vector<events::Event>& evs, const std::string& type) {
  for (const auto& e : evs) {
    if (e.plover_type == type && CountsAsNews(e)) return true;
  }
  return false;
}

StatusOr<std::vector<std::string>> WordList(const nlohmann::json& j, const std::string& where) {
  std::vector<std::string> out;
  if (j.is_null()) return out;
  if (!j.is_array()) return Status::Corruption(where + " is not an array");
  for (const auto& w : j) {
    if (!w.is_string()) return Status::Corruption(where + " holds a non-string");
    out.push_back(w.get<std::string>());
  }
  return out;
}

StatusOr<GsrRole> ParseRole(const nlohmann::json& j, const std::string& where) {
  GsrRole role;
  if (j.is_null() || j.is_string()) return role;  // Absent or "UNKNOWN": not checked.
  if (!j.is_object()) return Status::Corruption(where + " is neither an object nor a string");
  if (j.empty()) return role;
  auto part = [&](const char* key, std::string* out) -> Status {
    if (!j.contains(key)) return Status::OK();
    if (!j[key].is_string()) return Status::Corruption(where + "." + key + " is not a string");
    std::string v = j[key].get<std::string>();
    *out = v == "None" ? "" : v;
    return Status::OK();
  };
  ISNAD_RETURN_IF_ERROR(part("main", &role.country));
  ISNAD_RETURN_IF_ERROR(part("role", &role.agent));
  role.given = j.contains("main") || j.contains("role");
  return role;
}

}  // namespace

// ---- CSV

StatusOr<std::vector<CsvRecord>> ParseCsv(std::string_view text, std::string_view origin) {
  std::vector<CsvRecord> records;
  CsvRecord rec;
  std::string field;
  size_t line = 1;
  size_t i = 0;
  const size_t n = text.size();
  bool record_open = false;  // Some character of the current record was read.
  auto end_field = [&]() {
    rec.fields.push_back(std::move(field));
    field.clear();
  };
  auto end_record = [&]() {
    end_field();
    bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
    if (!blank) records.push_back(std::move(rec));
    rec = CsvRecord{};
    record_open = false;
  };
  while (i < n) {
    if (!record_open) {
      rec.line = line;
      record_open = true;
    }
    char c = text[i];
    if (c == '"' && field.empty()) {
      // A quoted field: up to the closing quote; "" is a quote.
      size_t open_line = line;
      ++i;
      bool closed = false;
      while (i < n) {
        if (text[i] == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        if (text[i] == '\n') ++line;
        field.push_back(text[i++]);
      }
      if (!closed) return Where(origin, open_line, "unterminated quoted field");
      if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        return Where(origin, line, "text after the closing quote of a field");
      }
      if (i < n && text[i] == ',') {
        end_field();
        ++i;
        if (i == n) end_record();
      }
      continue;
    }
    if (c == ',') {
      end_field();
      ++i;
      if (i == n) end_record();
      continue;
    }
    if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
    if (c == '\r' || c == '\n') {
      end_record();
      ++line;
      ++i;
      continue;
    }
    if (c == '"') return Where(origin, line, "quote inside an unquoted field");
    field.push_back(c);
    ++i;
  }
  if (record_open) end_record();
  return records;
}

// ---- sentence files

const char* GsrLabelName(GsrLabel label) {
  switch (label) {
    case GsrLabel::kYes: return "yes";
    case GsrLabel::kEasyNo: return "easy no";
    case GsrLabel::kDifficultNo: return "difficult no";
    case GsrLabel::kAmbiguous: return "ambiguous";
  }
  return "?";
}

StatusOr<std::vector<GsrSentence>> ParseGsrCsv(std::string_view text, std::string_view origin) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM.
  auto records = ParseCsv(text, origin);
  if (!records.ok()) return records.status();
  if (records->empty()) return Where(origin, 1, "empty file: expected a header row");
  const CsvRecord& header = records->front();
  int col_id = -1, col_label = -1, col_text = -1, col_type = -1;
  for (size_t k = 0; k < header.fields.size(); ++k) {
    const std::string& h = header.fields[k];
    if (h == "id") col_id = static_cast<int>(k);
    if (h == "label") col_label = static_cast<int>(k);
    if (h == "text") col_text = static_cast<int>(k);
    if (h == "event_type") col_type = static_cast<int>(k);
  }
  for (auto [col, name] : {std::pair{col_id, "id"}, {col_label, "label"}, {col_text, "text"}, {col_type, "event_type"}}) {
    if (col < 0) return Where(origin, header.line, std::string("header has no column '") + name + "'");
  }
  std::vector<GsrSentence> out;
  for (size_t r = 1; r < records->size(); ++r) {
    const CsvRecord& rec = (*records)[r];
    if (rec.fields.size() != header.fields.size()) {
      return Where(origin, rec.line, "expected " + std::to_string(header.fields.size()) + " fields, got " +
                                         std::to_string(rec.fields.size()));
    }
    GsrSentence s;
    s.line = rec.line;
    s.id = rec.fields[col_id];
    s.event_type = rec.fields[col_type];
    s.text = rec.fields[col_text];
    const std::string& label = rec.fields[col_label];
    if (label == "yes") {
      s.label = GsrLabel::kYes;
    } else if (label == "easy no") {
      s.label = GsrLabel::kEasyNo;
    } else if (label == "difficult no") {
      s.label = GsrLabel::kDifficultNo;
    } else if (label == "ambiguous") {
      s.label = GsrLabel::kAmbiguous;
    } else {
      return Where(origin, rec.line, "unknown label '" + label + "'");
    }
    if (s.id.empty()) return Where(origin, rec.line, "empty id");
    if (s.event_type.empty()) return Where(origin, rec.line, "empty event_type");
    out.push_back(std::move(s));
  }
  return out;
}

// ---- span files

StatusOr<std::vector<GsrSpanRecord>> ParseGsrSpans(std::string_view json, std::string_view origin) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_discarded()) return Status::Corruption(std::string(origin) + ": not valid JSON");
  if (!j.is_array()) return Status::Corruption(std::string(origin) + ": expected a JSON array of records");
  std::vector<GsrSpanRecord> out;
  for (size_t r = 0; r < j.size(); ++r) {
    const auto& x = j[r];
    std::string where = std::string(origin) + ": record " + std::to_string(r);
    if (!x.is_object()) return Status::Corruption(where + " is not an object");
    GsrSpanRecord rec;
    for (auto [key, out_field] : {std::pair{"source", &rec.id}, {"event_type", &rec.event_type}, {"text", &rec.text}}) {
      if (!x.contains(key) || !x[key].is_string()) {
        return Status::Corruption(where + ": field '" + key + "' missing or not a string");
      }
      *out_field = x[key].get<std::string>();
    }
    if (!x.contains("spans") || !x["spans"].is_array()) {
      return Status::Corruption(where + ": field 'spans' missing or not an array");
    }
    for (size_t k = 0; k < x["spans"].size(); ++k) {
      const auto& sj = x["spans"][k];
      std::string swhere = where + ": spans[" + std::to_string(k) + "]";
      if (!sj.is_object()) return Status::Corruption(swhere + " is not an object");
      GsrSpan span;
      auto get = [&](const char* key) { return sj.contains(key) ? sj[key] : nlohmann::json(); };
      auto words = WordList(get("source_actor"), swhere + ".source_actor");
      if (!words.ok()) return words.status();
      span.source_words = std::move(words).value();
      words = WordList(get("verb"), swhere + ".verb");
      if (!words.ok()) return words.status();
      span.verb_words = std::move(words).value();
      words = WordList(get("target_actor"), swhere + ".target_actor");
      if (!words.ok()) return words.status();
      span.target_words = std::move(words).value();
      auto role = ParseRole(get("source_role"), swhere + ".source_role");
      if (!role.ok()) return role.status();
      span.source = *role;
      role = ParseRole(get("target_role"), swhere + ".target_role");
      if (!role.ok()) return role.status();
      span.target = *role;
      rec.spans.push_back(std::move(span));
    }
    out.push_back(std::move(rec));
  }
  return out;
}

// ---- agreement

std::string GsrIdDate(std::string_view id) {
  // The third '_'-separated field, up to its '.'.
  size_t first = id.find('_');
  if (first == std::string_view::npos) return "";
  size_t second = id.find('_', first + 1);
  if (second == std::string_view::npos) return "";
  std::string_view field = id.substr(second + 1);
  field = field.substr(0, field.find('.'));
  if (field.size() != 8) return "";
  for (char c : field) {
    if (c < '0' || c > '9') return "";
  }
  auto number = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t k = pos; k < pos + len; ++k) v = v * 10 + (field[k] - '0');
    return v;
  };
  int year = number(0, 4), month = number(4, 2), day = number(6, 2);
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return "";
  std::string date;
  date.append(field.substr(0, 4)).append("-").append(field.substr(4, 2)).append("-").append(field.substr(6, 2));
  return date;
}

ActorParts SplitActorCode(std::string_view code) {
  ActorParts p;
  size_t pos = 0;
  if (code.size() >= 3 && !IsAgentCode(code.substr(0, 3))) {
    p.country = std::string(code.substr(0, 3));
    pos = 3;
  }
  for (; pos + 3 <= code.size(); pos += 3) {
    if (IsAgentCode(code.substr(pos, 3))) {
      p.agent = std::string(code.substr(pos, 3));
      break;
    }
  }
  return p;
}

bool RoleCountryAgrees(const GsrRole& role, std::string_view actor_code) {
  if (!role.given) return true;
  return SplitActorCode(actor_code).country == role.country;
}

bool RoleAgrees(const GsrRole& role, std::string_view actor_code) {
  if (!role.given) return true;
  ActorParts p = SplitActorCode(actor_code);
  return p.country == role.country && p.agent == role.agent;
}

bool SpanAgrees(const GsrSpan& span, const events::Event& event) {
  if (!span.source.given && !span.target.given) return false;
  return RoleAgrees(span.source, event.source.code) && RoleAgrees(span.target, event.target.code);
}

bool SpanCountryAgrees(const GsrSpan& span, const events::Event& event) {
  if (!span.source.given && !span.target.given) return false;
  return RoleCountryAgrees(span.source, event.source.code) && RoleCountryAgrees(span.target, event.target.code);
}

bool CodesClass(const events::Event& e) {
  using C = events::Certainty;
  return e.certainty == C::kAsserted || e.certainty == C::kReported || e.certainty == C::kAlleged;
}

bool CountsAsNews(const events::Event& e) { return !e.background && CodesClass(e); }

std::string DescribeEvents(const std::vector<events::Event>& evs) {
  std::string out;
  for (const auto& e : evs) {
    if (!out.empty()) out += "; ";
    out += (e.plover_type.empty() ? std::string("-") : e.plover_type) + " " + e.code + " " +
           (e.source.code.empty() ? "?" : e.source.code) + "->" + (e.target.code.empty() ? "?" : e.target.code) +
           " " + events::CertaintyName(e.certainty) + (e.background ? " background" : "") + " '" + e.trigger_text +
           "'";
  }
  return out;
}

// ---- scorer

DetectionScore& GsrScorer::DetectionFor(const std::string& type) {
  for (auto& d : detection_) {
    if (d.event_type == type) return d;
  }
  detection_.push_back(DetectionScore{});
  detection_.back().event_type = type;
  return detection_.back();
}

SpanScore& GsrScorer::SpansFor(const std::string& type) {
  for (auto& s : spans_) {
    if (s.event_type == type) return s;
  }
  spans_.push_back(SpanScore{});
  spans_.back().event_type = type;
  return spans_.back();
}

void GsrScorer::AddSentence(const GsrSentence& sentence, const std::vector<events::Event>& evs) {
  DetectionScore& d = DetectionFor(sentence.event_type);
  bool detected = DetectsType(evs, sentence.event_type);
  int li = static_cast<int>(sentence.label);
  ++d.labelled[li];
  if (detected) ++d.detected[li];
  if (sentence.label == GsrLabel::kAmbiguous) {
    if (keep_all_) {
      errors_.push_back(GsrError{sentence.event_type, "ambiguous", GsrLabelName(sentence.label), sentence.id,
                                 DescribeEvents(evs), sentence.text});
    }
    return;
  }
  bool positive = sentence.label == GsrLabel::kYes;
  if (positive && detected) ++d.true_positives;
  if (positive && !detected) ++d.false_negatives;
  if (!positive && detected) ++d.false_positives;
  if (!positive && !detected) ++d.true_negatives;
  if (positive != detected) {
    errors_.push_back(GsrError{sentence.event_type, positive ? "miss" : "false_positive", GsrLabelName(sentence.label),
                               sentence.id, DescribeEvents(evs), sentence.text});
  } else if (keep_all_) {
    errors_.push_back(GsrError{sentence.event_type, positive ? "true_positive" : "true_negative",
                               GsrLabelName(sentence.label), sentence.id, DescribeEvents(evs), sentence.text});
  }
}

void GsrScorer::AddSpanRecord(const GsrSpanRecord& record, const std::vector<events::Event>& evs) {
  SpanScore& s = SpansFor(record.event_type);
  ++s.records;
  std::vector<const events::Event*> found;
  bool news = false;
  for (const auto& e : evs) {
    if (e.plover_type != record.event_type || !CodesClass(e)) continue;
    found.push_back(&e);
    news |= CountsAsNews(e);
  }
  s.news_detected += news;
  if (found.empty()) {
    errors_.push_back(GsrError{record.event_type, "span_miss", "span", record.id, DescribeEvents(evs), record.text});
    return;
  }
  ++s.detected;
  bool has_roles = false;
  for (const auto& sp : record.spans) has_roles |= sp.source.given || sp.target.given;
  if (!has_roles) return;
  ++s.with_roles;
  bool agree = false, country_agree = false;
  for (const events::Event* e : found) {
    for (const auto& sp : record.spans) {
      agree |= SpanAgrees(sp, *e);
      country_agree |= SpanCountryAgrees(sp, *e);
    }
  }
  s.agreeing += agree;
  s.country_agreeing += country_agree;
  if (agree && keep_all_) {
    errors_.push_back(GsrError{record.event_type, "span_hit", "span", record.id, DescribeEvents(evs), record.text});
  }
  if (!agree) {
    std::string want;
    for (const auto& sp : record.spans) {
      auto side = [](const GsrRole& r) {
        if (!r.given) return std::string("*");
        return (r.country.empty() ? std::string("None") : r.country) + "/" + (r.agent.empty() ? "None" : r.agent);
      };
      if (!want.empty()) want += " | ";
      want += side(sp.source) + "->" + side(sp.target);
    }
    errors_.push_back(GsrError{record.event_type, "actor_disagree", "span", record.id,
                               "gold " + want + " ; isnad " + DescribeEvents(evs), record.text});
  }
}

std::vector<DetectionScore> GsrScorer::Detection() const {
  std::vector<DetectionScore> out = detection_;
  for (auto& d : out) {
    d.precision = Ratio(d.true_positives, d.true_positives + d.false_positives);
    d.recall = Ratio(d.true_positives, d.true_positives + d.false_negatives);
    d.f1 = d.precision + d.recall == 0 ? 0.0 : 2 * d.precision * d.recall / (d.precision + d.recall);
  }
  return out;
}

std::vector<SpanScore> GsrScorer::Spans() const {
  std::vector<SpanScore> out = spans_;
  for (auto& s : out) {
    s.class_recall = Ratio(s.detected, s.records);
    s.news_class_recall = Ratio(s.news_detected, s.records);
    s.actor_agreement = Ratio(s.agreeing, s.with_roles);
    s.country_agreement = Ratio(s.country_agreeing, s.with_roles);
  }
  return out;
}

}  // namespace isnad::eval
