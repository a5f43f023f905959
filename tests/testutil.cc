#include "testutil.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

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

std::string TempDir() {
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("isnad_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  return dir.string();
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

}  // namespace isnad::testing
