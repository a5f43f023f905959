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
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/analysis.h"
#include "text/vocabulary.h"
#include "util/hash.h"
#include "util/zeroed_memory.h"

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
  // The returned reference is valid until the next call. Inline, as the lookup in
  // the small table is the whole work for most words of running text; everything
  // else is out of line (AnalyzeCached, AnalyzeUncached).
  const ArabicWord& Analyze(std::string_view surface, Mode mode) {
    if (mode == Mode::kText && surface.size() <= kMaxCachedBytes && cache_ != nullptr) {
      const uint64_t hash = CacheHash(surface);
      const Slot& hot = hot_[hash & (kHotSlots - 1)];
      // Start loading the large table's slot while the small one is checked: on a
      // small-table miss the two memory latencies overlap.
      __builtin_prefetch(&cache_[hash & (cache_slots_ - 1)]);
      if (Matches(hot, hash, surface)) return Hit(hot);
      return AnalyzeCached(surface, hash);
    }
    return AnalyzeUncached(surface, mode);
  }

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

  // Whether the `n` bytes at `a` and `b` are equal: eight at a time, the last eight
  // overlapping the previous ones (four and four under eight bytes), reading only
  // inside both ranges. Cheaper than a call to memcmp for the short keys of the
  // word cache.
  static bool SameBytes(const char* a, const char* b, size_t n) {
    if (n < 8) {
      if (n >= 4) {  // Two overlapping four-byte reads.
        uint32_t x4;
        uint32_t y4;
        std::memcpy(&x4, a, 4);
        std::memcpy(&y4, b, 4);
        if (x4 != y4) return false;
        std::memcpy(&x4, a + n - 4, 4);
        std::memcpy(&y4, b + n - 4, 4);
        return x4 == y4;
      }
      for (size_t i = 0; i < n; ++i) {
        if (a[i] != b[i]) return false;
      }
      return true;
    }
    uint64_t x;
    uint64_t y;
    for (size_t i = 0; i + 8 < n; i += 8) {
      std::memcpy(&x, a + i, 8);
      std::memcpy(&y, b + i, 8);
      if (x != y) return false;
    }
    std::memcpy(&x, a + n - 8, 8);
    std::memcpy(&y, b + n - 8, 8);
    return x == y;
  }

  // The hash of a cached surface form, never 0 (an empty slot): its first and
  // last eight bytes (overlapping, or two halves and three bytes for shorter
  // forms) multiplied in, with a loop only for forms over 16 bytes, and the high
  // half folded into the low bits that index the tables. About half the
  // instructions of WordHash, which mixes more than a table whose keys are
  // compared anyway needs. REQUIRES: surface.size() <= kMaxCachedBytes.
  static uint64_t CacheHash(std::string_view surface) {
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    const char* p = surface.data();
    size_t n = surface.size();
    uint64_t h = (n + 1) * 0xBF58476D1CE4E5B9ull;
    if (n >= 8) {
      uint64_t w;
      while (n > 16) {
        std::memcpy(&w, p, 8);
        h = (h ^ w) * kMul;
        p += 8;
        n -= 8;
      }
      uint64_t a;
      uint64_t b;
      std::memcpy(&a, p, 8);
      std::memcpy(&b, p + n - 8, 8);
      h = (h ^ a) * kMul;
      h = (h ^ (b >> 1)) * 0x94D049BB133111EBull;
    } else if (n >= 4) {
      uint32_t a;
      uint32_t b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      h = (h ^ ((static_cast<uint64_t>(a) << 32) | b)) * kMul;
    } else if (n > 0) {
      h = (h ^ ((static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
                (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
                static_cast<unsigned char>(p[n - 1]))) *
          kMul;
    }
    return (h ^ (h >> 29) ^ (h >> 47)) | 1;
  }

  // Whether `slot` holds `surface`, whose CacheHash is `hash`.
  static bool Matches(const Slot& slot, uint64_t hash, std::string_view surface) {
    return slot.hash == hash && slot.key_size == surface.size() &&
           SameBytes(slot.key, surface.data(), surface.size());
  }

  // Counts a hit and returns the analysis held in `slot`.
  const ArabicWord& Hit(const Slot& slot) {
    ++cache_hits_;
    scratch_.norm = std::string_view(slot.norm, slot.norm_size);
    scratch_.stem_begin = slot.stem_begin;
    scratch_.stem_end = slot.stem_end;
    scratch_.stem_offset = slot.stem_offset;
    scratch_.stem_size = slot.stem_size;
    scratch_.clitics = slot.clitics;
    scratch_.pronoun = slot.pronoun;
    return scratch_;
  }

  // Analyze for a cacheable word of the text mode not in the small table, with
  // `hash` = CacheHash(surface): the large table, then Compute on a miss.
  // REQUIRES: the tables are allocated.
  const ArabicWord& AnalyzeCached(std::string_view surface, uint64_t hash);

  // Analyze for the rest: the dictionary mode, long words, and the first call
  // (which allocates the tables; without memory, words are computed uncached).
  const ArabicWord& AnalyzeUncached(std::string_view surface, Mode mode);

  // Analyzes `surface` into `*out`, whose `norm` then views `*norm`.
  void Compute(std::string_view surface, Mode mode, std::string* norm, ArabicWord* out) const;

  const Vocabulary* vocabulary_;
  size_t cache_slots_;        // A power of two.
  // The tables are allocated zeroed on first use (hash 0: every slot empty), in
  // fresh pages from the kernel, already zero, where value-initializing a vector
  // wrote all 32 MiB; pages never hit stay untouched. The block is backed by huge
  // pages where the kernel allows: a random lookup then rarely misses the TLB.
  // `memory_` owns both tables.
  ZeroedMemory memory_;
  Slot* cache_ = nullptr;  // cache_slots_ slots.
  Slot* hot_ = nullptr;    // kHotSlots slots; recently hit words.
  std::string norm_;       // The normalized form computed on a miss.
  ArabicWord scratch_;
  uint64_t cache_hits_ = 0;
  uint64_t cache_misses_ = 0;
};

}  // namespace isnad::text

#endif  // ISNAD_TEXT_ARABIC_CLITICS_H_
