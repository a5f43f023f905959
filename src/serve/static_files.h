// serve/static_files.h: the explorer's page files (web/) and vendored
// JavaScript libraries, served without ever leaving their directories.
// Pure path arithmetic plus stat/realpath on the file system; safe from any
// thread.
#ifndef ISNAD_SERVE_STATIC_FILES_H_
#define ISNAD_SERVE_STATIC_FILES_H_

#include <string>
#include <string_view>

#include "util/status.h"

namespace isnad::serve {

// Maps the URL path `url_path` (as decoded by the HTTP server; "/" means
// "/index.html") to a regular file inside `root`, returning its canonical path.
//   kInvalidArgument: the path is not absolute, holds a NUL byte, a backslash,
//     a '%' (a second level of encoding, such as "%252e"), a "." or ".."
//     segment, or a component starting with '.', or is longer than 1024 bytes;
//   kNotFound: no such regular file, or its canonical path (symbolic links
//     resolved) is outside the canonical `root`.
// `root` must exist; it is canonicalized on each call.
StatusOr<std::string> ResolveStaticPath(const std::string& root, std::string_view url_path);

// The Content-Type for a file name by its extension ("text/html; charset=utf-8",
// "text/javascript; charset=utf-8", "image/png", ...); "application/octet-stream"
// when unknown.
const char* ContentTypeFor(std::string_view file_name);

// The web directory: `explicit_dir` when not empty (kNotFound unless it holds
// index.html); otherwise the first holding index.html of $ISNAD_WEB_DIR,
// "<dir of the running binary>/../share/isnad/web" (installed), the install
// location compiled in and the source tree's web/ (a build tree's binary).
StatusOr<std::string> FindWebDir(const std::string& explicit_dir);

}  // namespace isnad::serve

#endif  // ISNAD_SERVE_STATIC_FILES_H_
