#include "coder/trigger_memo.h"

#include <gtest/gtest.h>

namespace isnad::coder {
namespace {

TEST(TriggerFactMemoTest, ComputesEachTriggerOncePerSentence) {
  SentenceState st;
  st.serial = 7;
  st.triggers.resize(3);
  st.triggers[1].verb = true;
  TriggerFactMemo memo;
  int calls = 0;
  auto is_verb = [&](const Trigger& t) {
    ++calls;
    return t.verb;
  };
  EXPECT_FALSE(memo.Get(st, st.triggers[0], is_verb));
  EXPECT_TRUE(memo.Get(st, st.triggers[1], is_verb));
  EXPECT_TRUE(memo.Get(st, st.triggers[1], is_verb));
  EXPECT_FALSE(memo.Get(st, st.triggers[0], is_verb));
  EXPECT_EQ(calls, 2);
  // A new sentence (another serial) is asked afresh.
  st.serial = 8;
  st.triggers[1].verb = false;
  EXPECT_FALSE(memo.Get(st, st.triggers[1], is_verb));
  EXPECT_EQ(calls, 3);
}

TEST(TriggerFactMemoTest, OtherTriggersAndUnbuiltStatesAreNotKept) {
  SentenceState st;
  st.serial = 9;
  st.triggers.resize(2);
  Trigger outside;
  outside.verb = true;
  TriggerFactMemo memo;
  int calls = 0;
  auto is_verb = [&](const Trigger& t) {
    ++calls;
    return t.verb;
  };
  EXPECT_TRUE(memo.Get(st, outside, is_verb));
  EXPECT_TRUE(memo.Get(st, outside, is_verb));
  EXPECT_EQ(calls, 2);
  st.serial = 0;
  EXPECT_FALSE(memo.Get(st, st.triggers[0], is_verb));
  EXPECT_FALSE(memo.Get(st, st.triggers[0], is_verb));
  EXPECT_EQ(calls, 4);
}

}  // namespace
}  // namespace isnad::coder
