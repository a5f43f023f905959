#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/html_extract.h"
#include "ingest/reader.h"
#include "ingest/readers_internal.h"
#include "testutil.h"
#include "util/files.h"

namespace isnad::ingest {
namespace {

// Encodes UTF-8 `text` into `charset` with ICU, so that the tests can hold
// their pages as readable UTF-8 and still feed the reader legacy bytes.
std::string Encode(const std::string& text, const char* charset) {
  std::string out(text.size() * 4 + 16, '\0');
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(),
                           static_cast<int32_t>(out.size()), text.data(),
                           static_cast<int32_t>(text.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(n);
  return out;
}

StatusOr<HtmlPage> Extract(const std::string& html,
                           std::string http_charset = "") {
  HtmlOptions options;
  options.http_charset = std::move(http_charset);
  return ExtractHtml(html, options);
}

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(pos, end - pos));
    pos = end + 2;
  }
  return out;
}

TEST(DetectCharsetTest, FollowsBomThenHttpThenMetaThenContent) {
  struct Case {
    std::string html;
    std::string http;
    std::string charset;
    std::string source;
  };
  const std::vector<Case> cases = {
      {"\xEF\xBB\xBF<meta charset=windows-1256>", "", "UTF-8", "bom"},
      {"\xFF\xFE<\0h\0", "", "UTF-16LE", "bom"},
      {"<meta charset=windows-1256>", "iso-8859-6", "iso-8859-6", "http"},
      {"<meta charset=\"windows-1256\">", "", "windows-1256", "meta"},
      {"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; "
       "charset=ISO-8859-1'>",
       "", "windows-1252", "meta"},
      {"<!-- <meta charset=koi8-r> --><meta charset=utf-8>", "", "UTF-8",
       "meta"},
      {"<?xml version=\"1.0\" encoding=\"windows-1256\"?><html>", "",
       "windows-1256", "meta"},
      {"<meta charset=no-such-charset><p>caf\xC3\xA9", "", "UTF-8", "default"},
      {"<p>caf\xE9</p>", "", "windows-1252", "fallback"},
      {"<p>plain ascii</p>", "bogus", "UTF-8", "default"},
      {"<meta charset=utf-16><p>x", "", "UTF-8", "meta"},
  };
  for (const Case& c : cases) {
    std::string source;
    EXPECT_EQ(DetectCharset(c.html, c.http, &source), c.charset) << c.html;
    EXPECT_EQ(source, c.source) << c.html;
  }
}

TEST(NormalizeDateTest, AcceptsCommonFormsAndRejectsImpossibleDates) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"2019-04-04T10:00:00Z", "2019-04-04"},
      {"2019-04-04", "2019-04-04"},
      {"  2017/6/4 ", "2017-06-04"},
      {"20160229", "2016-02-29"},
      {"Thu, 04 Apr 2019 10:00:00 GMT", "2019-04-04"},
      {"4 April 2019", "2019-04-04"},
      {"April 4, 2019", "2019-04-04"},
      {"4 avril 2019", "2019-04-04"},
      {"1er d\xC3\xA9"
       "cembre 2018",
       "2018-12-01"},
      {"12 d\xC3\xA9"
       "cembre 2018",
       "2018-12-12"},
      {"2019-02-29", ""},
      {"2019-13-01", ""},
      {"yesterday", ""},
      {"", ""},
      {"99999999999", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(NormalizeDate(in), want) << in;
}

TEST(HtmlExtractTest, DecodesArabicWindows1256Page) {
  const std::string utf8_page =
      "<html lang=\"ar\"><head><meta http-equiv=\"Content-Type\" "
      "content=\"text/html; charset=windows-1256\">"
      "<title>حفتر يلتقي عملاء الموساد</title>"
      "<meta property=\"article:published_time\" "
      "content=\"2017-06-04T09:30:00+03:00\"></head>"
      "<body><article><h1>حفتر يلتقي عملاء الموساد في الأردن</h1>"
      "<p>ذكرت مصادر مطلعة أن اللواء المتقاعد خليفة حفتر التقى عملاء من "
      "الموساد في الأردن.</p>"
      "<p>وقالت المصادر إن إسرائيل زودت الجيش الوطني الليبي "
      "بالأسلحة.</p></article></body></html>";
  auto page = Extract(Encode(utf8_page, "windows-1256"));
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->charset, "windows-1256");
  EXPECT_EQ(page->charset_source, "meta");
  EXPECT_EQ(page->lang, "ar");
  EXPECT_EQ(page->date, "2017-06-04");
  EXPECT_EQ(page->title, "حفتر يلتقي عملاء الموساد");
  EXPECT_EQ(
      Paragraphs(page->text),
      (std::vector<std::string>{
          "حفتر يلتقي عملاء الموساد في الأردن",
          "ذكرت مصادر مطلعة أن اللواء المتقاعد خليفة حفتر التقى عملاء من "
          "الموساد في الأردن.",
          "وقالت المصادر إن إسرائيل زودت الجيش الوطني الليبي بالأسلحة."}));
}

TEST(HtmlExtractTest, DecodesArabicFromTheHttpCharsetAlone) {
  const std::string utf8_page =
      "<html><body><p>الجزائر تحذر من التدخل الأجنبي في "
      "ليبيا.</p></body></html>";
  auto page = Extract(Encode(utf8_page, "windows-1256"), "windows-1256");
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->charset_source, "http");
  EXPECT_EQ(page->text, "الجزائر تحذر من التدخل الأجنبي في ليبيا.");
}

TEST(HtmlExtractTest, DecodesFrenchIso88591PageWithEntities) {
  const std::string utf8_page =
      "<html lang=\"fr-FR\"><head><meta http-equiv=\"Content-Type\" "
      "content=\"text/html; charset=ISO-8859-1\">"
      "<meta property=\"og:title\" content=\"L'Algérie met en garde\">"
      "<meta property=\"og:site_name\" content=\"Le  Journal\">"
      "<link rel=\"canonical\" "
      "href=\"https://example.org/algerie\"></head><body><main>"
      "<p>L'Algérie a mis en garde, mercredi, contre toute ingérence étrangère "
      "en Libye.</p>"
      "<p>Le ministre a déclaré&nbsp;: «&nbsp;Nous refusons l'escalade&nbsp;» "
      "&amp; a appelé au dialogue.</p>"
      "</main></body></html>";
  auto page = Extract(Encode(utf8_page, "ISO-8859-1"));
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->charset, "windows-1252");
  EXPECT_EQ(page->lang, "fr");
  EXPECT_EQ(page->title, "L'Algérie met en garde");
  EXPECT_EQ(page->url, "https://example.org/algerie");
  EXPECT_EQ(page->site_name, "Le Journal");
  EXPECT_EQ(
      Paragraphs(page->text),
      (std::vector<std::string>{"L'Algérie a mis en garde, mercredi, contre "
                                "toute ingérence étrangère en Libye.",
                                "Le ministre a déclaré : « Nous refusons "
                                "l'escalade » & a appelé au dialogue."}));
}

TEST(HtmlExtractTest, UndeclaredLegacyBytesFallBackToWindows1252) {
  auto page = Extract(
      "<p>D\xE9"
      "claration du minist\xE8re</p>");
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->charset_source, "fallback");
  EXPECT_EQ(page->text, "Déclaration du ministère");
}

TEST(HtmlExtractTest, InvalidUtf8InAUtf8PageIsAnErrorUnlessRepaired) {
  std::string html = "<meta charset=utf-8><p>bad \xFF byte</p>";
  auto page = Extract(html);
  EXPECT_EQ(page.status().code(), StatusCode::kCorruption);
  HtmlOptions repair;
  repair.repair_utf8 = true;
  page = ExtractHtml(html, repair);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->text, "bad \xEF\xBF\xBD byte");
}

TEST(HtmlExtractTest, DropsNavigationMenusSharingCookiesAndComments) {
  const std::string html =
      R"(<!DOCTYPE html><html lang="en"><head><title>Egypt backs Haftar | News</title>
<script>var tracking = "Do not keep this script text";</script><style>p { color: red }</style></head>
<body class="page with-sidebar">
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<header><a href="/">Home</a> <a href="/world">World</a></header>
<nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Economy</a></li></ul></nav>
<ul class="mainMenu"><li>Sports section</li><li>Culture section</li></ul>
<div class="content">
  <div class="share-buttons"><a href="#">Share on Facebook</a> <span>Tweet this story</span></div>
  <h1>Egypt backs Haftar</h1>
  <p>Egypt has supplied the Libyan National Army with weapons, according to a report.</p>
  <p>The report said the shipments began in 2015 and continued through 2016.</p>
  <p>Officials in Cairo did not comment on the report when reached on Tuesday.<br>A second line after a break.</p>
  <p><a href="/more">Read more about Libya and the region</a></p>
  <div style="display: none">Hidden text that nobody sees on the page.</div>
</div>
<aside><p>Most read: a story about something else entirely, with many words.</p></aside>
<div class="related-articles"><h3>Related</h3><p>Another article that is only linked here for readers.</p></div>
<section id="comments"><p>I disagree with this article entirely, said a reader in a comment.</p>
<form><textarea>Leave a comment</textarea><button>Post</button></form></section>
<div class="newsletter-signup"><p>Subscribe to our newsletter to get the news every morning.</p></div>
<footer><p>Copyright 2019 The Example Times. All rights reserved worldwide.</p></footer>
</body></html>)";
  auto page = Extract(html);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->title, "Egypt backs Haftar | News");
  EXPECT_EQ(page->lang, "en");
  EXPECT_EQ(
      Paragraphs(page->text),
      (std::vector<std::string>{"Egypt backs Haftar",
                                "Egypt has supplied the Libyan National Army "
                                "with weapons, according to a report.",
                                "The report said the shipments began in 2015 "
                                "and continued through 2016.",
                                "Officials in Cairo did not comment on the "
                                "report when reached on Tuesday.",
                                "A second line after a break."}));
}

// A page shaped like a common blog/CMS theme (markup written for this test).
TEST(HtmlExtractTest, CmsThemePageKeepsOnlyTheStory) {
  const std::string html = R"(<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="UTF-8">
<meta property="og:title" content="Tripoli : reprise des combats">
<meta property="article:published_time" content="2019-04-07T18:02:11+00:00">
<link rel='canonical' href='https://news.example/tripoli-combats/'></head>
<body class="post-template-default single single-post postid-42 has-sidebar comments-open">
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title">Le Quotidien</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="/monde">Monde</a></li><li><a href="/afrique">Afrique</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-42" class="post-42 post type-post status-publish format-standard hentry category-afrique tag-libye">
<header class="entry-header"><h1 class="entry-title">Tripoli : reprise des combats</h1>
<div class="entry-meta"><span class="posted-on">7 avril 2019</span></div></header>
<div class="entry-content">
<p>Les forces du maréchal Haftar ont lancé dimanche une nouvelle offensive au sud de Tripoli.</p>
<p>Le gouvernement d'union nationale a annoncé une contre-attaque, selon un porte-parole.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Partager :</h3>
<ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Articles similaires</h3><p>Un autre article lié ici.</p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Publié dans <a href="/afrique">Afrique</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">Un commentaire</h2>
<ol class="comment-list"><li class="comment"><p>Je ne suis pas d'accord avec cette analyse de la situation.</p></li></ol>
<div id="respond" class="comment-respond"><h3>Laisser un commentaire</h3>
<form><p>Votre adresse e-mail ne sera pas publiée.</p><textarea></textarea></form></div></div>
</main></div><aside id="secondary" class="widget-area"><section class="widget"><h2>Articles récents</h2>
<ul><li><a href="/x">Un titre récent qui parle d'autre chose entièrement</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><p>Fièrement propulsé par un CMS.</p></footer></div>
<div class="cookie-notice"><p>Ce site utilise des cookies pour améliorer votre expérience de lecture.</p></div>
</body></html>)";
  auto page = Extract(html);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->title, "Tripoli : reprise des combats");
  EXPECT_EQ(page->date, "2019-04-07");
  EXPECT_EQ(page->url, "https://news.example/tripoli-combats/");
  EXPECT_EQ(page->lang, "fr");
  EXPECT_EQ(Paragraphs(page->text),
            (std::vector<std::string>{
                "Tripoli : reprise des combats",
                "Les forces du maréchal Haftar ont lancé dimanche une nouvelle "
                "offensive au sud de Tripoli.",
                "Le gouvernement d'union nationale a annoncé une "
                "contre-attaque, selon un porte-parole."}));
}

TEST(HtmlExtractTest, PrefersArticleBodyMarkup) {
  const std::string html =
      "<body><div><p>A teaser paragraph about another story that is long "
      "enough to count.</p></div>"
      "<div itemprop=\"articleBody\"><p>The real story starts here.</p><p>And "
      "goes on here.</p></div>"
      "<div><p>Another teaser paragraph about one more story that is long "
      "enough to count.</p></div></body>";
  auto page = Extract(html);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->text, "The real story starts here.\n\nAnd goes on here.");
}

TEST(HtmlExtractTest, ChoosesTheDensestBlockWithoutMarkup) {
  const std::string html =
      "<body><div class=\"top\"><span>Short line</span><span>Another short "
      "line</span></div>"
      "<div class=\"story\"><p>First paragraph of the story with enough words "
      "in it.</p>"
      "<p>Second paragraph of the story with enough words in it as well.</p>"
      "<p>Third paragraph of the story, which closes the report.</p></div>"
      "<div class=\"bottom\"><span>Short bottom line</span></div></body>";
  auto page = Extract(html);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(Paragraphs(page->text).size(), 3u) << page->text;
  EXPECT_EQ(Paragraphs(page->text)[0],
            "First paragraph of the story with enough words in it.");
}

TEST(HtmlExtractTest, KeepsTheArticlesOwnHeader) {
  const std::string html =
      "<body><header><a href=\"/\">Site "
      "name</a></header><article><header><h1>Headline</h1>"
      "<p class=\"lede\">The lede paragraph says what happened.</p></header>"
      "<p>The body of the article follows the lede.</p></article></body>";
  auto page = Extract(html);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->text,
            "Headline\n\nThe lede paragraph says what happened.\n\nThe body "
            "of the article follows the lede.");
}

TEST(HtmlExtractTest, TextBrokenByBrWithoutParagraphs) {
  const std::string html =
      "<body><div id=\"top\"><div>Short</div><div>Links</div></div><table><tr>"
      "<td class=\"side\">A side cell with a little text</td>"
      "<td>First line of the report, which is long enough.<br>Second line of "
      "the report, also long enough.<br><br>Third "
      "line.</td></tr></table></body>";
  auto page = Extract(html);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(
      Paragraphs(page->text),
      (std::vector<std::string>{
          "First line of the report, which is long enough.",
          "Second line of the report, also long enough.", "Third line."}));
}

TEST(HtmlExtractTest, DatesComeFromMetaOrTime) {
  struct Case {
    std::string html;
    std::string date;
  };
  const std::vector<Case> cases = {
      {"<meta name=\"pubdate\" content=\"20190404\"><p>text</p>", "2019-04-04"},
      {"<meta name=\"dc.date\" content=\"2018/1/2\"><p>text</p>", "2018-01-02"},
      {"<meta property=\"og:published_time\" content=\"2016-05-06\"><meta "
       "name=\"date\" content=\"2010-01-01\">"
       "<p>text</p>",
       "2016-05-06"},
      {"<p>text <time datetime=\"2015-03-04T10:00\">March 4</time></p>",
       "2015-03-04"},
      {"<meta name=\"date\" content=\"soon\"><p>text</p>", ""},
  };
  for (const Case& c : cases) {
    auto page = Extract(c.html);
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    EXPECT_EQ(page->date, c.date) << c.html;
  }
}

TEST(HtmlExtractTest, PageWithoutBodyOrTextIsAnError) {
  for (const std::string html :
       {"<html><head><title>Only a title</title></head></html>",
        "<html><body><nav>Menu</nav></body></html>",
        "<html><body>   </body></html>", "", "<script>alert(1)</script>"}) {
    auto page = Extract(html);
    EXPECT_EQ(page.status().code(), StatusCode::kNotFound) << html;
    EXPECT_NE(page.status().message().find("no article text found"),
              std::string::npos);
  }
}

TEST(HtmlExtractTest, AbsurdNestingNeitherCrashesNorStalls) {
  for (const std::string tag : {"div", "span", "b", "li"}) {
    std::string html =
        "<html><body><p>A paragraph before the nesting, long enough to be the "
        "article.</p>";
    for (int i = 0; i < 100000; ++i) html += "<" + tag + ">";
    html += "deep text";
    for (int i = 0; i < 100000; ++i) html += "</" + tag + ">";
    html += "</body></html>";
    auto start = std::chrono::steady_clock::now();
    auto page = Extract(html);
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_LT(elapsed, std::chrono::seconds(10)) << tag;
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    EXPECT_NE(page->text.find("A paragraph before the nesting"),
              std::string::npos)
        << tag;
  }
}

TEST(HtmlExtractTest, TagWithTooManyAttributesIsRefused) {
  std::string html = "<body><div";
  for (int i = 0; i < 100000; ++i) html += " a" + std::to_string(i) + "='>'";
  html += ">text</div></body>";
  auto start = std::chrono::steady_clock::now();
  auto page = Extract(html);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(page.status().code(), StatusCode::kResourceExhausted);
  // Many attributes spread over many tags are fine.
  std::string many = "<body>";
  for (int i = 0; i < 2000; ++i) many += "<p class=a id=b title='c > d'>x</p>";
  many += "</body>";
  EXPECT_TRUE(Extract(many).ok());
}

TEST(HtmlReaderTest, ReadsAFileAsOneDocument) {
  std::string dir = isnad::testing::TempDir();
  std::string path = dir + "/haftar.html";
  ASSERT_TRUE(WriteFile(path,
                        "\xEF\xBB\xBF<html "
                        "lang=ar><head><title>عنوان</title></head><body><p>نص "
                        "المقال.</p></body></html>")
                  .ok());
  ReaderOptions options;
  options.default_date = "2020-01-01";
  auto reader = OpenReader(path, options);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  ReadItem item;
  ASSERT_TRUE((*reader)->Next(&item));
  ASSERT_TRUE(item.error.ok()) << item.error.ToString();
  EXPECT_EQ(item.doc.id, "haftar");
  EXPECT_EQ(item.doc.origin, path);
  EXPECT_EQ(item.doc.text, "نص المقال.");
  EXPECT_EQ(item.doc.title, "عنوان");
  EXPECT_EQ(item.doc.lang, "ar");
  EXPECT_EQ(item.doc.date, "2020-01-01");
  EXPECT_FALSE((*reader)->Next(&item));
  EXPECT_TRUE((*reader)->status().ok());
}

TEST(HtmlReaderTest, OversizedAndEmptyPagesAreDocumentErrors) {
  ReaderOptions small;
  small.max_document_bytes = 10;
  auto reader = NewHtmlReader(
      "big.html", MemoryInput("<p>more than ten bytes</p>", small), small);
  ReadItem item;
  ASSERT_TRUE(reader->Next(&item));
  EXPECT_EQ(item.error.code(), StatusCode::kResourceExhausted);
  EXPECT_FALSE(reader->Next(&item));
  EXPECT_TRUE(reader->status().ok());

  reader = NewHtmlReader("empty.html",
                         MemoryInput("<html><head></head></html>", {}), {});
  ASSERT_TRUE(reader->Next(&item));
  EXPECT_EQ(item.error.code(), StatusCode::kNotFound);
  EXPECT_EQ(item.doc.id, "empty");
}

}  // namespace
}  // namespace isnad::ingest
