#include "util/status.h"

#include <gtest/gtest.h>

namespace isnad {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "ok");
}

TEST(StatusTest, FactoriesSetCodeAndMessage) {
  struct Case {
    Status status;
    StatusCode code;
    const char* text;
  } cases[] = {
      {Status::InvalidArgument("x"), StatusCode::kInvalidArgument, "invalid_argument: x"},
      {Status::NotFound("x"), StatusCode::kNotFound, "not_found: x"},
      {Status::Corruption("x"), StatusCode::kCorruption, "corruption: x"},
      {Status::IoError("x"), StatusCode::kIoError, "io_error: x"},
      {Status::Unsupported("x"), StatusCode::kUnsupported, "unsupported: x"},
      {Status::ResourceExhausted("x"), StatusCode::kResourceExhausted, "resource_exhausted: x"},
      {Status::AlreadyExists("x"), StatusCode::kAlreadyExists, "already_exists: x"},
      {Status::Internal("x"), StatusCode::kInternal, "internal: x"},
  };
  for (const auto& c : cases) {
    EXPECT_FALSE(c.status.ok());
    EXPECT_EQ(c.status.code(), c.code);
    EXPECT_EQ(c.status.ToString(), c.text);
  }
}

TEST(StatusTest, AnnotatePrefixesTheMessage) {
  Status s = Status::Corruption("expected 3 fields, got 2").Annotate("data/actors.tsv:118");
  EXPECT_EQ(s.message(), "data/actors.tsv:118: expected 3 fields, got 2");
  EXPECT_TRUE(Status::OK().Annotate("x").ok());
}

StatusOr<int> Half(int x) {
  if (x % 2) return Status::InvalidArgument("odd");
  return x / 2;
}

Status UseHalf(int x, int* out) {
  auto r = Half(x);
  ISNAD_RETURN_IF_ERROR(r.status());
  *out = *r;
  return Status::OK();
}

TEST(StatusOrTest, HoldsValueOrError) {
  auto a = Half(4);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(*a, 2);
  auto b = Half(3);
  EXPECT_FALSE(b.ok());
  EXPECT_EQ(b.status().code(), StatusCode::kInvalidArgument);
  int out = 0;
  EXPECT_TRUE(UseHalf(8, &out).ok());
  EXPECT_EQ(out, 4);
  EXPECT_FALSE(UseHalf(7, &out).ok());
}

}  // namespace
}  // namespace isnad
