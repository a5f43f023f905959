// isnad serve: the explorer. Opens a store read-only and serves the page of
// web/ and the JSON API of docs/API.md on localhost until SIGINT or SIGTERM.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

#include "commands.h"
#include "common.h"
#include "serve/server.h"
#include "serve/static_files.h"

namespace isnad::app {

int RunServe(int argc, char** argv) {
  CLI::App app{"Serve the explorer for an event store: the actor network, evidence, time series and search,\n"
               "as a web page and a JSON API (docs/API.md). The store is opened read-only."};
  app.name("isnad serve");
  std::string db_path, web_dir;
  serve::ServerOptions options;
  app.add_option("--db", db_path, "the SQLite database (made by isnad ingest)")->required();
  app.add_option("--host", options.host, "address to listen on (anything but 127.0.0.1 exposes the store to the network)")
      ->capture_default_str();
  app.add_option("--port", options.port, "TCP port (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  app.add_option("--web", web_dir, "the page's directory (default: the installed one, else the source tree's web/)");
  app.add_option("--threads", options.threads, "worker threads")->capture_default_str()->check(CLI::Range(1, 64));
  app.add_option("--max-rows", options.api.max_evidence_rows, "most evidence rows one request may ask for")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  app.add_option("--max-edges", options.api.max_network_edges, "most network edges one answer holds")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  if (options.api.default_evidence_rows > options.api.max_evidence_rows) {
    options.api.default_evidence_rows = options.api.max_evidence_rows;
  }
  auto web = serve::FindWebDir(web_dir);
  if (!web.ok()) {
    PrintError("finding the page", web.status());
    return kExitFailure;
  }
  options.web_dir = *web;
  if (db_path != ":memory:" && access(db_path.c_str(), F_OK) != 0) {
    std::fprintf(stderr, "isnad serve: %s: no such database (create it with isnad ingest)\n", db_path.c_str());
    return kExitFailure;
  }
  store::StoreOptions store_options;
  store_options.read_only = true;
  auto st = store::Store::Open(db_path, store_options);
  if (!st.ok()) {
    PrintError("opening the store", st.status());
    return kExitFailure;
  }
  // SIGINT and SIGTERM are taken by a waiting thread, not by a handler, so
  // stopping the server happens in ordinary code. Blocked before any thread
  // starts, so the workers inherit the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto server = serve::Server::Create(st->get(), options);
  if (!server.ok()) {
    PrintError("starting the server", server.status());
    return kExitFailure;
  }
  if (Status s = (*server)->Bind(); !s.ok()) {
    PrintError("starting the server", s);
    return kExitFailure;
  }
  std::printf("isnad serve: http://%s:%d/ (web: %s; Ctrl-C stops)\n", options.host.c_str(), (*server)->port(),
              options.web_dir.c_str());
  std::fflush(stdout);
  serve::Server* raw = server->get();
  std::thread waiter([&signals, raw] {
    int sig = 0;
    sigwait(&signals, &sig);
    raw->Stop();
  });
  Status s = raw->Serve();
  // Serve() also returns on a socket error: wake the waiter so it can be joined.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!s.ok()) {
    PrintError("serving", s);
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace isnad::app
