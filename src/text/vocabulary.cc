#include "text/vocabulary.h"

#include "util/hash.h"

namespace isnad::text {
namespace {

constexpr size_t kMinFilterBits = size_t{1} << 16;
constexpr size_t kFilterBitsPerWord = 16;

}  // namespace

Vocabulary::Vocabulary() { RebuildFilter(kMinFilterBits); }

uint64_t Vocabulary::Fingerprint(Lang lang, std::string_view word) {
  // The language seeds the hash, so one filter serves every language.
  return WordHash(word, static_cast<uint32_t>(lang) + 1);
}

void Vocabulary::SetFilterBits(uint64_t fingerprint) {
  const uint64_t a = fingerprint & filter_mask_;
  const uint64_t b = (fingerprint >> 32) & filter_mask_;
  filter_[a >> 6] |= uint64_t{1} << (a & 63);
  filter_[b >> 6] |= uint64_t{1} << (b & 63);
}

bool Vocabulary::MayContain(uint64_t fingerprint) const {
  const uint64_t a = fingerprint & filter_mask_;
  const uint64_t b = (fingerprint >> 32) & filter_mask_;
  return ((filter_[a >> 6] >> (a & 63)) & 1) != 0 && ((filter_[b >> 6] >> (b & 63)) & 1) != 0;
}

void Vocabulary::RebuildFilter(size_t bits) {
  filter_.assign(bits / 64, 0);
  filter_mask_ = bits - 1;
  for (size_t l = 0; l < words_.size(); ++l) {
    const WordTable& table = words_[l];
    for (uint32_t id = 0; id < table.size(); ++id) {
      SetFilterBits(Fingerprint(static_cast<Lang>(l), table.word(id)));
    }
  }
}

void Vocabulary::Add(Lang lang, std::string_view normalized_word) {
  const auto l = static_cast<size_t>(lang);
  if (normalized_word.empty() || l >= words_.size()) return;
  WordTable& table = words_[l];
  const size_t before = table.size();
  table.Insert(normalized_word);
  if (table.size() == before) return;  // Already there.
  ++size_;
  if (size_ * kFilterBitsPerWord > filter_mask_ + 1) {
    RebuildFilter((filter_mask_ + 1) * 2);  // Rebuilds with the new word included.
  } else {
    SetFilterBits(Fingerprint(lang, normalized_word));
  }
}

bool Vocabulary::Contains(Lang lang, std::string_view normalized_word) const {
  const auto l = static_cast<size_t>(lang);
  if (l >= words_.size() || !MayContain(Fingerprint(lang, normalized_word))) return false;
  return words_[l].Contains(normalized_word);
}

}  // namespace isnad::text
