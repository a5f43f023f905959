// tests/testutil.h: helpers shared by the tests: where ../shared and the built
// binary are, running the CLI, temporary files.
#ifndef ISNAD_TESTS_TESTUTIL_H_
#define ISNAD_TESTS_TESTUTIL_H_

#include <string>

namespace isnad::testing {

// The ../shared directory beside the checkout (ISNAD_SHARED_DIR), or "" when absent.
std::string SharedDir();

// Skips the current test with a clear message when ../shared is absent.
#define ISNAD_REQUIRE_SHARED()                                                        \
  do {                                                                               \
    if (::isnad::testing::SharedDir().empty())                                       \
      GTEST_SKIP() << "../shared is absent: this test reads its data from ../shared"; \
  } while (0)

// The checkout's top directory (ISNAD_SOURCE_DIR).
std::string SourceDir();
// The build tree's data directory (ISNAD_DATA_DIR).
std::string DataDir();
// The built isnad binary (ISNAD_BINARY).
std::string IsnadBinary();

struct CommandResult {
  int exit_code = -1;
  std::string out;  // Standard output.
  std::string err;  // Standard error.
};

// Runs `args` (a shell-quoted argument string) through /bin/sh with the built
// binary as the command, e.g. RunIsnad("code --format jsonl file.txt").
CommandResult RunIsnad(const std::string& args, const std::string& stdin_text = "");

// A fresh temporary directory for the current test.
std::string TempDir();

}  // namespace isnad::testing

#endif  // ISNAD_TESTS_TESTUTIL_H_
