// Design: normalization runs once per token on the hot path, so it is a switch on
// code points. ASCII is lowercased byte by byte; the Arabic block is folded by
// chars::FoldArabic (a switch); Latin-1 Supplement, Latin Extended-A/B and Latin
// Extended Additional (U+00C0..U+024F, U+1E00..U+1EFF) come from a table computed
// once with ICU (full case folding, then NFD with the combining marks removed, plus
// the letters NFD does not decompose: œ æ ø đ ł ...). Only code points outside these
// ranges call ICU per character (u_foldCase, a table lookup), and Arabic
// presentation forms go through NFKC, which is rare in news text.
#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "text/chars.h"
#include "util/utf8.h"

namespace isnad::text {
namespace {

constexpr char32_t kLatinTableBegin = 0x00C0;
constexpr char32_t kLatinTableEnd = 0x0250;   // Exclusive.
constexpr char32_t kLatinAddBegin = 0x1E00;
constexpr char32_t kLatinAddEnd = 0x1F00;     // Exclusive.

// Folded forms of the Latin letters above ASCII, computed once with ICU.
class LatinTable {
 public:
  LatinTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (char32_t cp = kLatinTableBegin; cp < kLatinTableEnd; ++cp) {
      main_[cp - kLatinTableBegin] = Fold(nfd, U_SUCCESS(status), cp);
    }
    for (char32_t cp = kLatinAddBegin; cp < kLatinAddEnd; ++cp) {
      additional_[cp - kLatinAddBegin] = Fold(nfd, U_SUCCESS(status), cp);
    }
    // Letters that are not decomposed by NFD but are read as base letter + mark.
    struct Override {
      char32_t cp;
      const char* folded;
    };
    static constexpr Override kOverrides[] = {
        {0x00C6, "ae"}, {0x00E6, "ae"}, {0x0152, "oe"}, {0x0153, "oe"}, {0x00D8, "o"},
        {0x00F8, "o"},  {0x0110, "d"},  {0x0111, "d"},  {0x0141, "l"},  {0x0142, "l"},
        {0x00D0, "d"},  {0x00F0, "d"},  {0x0131, "i"},  {0x0126, "h"},  {0x0127, "h"},
        {0x0166, "t"},  {0x0167, "t"},  {0x00DE, "th"}, {0x00FE, "th"},
    };
    for (const Override& o : kOverrides) main_[o.cp - kLatinTableBegin] = o.folded;
  }

  const std::string* Find(char32_t cp) const {
    if (cp >= kLatinTableBegin && cp < kLatinTableEnd) return &main_[cp - kLatinTableBegin];
    if (cp >= kLatinAddBegin && cp < kLatinAddEnd) return &additional_[cp - kLatinAddBegin];
    return nullptr;
  }

 private:
  static std::string Fold(const icu::Normalizer2* nfd, bool nfd_ok, char32_t cp) {
    icu::UnicodeString s(static_cast<UChar32>(cp));
    s.foldCase();
    if (nfd_ok) {
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString d = nfd->normalize(s, status);
      if (U_SUCCESS(status)) s = d;
    }
    std::string out;
    for (int32_t i = 0; i < s.length();) {
      const UChar32 c = s.char32At(i);
      i += U16_LENGTH(c);
      if (chars::IsCombiningMark(static_cast<char32_t>(c))) continue;
      utf8::Append(static_cast<char32_t>(c), &out);
    }
    return out;
  }

  std::array<std::string, kLatinTableEnd - kLatinTableBegin> main_;
  std::array<std::string, kLatinAddEnd - kLatinAddBegin> additional_;
};

const LatinTable& Latin() {
  // Never destroyed: no destruction-order issue at exit.
  static const LatinTable* const table = new LatinTable();
  return *table;
}

// Arabic presentation forms (ﻻ, ﺍ ...) from old PDFs and some sites: NFKC gives the
// base letters, which are then folded like any other.
void AppendPresentationForm(char32_t cp, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return;
  icu::UnicodeString s(static_cast<UChar32>(cp));
  icu::UnicodeString d = nfkc->normalize(s, status);
  if (U_FAILURE(status)) return;
  for (int32_t i = 0; i < d.length();) {
    const UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    // NFKC of a presentation form never yields another presentation form, so this
    // recursion is one level deep.
    if (!chars::IsArabicPresentationForm(static_cast<char32_t>(c))) {
      AppendNormalizedCodePoint(static_cast<char32_t>(c), out);
    }
  }
}

}  // namespace

void AppendNormalizedCodePoint(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  if (cp >= 0x0600 && cp <= 0x08FF) {
    if (cp >= 0x0660 && cp <= 0x0669) {
      out->push_back(static_cast<char>('0' + (cp - 0x0660)));
      return;
    }
    if (cp >= 0x06F0 && cp <= 0x06F9) {
      out->push_back(static_cast<char>('0' + (cp - 0x06F0)));
      return;
    }
    if (cp == 0x061C) return;  // Arabic letter mark (bidi).
    const char32_t folded = chars::FoldArabic(cp);
    if (folded != 0) utf8::Append(folded, out);
    return;
  }
  if (chars::IsIgnorable(cp)) return;
  if (chars::IsSpace(cp)) {
    out->push_back(' ');
    return;
  }
  switch (cp) {
    case 0x2019: case 0x02BC: case 0x2018:
      out->push_back('\'');
      return;
    case 0x2010: case 0x2011:
      out->push_back('-');
      return;
    default:
      break;
  }
  if (const std::string* latin = Latin().Find(cp)) {
    out->append(*latin);
    return;
  }
  if (chars::IsCombiningMark(cp)) return;
  if (chars::IsArabicPresentationForm(cp)) {
    AppendPresentationForm(cp, out);
    return;
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) {  // Fullwidth ASCII.
    AppendNormalizedCodePoint(cp - 0xFEE0, out);
    return;
  }
  if (const int digit = chars::DigitValue(cp); digit >= 0) {
    out->push_back(static_cast<char>('0' + digit));
    return;
  }
  utf8::Append(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)),
               out);
}

void AppendNormalized(std::string_view word, std::string* out) {
  // The fast paths (ASCII, the Arabic block: most of the text) write at most as
  // many bytes as they read, into a local buffer appended once per word or
  // before a code point takes the general path: no capacity check per byte.
  // chars::FoldArabic of U+0600..U+06FF, tabled once (0: dropped).
  static const std::array<uint16_t, 256> kArabicFold = [] {
    std::array<uint16_t, 256> table{};
    for (char32_t cp = 0x0600; cp < 0x0700; ++cp) table[cp - 0x0600] = static_cast<uint16_t>(chars::FoldArabic(cp));
    return table;
  }();
  char buf[128];
  size_t n = 0;
  size_t pos = 0;
  while (pos < word.size()) {
    if (n + 2 > sizeof buf) {
      out->append(buf, n);
      n = 0;
    }
    const auto b = static_cast<unsigned char>(word[pos]);
    if (b < 0x80) {
      // ASCII fast path: no decoding.
      buf[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++pos;
      continue;
    }
    if ((b == 0xD8 || b == 0xD9 || b == 0xDA || b == 0xDB) && pos + 1 < word.size()) {
      // Arabic block fast path (most of Arabic text): fold and re-encode inline.
      const char32_t cp = (char32_t{b & 0x1Fu} << 6) | (static_cast<unsigned char>(word[pos + 1]) & 0x3Fu);
      if (!(cp >= 0x0660 && cp <= 0x0669) && !(cp >= 0x06F0 && cp <= 0x06F9) && cp != 0x061C) {
        pos += 2;
        const char32_t folded = kArabicFold[cp - 0x0600];
        if (folded != 0) {
          buf[n++] = static_cast<char>(0xC0 | (folded >> 6));
          buf[n++] = static_cast<char>(0x80 | (folded & 0x3F));
        }
        continue;
      }
    }
    out->append(buf, n);
    n = 0;
    AppendNormalizedCodePoint(chars::Next(word, &pos), out);
  }
  out->append(buf, n);
}

}  // namespace isnad::text

namespace isnad::text {

namespace {
constexpr int kLiteralCacheBits = 10;  // Initial slots: 1024.
}  // namespace

// An open-addressing table keyed by address (power-of-two slots, a quarter full
// at most); the normalized strings live in a deque so views survive growth.
std::string_view NormalizedLiteral(const char* literal) {
  struct Cache {
    using Slot = std::pair<const char*, std::string_view>;
    std::vector<Slot> slots = std::vector<Slot>(size_t{1} << kLiteralCacheBits);
    int bits = kLiteralCacheBits;
    size_t used = 0;
    std::deque<std::string> strings;

    // Fibonacci hashing: the top bits of the product mix every bit of the address.
    static size_t Hash(const char* p, int bits) {
      return static_cast<size_t>((static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p)) * 0x9E3779B97F4A7C15ull) >>
                                 (64 - bits));
    }
    void Insert(const char* key, std::string_view value) {
      const size_t mask = slots.size() - 1;
      size_t i = Hash(key, bits);
      while (slots[i].first != nullptr) i = (i + 1) & mask;
      slots[i] = {key, value};
    }
  };
  thread_local Cache cache;
  const size_t mask = cache.slots.size() - 1;
  for (size_t i = Cache::Hash(literal, cache.bits);; i = (i + 1) & mask) {
    if (cache.slots[i].first == literal) return cache.slots[i].second;
    if (cache.slots[i].first == nullptr) break;
  }
  cache.strings.push_back(NormalizeWord(literal));
  if (4 * (cache.used + 1) > cache.slots.size()) {  // At most a quarter full: short probes.
    std::vector<Cache::Slot> old(cache.slots.size() * 2);
    old.swap(cache.slots);
    ++cache.bits;
    for (const auto& s : old) {
      if (s.first != nullptr) cache.Insert(s.first, s.second);
    }
  }
  ++cache.used;
  cache.Insert(literal, cache.strings.back());
  return cache.strings.back();
}

namespace {

// One literal list, normalized into a WordList; its pointers tell lists apart.
struct ListSet {
  std::vector<const char*> literals;
  WordList set;

  explicit ListSet(std::initializer_list<const char*> list) : literals(list), set(list) {}
  bool Contains(std::string_view w) const { return set.Contains(w); }
  bool Is(std::initializer_list<const char*> list) const {
    return list.size() == literals.size() && std::equal(list.begin(), list.end(), literals.begin());
  }
};

}  // namespace

void WordList::Add(const char* const* begin, const char* const* end) {
  for (const char* const* it = begin; it != end; ++it) {
    const std::string_view w = NormalizedLiteral(*it);
    lengths_ |= uint64_t{1} << std::min<size_t>(w.size(), 63);
    words_.Insert(w);
  }
}

bool InNormalizedList(std::string_view normalized, std::initializer_list<const char*> literals) {
  if (literals.size() == 0) return false;
  // Lists are found by their first pointer and size (chained for the rare lists
  // that share both), then checked pointer by pointer.
  struct Cache {
    std::vector<std::unique_ptr<ListSet>> lists;
    std::vector<std::pair<uint64_t, uint32_t>> slots = std::vector<std::pair<uint64_t, uint32_t>>(64);
  };
  thread_local Cache cache;
  const uint64_t key =
      (static_cast<uint64_t>(reinterpret_cast<uintptr_t>(*literals.begin())) * 0x9E3779B97F4A7C15ull) ^ literals.size();
  size_t mask = cache.slots.size() - 1;
  for (size_t i = key & mask; cache.slots[i].second != 0; i = (i + 1) & mask) {
    if (cache.slots[i].first != key) continue;
    const ListSet& set = *cache.lists[cache.slots[i].second - 1];
    if (set.Is(literals)) return set.Contains(normalized);
  }
  cache.lists.push_back(std::make_unique<ListSet>(literals));
  if (2 * cache.lists.size() > cache.slots.size()) {
    std::vector<std::pair<uint64_t, uint32_t>> old(cache.slots.size() * 2);
    old.swap(cache.slots);
    mask = cache.slots.size() - 1;
    for (const auto& s : old) {
      if (s.second == 0) continue;
      size_t i = s.first & mask;
      while (cache.slots[i].second != 0) i = (i + 1) & mask;
      cache.slots[i] = s;
    }
  }
  size_t i = key & mask;
  while (cache.slots[i].second != 0) i = (i + 1) & mask;
  cache.slots[i] = {key, static_cast<uint32_t>(cache.lists.size())};
  return cache.lists.back()->Contains(normalized);
}

bool IsQuotationMarkToken(std::string_view token) {
  if (token.empty()) return false;
  static constexpr std::string_view kMarks[] = {"\"", "\u00AB", "\u00BB", "\u2039", "\u203A",
                                                "\u201C", "\u201D", "\u201E", "\u201F"};
  while (!token.empty()) {
    bool found = false;
    for (std::string_view m : kMarks) {
      if (token.starts_with(m)) {
        token.remove_prefix(m.size());
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace isnad::text
