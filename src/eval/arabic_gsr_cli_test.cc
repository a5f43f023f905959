// End-to-end tests of `isnad eval arabic-gsr`: small files we write, and a floor
// on the dev half in ../shared (skipped when absent).
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testutil.h"

namespace isnad {
namespace {

using testing::RunIsnad;

void Write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// A folder in the gold standard's layout: one clear assault, a meeting, a verbal
// attack, an ambiguous line; one protest; one span record.
std::string SmallGoldDir() {
  std::string dir = testing::TempDir();
  Write(dir + "/assault_gsr.csv",
        "accept,event_type,id,label,reject,text,total\n"
        "3,ASSAULT,a1,yes,0,\"قتل مسلحون ثلاثة جنود عراقيين في بغداد أمس.\",3\n"
        "0,ASSAULT,a2,easy no,3,\"التقى وزير الخارجية المصري نظيره الفرنسي في باريس.\",3\n"
        "0,ASSAULT,a3,difficult no,3,\"وشن النائب هجوما لاذعا على الحكومة في كلمة أمام البرلمان.\",3\n"
        "2,ASSAULT,a4,ambiguous,1,\"سطر\nمن سطرين\",3\n");
  Write(dir + "/protest_gsr.csv",
        "accept,event_type,id,label,reject,text,total\n"
        "3,PROTEST,p1,yes,0,\"وتجمع مئات المتظاهرين في وسط المدينة أمس.\",3\n");
  Write(dir + "/assault_spans.json",
        R"([{"source": "a1", "event_type": "ASSAULT", "text": "قتل مسلحون ثلاثة جنود عراقيين في بغداد أمس.",
             "spans": [{"source_actor": ["مسلحون"], "verb": ["قتل"], "target_actor": ["جنود"],
                        "source_role": {"main": "None", "role": "UAF"},
                        "target_role": {"main": "IRQ", "role": "MIL"}}]}])");
  return dir;
}

TEST(EvalArabicGsrCliTest, ScoresASmallGoldFolderAsJson) {
  std::string dir = SmallGoldDir();
  auto r = RunIsnad("eval arabic-gsr '" + dir + "' --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  EXPECT_EQ(j["sentences_coded"], 6);
  EXPECT_EQ(j["dyadic"], false);
  ASSERT_EQ(j["detection"].size(), 2u);
  const auto& a = j["detection"][0];
  EXPECT_EQ(a["event_type"], "ASSAULT");
  EXPECT_EQ(a["tp"], 1);
  EXPECT_EQ(a["fn"], 0);
  EXPECT_EQ(a["fp"], 0) << "a meeting or a verbal attack was coded as an assault";
  EXPECT_EQ(a["labels"]["ambiguous"]["sentences"], 1);
  EXPECT_EQ(j["detection"][1]["event_type"], "PROTEST");
  EXPECT_EQ(j["detection"][1]["tp"], 1);
  ASSERT_EQ(j["spans"].size(), 1u);
  EXPECT_EQ(j["spans"][0]["class_recall"], 1.0);
  EXPECT_EQ(j["spans"][0]["actor_agreement"], 1.0);
}

TEST(EvalArabicGsrCliTest, ListsErrorsWithLabelAndIdAndWritesThemAsTsv) {
  std::string dir = SmallGoldDir();
  // A "yes" that names no attack: a miss.
  Write(dir + "/protest_gsr.csv",
        "accept,event_type,id,label,reject,text,total\n"
        "3,PROTEST,p9,yes,0,\"التقى الوزير نظيره.\",3\n");
  std::string errors = testing::TempDir() + "/errors.tsv";
  auto r = RunIsnad("eval arabic-gsr '" + dir + "' -v --errors '" + errors + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("PROTEST\tmiss\tyes\tp9"), std::string::npos) << r.out;
  std::ifstream in(errors);
  std::string header, line;
  std::getline(in, header);
  EXPECT_EQ(header, "event_type\tkind\tlabel\tid\tevents\ttext");
  std::getline(in, line);
  EXPECT_EQ(line.rfind("PROTEST\tmiss\tyes\tp9\t", 0), 0u) << line;
}

TEST(EvalArabicGsrCliTest, ABrokenFileIsAnErrorWithItsLine) {
  std::string dir = testing::TempDir();
  Write(dir + "/assault_gsr.csv", "id,label,text,event_type\nx1,yes,\"open\n");
  auto r = RunIsnad("eval arabic-gsr '" + dir + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("assault_gsr.csv:2: unterminated quoted field"), std::string::npos) << r.err;
  auto empty = RunIsnad("eval arabic-gsr '" + testing::TempDir() + "'");
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_EQ(RunIsnad("eval arabic-gsr --no-such-flag").exit_code, 2);
}

// Floors on the dev half (figures in docs/ACCURACY.md): the issue asks for recall
// >= 0.85 in each class; F1 must not fall back below what the salience rules
// (coder/salience.cc) reached.
TEST(EvalArabicGsrCliTest, DevHalfRecallFloor) {
  ISNAD_REQUIRE_SHARED();
  std::string dir = testing::SharedDir() + "/eval/arabic-gsr/dev";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " is absent";
  auto r = RunIsnad("eval arabic-gsr '" + dir + "' --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  for (const auto& d : j["detection"]) {
    EXPECT_GE(d["recall"].get<double>(), 0.85) << d["event_type"];
    double f1_floor = d["event_type"] == "ASSAULT" ? 0.34 : 0.25;
    EXPECT_GE(d["f1"].get<double>(), f1_floor) << d["event_type"];
  }
  for (const auto& s : j["spans"]) {
    if (s["event_type"] == "ASSAULT") {
      EXPECT_GE(s["class_recall"].get<double>(), 0.85);
    }
  }
}

}  // namespace
}  // namespace isnad
