#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "ingest/readers_internal.h"
#include "testutil.h"
#include "util/files.h"

namespace isnad::ingest {
namespace {

// One gzip member holding `data`.
std::string Gzip(const std::string& data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                         Z_DEFAULT_STRATEGY),
            Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string Record(const std::string& type, const std::string& payload,
                   const std::string& extra_headers = "",
                   const std::string& content_length = "") {
  static int counter = 0;
  ++counter;
  std::string headers =
      "WARC/1.1\r\nWARC-Type: " + type +
      "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" +
      std::to_string(100000000000 + counter) +
      ">\r\nWARC-Date: 2019-04-05T08:00:00Z\r\n" + extra_headers +
      "Content-Length: " +
      (content_length.empty() ? std::to_string(payload.size())
                              : content_length) +
      "\r\n\r\n";
  return headers + payload + "\r\n\r\n";
}

std::string Response(const std::string& uri, const std::string& http,
                     const std::string& extra_headers = "",
                     const std::string& content_length = "") {
  return Record("response", http,
                "WARC-Target-URI: " + uri +
                    "\r\nContent-Type: application/http; msgtype=response\r\n" +
                    extra_headers,
                content_length);
}

std::string Http(const std::string& body,
                 const std::string& content_type = "text/html; charset=utf-8",
                 int status = 200, const std::string& extra = "") {
  return "HTTP/1.1 " + std::to_string(status) +
         " OK\r\nContent-Type: " + content_type + "\r\n" + extra +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string Page(const std::string& paragraph) {
  return "<!doctype html><html "
         "lang=\"en\"><head><title>T</title></head><body><p>" +
         paragraph + "</p></body></html>";
}

std::string Warcinfo() {
  return Record("warcinfo",
                "software: isnad-test\r\nformat: WARC File Format 1.1\r\n",
                "Content-Type: application/warc-fields\r\n");
}

struct Result {
  std::vector<ReadItem> items;
  Status status;
};

Result ReadWarc(const std::string& data, ReaderOptions options = {}) {
  auto reader = NewWarcReader("test.warc", MemoryInput(data, options), options);
  Result r;
  ReadItem item;
  while (reader->Next(&item)) r.items.push_back(item);
  r.status = reader->status();
  return r;
}

TEST(WarcReaderTest, KeepsHtmlResponsesAndSkipsEverythingElse) {
  std::string warc =
      Warcinfo() +
      Record("request", "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n",
             "WARC-Target-URI: https://example.org/a\r\nContent-Type: "
             "application/http; msgtype=request\r\n") +
      Response("https://example.org/a", Http(Page("Egypt supports Haftar."))) +
      Record("metadata", "fetchTimeMs: 12\r\n",
             "WARC-Target-URI: https://example.org/a\r\nContent-Type: "
             "application/warc-fields\r\n") +
      Response("https://example.org/logo.png",
               Http("\x89PNG\r\n\x1a\n....", "image/png")) +
      Response("https://example.org/doc.pdf",
               Http("%PDF-1.4", "application/pdf")) +
      Response("https://example.org/gone",
               Http(Page("Not found."), "text/html", 404)) +
      Response("https://example.org/b", Http(Page("Algeria warns."), "")) +
      Record("resource", Page("A resource record."),
             "WARC-Target-URI: file:///c.html\r\nContent-Type: text/html\r\n");
  Result r = ReadWarc(warc);
  EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 3u);
  const Document& doc = r.items[0].doc;
  EXPECT_TRUE(r.items[0].error.ok()) << r.items[0].error.ToString();
  EXPECT_EQ(doc.text, "Egypt supports Haftar.");
  EXPECT_EQ(doc.url, "https://example.org/a");
  EXPECT_EQ(doc.date, "2019-04-05");
  EXPECT_EQ(doc.lang, "en");
  EXPECT_EQ(doc.title, "T");
  EXPECT_EQ(doc.origin, "test.warc:record 3");
  EXPECT_EQ(doc.id.size(), 36u) << doc.id;
  EXPECT_EQ(doc.id.find('<'), std::string::npos);
  EXPECT_EQ(r.items[1].doc.text,
            "Algeria warns.");  // No Content-Type: sniffed.
  EXPECT_EQ(r.items[2].doc.text, "A resource record.");
  EXPECT_EQ(r.items[2].doc.origin, "test.warc:record 9");
}

TEST(WarcReaderTest, HonoursTheHttpCharsetAndUndoesChunkingAndGzip) {
  std::string arabic(64, '\0');
  UErrorCode err = U_ZERO_ERROR;
  const std::string utf8 = "<html><body><p>مصر تدعم حفتر.</p></body></html>";
  int32_t n =
      ucnv_convert("windows-1256", "UTF-8", arabic.data(), 64, utf8.data(),
                   static_cast<int32_t>(utf8.size()), &err);
  ASSERT_TRUE(U_SUCCESS(err));
  arabic.resize(n);
  std::string gz = Gzip(Page("Compressed body."));
  // The page in two chunks of 10 and the rest.
  std::string body = Page("Chunked body.");
  char size_hex[16];
  std::snprintf(size_hex, sizeof size_hex, "%zx", body.size() - 10);
  std::string chunked = "a\r\n" + body.substr(0, 10) + "\r\n" + size_hex +
                        "\r\n" + body.substr(10) + "\r\n0\r\n\r\n";
  std::string warc =
      Response("https://example.org/ar",
               Http(arabic, "text/html; charset=windows-1256")) +
      Response("https://example.org/gz",
               Http(gz, "text/html", 200, "Content-Encoding: gzip\r\n")) +
      Response(
          "https://example.org/ch",
          Http(chunked, "text/html", 200, "Transfer-Encoding: chunked\r\n")) +
      Response("https://example.org/br",
               Http("xx", "text/html", 200, "Content-Encoding: br\r\n"));
  Result r = ReadWarc(warc);
  EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 4u);
  EXPECT_EQ(r.items[0].doc.text, "مصر تدعم حفتر.");
  EXPECT_EQ(r.items[1].doc.text, "Compressed body.");
  EXPECT_EQ(r.items[2].doc.text, "Chunked body.")
      << r.items[2].error.ToString();
  EXPECT_EQ(r.items[3].error.code(), StatusCode::kUnsupported);
}

TEST(WarcReaderTest, ReadsGzipWithOneMemberPerRecordAndAsOneStream) {
  std::string records[] = {
      Warcinfo(), Response("https://example.org/1", Http(Page("First story."))),
      Response("https://example.org/2", Http(Page("Second story."))),
      Response("https://example.org/3", Http(Page("Third story.")))};
  std::string members, plain;
  for (const std::string& record : records) {
    members += Gzip(record);
    plain += record;
  }
  for (const std::string& data : {members, Gzip(plain), plain}) {
    Result r = ReadWarc(data);
    EXPECT_TRUE(r.status.ok()) << r.status.ToString();
    ASSERT_EQ(r.items.size(), 3u);
    EXPECT_EQ(r.items[0].doc.text, "First story.");
    EXPECT_EQ(r.items[2].doc.text, "Third story.");
    EXPECT_EQ(r.items[2].doc.origin, "test.warc:record 4");
  }
}

TEST(WarcReaderTest, TruncatedGzipYieldsTheGoodRecordsThenAFileError) {
  std::string data =
      Gzip(Response("https://example.org/1", Http(Page("First story.")))) +
      Gzip(Response("https://example.org/2", Http(Page("Second story."))));
  std::string last =
      Gzip(Response("https://example.org/3", Http(Page("Third story."))));
  data += last.substr(0, last.size() / 2);
  std::string path = isnad::testing::TempDir() + "/cut.warc.gz";
  ASSERT_TRUE(WriteFile(path, data).ok());
  auto reader = OpenReader(path, {});
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  std::vector<ReadItem> items;
  ReadItem item;
  while ((*reader)->Next(&item)) items.push_back(item);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1].doc.text, "Second story.");
  EXPECT_EQ(items[1].doc.origin, path + ":record 2");
  Status status = (*reader)->status();
  EXPECT_EQ(status.code(), StatusCode::kCorruption);
  EXPECT_NE(status.message().find(path), std::string::npos)
      << status.ToString();
  EXPECT_NE(status.message().find("truncated"), std::string::npos)
      << status.ToString();
}

TEST(WarcReaderTest, BrokenContentLengthIsARecordErrorAndReadingGoesOn) {
  std::string good1 =
      Response("https://example.org/1", Http(Page("First story.")));
  std::string good2 =
      Response("https://example.org/2", Http(Page("Second story.")));
  std::string http = Http(Page("Broken story."));
  struct Case {
    std::string name;
    std::string content_length;
  };
  const std::vector<Case> cases = {
      {"not a number", "abc"},
      {"negative", "-5"},
      {"too small", std::to_string(http.size() - 20)},
      {"too large", std::to_string(http.size() + 30)},
      {"empty", " "}};
  for (const Case& c : cases) {
    Result r = ReadWarc(
        good1 + Response("https://example.org/x", http, "", c.content_length) +
        good2);
    EXPECT_TRUE(r.status.ok()) << c.name << ": " << r.status.ToString();
    ASSERT_EQ(r.items.size(), 3u) << c.name;
    EXPECT_EQ(r.items[0].doc.text, "First story.") << c.name;
    EXPECT_EQ(r.items[1].error.code(), StatusCode::kCorruption)
        << c.name << ": " << r.items[1].error.ToString();
    EXPECT_EQ(r.items[1].doc.origin, "test.warc:record 2") << c.name;
    EXPECT_EQ(r.items[2].doc.text, "Second story.") << c.name;
    EXPECT_EQ(r.items[2].doc.origin, "test.warc:record 3") << c.name;
  }
}

TEST(WarcReaderTest, ContentLengthPastTheEndIsAnErrorThenAFileError) {
  std::string good =
      Response("https://example.org/1", Http(Page("First story.")));
  std::string http = Http(Page("Broken story."));
  Result r = ReadWarc(good + Response("https://example.org/x", http, "",
                                      std::to_string(http.size() + 5000)));
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_TRUE(r.items[0].error.ok());
  EXPECT_EQ(r.items[1].error.code(), StatusCode::kCorruption);
  EXPECT_NE(r.items[1].error.message().find("larger than the remaining data"),
            std::string::npos);
  EXPECT_EQ(r.status.code(), StatusCode::kCorruption) << r.status.ToString();
  EXPECT_NE(r.status.message().find("test.warc"), std::string::npos);
}

TEST(WarcReaderTest, PayloadFullOfFakeHeadersIsReadInLinearTime) {
  std::string fake;
  for (int i = 0; i < 20000; ++i)
    fake += "WARC/1.0\r\nContent-Length: 900000\r\n\r\n";
  std::string good =
      Response("https://example.org/1", Http(Page("First story.")));
  auto start = std::chrono::steady_clock::now();
  Result r = ReadWarc(
      good + Record("resource", fake, "", std::to_string(fake.size() + 100)));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  ASSERT_GE(r.items.size(), 2u);
  EXPECT_EQ(r.items[0].doc.text, "First story.");
  EXPECT_FALSE(r.status.ok());
}

TEST(WarcReaderTest, ManyBlankLinesBetweenRecordsAreFine) {
  std::string good1 =
      Response("https://example.org/1", Http(Page("First story.")));
  std::string good2 =
      Response("https://example.org/2", Http(Page("Second story.")));
  std::string blank;
  for (int i = 0; i < 100; ++i) blank += "\r\n";
  Result r = ReadWarc(good1 + blank + good2 + blank);
  EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_TRUE(r.items[0].error.ok()) << r.items[0].error.ToString();
  EXPECT_EQ(r.items[1].doc.text, "Second story.");
}

TEST(WarcReaderTest, JunkIsReportedOnceAndReadingGoesOn) {
  std::string good1 =
      Response("https://example.org/1", Http(Page("First story.")));
  std::string good2 =
      Response("https://example.org/2", Http(Page("Second story.")));
  Result r = ReadWarc("this is not\r\na WARC record\r\n" + good1 + good2);
  EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 3u);
  EXPECT_EQ(r.items[0].error.code(), StatusCode::kCorruption);
  EXPECT_EQ(r.items[1].doc.text, "First story.");
  EXPECT_EQ(r.items[2].doc.text, "Second story.");

  // Junk right after a record cannot be told from a wrong Content-Length: the
  // record is reported, and the next one is read.
  r = ReadWarc(good1 + "junk\r\n" + good2);
  EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_EQ(r.items[0].error.code(), StatusCode::kCorruption);
  EXPECT_EQ(r.items[1].doc.text, "Second story.");

  // Junk up to the end: the same, then a file-level error.
  r = ReadWarc(good1 + "\r\n\r\ntrailing junk\r\n");
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(r.items[0].error.code(), StatusCode::kCorruption);
  EXPECT_EQ(r.status.code(), StatusCode::kCorruption);
}

TEST(WarcReaderTest, GzipBombRecordIsRejectedAndTheNextMemberIsRead) {
  std::string zeros(8 << 20, ' ');
  std::string bomb =
      Gzip(Response("https://example.org/bomb", Http(Page(zeros))));
  EXPECT_LT(bomb.size(), 100u << 10);
  std::string data =
      Gzip(Response("https://example.org/1", Http(Page("First story.")))) +
      bomb +
      Gzip(Response("https://example.org/2", Http(Page("Second story."))));
  ReaderOptions options;
  options.max_inflated_member_bytes = 1 << 20;
  Result r = ReadWarc(data, options);
  EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 3u);
  EXPECT_EQ(r.items[0].doc.text, "First story.");
  EXPECT_EQ(r.items[1].error.code(), StatusCode::kResourceExhausted)
      << r.items[1].error.ToString();
  EXPECT_EQ(r.items[1].doc.url, "https://example.org/bomb");
  EXPECT_EQ(r.items[2].doc.text, "Second story.");
}

TEST(WarcReaderTest, OversizedPayloadIsRejectedWithoutBeingHeld) {
  std::string big =
      Response("https://example.org/big", Http(Page(std::string(5000, 'x'))));
  std::string good =
      Response("https://example.org/2", Http(Page("Second story.")));
  ReaderOptions options;
  options.max_document_bytes = 1000;
  Result r = ReadWarc(big + good, options);
  EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_EQ(r.items[0].error.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(r.items[1].doc.text, "Second story.");
}

TEST(WarcReaderTest, BadDocumentsDoNotStopTheBatch) {
  std::string warc =
      Response("https://example.org/1",
               Http("<html><body><nav>menu only</nav></body></html>")) +
      Response("https://example.org/2", Http("<p>bad \xFF utf-8</p>")) +
      Response("https://example.org/3", "not http at all") +
      Response("https://example.org/4", Http(Page("Good story.")));
  Result r = ReadWarc(warc);
  EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.items.size(), 4u);
  EXPECT_EQ(r.items[0].error.code(), StatusCode::kNotFound);
  EXPECT_EQ(r.items[1].error.code(), StatusCode::kCorruption);
  EXPECT_EQ(r.items[2].error.code(), StatusCode::kCorruption);
  EXPECT_TRUE(r.items[3].error.ok());
  EXPECT_EQ(r.items[3].doc.text, "Good story.");
}

TEST(WarcReaderTest, EmptyInputAndTruncatedHeader) {
  Result r = ReadWarc("");
  EXPECT_TRUE(r.items.empty());
  EXPECT_TRUE(r.status.ok());
  r = ReadWarc("WARC/1.0\r\nWARC-Type: response\r\n");
  EXPECT_TRUE(r.items.empty());
  EXPECT_EQ(r.status.code(), StatusCode::kCorruption);
}

}  // namespace
}  // namespace isnad::ingest
