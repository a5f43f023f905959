// End-to-end tests of the input options that `isnad code` and `isnad ingest`
// share (apps/input_options.h): the size limits refuse a document with a
// message naming it and the reason while the batch goes on, both commands
// offer the same options, and an error about a whole file names the file once.
#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "store/store.h"
#include "testutil.h"

namespace isnad::testing {
namespace {

std::string WriteText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// `text` as one gzip member in `path`.
std::string WriteGzip(const std::string& path, const std::string& text) {
  gzFile f = gzopen(path.c_str(), "wb");
  EXPECT_NE(f, nullptr) << path;
  EXPECT_EQ(gzwrite(f, text.data(), static_cast<unsigned>(text.size())), static_cast<int>(text.size()));
  gzclose(f);
  return path;
}

// The lines of `err` that contain `needle`.
std::vector<std::string> LinesWith(const std::string& err, const std::string& needle) {
  std::vector<std::string> out;
  std::istringstream in(err);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find(needle) != std::string::npos) out.push_back(line);
  }
  return out;
}

size_t Occurrences(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

std::vector<std::string> StoredIds(const std::string& db) {
  store::StoreOptions options;
  options.adopt_stored_dedup = true;
  auto s = store::Store::Open(db, options);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  std::vector<std::string> ids;
  if (!s.ok()) return ids;
  auto q = (*s)->db().Prepare("SELECT id FROM documents ORDER BY id");
  EXPECT_TRUE(q.ok());
  Status st;
  while (q.ok() && q->Step(&st)) ids.push_back(q->ColumnString(0));
  return ids;
}

TEST(IngestLimitsTest, ADocumentOverMaxDocumentBytesIsRefusedAndTheRestStored) {
  const std::string dir = TempDir();
  const std::string jsonl = WriteText(
      dir + "/in.jsonl", "{\"id\":\"good1\",\"text\":\"Egypt attacked Libya on Monday.\",\"date\":\"2019-04-04\"}\n"
                         "{\"id\":\"big\",\"text\":\"" + std::string(400, 'a') + " Egypt met France.\"}\n"
                         "{\"id\":\"good2\",\"text\":\"France met Italy in Rome.\",\"date\":\"2019-04-05\"}\n");
  const std::string db = dir + "/limits.sqlite";
  auto r = RunIsnad("ingest --lang en --max-document-bytes 300 '" + jsonl + "' --db '" + db + "'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto lines = LinesWith(r.err, "in.jsonl:2");
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_NE(lines[0].find("over the limit of 300 bytes"), std::string::npos) << lines[0];
  EXPECT_NE(r.err.find("2 documents stored"), std::string::npos) << r.err;
  EXPECT_EQ(StoredIds(db), (std::vector<std::string>{"good1", "good2"}));
  // Under the default limit the same file is stored whole.
  const std::string db2 = dir + "/default.sqlite";
  auto ok = RunIsnad("ingest --lang en '" + jsonl + "' --db '" + db2 + "'");
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(StoredIds(db2).size(), 3u);
}

TEST(IngestLimitsTest, AGzipMemberOverMaxInflatedBytesIsRefusedAndTheRestStored) {
  const std::string dir = TempDir();
  const std::string good1 = WriteText(dir + "/good1.txt", "Egypt attacked Libya on Monday.");
  const std::string big = WriteGzip(dir + "/big.txt.gz", "France met Italy in Rome. " + std::string(20000, ' '));
  const std::string good2 = WriteText(dir + "/good2.txt", "France met Italy in Rome.");
  const std::string db = dir + "/gz.sqlite";
  auto r = RunIsnad("ingest --lang en --max-inflated-bytes 5000 '" + good1 + "' '" + big + "' '" + good2 +
                    "' --db '" + db + "'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto lines = LinesWith(r.err, "big.txt.gz");
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_NE(lines[0].find("5000 bytes"), std::string::npos) << lines[0];
  EXPECT_EQ(StoredIds(db).size(), 2u) << r.err;
  // The same file is refused alike by `isnad code` (the same option).
  auto c = RunIsnad("code --lang en --max-inflated-bytes 5000 '" + big + "'");
  EXPECT_EQ(c.exit_code, 1) << c.err;
  EXPECT_EQ(LinesWith(c.err, "big.txt.gz"), lines);
}

TEST(InputOptionsTest, CodeAndIngestOfferTheSameInputOptions) {
  auto code = RunIsnad("code --help");
  auto ingest = RunIsnad("ingest --help");
  ASSERT_EQ(code.exit_code, 0);
  ASSERT_EQ(ingest.exit_code, 0);
  for (const char* option : {"--max-document-bytes", "--max-inflated-bytes", "--max-sentence-tokens",
                             "--input-format", "--repair-utf8", "--lang", "--date"}) {
    auto in_code = LinesWith(code.out, option);
    auto in_ingest = LinesWith(ingest.out, option);
    ASSERT_FALSE(in_code.empty()) << option;
    EXPECT_EQ(in_code, in_ingest) << option;
  }
  EXPECT_EQ(RunIsnad("ingest x.txt --db x.sqlite --max-document-bytes lots").exit_code, 2);
  auto bad_date = RunIsnad("ingest x.txt --db x.sqlite --date 2019-4-4");
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("--date must be YYYY-MM-DD"), std::string::npos) << bad_date.err;
}

// A WARC file that ends inside its gzip stream is an error about the file: the
// message names it once, with the reason, in both commands.
TEST(FileErrorTest, ATruncatedWarcIsNamedOnceWithTheReason) {
  const std::string dir = TempDir();
  const std::string record =
      "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12\r\n\r\nHTTP/1.1 200\r\n\r\n";
  const std::string whole = WriteGzip(dir + "/whole.warc.gz", record + std::string(4000, 'x'));
  std::ifstream in(whole, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string path = WriteText(dir + "/cut.warc.gz", bytes.substr(0, bytes.size() / 2));
  auto code = RunIsnad("code '" + path + "'");
  auto ingest = RunIsnad("ingest '" + path + "' --db '" + dir + "/w.sqlite'");
  for (const auto* r : {&code, &ingest}) {
    EXPECT_EQ(r->exit_code, 1) << r->err;
    auto lines = LinesWith(r->err, "truncated gzip stream");
    ASSERT_EQ(lines.size(), 1u) << r->err;
    EXPECT_EQ(lines[0].rfind("isnad: " + path + ": truncated gzip stream", 0), 0u) << lines[0];
    EXPECT_EQ(Occurrences(lines[0], "cut.warc.gz"), 1u) << lines[0];
  }
  // A file that cannot be opened: named once too.
  auto absent = RunIsnad("code '" + dir + "/absent.warc'");
  EXPECT_EQ(absent.exit_code, 1);
  auto lines = LinesWith(absent.err, "absent.warc");
  ASSERT_EQ(lines.size(), 1u) << absent.err;
  EXPECT_EQ(Occurrences(lines[0], "absent.warc"), 1u) << lines[0];
}

// A WARC record whose id is its origin ("file:record N") is named once.
TEST(FileErrorTest, ABadWarcRecordIsNamedOnce) {
  const std::string dir = TempDir();
  const std::string path =
      WriteText(dir + "/bad.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nshort");
  auto r = RunIsnad("code '" + path + "'");
  EXPECT_EQ(r.exit_code, 1);
  auto lines = LinesWith(r.err, "record 1");
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_EQ(Occurrences(lines[0], "bad.warc:record 1"), 1u) << lines[0];
  EXPECT_NE(lines[0].find("Content-Length 500"), std::string::npos) << lines[0];
}

}  // namespace
}  // namespace isnad::testing
