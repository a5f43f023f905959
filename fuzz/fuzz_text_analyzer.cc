// Fuzzes the text stage. The input is repaired to valid UTF-8 (Analyze requires
// it; readers guarantee it). The first byte picks the mode: its low two bits the
// forced language (none, ar, fr, en), bit 2 a tiny max_sentence_tokens, bit 3 the
// declared language instead of a forced one, bit 4 dictionary mode (PhraseKeys).
// Every invariant of the contract is checked: spans inside the text and on code
// point boundaries, stems inside tokens, keys valid UTF-8, sentences covering the
// tokens in order.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "text/analyzer.h"
#include "text/normalize.h"
#include "util/utf8.h"

namespace {

using isnad::text::Lang;

// Aborts with the failed condition, so a crash report says which invariant broke.
#define CHECK(cond)                                                     \
  do {                                                                  \
    if (!(cond)) {                                                      \
      std::fprintf(stderr, "CHECK failed at line %d: %s\n", __LINE__, #cond); \
      std::abort();                                                     \
    }                                                                   \
  } while (0)

const isnad::text::Vocabulary& TestVocabulary() {
  static const auto* vocab = [] {
    auto* v = new isnad::text::Vocabulary();
    for (const char* w : {"حفتر", "إسرائيل", "بنغازي", "ليبيا", "باريس", "تدعم", "دعم", "اجتماع",
                          "تزويد", "قائد", "جيش"}) {
      v->Add(Lang::kAr, isnad::text::NormalizeWord(w));
    }
    return v;
  }();
  return *vocab;
}

bool OnBoundary(std::string_view text, uint32_t offset) {
  return offset == text.size() ||
         (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  static constexpr Lang kLangs[] = {Lang::kUnknown, Lang::kAr, Lang::kFr, Lang::kEn};
  const Lang lang = kLangs[mode & 3];

  isnad::ingest::Document doc;
  doc.id = "fuzz";
  doc.text = isnad::utf8::Repair(
      std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));

  isnad::text::AnalyzerOptions options;
  if ((mode & 8) == 0) options.force_lang = lang;
  if ((mode & 8) != 0) doc.lang = std::string(isnad::text::LangCode(lang));
  if ((mode & 4) != 0) options.max_sentence_tokens = 3;
  options.word_cache_entries = 64;
  isnad::text::Analyzer analyzer(options, (mode & 32) != 0 ? nullptr : &TestVocabulary());

  if ((mode & 16) != 0) {
    std::vector<std::string> keys;
    analyzer.PhraseKeys(lang, doc.text, &keys);
    for (const std::string& k : keys) CHECK(isnad::utf8::IsValid(k));
    return 0;
  }

  isnad::text::AnalyzedDocument out;
  const isnad::Status status = analyzer.Analyze(doc, &out);
  CHECK(status.ok());
  const std::string_view text = out.text;
  CHECK(text.size() == doc.text.size());
  for (const auto& t : out.tokens) {
    CHECK(t.begin < t.end && t.end <= text.size());
    CHECK(t.begin <= t.stem_begin && t.stem_begin <= t.stem_end && t.stem_end <= t.end);
    CHECK(OnBoundary(text, t.begin) && OnBoundary(text, t.end));
    CHECK(OnBoundary(text, t.stem_begin) && OnBoundary(text, t.stem_end));
    CHECK(size_t{t.norm_offset} + t.norm_size <= out.norm_buffer.size());
    CHECK(size_t{t.stem_offset} + t.stem_size <= out.norm_buffer.size());
    CHECK(isnad::utf8::IsValid(out.Norm(t)));
    CHECK(isnad::utf8::IsValid(out.Stem(t)));
  }
  uint32_t next = 0;
  for (const auto& s : out.sentences) {
    CHECK(s.token_begin == next && s.token_begin < s.token_end);
    CHECK(s.token_end <= out.tokens.size());
    CHECK(s.paragraph < out.paragraphs.size());
    if ((mode & 4) != 0) CHECK(s.token_end - s.token_begin <= 3);
    next = s.token_end;
  }
  CHECK(next == out.tokens.size());
  for (const auto& p : out.paragraphs) CHECK(p.begin < p.end && p.end <= text.size());
  return 0;
}
