// End-to-end tests of the built isnad binary: exit codes, bad input handling,
// and the seed article.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <atomic>
#include <set>
#include <thread>
#include <nlohmann/json.hpp>

#include "testutil.h"

namespace isnad::testing {
namespace {

std::vector<nlohmann::json> ParseJsonl(const std::string& out) {
  std::vector<nlohmann::json> events;
  size_t start = 0;
  while (start < out.size()) {
    size_t nl = out.find('\n', start);
    std::string line = out.substr(start, nl - start);
    start = nl == std::string::npos ? out.size() : nl + 1;
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << line;
    events.push_back(j);
  }
  return events;
}

std::string WriteTemp(const std::string& name, const std::string& contents) {
  std::string path = TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

TEST(CliTest, VersionHelpAndUsageErrors) {
  auto v = RunIsnad("--version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_NE(v.out.find("isnad "), std::string::npos);
  auto help = RunIsnad("help code");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--format"), std::string::npos);
  EXPECT_EQ(RunIsnad("").exit_code, 2);
  EXPECT_EQ(RunIsnad("frobnicate").exit_code, 2);
  EXPECT_EQ(RunIsnad("code --format xml -").exit_code, 2);
  EXPECT_EQ(RunIsnad("code --date 2019-4-4 -").exit_code, 2);
  EXPECT_EQ(RunIsnad("code --no-such-flag").exit_code, 2);
}

TEST(CliTest, CodesJsonlFromStandardInputWithEveryField) {
  auto r = RunIsnad("code --lang en -",
                    "{\"id\":\"d1\",\"text\":\"Egypt attacked Libya on Monday.\",\"date\":\"2019-04-04\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto evs = ParseJsonl(r.out);
  ASSERT_EQ(evs.size(), 1u);
  const auto& e = evs[0];
  for (const char* key : {"doc_id", "sentence_index", "sentence", "lang", "span", "source", "target", "event", "plover",
                          "date", "date_text", "location", "attribution", "certainty", "background"}) {
    EXPECT_TRUE(e.contains(key)) << key;
  }
  EXPECT_EQ(e["doc_id"], "d1");
  EXPECT_EQ(e["source"]["code"], "EGY");
  EXPECT_EQ(e["target"]["code"], "LBY");
  EXPECT_EQ(e["event"]["root"], "19");
  EXPECT_EQ(e["event"]["quad_class"], 4);
}

TEST(CliTest, BadDocumentsAreReportedAndTheBatchGoesOn) {
  std::string good = WriteTemp("good.txt", "Egypt attacked Libya.");
  std::string bad_utf8 = WriteTemp("bad.txt", "Egypt attacked \xFF Libya.");
  std::string jsonl = WriteTemp("docs.jsonl",
                                "{\"id\":\"a\",\"text\":\"Israel attacked Egypt.\"}\n"
                                "this is not json\n"
                                "{\"id\":\"b\"}\n"
                                "{\"id\":\"c\",\"text\":\"Egypt attacked Israel.\"}\n");
  auto r = RunIsnad("code --lang en '" + good + "' /nonexistent/missing.txt '" + bad_utf8 + "' '" + jsonl + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("docs.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("document b"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("4 documents rejected"), std::string::npos) << r.err;
  auto evs = ParseJsonl(r.out);
  std::set<std::string> docs;
  for (const auto& e : evs) docs.insert(e["doc_id"].get<std::string>());
  EXPECT_EQ(docs, (std::set<std::string>{"good", "a", "c"}));
}

// isnad code reads its input while the dictionaries load, but not an input that
// may block (a FIFO, standard input): when the load then fails, a reader blocked
// in open() or read() could not be stopped and isnad would hang.
TEST(CliTest, AFailedLoadNeverOpensAnInputThatMayBlock) {
  const std::string fifo = TempDir() + "/never-written";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  // Watches for a reader of the FIFO (a writer's non-blocking open succeeds only
  // then) and unblocks it by closing at once, so that a failure ends the test.
  std::atomic<bool> done{false}, opened{false};
  std::thread watch([&] {
    while (!done) {
      int fd = open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
      if (fd >= 0) {
        opened = true;
        close(fd);
      }
      usleep(20 * 1000);
    }
  });
  auto r = RunIsnad("code --dict /nonexistent/peer_dict.txt '" + fifo + "'");
  done = true;
  watch.join();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("peer_dict.txt"), std::string::npos) << r.err;
  EXPECT_FALSE(opened) << "the FIFO was opened before the dictionaries loaded";
}

TEST(CliTest, CsvAndGdeltFormats) {
  auto csv = RunIsnad("code --lang en --format csv -", "Egypt attacked Libya.");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("doc_id,", 0), 0u);
  EXPECT_NE(csv.out.find("certainty"), std::string::npos);
  EXPECT_NE(csv.out.find("EGY"), std::string::npos);
  auto gdelt = RunIsnad("code --lang en --format gdelt -", "Egypt attacked Libya.");
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  EXPECT_NE(gdelt.out.find("Certainty"), std::string::npos);
  EXPECT_NE(gdelt.out.find("Attribution"), std::string::npos);
}

TEST(CliTest, DictLintAndImportPeerDictionaries) {
  ISNAD_REQUIRE_SHARED();
  std::string dir = SharedDir() + "/eval/petrarch-unit/";
  auto lint = RunIsnad("dict lint '" + dir + "PETR_Validate_verbs_2_02.txt' '" + dir + "PETR_Validate_actors_2_02.txt'");
  EXPECT_EQ(lint.exit_code, 1);  // The verbs file has a pattern without its '-': a real error.
  EXPECT_NE(lint.out.find("PETR_Validate_verbs_2_02.txt:"), std::string::npos) << lint.out;
  EXPECT_NE(lint.out.find("actors: 133"), std::string::npos) << lint.out;
  std::string out_dir = TempDir();
  auto imp = RunIsnad("dict import '" + dir + "PETR_Validate_actors_2_02.txt' -o '" + out_dir + "'");
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  // The imported file loads as an isnad dictionary and codes with the fictional actors.
  auto code = RunIsnad("code --lang en --no-default-dicts --dict '" + out_dir + "/actors.tsv' -", "Arnor and Gondor.");
  EXPECT_EQ(code.exit_code, 0) << code.err;
  auto ours = RunIsnad("dict lint");
  EXPECT_EQ(ours.exit_code, 0) << ours.out;  // Our own dictionaries have no errors.
}

// The foundation issue's end-to-end check on the article the project started from.
TEST(SeedTest, IsraelSupportsHaftarInTheTitleAndInTelAvivSupportsHaftar) {
  ISNAD_REQUIRE_SHARED();
  std::string seed = SharedDir() + "/eval/seed/seed_ar_haftar.txt";
  auto r = RunIsnad("code '" + seed + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto evs = ParseJsonl(r.out);
  bool title = false, tel_aviv = false, footer = false;
  for (const auto& e : evs) {
    std::string sentence = e["sentence"];
    std::string src = e["source"]["code"].is_string() ? e["source"]["code"].get<std::string>() : "";
    std::string tgt = e["target"]["code"].is_string() ? e["target"]["code"].get<std::string>() : "";
    bool isr_lby = src.rfind("ISR", 0) == 0 && tgt.rfind("LBY", 0) == 0;
    if (isr_lby && e["sentence_index"] == 0) title = true;
    if (isr_lby && sentence.find("تدعم تل أبيب حفتر") != std::string::npos) tel_aviv = true;
    if (sentence.find("Votre adresse") != std::string::npos || sentence.find("اترك") != std::string::npos) footer = true;
  }
  EXPECT_TRUE(title) << r.out;
  EXPECT_TRUE(tel_aviv) << r.out;
  EXPECT_FALSE(footer);
}

// Keeps the seed result from regressing: `isnad eval seed` figures.
TEST(SeedTest, EvalSeedRecallAndPrecision) {
  ISNAD_REQUIRE_SHARED();
  auto r = RunIsnad("eval seed '" + SharedDir() + "/eval/seed'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  size_t found = 0, required = 0;
  double precision = 0;
  auto pos = r.out.find("required events found\t");
  ASSERT_NE(pos, std::string::npos) << r.out;
  ASSERT_EQ(std::sscanf(r.out.c_str() + pos, "required events found\t%zu/%zu", &found, &required), 2);
  pos = r.out.find("precision\t", r.out.find("events emitted"));
  ASSERT_NE(pos, std::string::npos);
  precision = std::atof(r.out.c_str() + pos + 10);
  EXPECT_EQ(required, 16u);
  EXPECT_GE(found, 14u) << r.out;
  EXPECT_GE(precision, 0.85) << r.out;
}

}  // namespace
}  // namespace isnad::testing
