// serve/static_files.cc: URL path -> file under a root. The check is done
// twice: first on the text (no "..", no second-level encoding, no NUL), then on
// the canonical path, so a symbolic link out of the root is refused too.
#include "serve/static_files.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace isnad::serve {
namespace fs = std::filesystem;

StatusOr<std::string> ResolveStaticPath(const std::string& root, std::string_view url_path) {
  constexpr size_t kMaxPathBytes = 1024;
  if (url_path.size() > kMaxPathBytes) return Status::InvalidArgument("path too long");
  if (url_path.empty() || url_path[0] != '/') return Status::InvalidArgument("path must start with '/'");
  for (char c : url_path) {
    if (c == '\0') return Status::InvalidArgument("path holds a NUL byte");
    if (c == '\\') return Status::InvalidArgument("path holds a backslash");
    if (c == '%') return Status::InvalidArgument("path holds an encoded character after decoding");
  }
  std::string rel;
  size_t start = 1;
  while (start <= url_path.size()) {
    size_t slash = url_path.find('/', start);
    if (slash == std::string_view::npos) slash = url_path.size();
    std::string_view part = url_path.substr(start, slash - start);
    if (!part.empty()) {
      if (part == "." || part == "..") return Status::InvalidArgument("path holds a '.' or '..' segment");
      if (part[0] == '.') return Status::InvalidArgument("path names a hidden file");
      if (!rel.empty()) rel += '/';
      rel += part;
    }
    start = slash + 1;
  }
  if (rel.empty() || url_path.back() == '/') rel += rel.empty() ? "index.html" : "/index.html";
  std::error_code ec;
  fs::path canonical_root = fs::canonical(root, ec);
  if (ec) return Status::NotFound(root + ": web directory not found");
  fs::path file = fs::canonical(canonical_root / rel, ec);
  if (ec) return Status::NotFound(std::string(url_path) + ": not found");
  // Inside the root: the root's components are a prefix of the file's.
  auto r = canonical_root.begin(), f = file.begin();
  for (; r != canonical_root.end(); ++r, ++f) {
    if (f == file.end() || *r != *f) return Status::NotFound(std::string(url_path) + ": not found");
  }
  if (!fs::is_regular_file(file, ec)) return Status::NotFound(std::string(url_path) + ": not found");
  return file.string();
}

const char* ContentTypeFor(std::string_view file_name) {
  struct Type {
    const char* ext;
    const char* type;
  };
  static constexpr Type kTypes[] = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"}, {".svg", "image/svg+xml"},
      {".png", "image/png"}, {".ico", "image/x-icon"}, {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
  };
  for (const auto& t : kTypes) {
    std::string_view ext(t.ext);
    if (file_name.size() >= ext.size() && file_name.substr(file_name.size() - ext.size()) == ext) return t.type;
  }
  return "application/octet-stream";
}

StatusOr<std::string> FindWebDir(const std::string& explicit_dir) {
  std::error_code ec;
  if (!explicit_dir.empty()) {
    if (fs::is_regular_file(fs::path(explicit_dir) / "index.html", ec)) return explicit_dir;
    return Status::NotFound(explicit_dir + ": not an isnad web directory (no index.html)");
  }
  std::vector<std::string> candidates;
  if (const char* env = std::getenv("ISNAD_WEB_DIR"); env != nullptr && *env) candidates.emplace_back(env);
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back((exe.parent_path().parent_path() / "share" / "isnad" / "web").string());
#ifdef ISNAD_INSTALL_WEBDIR
  candidates.emplace_back(ISNAD_INSTALL_WEBDIR);
#endif
#ifdef ISNAD_SOURCE_WEBDIR
  candidates.emplace_back(ISNAD_SOURCE_WEBDIR);
#endif
  std::string tried;
  for (const auto& dir : candidates) {
    if (fs::is_regular_file(fs::path(dir) / "index.html", ec)) return dir;
    if (!tried.empty()) tried += ", ";
    tried += dir;
  }
  return Status::NotFound("isnad web directory not found (tried " + tried + "); set ISNAD_WEB_DIR or pass --web");
}

}  // namespace isnad::serve
