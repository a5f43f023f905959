#include "text/vocabulary.h"

#include "util/hash.h"

namespace isnad::text {
namespace {

constexpr size_t kMinFilterBits = size_t{1} << 16;
constexpr size_t kFilterBitsPerWord = 16;

std::string Key(Lang lang, std::string_view word) {
  std::string key;
  key.reserve(word.size() + 1);
  key.push_back(static_cast<char>(lang));
  key.append(word);
  return key;
}

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
  for (const std::string& key : words_) {
    SetFilterBits(Fingerprint(static_cast<Lang>(key[0]), std::string_view(key).substr(1)));
  }
}

void Vocabulary::Add(Lang lang, std::string_view normalized_word) {
  if (normalized_word.empty()) return;
  if (!words_.insert(Key(lang, normalized_word)).second) return;
  if (words_.size() * kFilterBitsPerWord > filter_mask_ + 1) {
    RebuildFilter((filter_mask_ + 1) * 2);  // Rebuilds with the new word included.
  } else {
    SetFilterBits(Fingerprint(lang, normalized_word));
  }
}

bool Vocabulary::Contains(Lang lang, std::string_view normalized_word) const {
  if (!MayContain(Fingerprint(lang, normalized_word))) return false;
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
