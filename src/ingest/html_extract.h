// ingest/html_extract.h: from the raw bytes of one HTML page to its main
// article text and metadata. Used by the HTML and WARC readers (first stage of
// the pipeline, ingest); testable alone.
//
// Steps: (1) find the charset: a byte order mark, else the charset of the HTTP
// Content-Type header (WARC), else <meta charset>, <meta
// http-equiv=Content-Type> or an XML declaration in the first kCharsetScanBytes
// bytes, else UTF-8 if the bytes are valid UTF-8, else windows-1252 (the web's
// de facto default, recorded in HtmlPage::charset_source as "fallback"); labels
// follow the WHATWG rules (iso-8859-1 and us-ascii mean windows-1252). (2)
// Convert to UTF-8 with ICU. (3) Parse with libxml2's forgiving HTML parser (no
// network, no huge mode: it stops at 256 levels of nesting, keeping what came
// before, and refuses text nodes over 10 MB). (4) Drop what is not the article:
// script, style, nav, header, footer, aside, forms, ..., and elements whose
// class, id or role name navigation, menus, sharing, cookie banners, comments,
// related links, ... (the table is kBoilerplateWords in html_extract.cc), and
// link lists. (5) Choose the article root: [itemprop=articleBody], else
// <article>, else <main> or [role=main] when it holds at least a third of the
// page's paragraph text, else the element with the best paragraph-text score.
// (6) Emit its paragraphs.
//
// Thread-safety: ExtractHtml may be called from several threads at once.
#ifndef ISNAD_INGEST_HTML_EXTRACT_H_
#define ISNAD_INGEST_HTML_EXTRACT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

namespace isnad::ingest {

// How many leading bytes are searched for a <meta> charset declaration.
inline constexpr size_t kCharsetScanBytes = 4096;

// A page with a start tag carrying more attributes than this is refused with
// kResourceExhausted: libxml2 checks duplicates in quadratic time, so 100,000
// attributes on one tag would take minutes. No real page comes near.
inline constexpr size_t kMaxAttributesPerTag = 1000;

struct HtmlPage {
  // The article's paragraphs (from p, h1-h6, li, blockquote, pre, td, text in
  // div and similar blocks, and lines broken by <br>), whitespace collapsed,
  // entities decoded, joined by "\n\n". Valid UTF-8.
  std::string text;
  // og:title, else <title>, else the first <h1>; whitespace collapsed.
  std::string title;
  // Publication date as YYYY-MM-DD from the first of article:published_time,
  // og:published_time, datePublished, date, pubdate, dc.date, ... meta tags,
  // else from a <time datetime>; empty when none parses.
  std::string date;
  // <link rel=canonical>, else og:url; as written in the page.
  std::string url;
  // The outlet's name from og:site_name, whitespace collapsed; or empty.
  std::string site_name;
  // Primary subtag of <html lang> (or Content-Language, og:locale), lowercased:
  // "ar" for "ar-EG"; empty when absent.
  std::string lang;
  // The charset the bytes were decoded from, as given to ICU ("windows-1256").
  std::string charset;
  // Where the charset came from: "bom", "http", "meta", "default" (valid UTF-8)
  // or "fallback" (not UTF-8 and nothing declared: windows-1252).
  std::string charset_source;
};

struct HtmlOptions {
  // Charset from the HTTP Content-Type header, or empty (plain HTML files).
  std::string http_charset;
  // When the page is (declared or found to be) UTF-8 but holds invalid bytes:
  // false (the default) makes that a kCorruption error naming the byte offset;
  // true replaces each invalid sequence with U+FFFD.
  bool repair_utf8 = false;
};

// Extracts the article from the page `html` (raw bytes in any charset).
// Errors: kNotFound "no article text found" when the page has no body or no
// text after the boilerplate is dropped; kCorruption for invalid UTF-8 (see
// HtmlOptions::repair_utf8); kResourceExhausted over kMaxAttributesPerTag;
// kInternal when ICU or libxml2 fail unexpectedly.
// Never throws.
StatusOr<HtmlPage> ExtractHtml(std::string_view html,
                               const HtmlOptions& options);

// Returns the charset to decode `html` with and where it came from (see step 1
// above), both in `*source` ("bom", "http", "meta", "default", "fallback").
// `http_charset` may be empty. The returned name is one ICU opens.
std::string DetectCharset(std::string_view html, std::string_view http_charset,
                          std::string* source);

// Converts `bytes` from `charset` (an ICU converter name) to UTF-8; bytes that
// do not decode become U+FFFD. kInvalidArgument when ICU does not know
// `charset`.
StatusOr<std::string> ConvertToUtf8(std::string_view bytes,
                                    const std::string& charset);

// Normalizes a date as found in pages and archives ("2019-04-04T10:00:00Z",
// "2019/04/04", "20190404", "Thu, 04 Apr 2019 10:00:00 GMT", "4 April 2019") to
// "YYYY-MM-DD"; returns "" when it cannot or when the date does not exist.
std::string NormalizeDate(std::string_view text);

}  // namespace isnad::ingest

#endif  // ISNAD_INGEST_HTML_EXTRACT_H_
