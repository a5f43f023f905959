#include "eval/seed_gold.h"

#include <nlohmann/json.hpp>

namespace isnad::eval {
namespace {

std::vector<std::string> StringOrList(const nlohmann::json& j) {
  std::vector<std::string> out;
  if (j.is_string()) out.push_back(j.get<std::string>());
  if (j.is_array()) {
    for (const auto& x : j) {
      if (x.is_string()) out.push_back(x.get<std::string>());
    }
  }
  return out;
}

GoldEvent ParseEntry(const nlohmann::json& j) {
  GoldEvent g;
  g.id = j.value("id", "");
  g.snippet = j.value("snippet", "");
  if (j.contains("source")) g.sources = StringOrList(j["source"]);
  if (j.contains("target")) g.targets = StringOrList(j["target"]);
  if (j.contains("roots")) g.roots = StringOrList(j["roots"]);
  g.either_direction = j.value("either_direction", false);
  if (j.contains("attribution_any")) g.attribution_any = StringOrList(j["attribution_any"]);
  g.certainty_not = j.value("certainty_not", "");
  g.date_prefix = j.value("date_prefix", "");
  g.location = j.value("location", "");
  return g;
}

bool PrefixIn(const std::string& code, const std::vector<std::string>& prefixes) {
  std::string p = code.substr(0, 3);
  for (const auto& x : prefixes) {
    if (p == x) return true;
  }
  return false;
}

bool Matches(const GoldEvent& g, const events::Event& e) {
  if (e.sentence.find(g.snippet) == std::string::npos) return false;
  bool root_ok = false;
  for (const auto& r : g.roots) root_ok |= e.code.compare(0, r.size(), r) == 0 && e.code.size() > r.size() - 1;
  if (!root_ok) return false;
  if (PrefixIn(e.source.code, g.sources) && PrefixIn(e.target.code, g.targets)) return true;
  return g.either_direction && PrefixIn(e.target.code, g.sources) && PrefixIn(e.source.code, g.targets);
}

std::string Describe(const events::Event& e) {
  return e.source.code + " -> " + e.target.code + " " + e.code + " '" + e.trigger_text + "' (sentence " +
         std::to_string(e.sentence_index) + ")";
}

}  // namespace

StatusOr<SeedGold> ParseSeedGold(std::string_view json) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::Corruption("gold file is not a JSON object");
  SeedGold gold;
  if (j.contains("doc_date") && j["doc_date"].is_string()) gold.doc_date = j["doc_date"].get<std::string>();
  for (const char* key : {"required", "optional"}) {
    if (!j.contains(key)) continue;
    if (!j[key].is_array()) return Status::Corruption(std::string("\"") + key + "\" is not an array");
    for (const auto& e : j[key]) {
      if (!e.is_object() || !e.contains("snippet") || !e["snippet"].is_string()) {
        return Status::Corruption(std::string("an entry of \"") + key + "\" has no snippet");
      }
      (std::string(key) == "required" ? gold.required : gold.optional).push_back(ParseEntry(e));
    }
  }
  if (j.contains("no_events")) gold.no_events = StringOrList(j["no_events"]);
  return gold;
}

SeedScore ScoreSeed(const SeedGold& gold, const std::vector<events::Event>& events) {
  SeedScore s;
  s.required = gold.required.size();
  s.emitted = events.size();
  for (const GoldEvent& g : gold.required) {
    const events::Event* first = nullptr;
    for (const auto& e : events) {
      if (Matches(g, e)) {
        first = &e;
        break;
      }
    }
    std::string line = g.id + " " + (first ? "found   " : "MISSING ") + g.snippet;
    if (first != nullptr) {
      ++s.found;
      line += "  <- " + Describe(*first);
      if (!g.attribution_any.empty()) {
        ++s.attribution.asked;
        bool ok = false;
        for (const auto& want : g.attribution_any) {
          for (const auto& a : first->attribution) ok |= a.text.find(want) != std::string::npos;
        }
        s.attribution.right += ok;
        line += ok ? "  attribution ok" : "  attribution WRONG";
      }
      if (!g.certainty_not.empty()) {
        ++s.certainty.asked;
        bool ok = events::CertaintyName(first->certainty) != g.certainty_not;
        s.certainty.right += ok;
        line += std::string(ok ? "  certainty ok (" : "  certainty WRONG (") + events::CertaintyName(first->certainty) + ")";
      }
      if (!g.date_prefix.empty()) {
        ++s.date.asked;
        bool ok = first->date && first->date->compare(0, g.date_prefix.size(), g.date_prefix) == 0;
        s.date.right += ok;
        line += ok ? "  date ok" : "  date WRONG (" + first->date.value_or("null") + ")";
      }
      if (!g.location.empty()) {
        ++s.location.asked;
        bool ok = first->location && first->location->country.compare(0, 3, g.location) == 0;
        s.location.right += ok;
        line += ok ? "  location ok" : "  location WRONG";
      }
    } else {
      if (!g.attribution_any.empty()) ++s.attribution.asked;
      if (!g.certainty_not.empty()) ++s.certainty.asked;
      if (!g.date_prefix.empty()) ++s.date.asked;
      if (!g.location.empty()) ++s.location.asked;
    }
    s.lines.push_back(std::move(line));
  }
  for (const auto& e : events) {
    bool required = false, optional = false;
    for (const GoldEvent& g : gold.required) required |= Matches(g, e);
    for (const GoldEvent& g : gold.optional) optional |= Matches(g, e);
    if (required) {
      ++s.true_positives;
    } else if (optional) {
      ++s.optional_matches;
    } else {
      ++s.false_positives;
      s.lines.push_back("false positive: " + Describe(e));
    }
  }
  s.recall = s.required ? static_cast<double>(s.found) / s.required : 0;
  size_t counted = s.true_positives + s.false_positives;
  s.precision = counted ? static_cast<double>(s.true_positives) / counted : 0;
  return s;
}

}  // namespace isnad::eval
