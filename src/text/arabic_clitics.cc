// Design: the word is decoded once into letters, each with its folded form (for
// the keys), its original code point (the rules look at what was written: the
// article is written with a bare alef, never أ إ آ; a final ة is never the pronoun
// ه even though both fold to ه; the pronoun ي is never a folded ى) and its byte
// offset in the surface (for the stem span). Then, in this order:
//   1. a closed list of function words that look like article + word (إلى, الذي,
//      الله ...) stays whole;
//   2. a word that starts with the article is split after it (الجيش -> جيش) when at
//      least two letters remain;
//   3. a word the Vocabulary knows stays whole (بنغازي, باريس, لبنان);
//   4. proclitic sequences conj? (prep | future)? article? are tried from the
//      shortest up; one with the article is accepted on its form alone, one without
//      only when what remains is known (possibly after a pronoun suffix), so وحفتر
//      splits when حفتر is known and بنغازي never becomes ب + نغازي;
//   5. a pronoun suffix or tanween alef is split when the stem without it is known
//      and the whole is not (تدعمه -> تدعم + ه), never after the article (a noun
//      with ال takes no possessive suffix and no tanween), and never the bare ي
//      (in news it is the nisba ending of مصري, إسرائيلي far more often than "my").
// Results are cached per surface form in direct-mapped tables of 128-byte slots: a
// small one (256 KiB, stays in the L2 cache) holds the words seen again recently,
// a large one (word_cache_entries) the rest. Measured: std::unordered_map lookups,
// three dependent loads into a table far larger than the L2 cache, took half of the
// Arabic tokenization time; with one large table, a third was still the stall on
// its slot.
#include "text/arabic_clitics.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "text/chars.h"
#include "text/normalize.h"
#include "util/hash.h"
#include "util/utf8.h"

namespace isnad::text {
namespace {

constexpr size_t kMaxLetters = 48;  // Longer "words" are not segmented.

constexpr char32_t kAlef = 0x0627;
constexpr char32_t kAlefWasla = 0x0671;
constexpr char32_t kBeh = 0x0628;
constexpr char32_t kTeh = 0x062A;
constexpr char32_t kSeen = 0x0633;
constexpr char32_t kFeh = 0x0641;
constexpr char32_t kKaf = 0x0643;
constexpr char32_t kLam = 0x0644;
constexpr char32_t kMeem = 0x0645;
constexpr char32_t kNoon = 0x0646;
constexpr char32_t kHeh = 0x0647;
constexpr char32_t kWaw = 0x0648;
constexpr char32_t kYeh = 0x064A;

// Words that begin with ال (after folding) without carrying the article, or whose
// "remainder" would be nonsense: prepositions, relative pronouns, Allah, "now".
// Normalized forms.
constexpr std::string_view kFunctionWords[] = {
    "الى",  "الي",   "اليه",  "اليها", "اليهم", "اليهما", "اليك",  "اليكم",
    "الينا", "التي",  "الذي",  "الذين", "اللذين", "اللتين", "اللذان", "اللتان",
    "اللاتي", "اللواتي", "اللاءي", "الله",  "اللهم", "الان",  "الا",
};

// The third letters of kFunctionWords (after ال), as bits of a 256-bit set over
// the two-byte code points of the Arabic block: most words with the article
// (الجيش, الحكومة) leave on this test, before the list is walked.
constexpr std::array<uint64_t, 4> kFunctionWordThirdLetters = [] {
  std::array<uint64_t, 4> bits{};
  for (std::string_view w : kFunctionWords) {
    const unsigned index = ((static_cast<unsigned char>(w[4]) & 3u) << 6) |
                           (static_cast<unsigned char>(w[5]) & 0x3Fu);
    bits[index >> 6] |= uint64_t{1} << (index & 63);
  }
  return bits;
}();

// Every function word starts with ال and has 3 to 7 two-byte letters.
static_assert([] {
  for (std::string_view w : kFunctionWords) {
    if (w.size() < 6 || w.size() > 14 || w.substr(0, 4) != "\u0627\u0644") return false;
    for (size_t i = 0; i < w.size(); i += 2) {
      if (static_cast<unsigned char>(w[i]) < 0xD8 || static_cast<unsigned char>(w[i]) > 0xDB) {
        return false;
      }
    }
  }
  return true;
}());

bool IsFunctionWord(std::string_view norm) {
  // Ordinary words leave after the length, the article and the third letter.
  if (norm.size() < 6 || norm.size() > 14 || norm.substr(0, 4) != "\u0627\u0644") return false;
  const auto lead = static_cast<unsigned char>(norm[4]);
  if (lead < 0xD8 || lead > 0xDB) return false;
  const unsigned index = ((lead & 3u) << 6) | (static_cast<unsigned char>(norm[5]) & 0x3Fu);
  if (((kFunctionWordThirdLetters[index >> 6] >> (index & 63)) & 1) == 0) return false;
  for (std::string_view w : kFunctionWords) {
    if (w == norm) return true;
  }
  return false;
}

struct Letter {
  char32_t folded;
  char32_t orig;
  uint32_t byte;  // Offset of the letter in the surface.
  uint32_t norm;  // Offset of its folded form in the normalized word.
};

struct Suffix {
  std::array<char32_t, 3> letters;  // Original letters, 0-terminated when shorter.
  uint8_t size;
  Pronoun pronoun;
  bool is_pronoun;  // False for the tanween alef.
};

// Longest first, so هما is tried before ها and ه.
constexpr Suffix kSuffixes[] = {
    {{kHeh, kMeem, kAlef}, 3, Pronoun::k3d, true},
    {{kHeh, kAlef, 0}, 2, Pronoun::k3fs, true},
    {{kHeh, kMeem, 0}, 2, Pronoun::k3mp, true},
    {{kHeh, kNoon, 0}, 2, Pronoun::k3fp, true},
    {{kKaf, kMeem, 0}, 2, Pronoun::k2, true},
    {{kKaf, kNoon, 0}, 2, Pronoun::k2, true},
    {{kNoon, kAlef, 0}, 2, Pronoun::k1p, true},
    {{kNoon, kYeh, 0}, 2, Pronoun::k1s, true},
    {{kHeh, 0, 0}, 1, Pronoun::k3ms, true},
    {{kKaf, 0, 0}, 1, Pronoun::k2, true},
    // Not the bare ي "my": a final ي after a known word is the nisba ending far
    // more often in news (مصري "Egyptian", إسرائيلي "Israeli", from مصر, إسرائيل),
    // and demonyms carry the actors. ني "me" on verbs stays.
    {{kAlef, 0, 0}, 1, Pronoun::kNone, false},  // Accusative tanween: دعما -> دعم.
};

class WordAnalysis {
 public:
  WordAnalysis(const Vocabulary* vocabulary, const Letter* letters, size_t n,
               std::string_view norm)
      : vocabulary_(vocabulary), letters_(letters), n_(n), norm_(norm) {}

  std::string_view View(size_t a, size_t b) const {
    const uint32_t begin = letters_[a].norm;
    const uint32_t end = b < n_ ? letters_[b].norm : static_cast<uint32_t>(norm_.size());
    return norm_.substr(begin, end - begin);
  }

  bool Known(size_t a, size_t b) const {
    const std::string_view v = View(a, b);
    return IsFunctionWord(v) || (vocabulary_ != nullptr && vocabulary_->Contains(Lang::kAr, v));
  }

  // Finds the entries of kSuffixes that end the word (longest first; at most two
  // can, one of them the tanween alef) and keeps them for ResolveSuffix: every
  // candidate stem ends where the word does, so the letters are compared once per
  // word rather than once per candidate. Finds none without a vocabulary (no stem
  // could be known). Words whose last letter ends no suffix leave at once.
  void FindEndings() {
    endings_count_ = 0;
    if (vocabulary_ == nullptr || n_ == 0) return;
    const char32_t last = letters_[n_ - 1].orig;
    if (last != kAlef && last != kMeem && last != kNoon && last != kYeh && last != kHeh &&
        last != kKaf) {
      return;
    }
    for (const Suffix& s : kSuffixes) {
      if (n_ < s.size + 2u || endings_count_ == endings_.size()) continue;
      bool match = true;
      for (size_t i = 0; i < s.size; ++i) {
        // Original letters: a final ة (folded to ه) is never the pronoun ه, and a
        // final ى (folded to ي) never the pronoun ي.
        if (letters_[n_ - s.size + i].orig != s.letters[i]) {
          match = false;
          break;
        }
      }
      if (match) endings_[endings_count_++] = &s;
    }
  }

  // Whether [a, n) is known after removing one of the suffixes found by
  // FindEndings (tried longest first; the stem keeps at least two letters);
  // `*suffix` gets the one split off. REQUIRES: FindEndings() was called.
  bool ResolveSuffix(size_t a, const Suffix** suffix) const {
    for (size_t i = 0; i < endings_count_; ++i) {
      const Suffix& s = *endings_[i];
      if (n_ - a < s.size + 2u) continue;
      if (Known(a, n_ - s.size)) {
        *suffix = &s;
        return true;
      }
    }
    return false;
  }

  // Whether [a, n) is known as is or after removing a suffix; `*suffix` gets the
  // suffix split off (nullptr for none). REQUIRES: FindEndings() was called.
  bool Resolve(size_t a, const Suffix** suffix) const {
    *suffix = nullptr;
    return Known(a, n_) || ResolveSuffix(a, suffix);
  }

  bool Is(size_t i, char32_t folded) const { return i < n_ && letters_[i].folded == folded; }
  // The article's alef is written bare (or as alef wasla), never with a hamza.
  bool ArticleAt(size_t i) const {
    return i + 1 < n_ && (letters_[i].orig == kAlef || letters_[i].orig == kAlefWasla) &&
           letters_[i + 1].orig == kLam;
  }

 private:
  const Vocabulary* vocabulary_;
  const Letter* letters_;
  size_t n_;
  std::string_view norm_;
  std::array<const Suffix*, 4> endings_{};
  size_t endings_count_ = 0;
};

struct Candidate {
  uint8_t size;  // Letters of proclitics.
  uint16_t clitics;
  bool article;
};

}  // namespace

ArabicSegmenter::ArabicSegmenter(const Vocabulary* vocabulary, size_t cache_entries)
    : vocabulary_(vocabulary) {
  size_t slots = 64;
  while (slots < cache_entries && slots < (size_t{1} << 22)) slots <<= 1;
  cache_slots_ = slots;
}

bool ArabicSegmenter::AllocateCache() {
  // Slot holds integers and chars: all-zero bytes are an empty slot.
  if (!memory_.Allocate((cache_slots_ + kHotSlots) * sizeof(Slot))) return false;
  cache_ = static_cast<Slot*>(memory_.data());
  hot_ = cache_ + cache_slots_;
  return true;
}

const ArabicWord& ArabicSegmenter::AnalyzeUncached(std::string_view surface, Mode mode) {
  if (mode == Mode::kDictionary || surface.size() > kMaxCachedBytes ||
      (cache_ == nullptr && !AllocateCache())) {  // Out of memory: no cache.
    Compute(surface, mode, &norm_, &scratch_);
    return scratch_;
  }
  // The first word: the tables are new, so the small one cannot hold it.
  return AnalyzeCached(surface, CacheHash(surface));
}

const ArabicWord& ArabicSegmenter::AnalyzeCached(std::string_view surface, uint64_t hash) {
  const Mode mode = Mode::kText;
  if (Slot& slot = cache_[hash & (cache_slots_ - 1)]; Matches(slot, hash, surface)) {
    Slot& hot = hot_[hash & (kHotSlots - 1)];
    hot = slot;  // Frequent words migrate to the small table.
    return Hit(hot);
  }
  ++cache_misses_;
  Compute(surface, mode, &norm_, &scratch_);
  if (norm_.size() <= kMaxCachedNormBytes) {
    Slot& slot = cache_[hash & (cache_slots_ - 1)];
    slot.hash = hash;
    slot.key_size = static_cast<uint8_t>(surface.size());
    std::memcpy(slot.key, surface.data(), surface.size());
    slot.norm_size = static_cast<uint8_t>(norm_.size());
    std::memcpy(slot.norm, norm_.data(), norm_.size());
    slot.stem_begin = static_cast<uint8_t>(scratch_.stem_begin);
    slot.stem_end = static_cast<uint8_t>(scratch_.stem_end);
    slot.stem_offset = static_cast<uint8_t>(scratch_.stem_offset);
    slot.stem_size = static_cast<uint8_t>(scratch_.stem_size);
    slot.clitics = scratch_.clitics;
    slot.pronoun = scratch_.pronoun;
  }
  return scratch_;
}

void ArabicSegmenter::Compute(std::string_view surface, Mode mode, std::string* norm,
                              ArabicWord* out) const {
  norm->clear();
  out->clitics = kCliticNone;
  out->pronoun = Pronoun::kNone;
  out->stem_begin = 0;
  out->stem_end = static_cast<uint32_t>(surface.size());

  std::array<Letter, kMaxLetters> letters;
  size_t n = 0;
  bool segmentable = true;
  // Two-byte folded letters are written into `buf` (at most kMaxLetters of them)
  // and appended to the key at once, before any other code point is. `flushed`
  // mirrors norm->size(), so that the loop keeps it in a register.
  char buf[2 * kMaxLetters];
  size_t pending = 0;
  size_t flushed = 0;
  auto flush = [&] {
    norm->append(buf, pending);
    flushed += pending;
    pending = 0;
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(surface.data());
  const size_t surface_size = surface.size();
  size_t pos = 0;
  while (pos < surface_size) {
    // Runs of code points of the Arabic block (nearly all of an Arabic word):
    // classes and folded form from the table, without decoding. Anything the
    // table does not settle takes the general path below.
    while (pos + 1 < surface_size) {
      const unsigned char lead = bytes[pos];
      const unsigned char cont = bytes[pos + 1];
      if (static_cast<unsigned char>(lead - 0xD8) > 3 || (cont & 0xC0) != 0x80) break;
      const chars::internal::ArabicBlockEntry& e = chars::ArabicBlockPair(lead, cont);
      if (e.letter) {
        if (n == kMaxLetters) break;
        const char32_t cp = 0x0600 + (((lead & 3u) << 6) | (cont & 0x3Fu));
        letters[n++] = Letter{e.folded, cp, static_cast<uint32_t>(pos),
                              static_cast<uint32_t>(flushed + pending)};
        // A folded letter of the block is a code point of the block: two bytes.
        buf[pending] = static_cast<char>(0xC0 | (e.folded >> 6));
        buf[pending + 1] = static_cast<char>(0x80 | (e.folded & 0x3F));
        pending += 2;
      } else if (!e.mark) {
        break;
      }
      // A mark is dropped from the key and stays inside the span of its letter.
      pos += 2;
    }
    if (pos >= surface_size) break;
    const size_t at = pos;
    const char32_t cp = chars::Next(surface, &pos);
    if (chars::IsArabicLetter(cp) && n < kMaxLetters) {
      const char32_t folded = chars::FoldArabic(cp);
      letters[n++] = Letter{folded, cp, static_cast<uint32_t>(at),
                            static_cast<uint32_t>(flushed + pending)};
      if (folded >= 0x80 && folded < 0x800) {
        buf[pending++] = static_cast<char>(0xC0 | (folded >> 6));
        buf[pending++] = static_cast<char>(0x80 | (folded & 0x3F));
      } else {
        flush();
        utf8::Append(folded, norm);
        flushed = norm->size();
      }
      continue;
    }
    if (!chars::IsArabicLetter(cp) && (chars::IsArabicMark(cp) || chars::IsIgnorable(cp))) {
      continue;  // Dropped from the key; stays inside the span of its letter.
    }
    segmentable = false;
    flush();
    AppendNormalizedCodePoint(cp, norm);
    flushed = norm->size();
  }
  flush();
  out->norm = *norm;  // Not modified below.
  out->stem_offset = 0;
  out->stem_size = static_cast<uint32_t>(norm->size());
  if (!segmentable || n < 2) return;

  WordAnalysis w(vocabulary_, letters.data(), n, *norm);
  auto finish = [&](size_t first, size_t last, uint16_t clitics, const Suffix* suffix) {
    out->clitics = clitics;
    if (suffix != nullptr) {
      last -= suffix->size;
      if (suffix->is_pronoun) {
        out->clitics |= kCliticPronoun;
        out->pronoun = suffix->pronoun;
      }
    }
    out->stem_begin = letters[first].byte;
    out->stem_end = last < n ? letters[last].byte : static_cast<uint32_t>(surface.size());
    out->stem_offset = letters[first].norm;
    out->stem_size = (last < n ? letters[last].norm : static_cast<uint32_t>(norm->size())) -
                     out->stem_offset;
  };

  // 1. Function words.
  if (IsFunctionWord(*norm)) return;
  // 2. The article at the start. A noun with the article takes neither a pronoun
  // suffix nor tanween (both only occur on nouns without it), so no suffix is
  // looked for after the article.
  if (w.ArticleAt(0) && n >= 4) {
    finish(2, n, kCliticAl, nullptr);
    return;
  }
  // 3. A known whole word. Known(0, n) without its IsFunctionWord test, done in
  // step 1 on the same bytes: a segmentable word's key is its letters, so
  // View(0, n) is all of *norm.
  if (vocabulary_ != nullptr && vocabulary_->Contains(Lang::kAr, *norm)) return;
  if (mode == Mode::kDictionary) return;
  w.FindEndings();

  // 4. Proclitic sequences, shortest first.
  std::array<Candidate, 32> candidates;
  size_t count = 0;
  auto add = [&](size_t size, uint16_t clitics, bool article) {
    if (size == 0 || size + 2 > n || count == candidates.size()) return;
    // Keep the list sorted by size: insertion sort on a handful of entries.
    size_t i = count++;
    while (i > 0 && candidates[i - 1].size > size) {
      candidates[i] = candidates[i - 1];
      --i;
    }
    candidates[i] = Candidate{static_cast<uint8_t>(size), clitics, article};
  };
  for (int c = 0; c < 3; ++c) {
    size_t p = 0;
    uint16_t conj = kCliticNone;
    if (c == 1) {
      if (!w.Is(0, kWaw)) continue;
      conj = kCliticWa;
      p = 1;
    } else if (c == 2) {
      if (!w.Is(0, kFeh)) continue;
      conj = kCliticFa;
      p = 1;
    }
    for (int r = 0; r < 5; ++r) {
      size_t q = p;
      uint16_t prep = kCliticNone;
      if (r == 1) {
        if (!w.Is(p, kBeh)) continue;
        prep = kCliticBi;
      } else if (r == 2) {
        if (!w.Is(p, kLam)) continue;
        prep = kCliticLi;
      } else if (r == 3) {
        if (!w.Is(p, kKaf)) continue;
        prep = kCliticKa;
      } else if (r == 4) {
        // The future marker comes before an imperfect verb prefix ي ت ن ا(أ).
        if (!w.Is(p, kSeen) || !(w.Is(p + 1, kYeh) || w.Is(p + 1, kTeh) ||
                                 w.Is(p + 1, kNoon) || w.Is(p + 1, kAlef))) {
          continue;
        }
        prep = kCliticSa;
      }
      if (r != 0) q = p + 1;
      const uint16_t flags = conj | prep;
      add(q, flags, false);
      if (prep == kCliticLi) {
        // ل + ال is written لل: the article's alef is dropped.
        if (w.Is(q, kLam)) add(q + 1, flags | kCliticAl, true);
      } else if (prep != kCliticSa && w.ArticleAt(q)) {
        add(q + 2, flags | kCliticAl, true);
      }
    }
  }
  for (size_t i = 0; i < count; ++i) {
    const Candidate& cand = candidates[i];
    const Suffix* suffix = nullptr;
    if (cand.article) {
      if (IsFunctionWord(w.View(cand.size, n))) continue;
      finish(cand.size, n, cand.clitics, nullptr);  // No suffix after the article.
      return;
    }
    if (w.Resolve(cand.size, &suffix)) {
      finish(cand.size, n, cand.clitics, suffix);
      return;
    }
  }
  // 5. A suffix alone. The whole word is not known (steps 1 and 3), so only the
  // stems without a suffix are looked up.
  const Suffix* suffix = nullptr;
  if (w.ResolveSuffix(0, &suffix)) finish(0, n, kCliticNone, suffix);
}

}  // namespace isnad::text
