// text/boilerplate.h: recognizes paragraphs that are not part of the article:
// comment forms ("اترك تعليقاً", "Votre adresse e-mail ne sera pas publiée"),
// share/subscribe/follow lines, copyright lines, cookie notices, "read more" link
// lines and bylines made only of a date. Part of the text stage: the Analyzer asks
// once per paragraph, after tokenizing it, and marks (never deletes) what it finds.
//
// The rules are one table of phrases (any language is looked for in any paragraph:
// a French comment form follows Arabic articles) with a structural cue per phrase:
// anywhere in a short paragraph, or at the start of a very short one.
// Thread-safety: immutable after construction; IsBoilerplate uses a caller scratch.
#ifndef ISNAD_TEXT_BOILERPLATE_H_
#define ISNAD_TEXT_BOILERPLATE_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/analysis.h"
#include "util/word_table.h"

namespace isnad::text {

// Paragraphs with more tokens are never boilerplate (article text is long).
inline constexpr size_t kMaxBoilerplateTokens = 60;

class BoilerplateDetector {
 public:
  BoilerplateDetector();

  // True when doc.tokens[token_begin, token_end) (one paragraph) is boilerplate.
  // `*scratch` is reused between calls to avoid allocations.
  bool IsBoilerplate(const AnalyzedDocument& doc, uint32_t token_begin, uint32_t token_end,
                     std::string* scratch) const;

 private:
  struct Rule {
    std::string key;   // " w1 w2 ... " with normalized words.
    size_t max_tokens;  // The paragraph has at most this many tokens.
    bool at_start;      // The phrase must open the paragraph.
    // Its key word's id: in start_words_ (its first word) when at_start, else in
    // anywhere_words_ (its longest word). The rule cannot match without it.
    uint32_t word;
  };
  // The word sets are WordTables (util/word_table.h): looked up for every token
  // of every short paragraph, where std::unordered_set cost 15% of Analyze and a
  // set hashing byte by byte (FNV-1a) still took 3%.
  std::vector<Rule> rules_;
  // A paragraph without one of these words is skipped before any string is built.
  // Sizes (capped at 63) and last bytes of the words of a table: a token that
  // matches neither cannot be one of them, and most tokens are rejected by these
  // two bit tests before the table is hashed.
  struct WordShape {
    uint64_t sizes = 0;
    std::array<uint64_t, 4> last_bytes{};
    void Add(std::string_view word);
    bool MayBe(std::string_view word) const {
      if (word.empty()) return (sizes & 1) != 0;
      const auto last = static_cast<unsigned char>(word.back());
      return ((sizes >> std::min<size_t>(word.size(), 63)) & 1) != 0 &&
             ((last_bytes[last >> 6] >> (last & 63)) & 1) != 0;
    }
  };

  WordTable start_words_;     // First word of each at_start rule.
  WordTable anywhere_words_;  // Longest word of each other rule.
  WordShape start_shape_;     // Of start_words_.
  WordShape anywhere_shape_;  // Of anywhere_words_.
  WordTable date_words_;      // Month, weekday and byline words, normalized.
};

}  // namespace isnad::text

#endif  // ISNAD_TEXT_BOILERPLATE_H_
