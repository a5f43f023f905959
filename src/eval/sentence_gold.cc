#include "eval/sentence_gold.h"

#include <nlohmann/json.hpp>

namespace isnad::eval {
namespace {

bool SameActor(const std::string& want, const std::string& got, bool strict) {
  if (strict) return want == got;
  return want.size() >= 3 && got.size() >= 3 && want.compare(0, 3, got, 0, 3) == 0;
}

bool SameCode(const std::string& want, const std::string& got, bool strict) {
  if (strict) return want == got;
  return want.size() >= 2 && got.size() >= 2 && want.compare(0, 2, got, 0, 2) == 0;
}

bool Matches(const GoldSentenceEvent& x, const events::Event& e, bool strict) {
  if (!SameCode(x.code, e.code, strict)) return false;
  if (SameActor(x.source, e.source.code, strict) && SameActor(x.target, e.target.code, strict)) return true;
  return x.either_direction && SameActor(x.source, e.target.code, strict) &&
         SameActor(x.target, e.source.code, strict);
}

std::string Describe(const events::Event& e) {
  return e.source.code + " -> " + e.target.code + " " + e.code + " '" + e.trigger_text + "'";
}

}  // namespace

StatusOr<std::vector<GoldSentence>> ParseSentenceGold(std::string_view jsonl, const std::string& origin) {
  std::vector<GoldSentence> out;
  size_t start = 0, line_no = 0;
  while (start < jsonl.size()) {
    size_t nl = jsonl.find('\n', start);
    std::string_view line = jsonl.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? jsonl.size() : nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::string where = origin + ":" + std::to_string(line_no);
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status::Corruption(where + ": not a JSON object");
    if (!j.contains("text") || !j["text"].is_string()) return Status::Corruption(where + ": no \"text\"");
    if (!j.contains("events") || !j["events"].is_array()) return Status::Corruption(where + ": no \"events\" array");
    GoldSentence g;
    g.id = j.value("id", where);
    g.text = j["text"].get<std::string>();
    if (j.contains("date") && j["date"].is_string()) g.date = j["date"].get<std::string>();
    if (j.contains("construction") && j["construction"].is_array()) {
      for (const auto& c : j["construction"]) {
        if (c.is_string()) g.constructions.push_back(c.get<std::string>());
      }
    }
    for (const auto& e : j["events"]) {
      if (!e.is_object() || !e.contains("source") || !e.contains("target") || !e.contains("code") ||
          !e["source"].is_string() || !e["target"].is_string() || !e["code"].is_string()) {
        return Status::Corruption(where + ": an event needs string source, target and code");
      }
      GoldSentenceEvent x;
      x.source = e["source"].get<std::string>();
      x.target = e["target"].get<std::string>();
      x.code = e["code"].get<std::string>();
      if (e.contains("certainty") && e["certainty"].is_string()) {
        x.certainty = e["certainty"].get<std::string>();
        x.certainty_given = true;
      }
      x.either_direction = e.value("either_direction", false);
      x.optional = e.value("optional", false);
      g.events.push_back(std::move(x));
    }
    out.push_back(std::move(g));
  }
  return out;
}

SentenceGoldScore ScoreSentenceGold(const std::vector<GoldSentence>& gold,
                                    const std::vector<std::vector<events::Event>>& emitted, bool strict) {
  SentenceGoldScore s;
  for (size_t i = 0; i < gold.size(); ++i) {
    const GoldSentence& g = gold[i];
    // A hypothetical event (a condition, a possibility, a question) reports no
    // act: the gold gives such sentences no event, so it is not scored, as the
    // negated events the coder leaves out.
    std::vector<events::Event> evs;
    if (i < emitted.size()) {
      for (const auto& e : emitted[i]) {
        if (e.certainty != events::Certainty::kHypothetical) evs.push_back(e);
      }
    }
    PRCount c;
    std::vector<bool> used(evs.size(), false);
    for (const GoldSentenceEvent& x : g.events) {
      if (!x.optional) ++c.expected;
      bool found = false;
      for (size_t k = 0; k < evs.size(); ++k) {
        if (used[k] || !Matches(x, evs[k], strict)) continue;
        used[k] = true;
        found = true;
        if (!x.optional) {
          ++c.matched;
          ++c.correct;
          ++c.emitted;
          ++s.certainty_checked;
          std::string want = x.certainty_given ? x.certainty : "asserted";
          s.certainty_right += want == events::CertaintyName(evs[k].certainty);
        }
        break;
      }
      if (!found && !x.optional) {
        s.lines.push_back(g.id + " MISSING " + x.source + " -> " + x.target + " " + x.code + "  | " + g.text);
      }
    }
    for (size_t k = 0; k < evs.size(); ++k) {
      if (used[k]) continue;
      // A duplicate of a matched expected event is not a false positive either.
      bool optional_or_dup = false;
      for (const GoldSentenceEvent& x : g.events) optional_or_dup |= Matches(x, evs[k], strict);
      if (optional_or_dup) continue;
      ++c.emitted;
      s.lines.push_back(g.id + " FALSE " + Describe(evs[k]) + "  | " + g.text);
    }
    auto add = [&](PRCount& to) {
      to.expected += c.expected;
      to.matched += c.matched;
      to.emitted += c.emitted;
      to.correct += c.correct;
    };
    add(s.total);
    for (const auto& con : g.constructions) add(s.by_construction[con]);
  }
  return s;
}

}  // namespace isnad::eval
