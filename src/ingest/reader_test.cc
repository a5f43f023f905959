#include "ingest/reader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <vector>

#include "ingest/readers_internal.h"
#include "util/files.h"
#include "util/utf8.h"

namespace isnad::ingest {
namespace {

class ReaderTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& contents) {
    auto dir = std::filesystem::temp_directory_path() / "isnad_reader_test";
    std::filesystem::create_directories(dir);
    std::string path = (dir / name).string();
    EXPECT_TRUE(WriteFile(path, contents).ok());
    return path;
  }

  std::vector<ReadItem> ReadAll(const std::string& path,
                                ReaderOptions options = {}) {
    auto reader = OpenReader(path, options);
    EXPECT_TRUE(reader.ok()) << reader.status().ToString();
    std::vector<ReadItem> items;
    if (!reader.ok()) return items;
    ReadItem item;
    while ((*reader)->Next(&item)) items.push_back(item);
    EXPECT_TRUE((*reader)->status().ok()) << (*reader)->status().ToString();
    return items;
  }
};

TEST(CheckDocumentTextTest, ValidatesUtf8ByTheSameRulesAsTheByteScan) {
  // The fast validator must accept and refuse exactly what utf8::FindInvalid
  // does, and the error must name the byte the scan finds.
  const std::vector<std::string> cases = {
      "plain ascii text that is long enough for a vector step, and more",
      "\xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 peace \xF0\x9F\x98\x80 \xEF\xBF\xBD",
      "overlong slash \xC0\xAF in the middle of a sentence that goes on",
      "overlong three \xE0\x80\xAF here",
      "a surrogate \xED\xA0\x80 alone",
      "past U+10FFFF \xF4\x90\x80\x80 here",
      "a lead byte F5 \xF5\x80\x80\x80",
      "a truncated sequence at the very end \xD8",
      "a stray continuation \x80 byte",
      std::string(100, 'x') + "\xE2\x82" + std::string(50, 'y'),
  };
  for (const std::string& text : cases) {
    Document doc;
    doc.text = text;
    Status s = CheckDocumentText(ReaderOptions(), &doc);
    size_t bad = utf8::FindInvalid(text);
    if (bad == utf8::kValid) {
      EXPECT_TRUE(s.ok()) << text << ": " << s.ToString();
    } else {
      ASSERT_FALSE(s.ok()) << text;
      EXPECT_NE(s.message().find("invalid UTF-8 at byte " + std::to_string(bad) + " "), std::string::npos)
          << s.ToString();
    }
  }
}

TEST_F(ReaderTest, FormatFromExtension) {
  EXPECT_EQ(ResolveFormat("a.jsonl", InputFormat::kAuto), InputFormat::kJsonl);
  EXPECT_EQ(ResolveFormat("A.HTML", InputFormat::kAuto), InputFormat::kHtml);
  EXPECT_EQ(ResolveFormat("x.warc.gz", InputFormat::kAuto), InputFormat::kWarc);
  EXPECT_EQ(ResolveFormat("seed.txt", InputFormat::kAuto), InputFormat::kText);
  EXPECT_EQ(ResolveFormat("x.jsonl", InputFormat::kText), InputFormat::kText);
  EXPECT_FALSE(ParseInputFormat("pdf").ok());
}

TEST_F(ReaderTest, TextFileIsOneDocumentNamedByItsStem) {
  auto items = ReadAll(Write("haftar.txt", "تدعم تل أبيب حفتر."));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].error.ok());
  EXPECT_EQ(items[0].doc.id, "haftar");
  EXPECT_EQ(items[0].doc.text, "تدعم تل أبيب حفتر.");
}

TEST_F(ReaderTest, TextFileWithInvalidUtf8IsRejectedOrRepaired) {
  std::string path = Write("bad.txt", "abc\xFF");
  auto items = ReadAll(path);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error.code(), StatusCode::kCorruption);
  EXPECT_NE(items[0].error.message().find("byte 3"), std::string::npos);
  ReaderOptions repair;
  repair.repair_utf8 = true;
  items = ReadAll(path, repair);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].error.ok());
  EXPECT_EQ(items[0].doc.text, "abc\xEF\xBF\xBD");
}

TEST_F(ReaderTest, JsonlGoodAndBadLinesEachGetAnItem) {
  std::string path =
      Write("docs.jsonl",
            "{\"id\":\"a\",\"text\":\"Egypt supports "
            "Haftar.\",\"date\":\"2019-04-04\",\"lang\":\"en\"}\n"
            "\n"
            "not json\n"
            "{\"id\":\"c\"}\n"
            "{\"id\":7,\"text\":\"x\",\"title\":3}\n"
            "{\"id\":\"e\",\"text\":\"bad \xC3\"}\n"
            "{\"id\":\"f\",\"text\":\"   \"}\n"
            "[1,2]\n"
            "{\"text\":\"no id\"}\n");
  auto items = ReadAll(path);
  ASSERT_EQ(items.size(), 8u);
  EXPECT_TRUE(items[0].error.ok());
  EXPECT_EQ(items[0].doc.id, "a");
  EXPECT_EQ(items[0].doc.date, "2019-04-04");
  EXPECT_EQ(items[0].doc.lang, "en");
  EXPECT_EQ(items[1].error.message(), "not valid JSON");
  EXPECT_EQ(items[1].doc.origin, path + ":3");
  EXPECT_EQ(items[2].error.message(), "no \"text\" field");
  EXPECT_EQ(items[2].doc.id, "c");
  EXPECT_FALSE(items[3].error.ok());  // "title" is a number.
  EXPECT_EQ(items[3].doc.id, "7");
  EXPECT_EQ(items[4].error.code(), StatusCode::kCorruption);  // Invalid UTF-8.
  EXPECT_EQ(items[5].error.message(), "empty document");
  EXPECT_EQ(items[6].error.message(), "not a JSON object");
  EXPECT_TRUE(items[7].error.ok());
  EXPECT_EQ(items[7].doc.id, path + ":9");
}

// The fast parser (simdjson) and the checking one (nlohmann-json) must read a
// line alike: every line here is read as nlohmann-json reads it.
TEST_F(ReaderTest, JsonlLinesReadAsTheJsonGrammarSays) {
  std::string path = Write(
      "fields.jsonl",
      "{\"id\":\"a\",\"text\":\"first\",\"id\":\"b\",\"text\":\"second\"}\n"
      "{\"id\":-12,\"text\":\"x\",\"date\":null,\"extra\":{\"n\":[1,2.5e3,true]}}\n"
      "{\"id\":\"c\",\"text\":\"caf\\u00e9 \\ud83d\\ude00\\n\\\"q\\\"\",\"big\":123456789012345678901234}\n"
      "{\"id\":\"d\",\"text\":\"lone \\udc00\"}\n"
      "{\"id\":\"e\",\"text\":\"nul \\u0000 byte\"}\n"
      "{\"id\":\"f\",\"text\":5,\"text\":\"late\"}\n"
      "{\"id\":\"g\",\"text\":\"x\",\"lang\":\"en\",\"lang\":7}\n"
      "{\"id\":18446744073709551615,\"text\":\"x\"}\n"
      "{\"id\":null,\"text\":\"y\"} {}\n");
  auto items = ReadAll(path);
  ASSERT_EQ(items.size(), 9u);
  EXPECT_TRUE(items[0].error.ok());
  EXPECT_EQ(items[0].doc.id, "b");  // The last of repeated keys.
  EXPECT_EQ(items[0].doc.text, "second");
  EXPECT_TRUE(items[1].error.ok());
  EXPECT_EQ(items[1].doc.id, "-12");
  EXPECT_EQ(items[1].doc.date, "");
  EXPECT_TRUE(items[2].error.ok());
  EXPECT_EQ(items[2].doc.text, "caf\xC3\xA9 \xF0\x9F\x98\x80\n\"q\"");
  EXPECT_EQ(items[3].error.message(), "not valid JSON");
  EXPECT_EQ(items[4].error.code(), StatusCode::kCorruption);  // NUL byte.
  EXPECT_TRUE(items[5].error.ok());
  EXPECT_EQ(items[5].doc.text, "late");
  EXPECT_EQ(items[6].error.message(), "\"lang\" is not a string");
  EXPECT_FALSE(items[7].doc.id.empty());
  EXPECT_EQ(items[8].error.message(), "not valid JSON");  // Two values on one line.
}

TEST_F(ReaderTest, ByteOrderMarksAreDropped) {
  auto items = ReadAll(Write("bom.txt", "\xEF\xBB\xBFLe texte."));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].doc.text, "Le texte.");
  items = ReadAll(Write("bom.jsonl",
                        "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}"
                        "\n\xEF\xBB\xBF{\"id\":\"b\",\"text\":\"y\"}\n"));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(items[0].error.ok()) << items[0].error.ToString();
  EXPECT_TRUE(items[1].error.ok()) << items[1].error.ToString();
  EXPECT_EQ(items[1].doc.id, "b");
}

TEST_F(ReaderTest, GzipInputIsDecompressedWhateverTheFormat) {
  // {"id":"a","text":"x"} and a newline, compressed with gzip -n.
  const std::string gz(
      "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xab\x56\xca\x4c\x51\xb2\x52\x4a"
      "\x54\xd2"
      "\x51\x2a\x49\xad\x28\x01\x32\x2b\x94\x6a\xb9\x00\xb3\x97\x26\x9f\x16\x00"
      "\x00\x00",
      40);
  std::string path = Write("docs.jsonl.gz", gz);
  EXPECT_EQ(ResolveFormat(path, InputFormat::kAuto), InputFormat::kJsonl);
  auto items = ReadAll(path);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(items[0].error.ok()) << items[0].error.ToString();
  EXPECT_EQ(items[0].doc.text, "x");
  EXPECT_EQ(items[0].doc.origin, path + ":1");
}

TEST_F(ReaderTest, StandardInputFormatIsSniffed) {
  struct Case {
    std::string contents;
    std::string text;
  };
  const std::vector<Case> cases = {
      {"\n  {\"id\":\"a\",\"text\":\"from jsonl\"}\n", "from jsonl"},
      {"<!DOCTYPE html><html><body><p>from html</p></body></html>",
       "from html"},
      {"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\n"
       "Content-Length: 16\r\n\r\n<p>from warc</p>\r\n\r\n",
       "from warc"},
      {"from text", "from text"},
  };
  for (const Case& c : cases) {
    ASSERT_NE(std::freopen(Write("stdin.bin", c.contents).c_str(), "rb", stdin),
              nullptr);
    auto items = ReadAll("-");
    ASSERT_EQ(items.size(), 1u) << c.contents;
    EXPECT_TRUE(items[0].error.ok()) << items[0].error.ToString();
    EXPECT_EQ(items[0].doc.text, c.text);
  }
}

TEST_F(ReaderTest, MissingFileFailsToOpen) {
  auto reader = OpenReader("/nonexistent/x.txt", {});
  EXPECT_EQ(reader.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace isnad::ingest
