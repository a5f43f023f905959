// tests/testutil.h: helpers shared by the tests: where ../shared and the built
// binary are, running the CLI, temporary files.
#ifndef ISNAD_TESTS_TESTUTIL_H_
#define ISNAD_TESTS_TESTUTIL_H_

#include <string>
#include <vector>

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

// A run of the built binary with its resource use, for tests that must show a
// bound on memory and time.
struct BoundedResult : CommandResult {
  bool timed_out = false;  // Killed (SIGKILL) after the time limit.
  int signal = 0;          // The signal that ended the child, if any.
  long max_rss_kb = 0;     // The child's peak resident set size (wait4).
  double seconds = 0;      // Wall-clock time.
};

// Runs the binary with `args` (not through a shell; stdin is /dev/null), kills
// it after `timeout_seconds`, and measures its peak memory.
BoundedResult RunIsnadBounded(const std::vector<std::string>& args, int timeout_seconds);

// True when the tests were built with AddressSanitizer (the hostile-input tests
// then use smaller inputs where a size is not the point of the case).
bool SanitizerBuild();

// A fresh temporary directory for the current test.
std::string TempDir();

}  // namespace isnad::testing

#endif  // ISNAD_TESTS_TESTUTIL_H_
