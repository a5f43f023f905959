// serve/server.cc: cpp-httplib wiring. The routes are few and fixed; the
// pre-routing handler refuses methods other than GET/HEAD before any handler
// runs, and the error handler turns every bare error status into JSON.
#include "serve/server.h"

#include <sys/socket.h>

#include <exception>
#include <filesystem>

#include <httplib.h>

#include "serve/static_files.h"
#include "util/files.h"

namespace isnad::serve {

const VendorFile kVendorFiles[] = {
    {"cytoscape.min.js", "cytoscape/dist/cytoscape.min.js"},
};
const size_t kVendorFileCount = sizeof(kVendorFiles) / sizeof(kVendorFiles[0]);

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

void SetCommonHeaders(httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
}

void SendError(httplib::Response& res, int status, std::string_view message) {
  res.status = status;
  SetCommonHeaders(res);
  res.set_header("Cache-Control", "no-store");
  res.set_content(ErrorJson(message), kJson);
}

const char* ReasonFor(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "request too large";
    case 414: return "request URI too long";
    case 431: return "request header fields too large";
    default: return status >= 500 ? "internal error" : "request refused";
  }
}

// Sends a file's bytes; 500 if it cannot be read (it was found a moment ago).
void SendFile(httplib::Response& res, const std::string& path) {
  constexpr size_t kMaxFileBytes = 32u << 20;
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec || size > kMaxFileBytes) return SendError(res, 500, "file cannot be served");
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return SendError(res, 500, "file cannot be read");
  SetCommonHeaders(res);
  res.set_header("Cache-Control", "no-cache");
  // The page loads only its own files; data goes in as text, and this keeps a
  // mistake from ever running a script that came with the data.
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none';"
                 " base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
  res.set_content(std::move(bytes).value(), ContentTypeFor(path));
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  Api api;
  httplib::Server http;
  int listen_fd = -1;  // The listening socket, once bound (for its backlog).
  Impl(store::Store* store, const ServerOptions& o) : options(o), api(store, o.api) {}
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }

StatusOr<std::unique_ptr<Server>> Server::Create(store::Store* store, const ServerOptions& options) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(std::filesystem::path(options.web_dir) / "index.html", ec)) {
    return Status::NotFound(options.web_dir + ": not an isnad web directory (no index.html)");
  }
  auto impl = std::make_unique<Impl>(store, options);
  if (impl->options.vendor_dir.empty()) {
    impl->options.vendor_dir = (std::filesystem::path(options.web_dir) / ".." / "node_modules").string();
  }
  Impl* self = impl.get();
  httplib::Server& http = self->http;
  const int threads = options.threads > 0 ? options.threads : 1;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.read_timeout_s, 0);
  http.set_keep_alive_max_count(100);
  http.set_keep_alive_timeout(options.keep_alive_timeout_s);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
  // algorithm and the client's delayed ACK hold every answer back ~40 ms.
  http.set_tcp_nodelay(true);
  // cpp-httplib's default options set SO_REUSEPORT, under which a second
  // `isnad serve` on a port in use binds too and takes half the connections.
  // SO_REUSEADDR alone lets a restart reuse the port and refuses the second.
  http.set_socket_options([self](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    self->listen_fd = sock;
  });
  // Other methods get 405 from routes of their own rather than from a
  // pre-routing handler: cpp-httplib reads a routed request's body (up to
  // max_body_bytes) before the handler runs, so the next request on a kept-alive
  // connection does not start in the middle of an unread body.
  const auto not_allowed = [](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Allow", "GET, HEAD");
    SendError(res, 405, "method " + req.method.substr(0, 16) + " not allowed (GET only)");
  };
  http.Post(".*", not_allowed);
  http.Put(".*", not_allowed);
  http.Patch(".*", not_allowed);
  http.Delete(".*", not_allowed);
  http.Options(".*", not_allowed);
  http.Get("/api/.*", [self](const httplib::Request& req, httplib::Response& res) {
    Params params(req.params.begin(), req.params.end());
    ApiReply reply = self->api.Handle(req.path, params);
    res.status = reply.status;
    SetCommonHeaders(res);
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::move(reply.body), kJson);
  });
  http.Get("/vendor/.*", [self](const httplib::Request& req, httplib::Response& res) {
    std::string_view name = std::string_view(req.path).substr(std::string_view("/vendor/").size());
    for (size_t i = 0; i < kVendorFileCount; ++i) {
      if (name != kVendorFiles[i].url_name) continue;
      // Installed copies sit in <web>/vendor/; a source tree has node_modules.
      std::error_code file_ec;
      auto installed = std::filesystem::path(self->options.web_dir) / "vendor" / kVendorFiles[i].url_name;
      if (std::filesystem::is_regular_file(installed, file_ec)) return SendFile(res, installed.string());
      auto from_npm = std::filesystem::path(self->options.vendor_dir) / kVendorFiles[i].node_modules_path;
      if (std::filesystem::is_regular_file(from_npm, file_ec)) return SendFile(res, from_npm.string());
      return SendError(res, 404, std::string(name) + " is not installed: run `npm ci` in the source tree");
    }
    SendError(res, 404, "no such vendored file");
  });
  http.Get(".*", [self](const httplib::Request& req, httplib::Response& res) {
    auto path = ResolveStaticPath(self->options.web_dir, req.path);
    if (!path.ok()) return SendError(res, HttpStatusFor(path.status()), path.status().message());
    SendFile(res, *path);
  });
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    // Statuses set by cpp-httplib itself (414, 413, 400, 404 without a route)
    // come without a body: give them a JSON one.
    if (res.body.empty()) SendError(res, res.status, ReasonFor(res.status));
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SendError(res, 500, "internal error");
  });
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Status Server::Bind() {
  const ServerOptions& o = impl_->options;
  if (o.port < 0 || o.port > 65535) return Status::InvalidArgument("port must be 0..65535");
  int port = o.port;
  if (port == 0) {
    port = impl_->http.bind_to_any_port(o.host);
    if (port < 0) return Status::IoError("cannot bind " + o.host + " on any port");
  } else if (!impl_->http.bind_to_port(o.host, port)) {
    return Status::IoError("cannot bind " + o.host + ":" + std::to_string(port) + " (in use? try --port)");
  }
  port_ = port;
  // cpp-httplib listens with a backlog of 5: a burst of new connections beyond
  // it (a page load, many clients at once) has its handshakes dropped and
  // retried after a second, and such a connection can lose its request. Listen
  // again on the bound socket with the system's maximum; Linux only raises the
  // backlog of a socket already listening.
  if (impl_->listen_fd >= 0 && ::listen(impl_->listen_fd, SOMAXCONN) != 0) {
    return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(port));
  }
  return Status::OK();
}

Status Server::Serve() {
  if (!impl_->http.listen_after_bind()) return Status::IoError("the server stopped on a socket error");
  return Status::OK();
}

void Server::Stop() {
  if (impl_) impl_->http.stop();
}

}  // namespace isnad::serve
