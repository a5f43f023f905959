#include "serve/params.h"

#include <gtest/gtest.h>

namespace isnad::serve {
namespace {

TEST(ParseFilterTest, EmptyParametersGiveTheDefaults) {
  auto f = ParseFilter({});
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_TRUE(f->from_day.empty());
  EXPECT_TRUE(f->langs.empty());
  EXPECT_TRUE(f->include_background);
  EXPECT_EQ(f->level, store::ActorLevel::kCountry);
}

TEST(ParseFilterTest, ReadsEveryFilterRepeatedOrCommaSeparated) {
  Params p = {{"from", "2019-04-01"}, {"to", "2019-04-30"}, {"lang", "ar,fr"},  {"lang", "en"},
              {"certainty", "reported"}, {"root", "7"},     {"root", "19,04"}, {"plover", "ASSAULT,PROTEST"}, {"outlet", "وكالة الأنباء"},
              {"background", "0"},     {"level", "agent"}};
  auto f = ParseFilter(p);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f->from_day, "2019-04-01");
  EXPECT_EQ(f->to_day, "2019-04-30");
  EXPECT_EQ(f->langs, (std::vector<std::string>{"ar", "fr", "en"}));
  EXPECT_EQ(f->certainties, (std::vector<std::string>{"reported"}));
  EXPECT_EQ(f->roots, (std::vector<std::string>{"07", "19", "04"}));
  EXPECT_EQ(f->plover_types, (std::vector<std::string>{"ASSAULT", "PROTEST"}));
  EXPECT_EQ(f->outlets, (std::vector<std::string>{"وكالة الأنباء"}));
  EXPECT_FALSE(f->include_background);
  EXPECT_EQ(f->level, store::ActorLevel::kAgent);
}

TEST(ParseFilterTest, RejectsValuesOutsideTheirSets) {
  const Params bad[] = {
      {{"from", "2019-4-1"}},
      {{"from", "2019-13-01"}},
      {{"to", "' OR 1=1 --"}},
      {{"from", "2019-05-01"}, {"to", "2019-04-01"}},
      {{"from", "2019-04-01"}, {"from", "2019-04-02"}},
      {{"lang", "de"}},
      {{"lang", "ar' OR '1'='1"}},
      {{"certainty", "sure"}},
      {{"root", "21"}},
      {{"root", "0"}},
      {{"root", "7a"}},
      {{"root", "-1"}},
      {{"root", "001"}},
      {{"plover", "assault"}},
      {{"plover", "ASSAULT' OR '1'='1"}},
      {{"background", "maybe"}},
      {{"level", "city"}},
  };
  for (const auto& p : bad) {
    auto f = ParseFilter(p);
    EXPECT_EQ(f.status().code(), StatusCode::kInvalidArgument) << p[0].first << "=" << p[0].second;
    EXPECT_NE(f.status().message().find("parameter"), std::string::npos) << f.status().message();
  }
}

TEST(ParseFilterTest, TooManyListValuesIsAnError) {
  Params p;
  std::string many;
  for (int i = 0; i < 40; ++i) many += "ar,";
  p.emplace_back("lang", many);
  EXPECT_EQ(ParseFilter(p).status().code(), StatusCode::kInvalidArgument);
}

TEST(CheckParamsTest, RejectsUnknownNamesHugeValuesNulAndBadUtf8) {
  EXPECT_TRUE(CheckParams({{"limit", "5"}, {"lang", "ar"}}, {"limit"}, true).ok());
  EXPECT_EQ(CheckParams({{"lang", "ar"}}, {"limit"}, false).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckParams({{"limitt", "5"}}, {"limit"}, true).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckParams({{"q", std::string(2000, 'x')}}, {"q"}, false).code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(CheckParams({{std::string(2000, 'x'), "1"}}, {"q"}, false).code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(CheckParams({{"q", std::string("a\0b", 3)}}, {"q"}, false).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckParams({{"q", "\xff\xfe"}}, {"q"}, false).code(), StatusCode::kInvalidArgument);
  Params many(100, {"q", "x"});
  EXPECT_EQ(CheckParams(many, {"q"}, false).code(), StatusCode::kResourceExhausted);
  // SQL metacharacters are ordinary text here: the value is bound, never spliced.
  EXPECT_TRUE(CheckParams({{"q", "' OR 1=1 --; DROP TABLE events"}}, {"q"}, false).ok());
}

TEST(ParseLimitTest, DefaultsClampsAndRejects) {
  EXPECT_EQ(*ParseLimit({}, 50, 500), 50);
  EXPECT_EQ(*ParseLimit({{"limit", "7"}}, 50, 500), 7);
  EXPECT_EQ(*ParseLimit({{"limit", "100000"}}, 50, 500), 500);
  EXPECT_EQ(*ParseLimit({{"limit", "999999999999999999"}}, 50, 500), 500);
  for (const char* bad : {"0", "-5", "abc", "1e3", "9999999999999999999999", " 5"}) {
    EXPECT_EQ(ParseLimit({{"limit", bad}}, 50, 500).status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

TEST(ParseActorCodeTest, UpcasesAndChecksTheAlphabet) {
  EXPECT_EQ(*ParseActorCode({{"code", "lby"}}, "code", true), "LBY");
  EXPECT_EQ(*ParseActorCode({{"code", "LBYMIL"}}, "code", true), "LBYMIL");
  EXPECT_EQ(*ParseActorCode({}, "code", false), "");
  EXPECT_EQ(ParseActorCode({}, "code", true).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseActorCode({{"code", "LBY' OR 1=1 --"}}, "code", true).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseActorCode({{"code", "ليبيا"}}, "code", true).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseActorCode({{"code", std::string(65, 'A')}}, "code", true).status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace isnad::serve
