// Design: paragraphs are found with one scan per line (first and last visible code
// point, length in code points); sentences are cut over tokens rather than bytes,
// because the tokenizer has already decided which periods belong to words
// (abbreviations, initials, initialisms, decimals), so only real sentence
// punctuation remains. This replaces ICU's sentence BreakIterator: ICU needs its
// own abbreviation handling (its suppression list covers English only), does not
// know that « » quotes in Arabic and French should hold a sentence together, and a
// second pass over the text would cost as much as our whole tokenizer.
#include "text/sentences.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "text/chars.h"
#include "util/utf8.h"

namespace isnad::text {
namespace {

bool IsOpener(char32_t cp) {
  return cp == '(' || cp == '[' || cp == '{' || cp == 0x201C || cp == 0x201E ||
         cp == 0x2039 || cp == 0xFD3E || cp == 0x300C;
}

bool IsCloser(char32_t cp) {
  return cp == ')' || cp == ']' || cp == '}' || cp == 0x201D || cp == 0x203A ||
         cp == 0xFD3F || cp == 0x300D;
}

// Quotes whose direction cannot be trusted: the ASCII " and the guillemets, which
// Arabic sites write as « », » « or » » alike. Each group alternates between
// opening and closing. Returns the group (0 or 1), or -1.
int ToggleGroup(char32_t cp) {
  if (cp == '"') return 0;
  if (cp == 0x00AB || cp == 0x00BB) return 1;
  return -1;
}

bool IsBullet(char32_t cp) {
  return cp == '-' || cp == '*' || cp == 0x2022 || cp == 0x2013 || cp == 0x2014 || cp == 0x00B7 ||
         cp == 0x25AA || cp == 0x25CF;
}

char32_t FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  size_t pos = 0;
  return chars::Next(s, &pos);
}

struct Line {
  size_t begin = 0;  // First visible byte.
  size_t end = 0;    // After the last visible code point.
  // Length in code points, counted up to kShortLineCodePoints (all that
  // BreaksBetween asks is whether the line is short); 0 for a blank line.
  size_t code_points = 0;
  char32_t first = 0;
  char32_t last = 0;             // Last visible code point.
  char32_t last_non_closer = 0;  // Same, skipping closing quotes and brackets.
};

Line ScanLine(std::string_view text, size_t begin, size_t end) {
  Line line;
  line.begin = line.end = begin;
  // First visible code point.
  size_t pos = begin;
  bool visible = false;
  while (pos < end && !visible) {
    const size_t at = pos;
    const char32_t cp = chars::Next(text, &pos);
    if (!chars::IsSpace(cp) && !chars::IsIgnorable(cp)) {
      line.begin = at;
      line.first = cp;
      visible = true;
    }
  }
  if (!visible) return line;
  // Last visible code point, stepping back over trailing spaces; then the last one
  // that is not a closing quote or bracket.
  size_t e = end;
  bool have_last = false;
  while (e > line.begin) {
    size_t s = e - 1;
    while (s > line.begin && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
    size_t q = s;
    const char32_t cp = chars::Next(text, &q);
    if (!have_last) {
      if (!chars::IsSpace(cp) && !chars::IsIgnorable(cp)) {
        have_last = true;
        line.end = e;
        line.last = cp;
      }
    }
    if (have_last && !IsCloser(cp) && cp != '"' && cp != '\'' && !chars::IsSpace(cp) &&
        !chars::IsIgnorable(cp)) {
      line.last_non_closer = cp;
      break;
    }
    e = s;
  }
  // Length in code points up to kShortLineCodePoints: a long line stops being
  // counted there.
  line.code_points = std::min(
      kShortLineCodePoints,
      utf8::CountCodePoints(text.substr(line.begin, line.end - line.begin), kShortLineCodePoints));
  return line;
}

bool BreaksBetween(const Line& prev, const Line& next) {
  if (chars::IsTerminal(prev.last_non_closer) || prev.last_non_closer == ':') return true;
  if (IsBullet(next.first)) return true;
  if (prev.code_points < kShortLineCodePoints && prev.last != ',' && prev.last != 0x060C &&
      !chars::IsHyphen(prev.last)) {
    return true;
  }
  return false;
}

bool StartsLowercase(const AnalyzedDocument& doc, const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  const char32_t cp = FirstCodePoint(doc.Surface(t));
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp)) != 0;
}

}  // namespace

void SplitParagraphs(std::string_view text, std::vector<Paragraph>* out) {
  bool open = false;
  Paragraph current;
  Line prev;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t line_end = text.find('\n', pos);
    if (line_end == std::string_view::npos) line_end = text.size();
    const Line line = ScanLine(text, pos, line_end);
    if (line.code_points == 0) {
      if (open) out->push_back(current);
      open = false;
    } else {
      if (open && BreaksBetween(prev, line)) {
        out->push_back(current);
        open = false;
      }
      if (!open) {
        current = Paragraph();
        current.begin = static_cast<uint32_t>(line.begin);
        open = true;
      }
      current.end = static_cast<uint32_t>(line.end);
      prev = line;
    }
    pos = line_end + 1;
  }
  if (open) out->push_back(current);
}

size_t SplitSentences(uint32_t paragraph_index, uint32_t token_begin, uint32_t token_end,
                      bool first_paragraph, size_t max_sentence_tokens, AnalyzedDocument* doc) {
  const std::vector<Token>& tokens = doc->tokens;
  const Paragraph& paragraph = doc->paragraphs[paragraph_index];
  auto emit = [&](uint32_t a, uint32_t b, bool headline) {
    Sentence s;
    s.begin = tokens[a].begin;
    s.end = tokens[b - 1].end;
    s.paragraph = paragraph_index;
    s.token_begin = a;
    s.token_end = b;
    s.lang = paragraph.lang;
    s.boilerplate = paragraph.boilerplate;
    s.headline = headline;
    doc->sentences.push_back(s);
  };
  if (token_begin >= token_end) return 0;
  auto first_cp = [&](uint32_t i) { return FirstCodePoint(doc->Surface(tokens[i])); };

  // A headline longer than the sentence limit is cut like any other text.
  if (first_paragraph && token_end - token_begin <= kMaxHeadlineTokens &&
      (max_sentence_tokens == 0 || token_end - token_begin <= max_sentence_tokens) &&
      !(tokens[token_end - 1].kind == TokenKind::kPunct &&
        chars::IsTerminal(first_cp(token_end - 1)))) {
    emit(token_begin, token_end, true);
    return 0;
  }

  size_t cuts = 0;
  uint32_t start = token_begin;
  int depth = 0;                        // Open brackets and curly quotes.
  std::array<bool, 2> toggled = {false, false};  // Inside "..." / «...».
  auto open = [](int d, const std::array<bool, 2>& q) { return d > 0 || q[0] || q[1]; };
  uint32_t quote_start = token_begin;
  // The length limit as one comparison per token (none: a limit never reached).
  const size_t limit = max_sentence_tokens > 0 ? max_sentence_tokens : SIZE_MAX;
  for (uint32_t i = token_begin; i < token_end; ++i) {
    if (i - start >= limit) {
      emit(start, i, false);
      start = i;
      ++cuts;
    }
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kPunct) continue;
    const char32_t cp = first_cp(i);
    if (IsOpener(cp)) {
      if (!open(depth, toggled)) quote_start = i;
      ++depth;
      continue;
    }
    if (IsCloser(cp)) {
      if (depth > 0) --depth;
      continue;
    }
    if (const int g = ToggleGroup(cp); g >= 0) {
      if (!open(depth, toggled)) quote_start = i;
      toggled[g] = !toggled[g];
      continue;
    }
    if (!chars::IsTerminal(cp)) continue;
    // The closing quotes and brackets after the punctuation end with it.
    uint32_t j = i + 1;
    int d = depth;
    std::array<bool, 2> q = toggled;
    while (j < token_end && tokens[j].kind == TokenKind::kPunct) {
      const char32_t c = first_cp(j);
      const int g = ToggleGroup(c);
      if (IsCloser(c)) {
        if (d > 0) --d;
      } else if (g >= 0 && q[g]) {
        q[g] = false;
      } else {
        break;
      }
      ++j;
    }
    if (open(d, q) && i - quote_start < kLongQuoteTokens) continue;
    if (j < token_end && StartsLowercase(*doc, tokens[j])) continue;
    if (j >= token_end) continue;  // The paragraph end closes it.
    // Closing quotes after the punctuation may push the sentence past the limit.
    while (max_sentence_tokens > 0 && j - start > max_sentence_tokens) {
      emit(start, static_cast<uint32_t>(start + max_sentence_tokens), false);
      start += static_cast<uint32_t>(max_sentence_tokens);
      ++cuts;
    }
    emit(start, j, false);
    start = j;
    depth = d;
    toggled = q;
    i = j - 1;
  }
  if (start < token_end) emit(start, token_end, false);
  return cuts;
}

}  // namespace isnad::text
