// serve/server.h: `isnad serve`: the HTTP server of the explorer, on top of
// cpp-httplib. GET /api/... goes to serve/api.h; /vendor/NAME to the few pinned
// JavaScript libraries the page uses (installed by npm, see package.json);
// everything else is a file of the web directory (serve/static_files.h).
// Only GET and HEAD are allowed (405 otherwise); every error is JSON.
//
// Thread-safety: Serve() blocks the calling thread and answers requests on a
// pool of `threads` workers; Stop() may be called from any thread (or a signal
// handler's helper thread) and makes Serve() return.
#ifndef ISNAD_SERVE_SERVER_H_
#define ISNAD_SERVE_SERVER_H_

#include <memory>
#include <string>

#include "serve/api.h"
#include "store/store.h"
#include "util/status.h"

namespace isnad::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";  // Address to bind. Default: loopback only.
  int port = 8080;                 // TCP port; 0 = any free port (see Server::port()). Default: 8080.
  std::string web_dir;             // The page's directory (FindWebDir). REQUIRED.
  std::string vendor_dir;          // node_modules holding the pinned libraries; "" = <web_dir>/../node_modules.
  // Worker threads. cpp-httplib gives each open connection a worker until it
  // closes, so this bounds the concurrent connections (a browser opens up to
  // six); requests wait beyond it. Default: 16.
  int threads = 16;
  int read_timeout_s = 5;          // A client that sends nothing for this long is dropped. Default: 5 s.
  // An idle kept-alive connection is closed after this long, freeing its
  // worker for waiting connections. Default: 2 s.
  int keep_alive_timeout_s = 2;
  size_t max_body_bytes = 64 * 1024;  // Request bodies (none is needed) larger are refused: 413. Default: 64 KiB.
  // Request URIs longer than 8192 bytes are refused with 414 by cpp-httplib
  // (CPPHTTPLIB_REQUEST_URI_MAX_LENGTH), before any parsing of ours.
  ApiOptions api;                  // Parameter and result limits.
};

// One vendored file: its URL name under /vendor/ and its path under node_modules.
struct VendorFile {
  const char* url_name;
  const char* node_modules_path;
};
// The vendored files served (a closed list: nothing else under /vendor/).
extern const VendorFile kVendorFiles[];
extern const size_t kVendorFileCount;

class Server {
 public:
  // `store` (opened read-only) must outlive the Server. kNotFound when
  // options.web_dir has no index.html.
  static StatusOr<std::unique_ptr<Server>> Create(store::Store* store, const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds host:port; kIoError naming the address when that fails. After it,
  // port() is the bound port.
  Status Bind();
  int port() const { return port_; }
  // Answers requests until Stop(). REQUIRES: Bind() succeeded.
  Status Serve();
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

}  // namespace isnad::serve

#endif  // ISNAD_SERVE_SERVER_H_
