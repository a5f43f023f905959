// text/tokenizer.h: splits a span of text into Tokens (words, numbers,
// punctuation, symbols) with per-language rules: Arabic clitic segmentation
// (through ArabicSegmenter), French elision (l'armée -> l' + armée), English
// possessives and contractions (Gondor's -> Gondor + 's, didn't -> did + n't).
// Part of the text stage; the Analyzer calls it once per paragraph, and
// Analyzer::PhraseKeys once per dictionary phrase.
//
// Words: letters of any script with inner apostrophes (O'Brien), hyphens (al-Sisi,
// cease-fire, F-16) and dots between single letters (U.S., e.g.); the final dot of
// an initialism (U.S.), of a single capital initial (George W. Bush) and of a known
// abbreviation (Mr. Gen. Mme etc.) belongs to the word, so it never ends a sentence.
// Numbers: digits of any script with inner , . : / ٫ ٬ (1,200 -> "1200", 3.5,
// ٢٠١٥ -> "2015"). Runs of . ! ? ؟ … are one punctuation token. Spaces (including
// U+00A0, U+202F, U+200B) separate tokens; ZWNJ, ZWJ, bidi marks and soft hyphens
// inside a word stay in its span and are dropped from its keys.
//
// Thread-safety: a Tokenizer owns the Arabic word cache, so one instance is used
// by one thread at a time.
#ifndef ISNAD_TEXT_TOKENIZER_H_
#define ISNAD_TEXT_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/analysis.h"
#include "text/arabic_clitics.h"
#include "text/lang.h"
#include "text/vocabulary.h"

namespace isnad::text {

class Tokenizer {
 public:
  enum class Mode : uint8_t {
    kText,        // Running text.
    kDictionary,  // Dictionary phrases: Arabic single-letter proclitics and pronoun
                  // suffixes are never split (the article still is).
  };

  // Longest token in bytes; a longer run of letters or digits is cut into pieces
  // of at most this size (at code point boundaries).
  static constexpr size_t kMaxTokenBytes = 1024;

  // `vocabulary` may be null (see ArabicSegmenter); it must outlive the Tokenizer.
  Tokenizer(const Vocabulary* vocabulary, size_t word_cache_entries);

  // Tokenizes text[begin, end) as `lang` (kUnknown: no French/English clitic rules;
  // Arabic words are segmented whatever the language). Appends tokens to `*tokens`
  // with byte offsets into `text`, and their normalized keys to `*norm_buffer`.
  // REQUIRES: `text` is valid UTF-8, begin <= end <= text.size() < 4 GiB, and
  // begin/end fall on code point boundaries.
  void Tokenize(std::string_view text, uint32_t begin, uint32_t end, Lang lang, Mode mode,
                std::vector<Token>* tokens, std::string* norm_buffer);

  const ArabicSegmenter& arabic() const { return arabic_; }

 private:
  // Appends the token(s) of the word text[begin, end). EmitArabicWord: a word whose
  // first code point is Arabic (IsArabicStart), segmented by arabic_. EmitWord: any
  // other word, with the French elision and English contraction rules of `lang`.
  void EmitArabicWord(std::string_view text, uint32_t begin, uint32_t end, Mode mode,
                      std::vector<Token>* tokens, std::string* norm_buffer);
  void EmitWord(std::string_view text, uint32_t begin, uint32_t end, Lang lang,
                std::vector<Token>* tokens, std::string* norm_buffer);
  void EmitLatinWord(std::string_view text, uint32_t begin, uint32_t end, uint16_t clitics,
                     std::vector<Token>* tokens, std::string* norm_buffer);

  ArabicSegmenter arabic_;
};

}  // namespace isnad::text

#endif  // ISNAD_TEXT_TOKENIZER_H_
