#include "util/word_table.h"

#include <cassert>

namespace isnad {

uint32_t WordTable::Insert(std::string_view word) {
  const uint32_t found = Find(word);
  if (found != kAbsent) return found;
  assert(size() < (size_t{1} << 31) && text_.size() + word.size() < (uint64_t{1} << 32));
  const uint32_t id = static_cast<uint32_t>(size());
  text_.append(word);
  offset_.push_back(static_cast<uint32_t>(text_.size()));
  if (2 * (size() + 1) > slots_.size()) {
    Grow();  // Rehashes every word, this one included.
    return id;
  }
  const uint64_t h = WordHash(word);
  size_t i = h & mask_;
  while (slots_[i].tag != 0) i = (i + 1) & mask_;
  slots_[i] = Slot{Tag(h), id};
  return id;
}

void WordTable::Grow() {
  size_t slots = slots_.empty() ? 16 : 2 * slots_.size();
  while (slots < 2 * (size() + 1)) slots *= 2;
  slots_.assign(slots, Slot{});
  mask_ = slots - 1;
  for (uint32_t id = 0; id < size(); ++id) {
    const uint64_t h = WordHash(word(id));
    size_t i = h & mask_;
    while (slots_[i].tag != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{Tag(h), id};
  }
}

}  // namespace isnad
