// util/files.h: whole-file and line-by-line reading with Status errors, and the
// lookup of isnad's data directory.
// Thread-safety: the functions are reentrant; a LineReader is used by one thread.
#ifndef ISNAD_UTIL_FILES_H_
#define ISNAD_UTIL_FILES_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "util/status.h"

namespace isnad {

// Reads the whole file at `path` ("-" means standard input). Errors name the path.
// Files larger than `max_bytes` give kResourceExhausted without being read whole.
StatusOr<std::string> ReadFile(const std::string& path, size_t max_bytes = size_t{1} << 32);

// Writes `contents` to `path`, replacing it. Errors name the path.
Status WriteFile(const std::string& path, std::string_view contents);

// Reads a file ("-" for standard input) one line at a time without loading it whole.
class LineReader {
 public:
  // Opens `path`. On failure, status() is not OK and Next() returns false.
  explicit LineReader(const std::string& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  const Status& status() const { return status_; }

  // Reads the next line (without its '\n' or "\r\n") into `*line`; returns false at
  // the end or on a read error (then status() says which). Lines longer than
  // `max_line_bytes` are consumed and reported through `*too_long` = true with
  // `*line` cleared, so one absurd line does not take the whole memory.
  bool Next(std::string* line, bool* too_long, size_t max_line_bytes);

  // 1-based number of the line last returned by Next().
  size_t line_number() const { return line_number_; }

 private:
  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  size_t line_number_ = 0;
  Status status_;
};

// Returns the data directory: `explicit_dir` when not empty (kNotFound if it holds
// no "cameo/cameo.tsv"); otherwise the first of $ISNAD_DATA_DIR, "<dir of the
// running binary>/data" (the build tree), "<dir of the binary>/../share/isnad" and
// the install location compiled in that holds "cameo/cameo.tsv"; kNotFound lists
// the places tried.
StatusOr<std::string> FindDataDir(const std::string& explicit_dir);

}  // namespace isnad

#endif  // ISNAD_UTIL_FILES_H_
