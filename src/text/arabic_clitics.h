// text/arabic_clitics.h: segmentation of one Arabic word into proclitics (و ف, then
// ب ل ك or the future س, then the article ال; لل = ل + ال), stem and an enclitic
// pronoun (ه ها هم هما هن ك كم كن نا ني; not the bare ي, see the .cc) or the
// accusative tanween alef, validated
// against a Vocabulary so that names such as بنغازي or باريس stay whole. Part of the
// text stage, called by the Tokenizer for every word whose first letter is Arabic.
//
// Thread-safety: an ArabicSegmenter owns a word cache, so one instance is used by
// one thread at a time. The Vocabulary is shared read-only and must outlive it.
#ifndef ISNAD_TEXT_ARABIC_CLITICS_H_
#define ISNAD_TEXT_ARABIC_CLITICS_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/analysis.h"
#include "text/vocabulary.h"

namespace isnad::text {

// The analysis of one surface word. Offsets are byte offsets into the surface form
// given to Analyze(); stem_offset/stem_size address a substring of `norm`.
struct ArabicWord {
  std::string norm;        // NormalizeWord(surface).
  uint32_t stem_offset = 0;  // The stem key is norm.substr(stem_offset, stem_size).
  uint32_t stem_size = 0;
  uint32_t stem_begin = 0;   // Byte span of the stem in the surface.
  uint32_t stem_end = 0;
  uint16_t clitics = kCliticNone;
  Pronoun pronoun = Pronoun::kNone;
};

class ArabicSegmenter {
 public:
  enum class Mode : uint8_t {
    kText,        // Running text: all proclitics, the article and suffixes.
    kDictionary,  // Dictionary phrases: only the article (no و ف ب ل ك س, no suffix).
  };

  // `vocabulary` may be null: then only the article and its combinations with
  // و ف ب ك ل (and لل) are split. `cache_entries` sizes the word cache (rounded up
  // to a power of two, at most 1<<22; 64 bytes each): a direct-mapped table where a
  // new word replaces the one in its slot, so frequent words stay and memory is
  // bounded. A fixed 4096-slot table in front of it keeps recently hit words.
  ArabicSegmenter(const Vocabulary* vocabulary, size_t cache_entries);

  // Analyzes `surface`, a word of Arabic letters, marks and ignorable format
  // characters (anything else makes it unsegmentable: it is normalized whole).
  // The returned reference is valid until the next call.
  const ArabicWord& Analyze(std::string_view surface, Mode mode);

  uint64_t cache_hits() const { return cache_hits_; }
  uint64_t cache_misses() const { return cache_misses_; }

 private:
  // Surface forms up to this many bytes (19 letters with no marks) are cached.
  static constexpr size_t kMaxCachedBytes = 38;
  // Slots of the small table in front of the large one (64 bytes each).
  static constexpr size_t kHotSlots = 4096;

  // One entry of the direct-mapped cache: the surface form and its analysis as
  // offsets; the normalized form is recomputed on a hit (cheaper than storing it,
  // and it keeps an entry at 64 bytes, one cache line).
  struct Slot {
    uint64_t hash = 0;  // 0: empty.
    uint8_t key_size = 0;
    char key[kMaxCachedBytes];
    uint8_t stem_begin = 0;   // Byte span of the stem in the surface.
    uint8_t stem_end = 0;
    uint8_t stem_offset = 0;  // Stem key in the normalized form.
    uint8_t stem_size = 0;
    uint16_t clitics = kCliticNone;
    Pronoun pronoun = Pronoun::kNone;
  };
  static_assert(sizeof(Slot) <= 64);

  void Compute(std::string_view surface, Mode mode, ArabicWord* out) const;

  const Vocabulary* vocabulary_;
  size_t cache_slots_;        // A power of two.
  // The tables are allocated zeroed on first use by calloc (hash 0: every slot
  // empty): the allocator takes fresh pages from the kernel, already zero, where
  // value-initializing a vector wrote all 16 MiB; pages never hit stay untouched.
  struct FreeSlots {
    void operator()(Slot* p) const { std::free(p); }
  };
  std::unique_ptr<Slot[], FreeSlots> cache_;  // cache_slots_ slots.
  std::unique_ptr<Slot[], FreeSlots> hot_;    // kHotSlots slots; recently hit words.
  ArabicWord scratch_;
  uint64_t cache_hits_ = 0;
  uint64_t cache_misses_ = 0;
};

}  // namespace isnad::text

#endif  // ISNAD_TEXT_ARABIC_CLITICS_H_
