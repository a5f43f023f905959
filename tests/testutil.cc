#include "testutil.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

namespace isnad::testing {
namespace {

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string SharedDir() {
  std::string dir = Env("ISNAD_SHARED_DIR");
  if (dir.empty() || !std::filesystem::exists(std::filesystem::path(dir) / "eval")) return "";
  return dir;
}

std::string SourceDir() { return Env("ISNAD_SOURCE_DIR"); }
std::string DataDir() { return Env("ISNAD_DATA_DIR"); }
std::string IsnadBinary() { return Env("ISNAD_BINARY"); }

namespace {

// The directories TempDir made; removed when the test program exits (some hold
// hundreds of megabytes), unless ISNAD_KEEP_TEST_DIRS is set for a post-mortem.
// A forked child leaves through _exit or exec, so only the parent removes them.
class TempDirs {
 public:
  std::string Make() {
    std::lock_guard<std::mutex> lock(mu_);
    const pid_t pid = getpid();
    auto dir = std::filesystem::temp_directory_path() /
               ("isnad_test_" + std::to_string(pid) + "_" + std::to_string(dirs_.size()));
    std::filesystem::create_directories(dir);
    dirs_.push_back(dir);
    owner_ = pid;
    return dir.string();
  }
  ~TempDirs() {
    if (owner_ != getpid() || !Env("ISNAD_KEEP_TEST_DIRS").empty()) return;
    std::error_code ec;
    for (const auto& d : dirs_) std::filesystem::remove_all(d, ec);
  }

 private:
  std::mutex mu_;
  std::vector<std::filesystem::path> dirs_;
  pid_t owner_ = 0;
};

}  // namespace

std::string TempDir() {
  static TempDirs dirs;
  return dirs.Make();
}

CommandResult RunIsnad(const std::string& args, const std::string& stdin_text) {
  std::string dir = TempDir();
  std::string in = dir + "/stdin", out = dir + "/stdout", err = dir + "/stderr";
  std::ofstream(in, std::ios::binary) << stdin_text;
  std::string cmd = "'" + IsnadBinary() + "' " + args + " <'" + in + "' >'" + out + "' 2>'" + err + "'";
  int status = std::system(cmd.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  std::filesystem::remove_all(dir);
  return r;
}

BoundedResult RunIsnadBounded(const std::vector<std::string>& args, int timeout_seconds) {
  BoundedResult r;
  const std::string dir = TempDir();
  const std::string out = dir + "/stdout", err = dir + "/stderr";
  const std::string binary = IsnadBinary();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>("isnad"));
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    int in_fd = open("/dev/null", O_RDONLY);
    int out_fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err_fd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in_fd < 0 || out_fd < 0 || err_fd < 0) _exit(126);
    dup2(in_fd, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  if (pid < 0) return r;
  const auto deadline = start + std::chrono::seconds(timeout_seconds);
  int status = 0;
  struct rusage usage {};
  for (;;) {
    pid_t done = wait4(pid, &status, WNOHANG, &usage);
    if (done == pid) break;
    if (done < 0) return r;
    if (std::chrono::steady_clock::now() >= deadline && !r.timed_out) {
      r.timed_out = true;
      kill(pid, SIGKILL);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.max_rss_kb = usage.ru_maxrss;
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.out = Slurp(out);
  r.err = Slurp(err);
  std::filesystem::remove_all(dir);
  return r;
}

bool SanitizerBuild() {
#if defined(__SANITIZE_ADDRESS__)
  return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return true;
#else
  return false;
#endif
#else
  return false;
#endif
}

}  // namespace isnad::testing
