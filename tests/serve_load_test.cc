// The explorer's server under load, from a second process on loopback: a
// store built from the bundled samples, `isnad serve --port 0` started as a
// child, and client threads here sending a fixed number of requests, valid and
// malformed mixed. Checks that every valid request gets 200 with a JSON or page
// body, every malformed one its 4xx, that the server's memory stays bounded
// and that it still answers afterwards; prints the throughput, latencies and
// memory for docs/RELIABILITY.md.
//
// The request count is ISNAD_LOAD_REQUESTS (default 3000); the `slow` label
// runs the same test with 100,000.
#include <fcntl.h>
#include <httplib.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "testutil.h"

namespace isnad::testing {
namespace {

struct Probe {
  const char* method;   // "GET", "POST", "DELETE".
  std::string path;     // With its query string, already encoded.
  int want_status;      // What the server must answer.
};

// The mix: about two valid requests for each malformed one.
std::vector<Probe> Probes() {
  std::vector<Probe> p = {
      {"GET", "/api/meta", 200},
      {"GET", "/api/network", 200},
      {"GET", "/api/network?lang=ar&level=agent", 200},
      {"GET", "/api/network?root=19&root=4&background=0", 200},
      {"GET", "/api/series?actor=LBY&period=week", 200},
      {"GET", "/api/series?source=SDN&target=SDN", 200},
      {"GET", "/api/evidence?source=EGY&target=SDN", 200},
      {"GET", "/api/search?q=%D8%AD%D9%81%D8%AA%D8%B1", 200},  // حفتر
      {"GET", "/api/search?q=Haftar+rencontre", 200},
      {"GET", "/api/document?id=sample-sudan-1", 200},
      {"GET", "/", 200},
      {"GET", "/app.js", 200},
      {"GET", "/api/network?lang=de", 400},
      {"GET", "/api/network?from=2019-13-40", 400},
      {"GET", "/api/network?lang=ar%27%20OR%20%271%27%3D%271", 400},
      {"GET", "/api/evidence?source=ISR", 400},
      {"GET", "/api/network?unknown=1", 400},
      {"GET", "/api/search?q=%00", 400},
      {"GET", "/..%2f..%2fetc%2fpasswd", 400},
      {"GET", "/api/nothing", 404},
      {"GET", "/api/document?id=no-such-document", 404},
      {"POST", "/api/network", 405},
      {"DELETE", "/", 405},
      {"GET", "/api/search?q=" + std::string(2000, 'a'), 413},
  };
  return p;
}

// Kilobytes of the process's resident set: current (VmRSS) or peak (VmHWM).
long ProcKb(pid_t pid, const std::string& field) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::atol(line.c_str() + field.size() + 1);
  }
  return -1;
}

// `isnad serve` as a child process; reads the port from its first line.
class ServerProcess {
 public:
  bool Start(const std::string& db) {
    int out[2];
    if (pipe(out) != 0) return false;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::string bin = IsnadBinary();
      execl(bin.c_str(), bin.c_str(), "serve", "--db", db.c_str(), "--port", "0",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out[1]);
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line.push_back(c);
    out_fd_ = out[0];
    // "isnad serve: http://127.0.0.1:PORT/ ..."
    auto at = line.find("127.0.0.1:");
    if (at == std::string::npos) return false;
    port_ = std::atoi(line.c_str() + at + 10);
    return port_ > 0;
  }
  // SIGTERM, then the exit status (-1 when it did not exit normally).
  int Stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    if (out_fd_ >= 0) close(out_fd_);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  ~ServerProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  pid_t pid() const { return pid_; }
  int port() const { return port_; }

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  int port_ = 0;
};

// Sends raw bytes on a fresh connection and returns what comes back (empty when
// the server just closes).
std::string RawExchange(int port, const std::string& bytes) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string reply;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
    (void)!write(fd, bytes.data(), bytes.size());
    shutdown(fd, SHUT_WR);
    timeval tv{10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char buf[4096];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) reply.append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return reply;
}

TEST(ServeLoadTest, AnswersMixedValidAndMalformedRequestsWithBoundedMemory) {
  const std::string dir = TempDir();
  const std::string db = dir + "/load.db";
  CommandResult ingest = RunIsnad("ingest --db '" + db + "' '" + SourceDir() + "'/samples/*");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;

  ServerProcess server;
  ASSERT_TRUE(server.Start(db)) << "isnad serve did not print its address";

  const char* env = std::getenv("ISNAD_LOAD_REQUESTS");
  const int total = env != nullptr ? std::max(100, std::atoi(env)) : 3000;
  constexpr int kClients = 24;  // More than the server's 16 workers: idle connections must not starve the others.
  const std::vector<Probe> probes = Probes();

  // Warm up: one of each, so the first figures are not the page cache's.
  {
    httplib::Client client("127.0.0.1", server.port());
    for (const Probe& p : probes) (void)client.Get(p.path);
  }
  const long rss_warm_kb = ProcKb(server.pid(), "VmRSS");

  std::atomic<int> next{0};
  std::atomic<int> wrong{0};
  std::mutex mu;
  std::vector<double> latencies_ms;
  std::vector<std::string> first_wrong;
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> clients;
  for (int t = 0; t < kClients; ++t) {
    clients.emplace_back([&] {
      httplib::Client client("127.0.0.1", server.port());
      client.set_keep_alive(true);
      client.set_read_timeout(30, 0);
      std::vector<double> mine;
      for (int i = next++; i < total; i = next++) {
        const Probe& p = probes[static_cast<size_t>(i) % probes.size()];
        auto t0 = std::chrono::steady_clock::now();
        httplib::Result r = p.method == std::string("GET")    ? client.Get(p.path)
                            : p.method == std::string("POST") ? client.Post(p.path, "{}", "application/json")
                                                              : client.Delete(p.path);
        mine.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        bool ok = r && r->status == p.want_status &&
                  (p.want_status != 200 || !r->body.empty()) &&
                  (p.want_status == 200 || p.method != std::string("GET") ||
                   r->body.find("\"error\"") != std::string::npos || r->status == 414);
        if (!ok) {
          ++wrong;
          std::lock_guard<std::mutex> lock(mu);
          if (first_wrong.size() < 5) {
            first_wrong.push_back(std::string(p.method) + " " + p.path.substr(0, 80) + " -> " +
                                  (r ? std::to_string(r->status) : "no answer (" + httplib::to_string(r.error()) + ")"));
          }
        }
      }
      std::lock_guard<std::mutex> lock(mu);
      latencies_ms.insert(latencies_ms.end(), mine.begin(), mine.end());
    });
  }
  for (auto& c : clients) c.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  // Garbage on the wire: not HTTP, a header block too long, a request cut short.
  std::string garbage = RawExchange(server.port(), std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11));
  EXPECT_TRUE(garbage.empty() || garbage.rfind("HTTP/1.1 4", 0) == 0) << garbage.substr(0, 60);
  std::string long_header = RawExchange(server.port(), "GET /api/meta HTTP/1.1\r\nX-Pad: " + std::string(100000, 'x') +
                                                           "\r\n\r\n");
  EXPECT_TRUE(long_header.empty() || long_header.rfind("HTTP/1.1 4", 0) == 0) << long_header.substr(0, 60);
  (void)RawExchange(server.port(), "GET /api/netw");

  // Still answering.
  httplib::Client after("127.0.0.1", server.port());
  auto meta = after.Get("/api/meta");
  ASSERT_TRUE(meta);
  EXPECT_EQ(meta->status, 200);

  const long rss_end_kb = ProcKb(server.pid(), "VmRSS");
  const long hwm_kb = ProcKb(server.pid(), "VmHWM");
  EXPECT_EQ(server.Stop(), 0) << "the server should stop cleanly on SIGTERM";

  EXPECT_EQ(wrong.load(), 0) << "first wrong answers:\n"
                             << [&] {
                                  std::string s;
                                  for (const auto& w : first_wrong) s += "  " + w + "\n";
                                  return s;
                                }();
  // Bounded memory: the answers are small and nothing is kept between
  // requests, so the resident set must not grow with the request count.
  // (Under AddressSanitizer freed memory sits in its quarantine, so the
  // resident set is not a measure there.)
  if (!SanitizerBuild()) {
    EXPECT_LT(hwm_kb, 256 * 1024) << "peak resident set of the server, KiB";
    EXPECT_LT(rss_end_kb - rss_warm_kb, 64 * 1024) << "growth of the resident set under load, KiB";
  }

  std::sort(latencies_ms.begin(), latencies_ms.end());
  auto pct = [&](double q) { return latencies_ms[static_cast<size_t>(q * (latencies_ms.size() - 1))]; };
  std::printf(
      "load: %d requests (%zu kinds, a third malformed) from %d clients in %.2f s: %.0f requests/s; "
      "latency p50 %.2f ms, p99 %.2f ms, max %.2f ms; wrong answers %d; server RSS %ld KiB after warm-up, "
      "%ld KiB at the end, peak %ld KiB\n",
      total, probes.size(), kClients, seconds, total / seconds, pct(0.5), pct(0.99), latencies_ms.back(),
      wrong.load(), rss_warm_kb, rss_end_kb, hwm_kb);
}

}  // namespace
}  // namespace isnad::testing
