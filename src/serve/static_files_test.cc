#include "serve/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace isnad::serve {
namespace {
namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("isnad_static_test_" + std::to_string(::getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_ / "web" / "css");
    std::ofstream(base_ / "web" / "index.html") << "<!doctype html>";
    std::ofstream(base_ / "web" / "css" / "style.css") << "body{}";
    std::ofstream(base_ / "web" / ".hidden") << "secret";
    std::ofstream(base_ / "secret.txt") << "outside";
    fs::create_symlink(base_ / "secret.txt", base_ / "web" / "link.txt");
    root_ = (base_ / "web").string();
  }
  void TearDown() override { fs::remove_all(base_); }
  fs::path base_;
  std::string root_;
};

TEST_F(StaticFilesTest, ServesFilesInsideTheRoot) {
  auto index = ResolveStaticPath(root_, "/");
  ASSERT_TRUE(index.ok()) << index.status().ToString();
  EXPECT_EQ(fs::path(*index).filename(), "index.html");
  auto css = ResolveStaticPath(root_, "/css/style.css");
  ASSERT_TRUE(css.ok());
  EXPECT_EQ(fs::path(*css).filename(), "style.css");
  EXPECT_TRUE(ResolveStaticPath(root_, "//css//style.css").ok());
}

TEST_F(StaticFilesTest, RefusesTraversalAndEncodings) {
  const std::string_view bad[] = {"/../secret.txt", "/css/../../secret.txt", "/..", "/./index.html",
                                  "/%2e%2e/secret.txt", "/..%2fsecret.txt", std::string_view("/index.html\0.png", 16),
                                  "/css\\..\\..\\secret.txt", "/.hidden", "index.html", ""};
  for (auto path : bad) {
    auto r = ResolveStaticPath(root_, path);
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << path;
  }
  EXPECT_EQ(ResolveStaticPath(root_, "/" + std::string(2000, 'a')).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(StaticFilesTest, MissingFilesDirectoriesAndLinksOutAreNotFound) {
  EXPECT_EQ(ResolveStaticPath(root_, "/nope.js").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(ResolveStaticPath(root_, "/css").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(ResolveStaticPath(root_, "/link.txt").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(ResolveStaticPath(root_, "/etc/passwd").status().code(), StatusCode::kNotFound);
}

TEST(ContentTypeTest, ByExtension) {
  EXPECT_STREQ(ContentTypeFor("a/index.html"), "text/html; charset=utf-8");
  EXPECT_STREQ(ContentTypeFor("app.js"), "text/javascript; charset=utf-8");
  EXPECT_STREQ(ContentTypeFor("style.css"), "text/css; charset=utf-8");
  EXPECT_STREQ(ContentTypeFor("x.bin"), "application/octet-stream");
}

TEST(FindWebDirTest, ExplicitDirectoryMustHoldTheIndex) {
  EXPECT_EQ(FindWebDir("/nonexistent/web").status().code(), StatusCode::kNotFound);
  // The source tree's web/ is found by a build-tree binary.
  auto found = FindWebDir("");
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_TRUE(fs::exists(fs::path(*found) / "index.html"));
}

}  // namespace
}  // namespace isnad::serve
