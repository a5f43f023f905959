// Design note. Extraction makes two passes over libxml2's tree, both iterative
// (an explicit walk with parent pointers, never recursion, so nesting depth
// costs no stack). Pass 1 drops boilerplate subtrees and measures every kept
// element: its text characters, how many of them are link text, and a
// paragraph score: a <p> (or <pre>) gives its non-link characters to its
// parent and half of them to its grandparent; a div/td/section/li holding at
// least kMinParagraphChars of its own text (lines broken by <br>) gives them to
// itself and half to its parent. So the element that directly holds most of
// the prose wins. Kept elements are numbered through xmlNode::_private, which
// pass 2 reads instead of re-running the checks. Pass 2 picks the root
// (explicit article markup first, then the best score plus its strong
// siblings) and writes its paragraphs, also dropping link lists. Characters
// are counted as non-space code points, so Arabic and French texts score the
// same as English.
#include "ingest/html_extract.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "util/strings.h"
#include "util/utf8.h"

namespace isnad::ingest {
namespace {

// A paragraph-like block counts for the score only with at least this many
// non-space characters: shorter ones are bylines, buttons and captions.
constexpr size_t kMinParagraphChars = 25;
// Containers whose text is more than this share of link text are link lists.
constexpr double kMaxContainerLinkShare = 0.5;
// Paragraphs that are this share of link text or more are dropped ("Read
// more").
constexpr double kMaxParagraphLinkShare = 0.9;
// Siblings of the best element join it when they score at least this share of
// it.
constexpr double kSiblingScoreShare = 0.2;

// Elements whose whole subtree is never article text (<header> too, except
// inside an <article>).
constexpr std::string_view kDroppedTags[] = {
    "script",   "style",  "noscript", "template", "nav",   "header", "footer",
    "aside",    "form",   "button",   "iframe",   "svg",   "select", "input",
    "textarea", "object", "embed",    "canvas",   "audio", "video",  "map",
    "math",     "dialog", "menu",     "head",     "link",  "meta"};

// Words in class and id values (split at non-letters and camelCase humps,
// lowercased; adjacent words are also tried joined: "read-more" -> "readmore")
// that mark navigation, menus, sharing, cookie banners, comments, related
// links, subscription boxes and advertising. The one table to edit.
constexpr std::string_view kBoilerplateWords[] = {
    // Navigation and page chrome.
    "nav", "navbar", "navigation", "menu", "menubar", "submenu", "breadcrumb",
    "breadcrumbs", "masthead", "topbar", "toolbar", "footer", "sidebar",
    "pagination", "pager", "skiplink", "tagcloud", "tags", "widget", "widgets",
    // Sharing and social buttons.
    "share", "shares", "sharing", "sharebar", "social", "socialmedia",
    "sociallinks", "print",
    // Cookie and consent banners, pop-ups.
    "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay",
    "banner",
    // Comments and comment forms.
    "comment", "comments", "commentlist", "respond", "disqus", "reply",
    // Related and recommended links.
    "related", "relatedposts", "recommended", "recommendations", "readmore",
    "readalso", "trending", "mostread", "mostpopular", "popular", "outbrain",
    "taboola",
    // Subscription and sign-up boxes, log-in.
    "subscribe", "subscription", "newsletter", "signup", "login",
    // Advertising.
    "ad", "ads", "advert", "advertisement", "sponsored", "promo",
    // Bylines, dates and author boxes around the story ("entry-meta").
    "meta", "byline", "author"};

// ARIA roles of page chrome.
constexpr std::string_view kBoilerplateRoles[] = {
    "navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
    "search",     "dialog", "alertdialog", "toolbar",       "form"};

// Elements that end a paragraph where they start and where they end.
constexpr std::string_view kBlockTags[] = {
    "p",      "div",     "h1",         "h2",       "h3",         "h4",
    "h5",     "h6",      "li",         "ul",       "ol",         "dl",
    "dt",     "dd",      "blockquote", "pre",      "section",    "article",
    "main",   "table",   "tr",         "td",       "th",         "thead",
    "tbody",  "tfoot",   "caption",    "figure",   "figcaption", "address",
    "center", "details", "summary",    "fieldset", "legend",     "hgroup",
    "body",   "html"};

// Meta names and properties that give the publication date, best first.
constexpr std::string_view kDateMetaKeys[] = {"article:published_time",
                                              "og:published_time",
                                              "og:article:published_time",
                                              "article.published",
                                              "datepublished",
                                              "published_time",
                                              "publishdate",
                                              "publish-date",
                                              "pubdate",
                                              "date",
                                              "dc.date.issued",
                                              "dc.date",
                                              "dcterms.issued",
                                              "dcterms.created",
                                              "dcterms.date",
                                              "sailthru.date",
                                              "parsely-pub-date",
                                              "article:published"};

template <typename Table>
bool Contains(const Table& table, std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// ---------------------------------------------------------------------------
// Charsets.

// Maps a declared label to the name ICU should open, following the WHATWG
// encoding labels where they differ from ICU's (iso-8859-1 and ascii are
// windows-1252 on the web). Returns "" for labels ICU does not know.
std::string CanonicalCharset(std::string_view label) {
  label = Trim(label);
  while (!label.empty() && (label.front() == '"' || label.front() == '\''))
    label.remove_prefix(1);
  while (!label.empty() && (label.back() == '"' || label.back() == '\''))
    label.remove_suffix(1);
  std::string lower = AsciiLower(Trim(label));
  if (lower.empty() || lower.size() > 40) return "";
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 22>
      kAliases = {{
          {"utf8", "UTF-8"},
          {"utf-8", "UTF-8"},
          {"unicode-1-1-utf-8", "UTF-8"},
          // A <meta> cannot truthfully declare UTF-16 (it would not be readable
          // as ASCII).
          {"utf-16", "UTF-8"},
          {"utf-16le", "UTF-8"},
          {"utf-16be", "UTF-8"},
          {"iso-8859-1", "windows-1252"},
          {"iso8859-1", "windows-1252"},
          {"iso_8859-1", "windows-1252"},
          {"latin1", "windows-1252"},
          {"latin-1", "windows-1252"},
          {"l1", "windows-1252"},
          {"us-ascii", "windows-1252"},
          {"ascii", "windows-1252"},
          {"cp1252", "windows-1252"},
          {"x-cp1252", "windows-1252"},
          {"cp819", "windows-1252"},
          {"iso-8859-9", "windows-1254"},
          {"latin5", "windows-1254"},
          {"tis-620", "windows-874"},
          {"cp1256", "windows-1256"},
          {"x-user-defined", "windows-1252"},
      }};
  for (const auto& [alias, name] : kAliases) {
    if (lower == alias) return std::string(name);
  }
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(lower.c_str(), &err);
  if (U_FAILURE(err) || conv == nullptr) return "";
  ucnv_close(conv);
  return lower;
}

// Reads the attributes of a tag starting after its name at `pos` in `text`, up
// to
// '>'; calls `on_attr(name, value)` with lowercased names. Advances `*pos`.
template <typename F>
void ScanAttributes(std::string_view text, size_t* pos, F on_attr) {
  size_t i = *pos;
  while (i < text.size() && text[i] != '>') {
    while (i < text.size() && (IsAsciiSpace(text[i]) || text[i] == '/')) ++i;
    size_t name_start = i;
    while (i < text.size() && !IsAsciiSpace(text[i]) && text[i] != '=' &&
           text[i] != '>' && text[i] != '/')
      ++i;
    std::string name = AsciiLower(text.substr(name_start, i - name_start));
    while (i < text.size() && IsAsciiSpace(text[i])) ++i;
    std::string_view value;
    if (i < text.size() && text[i] == '=') {
      ++i;
      while (i < text.size() && IsAsciiSpace(text[i])) ++i;
      if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
        char quote = text[i++];
        size_t end = text.find(quote, i);
        if (end == std::string_view::npos) end = text.size();
        value = text.substr(i, end - i);
        i = end < text.size() ? end + 1 : end;
      } else {
        size_t start = i;
        while (i < text.size() && !IsAsciiSpace(text[i]) && text[i] != '>') ++i;
        value = text.substr(start, i - start);
      }
    }
    if (!name.empty()) on_attr(name, value);
    if (i == name_start) ++i;  // Always advance, whatever the bytes.
  }
  *pos = i;
}

// Returns the charset after "charset=" in a Content-Type value, or "".
std::string_view CharsetParameter(std::string_view content_type) {
  std::string lower = AsciiLower(content_type);
  size_t at = lower.find("charset");
  if (at == std::string::npos) return {};
  size_t i = at + 7;
  while (i < lower.size() && IsAsciiSpace(lower[i])) ++i;
  if (i >= lower.size() || lower[i] != '=') return {};
  ++i;
  while (i < lower.size() &&
         (IsAsciiSpace(lower[i]) || lower[i] == '"' || lower[i] == '\''))
    ++i;
  size_t end = i;
  while (end < lower.size() && !IsAsciiSpace(lower[end]) && lower[end] != ';' &&
         lower[end] != '"' && lower[end] != '\'')
    ++end;
  return content_type.substr(i, end - i);
}

// Finds a charset declared in the first bytes of the page: an XML declaration,
// <meta charset> or <meta http-equiv=Content-Type content="...; charset=...">.
// Comments are skipped. Returns the raw label or "".
std::string FindDeclaredCharset(std::string_view head) {
  std::string lower = AsciiLower(head);
  size_t i = 0;
  if (lower.starts_with("<?xml")) {
    std::string_view decl = std::string_view(head).substr(0, lower.find("?>"));
    size_t pos = 5;
    std::string found;
    ScanAttributes(decl, &pos,
                   [&](const std::string& name, std::string_view value) {
                     if (name == "encoding" && found.empty())
                       found = std::string(value);
                   });
    if (!found.empty()) return found;
  }
  while (i < lower.size()) {
    size_t lt = lower.find('<', i);
    if (lt == std::string::npos) break;
    if (lower.compare(lt, 4, "<!--") == 0) {
      size_t end = lower.find("-->", lt + 4);
      if (end == std::string::npos) break;
      i = end + 3;
      continue;
    }
    if (lower.compare(lt, 5, "<meta") == 0 && lt + 5 < lower.size() &&
        (IsAsciiSpace(lower[lt + 5]) || lower[lt + 5] == '/')) {
      size_t pos = lt + 5;
      std::string charset, http_equiv, content;
      ScanAttributes(std::string_view(head), &pos,
                     [&](const std::string& name, std::string_view value) {
                       if (name == "charset" && charset.empty())
                         charset = std::string(value);
                       if (name == "http-equiv")
                         http_equiv = AsciiLower(Trim(value));
                       if (name == "content") content = std::string(value);
                     });
      if (!charset.empty()) return charset;
      if (http_equiv == "content-type") {
        std::string_view param = CharsetParameter(content);
        if (!param.empty()) return std::string(param);
      }
      i = pos;
      continue;
    }
    i = lt + 1;
  }
  return "";
}

// ---------------------------------------------------------------------------
// The libxml2 tree.

std::string_view Name(const xmlNode* node) {
  return node->name
             ? std::string_view(reinterpret_cast<const char*>(node->name))
             : std::string_view();
}

// `name` is lowercase; libxml2's HTML parser lowercases attribute names, but
// the comparison does not rely on it.
const xmlAttr* FindAttr(const xmlNode* node, std::string_view name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr) continue;
    std::string_view attr_name(reinterpret_cast<const char*>(a->name));
    if (attr_name.size() != name.size()) continue;
    bool same = true;
    for (size_t i = 0; i < name.size() && same; ++i) {
      char c = attr_name[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      same = c == name[i];
    }
    if (same) return a;
  }
  return nullptr;
}

std::string Attr(const xmlNode* node, std::string_view name) {
  const xmlAttr* a = FindAttr(node, name);
  std::string out;
  if (a == nullptr) return out;
  for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
    if (c->content) out += reinterpret_cast<const char*>(c->content);
  }
  return out;
}

bool IsElement(const xmlNode* node) { return node->type == XML_ELEMENT_NODE; }
bool IsText(const xmlNode* node) {
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}
std::string_view Content(const xmlNode* node) {
  return node->content
             ? std::string_view(reinterpret_cast<const char*>(node->content))
             : std::string_view();
}

// Depth-first walk without recursion. `enter(node)` returns whether to visit
// the children; `leave(node)` runs after the children of every node entered
// that way.
template <typename Enter, typename Leave>
void Walk(const xmlNode* root, Enter enter, Leave leave) {
  const xmlNode* node = root;
  while (node != nullptr) {
    bool descend = enter(node);
    if (descend && node->children != nullptr) {
      node = node->children;
      continue;
    }
    if (descend) leave(node);
    while (node != root && node->next == nullptr) {
      node = node->parent;
      leave(node);
    }
    if (node == root) break;
    node = node->next;
  }
}

// Splits a class or id value into lowercase words at non-letters and camelCase
// humps.
std::vector<std::string> AttributeWords(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  char prev = 0;
  for (char c : value) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 (c >= '0' && c <= '9');
    bool hump = c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z';
    if ((!alnum || hump) && !word.empty()) {
      words.push_back(AsciiLower(word));
      word.clear();
    }
    if (alnum) word += c;
    prev = c;
  }
  if (!word.empty()) words.push_back(AsciiLower(word));
  return words;
}

bool HasBoilerplateWord(std::string_view value) {
  std::vector<std::string> words = AttributeWords(value);
  for (size_t i = 0; i < words.size(); ++i) {
    if (Contains(kBoilerplateWords, words[i])) return true;
    if (i + 1 < words.size() &&
        Contains(kBoilerplateWords, words[i] + words[i + 1]))
      return true;
  }
  return false;
}

bool IsArticleMarkup(const xmlNode* node) {
  std::string_view name = Name(node);
  if (name == "article" || name == "main" || name == "body" || name == "html")
    return true;
  std::string itemprop = AsciiLower(Attr(node, "itemprop"));
  return itemprop.find("articlebody") != std::string::npos;
}

// True for elements whose subtree is never article text: dropped tags, hidden
// elements, chrome roles, and (except on article markup) boilerplate class/id
// words.
bool IsBoilerplate(const xmlNode* node) {
  std::string_view name = Name(node);
  if (name == "header") {
    // An article's own <header> holds its headline and lede: keep it (subject
    // to the checks below). (Only a few levels up: the walk must stay cheap
    // under absurd nesting.)
    bool in_article = false;
    int levels = 0;
    for (const xmlNode* up = node->parent;
         up != nullptr && levels < 32 && !in_article;
         up = up->parent, ++levels) {
      in_article = up->type == XML_ELEMENT_NODE && Name(up) == "article";
    }
    if (!in_article) return true;
  } else if (Contains(kDroppedTags, name)) {
    return true;
  }
  if (FindAttr(node, "hidden") != nullptr) return true;
  if (AsciiLower(Trim(Attr(node, "aria-hidden"))) == "true") return true;
  std::string style = AsciiLower(Attr(node, "style"));
  style.erase(std::remove_if(style.begin(), style.end(), IsAsciiSpace),
              style.end());
  if (style.find("display:none") != std::string::npos ||
      style.find("visibility:hidden") != std::string::npos) {
    return true;
  }
  std::string role = AsciiLower(Trim(Attr(node, "role")));
  if (Contains(kBoilerplateRoles, role)) return true;
  if (IsArticleMarkup(node)) return false;
  return HasBoilerplateWord(Attr(node, "class")) ||
         HasBoilerplateWord(Attr(node, "id"));
}

// Returns the largest number of attributes in one start tag of `html`, counted
// the way an HTML tokenizer splits them (quoted values may hold '>' and
// spaces). Linear; used to refuse pages that would make libxml2's
// duplicate-attribute check quadratic.
size_t MaxAttributesPerTag(std::string_view html) {
  size_t max_count = 0;
  size_t i = 0;
  const size_t n = html.size();
  auto is_letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  while (i < n) {
    size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    i = lt + 1;
    if (!is_letter(html[i])) continue;
    while (i < n && !IsAsciiSpace(html[i]) && html[i] != '>' && html[i] != '/')
      ++i;
    size_t count = 0;
    while (i < n && html[i] != '>') {
      if (IsAsciiSpace(html[i]) || html[i] == '/') {
        ++i;
        continue;
      }
      ++count;  // An attribute name starts here.
      while (i < n && !IsAsciiSpace(html[i]) && html[i] != '>' &&
             html[i] != '=')
        ++i;
      while (i < n && IsAsciiSpace(html[i])) ++i;
      if (i < n && html[i] == '=') {
        ++i;
        while (i < n && IsAsciiSpace(html[i])) ++i;
        if (i < n && (html[i] == '"' || html[i] == '\'')) {
          size_t close = html.find(html[i], i + 1);
          i = close == std::string_view::npos ? n : close + 1;
        } else {
          while (i < n && !IsAsciiSpace(html[i]) && html[i] != '>') ++i;
        }
      }
    }
    max_count = std::max(max_count, count);
  }
  return max_count;
}

// Counts the non-space code points of `text`.
size_t CountChars(std::string_view text) {
  size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && !IsAsciiSpace(c)) ++n;
  }
  return n;
}

bool IsUnicodeSpace(char32_t cp) {
  return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0x0085;
}

// Appends `text` to `*out` with runs of white space collapsed to one space;
// `*pending_space` carries a space across calls until a character follows.
void AppendCollapsed(std::string_view text, std::string* out,
                     bool* pending_space) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = utf8::Decode(text, &pos);
    bool space =
        cp < 0x80 ? IsAsciiSpace(static_cast<char>(cp)) : IsUnicodeSpace(cp);
    if (space) {
      *pending_space = true;
      continue;
    }
    if (*pending_space && !out->empty() && out->back() != '\n')
      out->push_back(' ');
    *pending_space = false;
    out->append(text.substr(start, pos - start));
  }
}

// All the text under `node`, whitespace collapsed (for title, h1, time).
std::string CollapsedText(const xmlNode* node) {
  std::string out;
  bool pending = false;
  Walk(
      node,
      [&](const xmlNode* n) {
        if (IsText(n)) AppendCollapsed(Content(n), &out, &pending);
        return IsElement(n) && Name(n) != "script" && Name(n) != "style";
      },
      [](const xmlNode*) {});
  return out;
}

std::string CollapsedString(std::string_view text) {
  std::string out;
  bool pending = false;
  AppendCollapsed(text, &out, &pending);
  return out;
}

// ---------------------------------------------------------------------------
// Pass 1: measuring.

struct NodeStats {
  size_t chars = 0;       // Non-space characters of kept text in the subtree.
  size_t link_chars = 0;  // Of which inside <a>.
  size_t para_chars =
      0;  // Non-link characters of paragraph-like blocks in the subtree.
  double score = 0;  // Paragraph score (see the design note).
};

struct Analysis {
  // The stats of every element entered, indexed by the number Analyze stores
  // in the element's xmlNode::_private (the field libxml2 leaves to
  // applications) minus one; 0 there means the element was dropped.
  std::vector<NodeStats> stats;

  const NodeStats* Find(const xmlNode* node) const {
    auto index = reinterpret_cast<uintptr_t>(node->_private);
    return index == 0 || index > stats.size() ? nullptr : &stats[index - 1];
  }
  const xmlNode* best = nullptr;
  double best_score = 0;
  std::vector<const xmlNode*> article_body, article, main;
};

Analysis Analyze(const xmlNode* body) {
  Analysis result;
  struct Frame {
    const xmlNode* node;
    NodeStats stats;
    size_t own_chars =
        0;  // Characters of text nodes directly under the element.
  };
  std::vector<Frame> stack;
  size_t link_depth = 0;
  Walk(
      body,
      [&](const xmlNode* node) {
        if (IsText(node)) {
          if (stack.empty()) return false;
          size_t n = CountChars(Content(node));
          stack.back().stats.chars += n;
          stack.back().own_chars += n;
          if (link_depth > 0) stack.back().stats.link_chars += n;
          return false;
        }
        if (!IsElement(node) || (node != body && IsBoilerplate(node)))
          return false;
        std::string_view name = Name(node);
        if (name == "a") ++link_depth;
        if (AsciiLower(Attr(node, "itemprop")).find("articlebody") !=
            std::string::npos) {
          result.article_body.push_back(node);
        } else if (name == "article") {
          result.article.push_back(node);
        } else if (name == "main" ||
                   AsciiLower(Trim(Attr(node, "role"))) == "main") {
          result.main.push_back(node);
        }
        stack.push_back({node, {}, 0});
        return true;
      },
      [&](const xmlNode* node) {
        if (stack.empty() || stack.back().node != node) return;
        Frame frame = stack.back();
        stack.pop_back();
        std::string_view name = Name(node);
        if (name == "a" && link_depth > 0) --link_depth;
        // A <p> credits its parent and grandparent; a container holding its
        // own text (text separated by <br>, no <p>) credits itself and its
        // parent.
        size_t para = 0;
        bool holds_own_text = false;
        if (name == "p" || name == "pre") {
          size_t own = frame.stats.chars -
                       std::min(frame.stats.chars, frame.stats.link_chars);
          if (own >= kMinParagraphChars) para = own;
        } else if (frame.own_chars >= kMinParagraphChars &&
                   (name == "div" || name == "td" || name == "section" ||
                    name == "blockquote" || name == "article" ||
                    name == "main" || name == "li" || name == "dd" ||
                    name == "body")) {
          para = frame.own_chars;
          holds_own_text = true;
        }
        frame.stats.para_chars += para;
        if (para > 0) {
          double credit = static_cast<double>(para);
          if (holds_own_text) {
            frame.stats.score += credit;
            if (!stack.empty()) stack.back().stats.score += credit / 2;
          } else if (!stack.empty()) {
            stack.back().stats.score += credit;
            if (stack.size() >= 2)
              stack[stack.size() - 2].stats.score += credit / 2;
          }
        }
        if (frame.stats.score > result.best_score) {
          result.best_score = frame.stats.score;
          result.best = node;
        }
        if (!stack.empty()) {
          NodeStats& parent = stack.back().stats;
          parent.chars += frame.stats.chars;
          parent.link_chars += frame.stats.link_chars;
          parent.para_chars += frame.stats.para_chars;
        }
        result.stats.push_back(frame.stats);
        const_cast<xmlNode*>(node)->_private = reinterpret_cast<void*>(
            static_cast<uintptr_t>(result.stats.size()));
      });
  return result;
}

// ---------------------------------------------------------------------------
// Pass 2: writing paragraphs.

class ParagraphWriter {
 public:
  explicit ParagraphWriter(const Analysis& analysis) : analysis_(analysis) {}

  void Write(const xmlNode* root) {
    Walk(
        root, [&](const xmlNode* node) { return Enter(node, root); },
        [&](const xmlNode* node) { Leave(node); });
    Flush();
  }

  std::string Take() { return std::move(out_); }

 private:
  bool Enter(const xmlNode* node, const xmlNode* root) {
    if (IsText(node)) {
      // Count only what this node added: recounting the paragraph would make a
      // paragraph of many small text nodes quadratic.
      size_t before = para_.size();
      AppendCollapsed(Content(node), &para_, &pending_space_);
      if (link_depth_ > 0) {
        para_link_chars_ += CountChars(std::string_view(para_).substr(before));
      }
      return false;
    }
    if (!IsElement(node)) return false;
    // Pass 1 entered (and measured) exactly the elements that are not
    // boilerplate.
    if (node != root && analysis_.Find(node) == nullptr) return false;
    std::string_view name = Name(node);
    if (node != root && IsLinkList(node)) return false;
    if (name == "br" || name == "hr") {
      Flush();
      return false;
    }
    if (Contains(kBlockTags, name)) Flush();
    if (name == "a") ++link_depth_;
    return true;
  }

  void Leave(const xmlNode* node) {
    std::string_view name = Name(node);
    if (name == "a" && link_depth_ > 0) --link_depth_;
    if (Contains(kBlockTags, name)) Flush();
  }

  bool IsLinkList(const xmlNode* node) const {
    const NodeStats* stats = analysis_.Find(node);
    if (stats == nullptr || stats->chars == 0) return false;
    static constexpr std::string_view kContainers[] = {
        "ul", "ol", "dl", "div", "section", "table", "tbody", "tr", "td"};
    if (!Contains(kContainers, Name(node)) || IsArticleMarkup(node))
      return false;
    return static_cast<double>(stats->link_chars) >
           kMaxContainerLinkShare * static_cast<double>(stats->chars);
  }

  void Flush() {
    pending_space_ = false;
    if (!para_.empty()) {
      size_t chars = CountChars(para_);
      bool link_only = chars > 0 && static_cast<double>(para_link_chars_) >=
                                        kMaxParagraphLinkShare * chars;
      if (!link_only) {
        if (!out_.empty()) out_ += "\n\n";
        out_ += para_;
      }
    }
    para_.clear();
    para_link_chars_ = 0;
  }

  const Analysis& analysis_;
  std::string out_;
  std::string para_;
  size_t para_link_chars_ = 0;
  bool pending_space_ = false;
  size_t link_depth_ = 0;
};

// Returns the roots to write, in document order.
std::vector<const xmlNode*> ChooseRoots(const xmlNode* body,
                                        const Analysis& analysis) {
  auto stats_of = [&](const xmlNode* node) {
    const NodeStats* stats = analysis.Find(node);
    return stats == nullptr ? NodeStats{} : *stats;
  };
  auto text_of = [&](const xmlNode* node) {
    NodeStats s = stats_of(node);
    return s.chars - std::min(s.chars, s.link_chars);
  };
  size_t page_para = stats_of(body).para_chars;
  // The candidate of a kind with the most text, if it is not empty and holds at
  // least a third of the page's paragraph text (unless `always`).
  auto pick = [&](const std::vector<const xmlNode*>& nodes,
                  bool always) -> const xmlNode* {
    const xmlNode* best = nullptr;
    for (const xmlNode* n : nodes) {
      if (best == nullptr || text_of(n) > text_of(best)) best = n;
    }
    if (best == nullptr || text_of(best) == 0) return nullptr;
    if (always || page_para == 0 || stats_of(best).para_chars * 3 >= page_para)
      return best;
    return nullptr;
  };
  if (const xmlNode* n = pick(analysis.article_body, true)) return {n};
  if (const xmlNode* n = pick(analysis.article, false)) return {n};
  if (const xmlNode* n = pick(analysis.main, false)) return {n};
  if (analysis.best == nullptr) return {body};
  // The best element and its siblings that score nearly as well (an article
  // body split into several containers).
  std::vector<const xmlNode*> roots;
  const xmlNode* parent = analysis.best->parent;
  if (parent == nullptr || analysis.best == body) return {analysis.best};
  for (const xmlNode* sib = parent->children; sib != nullptr; sib = sib->next) {
    if (sib == analysis.best) {
      roots.push_back(sib);
      continue;
    }
    const NodeStats* stats = analysis.Find(sib);
    if (stats != nullptr &&
        stats->score >= kSiblingScoreShare * analysis.best_score) {
      roots.push_back(sib);
    }
  }
  return roots;
}

// ---------------------------------------------------------------------------
// Metadata.

std::string PrimaryLanguage(std::string_view tag) {
  tag = Trim(tag);
  size_t end = tag.find_first_of("-_");
  std::string primary = AsciiLower(tag.substr(0, end));
  if (primary.size() < 2 || primary.size() > 3) return "";
  for (char c : primary) {
    if (c < 'a' || c > 'z') return "";
  }
  return primary;
}

struct Metadata {
  std::string title_tag, og_title, h1, canonical, og_url, html_lang,
      content_language, og_locale, time_datetime, site_name;
  std::unordered_map<std::string, std::string>
      dates;  // Meta key -> value (first seen).
};

Metadata CollectMetadata(const xmlNode* root) {
  Metadata meta;
  bool in_body_time_preferred = false;
  Walk(
      root,
      [&](const xmlNode* node) {
        if (!IsElement(node)) return false;
        std::string_view name = Name(node);
        if (name == "html" && meta.html_lang.empty()) {
          meta.html_lang = Attr(node, "lang");
          if (meta.html_lang.empty()) meta.html_lang = Attr(node, "xml:lang");
        } else if (name == "title" && meta.title_tag.empty()) {
          meta.title_tag = CollapsedText(node);
          return false;
        } else if (name == "h1" && meta.h1.empty()) {
          meta.h1 = CollapsedText(node);
        } else if (name == "meta") {
          std::string key = AsciiLower(Trim(Attr(node, "property")));
          if (key.empty()) key = AsciiLower(Trim(Attr(node, "name")));
          if (key.empty()) key = AsciiLower(Trim(Attr(node, "itemprop")));
          std::string http_equiv = AsciiLower(Trim(Attr(node, "http-equiv")));
          std::string content = Attr(node, "content");
          if (key == "og:title" && meta.og_title.empty())
            meta.og_title = CollapsedString(content);
          if (key == "og:url" && meta.og_url.empty())
            meta.og_url = std::string(Trim(content));
          if (key == "og:locale" && meta.og_locale.empty())
            meta.og_locale = content;
          if (key == "og:site_name" && meta.site_name.empty())
            meta.site_name = CollapsedString(content);
          if (http_equiv == "content-language" && meta.content_language.empty())
            meta.content_language = content;
          if (!key.empty() && !content.empty())
            meta.dates.emplace(key, content);
        } else if (name == "link") {
          std::string rel = AsciiLower(Attr(node, "rel"));
          if (meta.canonical.empty() &&
              std::ranges::count(AttributeWords(rel),
                                 std::string("canonical")) > 0) {
            meta.canonical = std::string(Trim(Attr(node, "href")));
          }
        } else if (name == "time") {
          std::string datetime = Attr(node, "datetime");
          bool preferred =
              FindAttr(node, "pubdate") != nullptr ||
              AsciiLower(Attr(node, "itemprop")).find("datepublished") !=
                  std::string::npos;
          if (!datetime.empty() && (meta.time_datetime.empty() ||
                                    (preferred && !in_body_time_preferred))) {
            meta.time_datetime = datetime;
            in_body_time_preferred = preferred;
          }
        } else if (FindAttr(node, "itemprop") != nullptr &&
                   AsciiLower(Attr(node, "itemprop")).find("datepublished") !=
                       std::string::npos) {
          std::string value = Attr(node, "content");
          if (value.empty()) value = Attr(node, "datetime");
          if (!value.empty()) meta.dates.emplace("datepublished", value);
        }
        return true;
      },
      [](const xmlNode*) {});
  return meta;
}

void FillMetadata(const Metadata& meta, HtmlPage* page) {
  page->title = !meta.og_title.empty()    ? meta.og_title
                : !meta.title_tag.empty() ? meta.title_tag
                                          : meta.h1;
  page->url = !meta.canonical.empty() ? meta.canonical : meta.og_url;
  page->site_name = meta.site_name;
  page->lang = PrimaryLanguage(meta.html_lang);
  if (page->lang.empty()) page->lang = PrimaryLanguage(meta.content_language);
  if (page->lang.empty()) page->lang = PrimaryLanguage(meta.og_locale);
  for (std::string_view key : kDateMetaKeys) {
    auto it = meta.dates.find(std::string(key));
    if (it == meta.dates.end()) continue;
    page->date = NormalizeDate(it->second);
    if (!page->date.empty()) return;
  }
  page->date = NormalizeDate(meta.time_datetime);
}

const xmlNode* FindBody(const xmlDoc* doc) {
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return nullptr;
  const xmlNode* found = nullptr;
  Walk(
      root,
      [&](const xmlNode* node) {
        if (found != nullptr || !IsElement(node)) return false;
        if (Name(node) == "body") {
          found = node;
          return false;
        }
        // The body is a child of <html>, or of something libxml2 kept above it.
        return Name(node) == "html" || node == root;
      },
      [](const xmlNode*) {});
  return found;
}

// ---------------------------------------------------------------------------
// Dates.

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string FormatDate(int year, int month, int day) {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 ||
      day > DaysInMonth(year, month)) {
    return "";
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Month number for an English or French month name or abbreviation, else 0.
int MonthNumber(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, int>, 26> kMonths = {{
      {"jan", 1},
      {"feb", 2},
      {"mar", 3},
      {"apr", 4},
      {"may", 5},
      {"jun", 6},
      {"jul", 7},
      {"aug", 8},
      {"sep", 9},
      {"oct", 10},
      {"nov", 11},
      {"dec", 12},
      {"janvier", 1},
      {"f\xc3\xa9vrier", 2},
      {"fevrier", 2},
      {"mars", 3},
      {"avril", 4},
      {"mai", 5},
      {"juin", 6},
      {"juillet", 7},
      {"ao\xc3\xbbt", 8},
      {"aout", 8},
      {"septembre", 9},
      {"octobre", 10},
      {"novembre", 11},
      {"d\xc3\xa9"
       "cembre",
       12},
  }};
  std::string lower = AsciiLower(word);
  for (const auto& [name, number] : kMonths) {
    if (lower == name) return number;
  }
  // English full names and abbreviations with a dot: "April", "Sept.".
  if (lower.size() > 3) {
    static constexpr std::string_view kEnglish[] = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    for (size_t m = 0; m < std::size(kEnglish); ++m) {
      if (kEnglish[m].starts_with(lower.substr(0, lower.find('.'))))
        return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

}  // namespace

std::string NormalizeDate(std::string_view text) {
  text = Trim(text);
  if (text.size() > 200) return "";
  auto number = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  auto digits_at = [&](size_t pos) {
    size_t n = 0;
    while (pos + n < text.size() && IsDigit(text[pos + n])) ++n;
    return n;
  };
  // ISO forms: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD (one-digit month and day
  // too), YYYYMMDD.
  size_t year_digits = digits_at(0);
  if (year_digits == 8)
    return FormatDate(number(0, 4), number(4, 2), number(6, 2));
  if (year_digits == 4 && text.size() > 4 &&
      (text[4] == '-' || text[4] == '/' || text[4] == '.')) {
    char sep = text[4];
    size_t month_digits = digits_at(5);
    if (month_digits >= 1 && month_digits <= 2 &&
        5 + month_digits < text.size() && text[5 + month_digits] == sep) {
      size_t day_pos = 6 + month_digits;
      size_t day_digits = digits_at(day_pos);
      if (day_digits >= 1 && day_digits <= 2) {
        return FormatDate(number(0, 4), number(5, month_digits),
                          number(day_pos, day_digits));
      }
    }
    return "";
  }
  // Words: "Thu, 04 Apr 2019 10:00:00 GMT", "4 April 2019", "April 4, 2019", "4
  // avril 2019".
  int day = 0, month = 0, year = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    if (IsDigit(text[pos])) {
      while (pos < text.size() && IsDigit(text[pos])) ++pos;
      size_t len = pos - start;
      // Skip times ("10:00:00").
      if (pos < text.size() && text[pos] == ':') {
        while (pos < text.size() && (IsDigit(text[pos]) || text[pos] == ':'))
          ++pos;
        continue;
      }
      if (len == 4 && year == 0) {
        year = number(start, 4);
      } else if (len <= 2 && day == 0) {
        day = number(start, len);
      } else {
        return "";
      }
    } else if (static_cast<unsigned char>(text[pos]) >= 0x80 ||
               std::isalpha(static_cast<unsigned char>(text[pos]))) {
      while (pos < text.size() &&
             (static_cast<unsigned char>(text[pos]) >= 0x80 ||
              std::isalpha(static_cast<unsigned char>(text[pos])) ||
              text[pos] == '.')) {
        ++pos;
      }
      int m = MonthNumber(text.substr(start, pos - start));
      if (m != 0 && month == 0) month = m;
    } else {
      ++pos;
    }
  }
  if (day == 0 || month == 0 || year == 0) return "";
  return FormatDate(year, month, day);
}

std::string DetectCharset(std::string_view html, std::string_view http_charset,
                          std::string* source) {
  if (html.starts_with("\xEF\xBB\xBF")) {
    *source = "bom";
    return "UTF-8";
  }
  if (html.starts_with("\xFE\xFF")) {
    *source = "bom";
    return "UTF-16BE";
  }
  if (html.starts_with("\xFF\xFE")) {
    *source = "bom";
    return "UTF-16LE";
  }
  if (std::string name = CanonicalCharset(http_charset); !name.empty()) {
    *source = "http";
    return name;
  }
  if (std::string name = CanonicalCharset(
          FindDeclaredCharset(html.substr(0, kCharsetScanBytes)));
      !name.empty()) {
    *source = "meta";
    return name;
  }
  if (utf8::IsValid(html)) {
    *source = "default";
    return "UTF-8";
  }
  *source = "fallback";
  return "windows-1252";
}

StatusOr<std::string> ConvertToUtf8(std::string_view bytes,
                                    const std::string& charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> from(
      ucnv_open(charset.c_str(), &err), ucnv_close);
  if (U_FAILURE(err) || from == nullptr) {
    return Status::InvalidArgument("unknown charset '" + charset + "'");
  }
  err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> to(
      ucnv_open("UTF-8", &err), ucnv_close);
  if (U_FAILURE(err) || to == nullptr)
    return Status::Internal("ICU cannot open the UTF-8 converter");
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  std::array<UChar, 1024> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  const char* src = bytes.data();
  const char* src_limit = bytes.data() + bytes.size();
  std::array<char, 1 << 14> buf;
  bool reset = true;
  for (;;) {
    char* target = buf.data();
    err = U_ZERO_ERROR;
    ucnv_convertEx(to.get(), from.get(), &target, buf.data() + buf.size(), &src,
                   src_limit, pivot.data(), &pivot_source, &pivot_target,
                   pivot.data() + pivot.size(), reset, /*flush=*/true, &err);
    reset = false;
    out.append(buf.data(), target - buf.data());
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(err))
      return Status::Internal(std::string("ICU conversion from ") + charset +
                              " failed: " + u_errorName(err));
    break;
  }
  // Single-byte converters substitute U+001A for unmapped bytes; make it
  // U+FFFD.
  std::string fixed;
  fixed.reserve(out.size());
  for (char c : out) {
    if (c == '\x1A') {
      fixed += "\xEF\xBF\xBD";
    } else {
      fixed += c;
    }
  }
  return fixed;
}

StatusOr<HtmlPage> ExtractHtml(std::string_view html,
                               const HtmlOptions& options) {
  HtmlPage page;
  page.charset =
      DetectCharset(html, options.http_charset, &page.charset_source);
  if (page.charset_source == "bom")
    html.remove_prefix(page.charset.starts_with("UTF-16") ? 2 : 3);
  std::string utf8_text;
  if (page.charset == "UTF-8") {
    size_t bad = utf8::FindInvalid(html);
    if (bad != utf8::kValid) {
      if (!options.repair_utf8) {
        return Status::Corruption("invalid UTF-8 at byte " +
                                  std::to_string(bad) +
                                  " of a page declared as UTF-8 (use "
                                  "--repair-utf8 to replace invalid bytes)");
      }
      utf8_text = utf8::Repair(html);
    } else {
      utf8_text = std::string(html);
    }
  } else {
    auto converted = ConvertToUtf8(html, page.charset);
    if (!converted.ok()) return converted.status();
    utf8_text = std::move(converted).value();
  }
  // libxml2 stops at a NUL byte; browsers show U+FFFD.
  if (utf8_text.find('\0') != std::string::npos) {
    std::string no_nul;
    for (char c : utf8_text) {
      if (c == '\0') {
        no_nul += "\xEF\xBF\xBD";
      } else {
        no_nul += c;
      }
    }
    utf8_text = std::move(no_nul);
  }
  if (utf8_text.size() > static_cast<size_t>(INT_MAX)) {
    return Status::ResourceExhausted(
        "page is over the HTML parser's limit of 2 GiB");
  }

  if (size_t attributes = MaxAttributesPerTag(utf8_text);
      attributes > kMaxAttributesPerTag) {
    return Status::ResourceExhausted("a tag has " + std::to_string(attributes) +
                                     " attributes, over the limit of " +
                                     std::to_string(kMaxAttributesPerTag));
  }

  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
      htmlReadMemory(utf8_text.data(), static_cast<int>(utf8_text.size()),
                     nullptr, "UTF-8",
                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                         HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
      xmlFreeDoc);
  if (doc == nullptr)
    return Status::NotFound(
        "no article text found (the page does not parse as HTML)");

  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root != nullptr) FillMetadata(CollectMetadata(root), &page);
  const xmlNode* body = FindBody(doc.get());
  if (body == nullptr)
    return Status::NotFound("no article text found (the page has no body)");
  Analysis analysis = Analyze(body);
  ParagraphWriter writer(analysis);
  for (const xmlNode* node : ChooseRoots(body, analysis)) writer.Write(node);
  page.text = writer.Take();
  if (page.text.empty()) return Status::NotFound("no article text found");
  return page;
}

}  // namespace isnad::ingest
