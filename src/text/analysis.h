// text/analysis.h: the result of the text stage for one document: paragraphs with
// their language and boilerplate flag, sentences, and tokens with byte spans into
// the original text and normalized keys for matching.
//
// Second stage of the pipeline (ingest -> text -> lexicon -> coder -> ...).
// All offsets are byte offsets into Document::text. Normalized strings live in
// AnalyzedDocument::norm_buffer and are addressed by offset, so tokenization does no
// per-token heap allocation.
// Thread-safety: a plain value; read it from many threads once built.
#ifndef ISNAD_TEXT_ANALYSIS_H_
#define ISNAD_TEXT_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/lang.h"

namespace isnad::text {

struct Paragraph {
  uint32_t begin = 0;  // Byte span in the document text, without the blank lines around it.
  uint32_t end = 0;
  Lang lang = Lang::kUnknown;
  // True for non-article text: comment forms ("اترك تعليقاً", "Votre adresse e-mail ne
  // sera pas publiée"), share/subscribe lines, copyright lines, navigation. Its
  // sentences exist (so they can be shown) but have Sentence::boilerplate set.
  bool boilerplate = false;
};

enum class TokenKind : uint8_t {
  kWord,    // Letters (any script), possibly with inner apostrophes, hyphens or dots (U.S.).
  kNumber,  // Digits (any script; normalized to ASCII in the key), with inner , . : /
  kPunct,   // Punctuation: . , ; : ! ? ، ؛ ؟ « » “ ” " ' ( ) - — …
  kSymbol,  // Anything else that is not a space (%, $, emoji).
};

// Clitics found on a token (bit flags in Token::clitics). Arabic proclitics come in
// the order conjunction, preposition or future marker, article; French elision is
// one flag on the elided word itself (the "l'" of "l'armée" is its own token).
enum Clitic : uint16_t {
  kCliticNone = 0,
  kCliticWa = 1 << 0,        // Arabic و "and".
  kCliticFa = 1 << 1,        // Arabic ف "so, then".
  kCliticBi = 1 << 2,        // Arabic ب "with, by, in".
  kCliticLi = 1 << 3,        // Arabic ل "to, for" (also the لل of ل + ال).
  kCliticKa = 1 << 4,        // Arabic ك "like, as".
  kCliticSa = 1 << 5,        // Arabic س future marker on an imperfect verb.
  kCliticAl = 1 << 6,        // Arabic article ال (removed from the stem key).
  // Arabic pronoun suffix (ه ها هم هما هن ك كم كن نا ني); see Token::pronoun. The
  // bare ي is not split: after a known word it is the nisba ending (مصري).
  kCliticPronoun = 1 << 7,
  kCliticElided = 1 << 8,    // French elided word: l' d' qu' j' n' s' c' m' t' jusqu' lorsqu' puisqu'.
  kCliticPossessive = 1 << 9,  // English possessive 's or s' (its own token, key "'s").
  // English contractions are split too, as tokens without a flag: "didn't" -> "did"
  // + "n't" (key "n't", so negation is one token to look for), "they're" -> "they" +
  // "'re"; "it's" gives "'s" without kCliticPossessive after it/he/she/that/what/
  // there/here/who/where/how/let.
};

// Arabic pronoun suffixes (Token::pronoun).
enum class Pronoun : uint8_t {
  kNone = 0,
  k3ms,  // ه "him/his"
  k3fs,  // ها "her/its" (also for countries and things)
  k3mp,  // هم "them" (masc.)
  k3fp,  // هن "them" (fem.)
  k3d,   // هما "them two"
  k2,    // ك كم كن "you"
  k1s,   // ني "me" (the bare ي "my" is not split)
  k1p,   // نا "us/our"
};

struct Token {
  uint32_t begin = 0;       // Byte span of the whole token in the document text.
  uint32_t end = 0;
  uint32_t stem_begin = 0;  // Byte span of the stem (the token without its clitics).
  uint32_t stem_end = 0;
  uint32_t norm_offset = 0; // Normalized whole token, in AnalyzedDocument::norm_buffer.
  uint32_t stem_offset = 0; // Normalized stem key (clitics and article removed).
  uint16_t norm_size = 0;
  uint16_t stem_size = 0;
  uint16_t clitics = kCliticNone;  // Bitwise OR of Clitic.
  TokenKind kind = TokenKind::kWord;
  Pronoun pronoun = Pronoun::kNone;
  // True when the surface form starts with an uppercase letter (Latin scripts), a
  // cue for names in English and French.
  bool capitalized = false;
};

struct Sentence {
  uint32_t begin = 0;        // Byte span in the document text.
  uint32_t end = 0;
  uint32_t paragraph = 0;    // Index into AnalyzedDocument::paragraphs.
  uint32_t token_begin = 0;  // Tokens [token_begin, token_end) of AnalyzedDocument::tokens.
  uint32_t token_end = 0;
  Lang lang = Lang::kUnknown;  // The paragraph's language (or the document's hint).
  bool boilerplate = false;    // Copied from the paragraph.
  // True for a title/headline line (a first paragraph without final punctuation).
  bool headline = false;
};

struct AnalyzedDocument {
  std::string_view text;  // The document text; must outlive this object.
  Lang lang = Lang::kUnknown;  // The dominant language of the non-boilerplate text.
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::string norm_buffer;

  // Views valid while this object is alive and unmodified.
  std::string_view Surface(const Token& t) const { return text.substr(t.begin, t.end - t.begin); }
  std::string_view StemSurface(const Token& t) const {
    return text.substr(t.stem_begin, t.stem_end - t.stem_begin);
  }
  std::string_view Norm(const Token& t) const {
    return std::string_view(norm_buffer).substr(t.norm_offset, t.norm_size);
  }
  std::string_view Stem(const Token& t) const {
    return std::string_view(norm_buffer).substr(t.stem_offset, t.stem_size);
  }
  std::string_view SentenceText(const Sentence& s) const { return text.substr(s.begin, s.end - s.begin); }

  void Clear() {
    text = {};
    lang = Lang::kUnknown;
    paragraphs.clear();
    sentences.clear();
    tokens.clear();
    norm_buffer.clear();
  }
};

}  // namespace isnad::text

#endif  // ISNAD_TEXT_ANALYSIS_H_
