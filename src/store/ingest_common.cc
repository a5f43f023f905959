#include "store/ingest_common.h"

#include <cassert>

#include "store/schema.h"

namespace isnad::store::internal {

std::string ActorType(std::string_view code) {
  if (code.size() >= 3) {
    std::string_view head = code.substr(0, 3);
    if (head == "IGO" || head == "NGO" || head == "IMG" || head == "MNC" || head == "UIS") {
      std::string t(head);
      for (char& c : t) c = static_cast<char>(c - 'A' + 'a');
      return t;
    }
  }
  return code.size() == 3 ? "country" : "agent";
}

std::string OutletOf(const DocumentInput& input, const events::Event& event) {
  if (!input.doc.source.empty()) return input.doc.source;
  for (const auto& a : event.attribution) {
    if (a.kind == "outlet") return a.text;
  }
  return "";
}

std::string RootOf(const events::Event& event) {
  return event.root.empty() ? event.code.substr(0, 2) : event.root;
}

Status CheckDocumentId(const DocumentInput& input) {
  if (input.doc.id.empty()) return Status::InvalidArgument("document without an id");
  return Status::OK();
}

Status CheckEventCodes(const DocumentInput& input) {
  for (size_t i = 0; i < input.events.size(); ++i) {
    if (input.events[i].code.empty()) {
      return Status::InvalidArgument("event " + std::to_string(i) + " has no CAMEO code");
    }
  }
  return Status::OK();
}

std::map<uint32_t, const SentenceInput*> GatherSentences(const DocumentInput& input,
                                                         std::vector<SentenceInput>* from_events) {
  assert(from_events != nullptr);
  from_events->clear();
  // Reserved whole so that the pointers taken below stay valid.
  from_events->reserve(input.events.size());
  std::map<uint32_t, const SentenceInput*> sentences;
  for (const auto& s : input.sentences) sentences[s.index] = &s;
  for (const auto& ev : input.events) {
    if (sentences.count(ev.sentence_index) != 0) continue;
    SentenceInput& s = from_events->emplace_back();
    s.index = ev.sentence_index;
    s.text = ev.sentence;
    s.lang = ev.lang;
    s.begin = ev.span_begin;
    s.end = ev.span_end;
    sentences[s.index] = &s;
  }
  return sentences;
}

std::string SearchText(const SentenceInput& sentence) {
  std::string norm = NormalizeForSearch(sentence.text);
  if (!sentence.extra_search_words.empty()) {
    norm += ' ';
    norm += sentence.extra_search_words;
  }
  return norm;
}

MentionValues MakeMentionValues(const DocumentInput& input, const events::Event& event,
                                const DedupOptions& dedup) {
  MentionValues v;
  v.key = MakeDedupKey(event, input.doc.date, dedup);
  v.outlet = OutletOf(input, event);
  v.root = RootOf(event);
  v.source_country = CountryOf(event.source.code);
  v.target_country = CountryOf(event.target.code);
  if (event.location) {
    for (const auto& a : event.location->alternatives) {
      if (!v.alternatives.empty()) v.alternatives += '|';
      v.alternatives += a;
    }
  }
  return v;
}

std::string GroupOf(const DedupKey& key) {
  return key.source_actor + '\x1f' + key.target_actor + '\x1f' + key.code_key + '\x1f' + key.date_key;
}

StatusOr<bool> ChooseDedupRule(std::string_view stored, const DedupOptions& wanted, bool adopt_stored,
                               const std::string& store_name, DedupOptions* rule) {
  assert(rule != nullptr);
  if (adopt_stored && !stored.empty()) {
    auto parsed = ParseDedupDescription(stored);
    if (!parsed.ok()) return parsed.status().Annotate(store_name);
    *rule = *parsed;
    return false;
  }
  *rule = wanted;
  return stored != DescribeDedup(wanted);
}

}  // namespace isnad::store::internal
