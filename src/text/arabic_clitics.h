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
  std::string_view norm;     // NormalizeWord(surface); valid until the next Analyze().
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
  // to a power of two, at most 1<<22; 128 bytes each): a direct-mapped table where a
  // new word replaces the one in its slot, so frequent words stay and memory is
  // bounded. A fixed 2048-slot table in front of it keeps recently hit words.
  ArabicSegmenter(const Vocabulary* vocabulary, size_t cache_entries);

  // Analyzes `surface`, a word of Arabic letters, marks and ignorable format
  // characters (anything else makes it unsegmentable: it is normalized whole).
  // The returned reference is valid until the next call.
  const ArabicWord& Analyze(std::string_view surface, Mode mode);

  uint64_t cache_hits() const { return cache_hits_; }
  uint64_t cache_misses() const { return cache_misses_; }

 private:
  // Surface forms up to this many bytes (27 letters with no marks) are cached, with
  // their normalized form when it has at most kMaxCachedNormBytes.
  static constexpr size_t kMaxCachedBytes = 54;
  static constexpr size_t kMaxCachedNormBytes = 55;
  // Slots of the small table in front of the large one (128 bytes each).
  static constexpr size_t kHotSlots = 2048;

  // One entry of the direct-mapped cache: the surface form and its whole analysis,
  // normalized form included, so that a hit is a lookup and a copy of a few bytes
  // (recomputing the normalized form on a hit was a third of the Arabic word time).
  // Two cache lines; the tables are aligned so that a slot never spans a third.
  struct Slot {
    uint64_t hash = 0;  // 0: empty.
    uint8_t key_size = 0;
    uint8_t norm_size = 0;
    uint8_t stem_begin = 0;   // Byte span of the stem in the surface.
    uint8_t stem_end = 0;
    uint8_t stem_offset = 0;  // Stem key in the normalized form.
    uint8_t stem_size = 0;
    uint16_t clitics = kCliticNone;
    Pronoun pronoun = Pronoun::kNone;
    char key[kMaxCachedBytes];
    char norm[kMaxCachedNormBytes];
  };
  static_assert(sizeof(Slot) == 128);

  // Allocates the two tables zeroed and aligned to 64 bytes; false when out of memory.
  bool AllocateCache();

  // Analyzes `surface` into `*out`, whose `norm` then views `*norm`.
  void Compute(std::string_view surface, Mode mode, std::string* norm, ArabicWord* out) const;

  const Vocabulary* vocabulary_;
  size_t cache_slots_;        // A power of two.
  // The tables are allocated zeroed on first use by calloc (hash 0: every slot
  // empty): the allocator takes fresh pages from the kernel, already zero, where
  // value-initializing a vector wrote all 32 MiB; pages never hit stay untouched.
  // `memory_` owns both tables (plus 64 bytes of slack for the alignment).
  struct Free {
    void operator()(void* p) const { std::free(p); }
  };
  std::unique_ptr<void, Free> memory_;
  Slot* cache_ = nullptr;  // cache_slots_ slots.
  Slot* hot_ = nullptr;    // kHotSlots slots; recently hit words.
  std::string norm_;       // The normalized form computed on a miss.
  ArabicWord scratch_;
  uint64_t cache_hits_ = 0;
  uint64_t cache_misses_ = 0;
};

}  // namespace isnad::text

#endif  // ISNAD_TEXT_ARABIC_CLITICS_H_
