#include "util/files.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace isnad {
namespace {

std::string ErrnoMessage(const std::string& path, const char* what) {
  return path + ": " + what + ": " + std::strerror(errno);
}

}  // namespace

StatusOr<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    if (errno == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(ErrnoMessage(path, "cannot open"));
  }
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (out.size() + n > max_bytes) {
      if (f != stdin) std::fclose(f);
      return Status::ResourceExhausted(path + ": larger than the limit of " +
                                       std::to_string(max_bytes) + " bytes");
    }
    out.append(buf, n);
  }
  bool failed = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (failed) return Status::IoError(ErrnoMessage(path, "read failed"));
  return out;
}

Status WriteFile(const std::string& path, std::string_view contents) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return Status::IoError(ErrnoMessage(path, "cannot open for writing"));
  size_t n = std::fwrite(contents.data(), 1, contents.size(), f);
  bool failed = n != contents.size();
  if (std::fclose(f) != 0) failed = true;
  if (failed) return Status::IoError(ErrnoMessage(path, "write failed"));
  return Status::OK();
}

LineReader::LineReader(const std::string& path) {
  if (path == "-") {
    file_ = stdin;
    return;
  }
  file_ = std::fopen(path.c_str(), "rb");
  if (file_ == nullptr) {
    status_ = errno == ENOENT ? Status::NotFound(path + ": no such file")
                              : Status::IoError(ErrnoMessage(path, "cannot open"));
    return;
  }
  owns_file_ = true;
}

LineReader::~LineReader() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

bool LineReader::Next(std::string* line, bool* too_long, size_t max_line_bytes) {
  line->clear();
  *too_long = false;
  if (file_ == nullptr) return false;
  bool got_any = false;
  char buf[1 << 16];
  for (;;) {
    if (std::fgets(buf, sizeof buf, file_) == nullptr) {
      if (std::ferror(file_)) {
        status_ = Status::IoError("read failed: " + std::string(std::strerror(errno)));
        return false;
      }
      break;  // End of file.
    }
    got_any = true;
    size_t n = std::strlen(buf);
    // fgets stops at NUL bytes too; a NUL inside a line is kept by reading on.
    bool ended = n > 0 && buf[n - 1] == '\n';
    if (!*too_long) {
      if (line->size() + n > max_line_bytes) {
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(buf, n);
      }
    }
    if (ended) break;
  }
  if (!got_any) return false;
  ++line_number_;
  if (!line->empty() && line->back() == '\n') line->pop_back();
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

StatusOr<std::string> FindDataDir(const std::string& explicit_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!explicit_dir.empty()) {
    // An explicit choice is never silently replaced by another directory.
    if (fs::exists(fs::path(explicit_dir) / "cameo" / "cameo.tsv", ec)) return explicit_dir;
    return Status::NotFound(explicit_dir + ": not an isnad data directory (no cameo/cameo.tsv)");
  }
  std::vector<std::string> candidates;
  if (const char* env = std::getenv("ISNAD_DATA_DIR"); env != nullptr && *env) {
    candidates.emplace_back(env);
  }
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    candidates.push_back((exe.parent_path() / "data").string());
    candidates.push_back((exe.parent_path().parent_path() / "share" / "isnad").string());
  }
#ifdef ISNAD_INSTALL_DATADIR
  candidates.emplace_back(ISNAD_INSTALL_DATADIR);
#endif
  std::string tried;
  for (const auto& dir : candidates) {
    if (fs::exists(fs::path(dir) / "cameo" / "cameo.tsv", ec)) return dir;
    if (!tried.empty()) tried += ", ";
    tried += dir;
  }
  return Status::NotFound("isnad data directory not found (tried " + tried +
                          "); set ISNAD_DATA_DIR or pass --data-dir");
}

}  // namespace isnad
