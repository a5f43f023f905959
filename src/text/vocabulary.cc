#include "text/vocabulary.h"

namespace isnad::text {
namespace {

std::string Key(Lang lang, std::string_view word) {
  std::string key;
  key.reserve(word.size() + 1);
  key.push_back(static_cast<char>(lang));
  key.append(word);
  return key;
}

}  // namespace

void Vocabulary::Add(Lang lang, std::string_view normalized_word) {
  if (normalized_word.empty()) return;
  words_.insert(Key(lang, normalized_word));
}

bool Vocabulary::Contains(Lang lang, std::string_view normalized_word) const {
  // A small stack buffer avoids a heap allocation per lookup for ordinary words.
  char buf[128];
  if (normalized_word.size() + 1 <= sizeof buf) {
    buf[0] = static_cast<char>(lang);
    normalized_word.copy(buf + 1, normalized_word.size());
    return words_.find(std::string_view(buf, normalized_word.size() + 1)) != words_.end();
  }
  return words_.find(Key(lang, normalized_word)) != words_.end();
}

}  // namespace isnad::text
