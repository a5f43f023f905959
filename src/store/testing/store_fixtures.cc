#include "store/testing/store_fixtures.h"

#include <utility>

namespace isnad::testing {

events::Event MakeEvent(const std::string& source, const std::string& target, const std::string& code,
                        std::optional<std::string> date, uint32_t sentence_index) {
  events::Event e;
  e.sentence_index = sentence_index;
  e.sentence = source + " did " + code + " to " + target;
  e.lang = "en";
  e.span_begin = 0;
  e.span_end = static_cast<uint32_t>(e.sentence.size());
  e.source = {source, source + " text", 0, 3};
  e.target = {target, target + " text", 10, 13};
  e.code = code;
  e.root = code.substr(0, 2);
  e.name = "name of " + code;
  const int root = std::stoi(e.root);
  e.quad_class = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  e.goldstein = root <= 9 ? 5.0 : -5.0;
  e.plover_type = root >= 18 ? "ASSAULT" : root <= 9 ? "COOPERATE" : "ACCUSE";
  e.trigger_text = "did";
  e.trigger_begin = 4;
  e.trigger_end = 7;
  e.date = std::move(date);
  return e;
}

store::DocumentInput MakeDoc(const std::string& id, const std::string& date, const std::string& outlet,
                             std::vector<events::Event> events) {
  store::DocumentInput in;
  in.doc.id = id;
  in.doc.text = "text of " + id;
  in.doc.date = date;
  in.doc.lang = "en";
  in.doc.source = outlet;
  for (auto& e : events) e.doc_id = id;
  in.events = std::move(events);
  return in;
}

}  // namespace isnad::testing
