// The API over HTTP: a store of three invented documents (Arabic, French,
// English) is opened read-only and served on an ephemeral port; every endpoint
// is asked, then hostile requests, and the server must answer each with the
// right status and keep serving.
#include "serve/api.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve/server.h"
#include "util/utf8.h"

namespace isnad::serve {
namespace {
namespace fs = std::filesystem;
using json = nlohmann::json;

// An event whose actor and trigger spans are found in `doc_text` by their words.
events::Event MakeEvent(const std::string& doc_text, size_t sentence_begin, const std::string& sentence,
                        const std::string& lang, const std::string& source, const std::string& source_words,
                        const std::string& target, const std::string& target_words, const std::string& code,
                        const std::string& trigger_words, int quad_class, const std::string& date) {
  auto at = [&](const std::string& words) {
    size_t b = doc_text.find(words, sentence_begin);
    EXPECT_NE(b, std::string::npos) << words;
    return static_cast<uint32_t>(b);
  };
  events::Event e;
  e.sentence = sentence;
  e.lang = lang;
  e.span_begin = static_cast<uint32_t>(sentence_begin);
  e.span_end = static_cast<uint32_t>(sentence_begin + sentence.size());
  e.source = {source, source_words, at(source_words), at(source_words) + uint32_t(source_words.size())};
  e.target = {target, target_words, at(target_words), at(target_words) + uint32_t(target_words.size())};
  e.code = code;
  e.root = code.substr(0, 2);
  e.name = "event " + code;
  e.quad_class = quad_class;
  e.goldstein = quad_class <= 2 ? 4.0 : -6.0;
  e.trigger_text = trigger_words;
  e.trigger_begin = at(trigger_words);
  e.trigger_end = e.trigger_begin + static_cast<uint32_t>(trigger_words.size());
  e.date = date;
  return e;
}

store::DocumentInput MakeDoc(const std::string& id, const std::string& lang, const std::string& outlet,
                             const std::string& date, const std::string& title, const std::string& sentence,
                             const std::vector<std::function<events::Event(const std::string&, size_t)>>& makers) {
  store::DocumentInput in;
  in.doc.id = id;
  in.doc.lang = lang;
  in.doc.source = outlet;
  in.doc.date = date;
  in.doc.title = title;
  in.doc.url = "https://example.org/" + id;
  in.doc.text = title + "\n" + sentence;
  const size_t begin = title.size() + 1;
  store::SentenceInput s;
  s.index = 0;
  s.text = sentence;
  s.lang = lang;
  s.begin = static_cast<uint32_t>(begin);
  s.end = static_cast<uint32_t>(begin + sentence.size());
  in.sentences.push_back(s);
  for (const auto& make : makers) {
    events::Event e = make(in.doc.text, begin);
    e.doc_id = id;
    in.events.push_back(std::move(e));
  }
  return in;
}

std::u16string ToUtf16(std::string_view text) {
  std::u16string out;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = utf8::Decode(text, &pos);
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (cp >> 10));
      out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}

// Invented sentences; the Arabic one opens with an emoji (two UTF-16 units).
const std::string kArSentence = "🔴 قالت مصادر إن إسرائيل قدّمت دعماً عسكرياً لقوات حفتر قرب طرابلس.";
const std::string kFrSentence = "L'armée libyenne a bombardé des positions turques près de Misrata.";
const std::string kEnSentence = "Egypt pledged support to Libya's eastern forces on Monday.";

class ApiServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("isnad_api_test_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_ / "web");
    std::ofstream(*dir_ / "web" / "index.html") << "<!doctype html><title>isnad</title>";
    std::ofstream(*dir_ / "secret.txt") << "root:x:0:0";
    const std::string db = (*dir_ / "events.sqlite").string();
    {
      auto writer = store::Store::Open(db);
      ASSERT_TRUE(writer.ok()) << writer.status().ToString();
      std::vector<store::DocumentInput> docs;
      docs.push_back(MakeDoc("ar1", "ar", "وكالة أنباء", "2019-04-05", "عاجل", kArSentence,
                             {[](const std::string& t, size_t b) {
                               return MakeEvent(t, b, kArSentence, "ar", "ISR", "إسرائيل", "LBYMIL", "قوات حفتر",
                                                "070", "قدّمت دعماً عسكرياً", 2, "2019-04-05");
                             }}));
      docs.push_back(MakeDoc("fr1", "fr", "Journal", "2019-05-02", "Libye", kFrSentence,
                             {[](const std::string& t, size_t b) {
                               return MakeEvent(t, b, kFrSentence, "fr", "LBYMIL", "L'armée libyenne", "TUR",
                                                "turques", "195", "a bombardé", 4, "2019-05-01");
                             }}));
      docs.push_back(MakeDoc("en1", "en", "Wire", "2019-04-08", "Egypt", kEnSentence,
                             {[](const std::string& t, size_t b) {
                               return MakeEvent(t, b, kEnSentence, "en", "EGY", "Egypt", "LBYMIL",
                                                "Libya's eastern forces", "050", "pledged support", 1,
                                                "2019-04-08");
                             }}));
      std::vector<store::IngestResult> results;
      ASSERT_TRUE((*writer)->IngestBatch(docs, &results).ok());
      for (const auto& r : results) ASSERT_EQ(r.outcome, store::IngestOutcome::kInserted) << r.status.ToString();
    }
    store::StoreOptions ro;
    ro.read_only = true;
    auto st = store::Store::Open(db, ro);
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    store_ = st->release();
    ServerOptions options;
    options.port = 0;
    options.web_dir = (*dir_ / "web").string();
    options.threads = 2;
    auto server = Server::Create(store_, options);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = server->release();
    ASSERT_TRUE(server_->Bind().ok());
    thread_ = new std::thread([] { (void)server_->Serve(); });
  }
  static void TearDownTestSuite() {
    if (server_ != nullptr) server_->Stop();
    if (thread_ != nullptr) thread_->join();
    delete thread_;
    delete server_;
    delete store_;
    fs::remove_all(*dir_);
    delete dir_;
  }

  // GET `target` sent as is (no encoding by the client).
  static httplib::Result Get(const std::string& target) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_url_encode(false);
    client.set_connection_timeout(5);
    client.set_read_timeout(10);
    for (int attempt = 0; attempt < 50; ++attempt) {
      auto r = client.Get(target.c_str());
      if (r || attempt == 49) return r;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));  // The server thread may not listen yet.
    }
    return client.Get(target.c_str());
  }
  static json GetJson(const std::string& target, int want_status = 200) {
    auto r = Get(target);
    EXPECT_TRUE(r) << target;
    if (!r) return json();
    EXPECT_EQ(r->status, want_status) << target << " -> " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8") << target;
    auto j = json::parse(r->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r->body;
    if (want_status >= 400) {
      EXPECT_TRUE(j.contains("error")) << r->body;
    }
    return j;
  }

  static fs::path* dir_;
  static store::Store* store_;
  static Server* server_;
  static std::thread* thread_;
};
fs::path* ApiServerTest::dir_ = nullptr;
store::Store* ApiServerTest::store_ = nullptr;
Server* ApiServerTest::server_ = nullptr;
std::thread* ApiServerTest::thread_ = nullptr;

TEST_F(ApiServerTest, StoreIsReadOnly) {
  EXPECT_FALSE(store_->db().Exec("DELETE FROM documents").ok());
  store::StoreOptions ro;
  ro.read_only = true;
  EXPECT_FALSE(store::Store::Open((*dir_ / "missing.sqlite").string(), ro).ok());
  EXPECT_FALSE(fs::exists(*dir_ / "missing.sqlite"));
}

TEST_F(ApiServerTest, MetaDescribesTheStore) {
  json j = GetJson("/api/meta");
  EXPECT_EQ(j["documents"], 3);
  EXPECT_EQ(j["events"], 3);
  EXPECT_EQ(j["first_day"], "2019-04-05");
  EXPECT_EQ(j["last_day"], "2019-05-01");
  EXPECT_EQ(j["languages"].size(), 3u);
  EXPECT_EQ(j["roots"].size(), 3u);
}

TEST_F(ApiServerTest, NetworkHasNodesWithCodesAndEdgesWithCounts) {
  json j = GetJson("/api/network");
  std::set<std::string> codes;
  for (const auto& n : j["nodes"]) codes.insert(n["code"].get<std::string>());
  EXPECT_EQ(codes, (std::set<std::string>{"EGY", "ISR", "LBY", "TUR"}));
  bool found = false;
  for (const auto& e : j["edges"]) {
    if (e["source"] == "ISR" && e["target"] == "LBY") {
      found = true;
      EXPECT_EQ(e["events"], 1);
      EXPECT_EQ(e["cooperation"], 1);
      EXPECT_EQ(e["conflict"], 0);
    }
  }
  EXPECT_TRUE(found) << j.dump();
  // A filter changes the graph: French reports only.
  json fr = GetJson("/api/network?lang=fr");
  ASSERT_EQ(fr["edges"].size(), 1u);
  EXPECT_EQ(fr["edges"][0]["source"], "LBY");
  EXPECT_EQ(fr["edges"][0]["target"], "TUR");
  EXPECT_EQ(fr["edges"][0]["conflict"], 1);
  EXPECT_EQ(GetJson("/api/network?level=agent")["nodes"][0]["code"], "LBYMIL");
  EXPECT_EQ(GetJson("/api/network?from=2019-04-06&to=2019-04-30")["edges"].size(), 1u);
  EXPECT_EQ(GetJson("/api/network?limit=1")["truncated"], true);
}

TEST_F(ApiServerTest, EvidenceHighlightsSpansInUtf16Units) {
  json j = GetJson("/api/evidence?source=ISR&target=LBY");
  ASSERT_EQ(j["evidence"].size(), 1u) << j.dump();
  const json& e = j["evidence"][0];
  EXPECT_EQ(e["sentence"], kArSentence);
  EXPECT_EQ(e["dir"], "rtl");
  EXPECT_EQ(e["outlet"], "وكالة أنباء");
  EXPECT_EQ(e["url"], "https://example.org/ar1");
  EXPECT_EQ(e["date"], "2019-04-05");
  std::u16string sentence = ToUtf16(kArSentence);
  for (const char* role : {"source", "target", "trigger"}) {
    ASSERT_TRUE(e[role]["utf16"].is_array()) << role;
    size_t b = e[role]["utf16"][0], end = e[role]["utf16"][1];
    EXPECT_EQ(sentence.substr(b, end - b), ToUtf16(e[role]["text"].get<std::string>())) << role;
  }
  EXPECT_EQ(e["source"]["text"], "إسرائيل");
  EXPECT_EQ(e["trigger"]["text"], "قدّمت دعماً عسكرياً");
  // Edges are directed: nothing from LBY to ISR.
  EXPECT_TRUE(GetJson("/api/evidence?source=LBY&target=ISR")["evidence"].empty());
}

TEST_F(ApiServerTest, SeriesForADyadAndForAnActor) {
  json dyad = GetJson("/api/series?source=ISR&target=LBY&period=day");
  ASSERT_EQ(dyad["points"].size(), 1u);
  EXPECT_EQ(dyad["points"][0]["period"], "2019-04-05");
  EXPECT_EQ(dyad["points"][0]["cooperation"], 1);
  json actor = GetJson("/api/series?actor=LBY");
  ASSERT_EQ(actor["points"].size(), 2u) << actor.dump();
  EXPECT_EQ(actor["points"][0]["period"], "2019-04");
  EXPECT_EQ(actor["points"][0]["cooperation"], 2);
  EXPECT_EQ(actor["points"][1]["conflict"], 1);
  GetJson("/api/series?actor=LBY&source=ISR", 400);
  GetJson("/api/series?period=year", 400);
}

TEST_F(ApiServerTest, ActorProfileListsPartnersAdversariesAndMix) {
  json j = GetJson("/api/actor?code=lby");
  EXPECT_EQ(j["code"], "LBY");
  ASSERT_EQ(j["partners"].size(), 2u);
  ASSERT_EQ(j["adversaries"].size(), 1u);
  EXPECT_EQ(j["adversaries"][0]["code"], "TUR");
  EXPECT_EQ(j["mix"].size(), 3u);
  GetJson("/api/actor?code=XYZ", 404);
  GetJson("/api/actor", 400);
}

TEST_F(ApiServerTest, SearchFindsActorsAndSentences) {
  json j = GetJson("/api/search?q=" + httplib::detail::encode_query_param("حفتر"));
  ASSERT_EQ(j["sentences"].size(), 1u) << j.dump();
  EXPECT_EQ(j["sentences"][0]["doc_id"], "ar1");
  json actors = GetJson("/api/search?q=tu");
  ASSERT_EQ(actors["actors"].size(), 1u) << actors.dump();
  EXPECT_EQ(actors["actors"][0]["code"], "TUR");
  EXPECT_TRUE(GetJson("/api/search?q=")["sentences"].empty());
}

TEST_F(ApiServerTest, DocumentListsItsSentences) {
  json j = GetJson("/api/document?id=fr1");
  EXPECT_EQ(j["title"], "Libye");
  ASSERT_EQ(j["sentences"].size(), 1u);
  EXPECT_EQ(j["sentences"][0]["sentence"], kFrSentence);
  GetJson("/api/document?id=nope", 404);
}

TEST_F(ApiServerTest, HostileParametersGetA4xxAndNoCrash) {
  const std::string injection = httplib::detail::encode_query_param("' OR 1=1 --");
  GetJson("/api/evidence?source=" + injection + "&target=LBY", 400);
  GetJson("/api/network?lang=" + injection, 400);
  GetJson("/api/network?from=" + injection, 400);
  // Free text is bound, never spliced: it finds nothing, it breaks nothing.
  EXPECT_TRUE(GetJson("/api/network?outlet=" + injection)["edges"].empty());
  EXPECT_TRUE(GetJson("/api/search?q=" + injection)["sentences"].is_array());
  EXPECT_TRUE(GetJson("/api/search?q=%22%20OR%20*%20NEAR(")["sentences"].is_array());
  GetJson("/api/search?q=a%00b", 400);
  GetJson("/api/search?q=%ff%fe", 400);
  GetJson("/api/network?nope=1", 400);
  GetJson("/api/evidence?source=ISR&target=LBY&limit=0", 400);
  GetJson("/api/evidence?source=ISR&target=LBY&limit=-3", 400);
  EXPECT_EQ(GetJson("/api/evidence?source=ISR&target=LBY&limit=99999999")["limit"], 500);
  GetJson("/api/search?q=" + std::string(5000, 'a'), 413);
  // 10 MB in one parameter: refused before parsing (URI too long).
  {
    auto r = Get("/api/search?q=" + std::string(10 << 20, 'a'));
    if (r) {
      EXPECT_TRUE(r->status == 414 || r->status == 413) << r->status;
    }
  }
  GetJson("/api/nope", 404);
  GetJson("/api/meta/../network", 404);
  // The server is still up and answers normally.
  EXPECT_EQ(GetJson("/api/meta")["documents"], 3);
}

TEST_F(ApiServerTest, StaticFilesStayInsideTheWebRoot) {
  auto index = Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("<title>isnad</title>"), std::string::npos);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  for (const char* path : {"/../secret.txt", "/../../etc/passwd", "/..%2f..%2fetc/passwd", "/%2e%2e/secret.txt",
                           "/%252e%252e/secret.txt", "/index.html%00.png", "/..%5csecret.txt"}) {
    auto r = Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_GE(r->status, 400) << path;
    EXPECT_LT(r->status, 500) << path;
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << path;
  }
  GetJson("/missing.js", 404);
  GetJson("/vendor/evil.js", 404);
}

TEST_F(ApiServerTest, OnlyGetIsAllowed) {
  httplib::Client client("127.0.0.1", server_->port());
  auto post = client.Post("/api/network", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(post->get_header_value("Allow"), "GET, HEAD");
  EXPECT_FALSE(json::parse(post->body, nullptr, false).is_discarded());
  auto del = client.Delete("/index.html");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  auto put = client.Put("/api/meta", std::string(1 << 20, 'x'), "text/plain");
  if (put) {
    EXPECT_TRUE(put->status == 405 || put->status == 413) << put->status;
  }
  EXPECT_EQ(GetJson("/api/meta")["documents"], 3);
}

TEST_F(ApiServerTest, ConcurrentRequestsAllGetTheirAnswer) {
  // The store is one thread at a time; the API serializes it behind the pool.
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 6; ++t) {
    clients.emplace_back([&, t] {
      httplib::Client client("127.0.0.1", server_->port());
      for (int i = 0; i < 15; ++i) {
        const char* path = (t + i) % 3 == 0   ? "/api/network?lang=ar"
                           : (t + i) % 3 == 1 ? "/api/evidence?source=ISR&target=LBY"
                                              : "/api/actor?code=LBY";
        auto r = client.Get(path);
        if (r && r->status == 200 && !json::parse(r->body, nullptr, false).is_discarded()) ++ok;
      }
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(ok.load(), 6 * 15);
}

// A second server on a port in use must fail to bind, not share the port.
TEST_F(ApiServerTest, ASecondServerOnTheSamePortIsRefused) {
  ServerOptions options;
  options.port = server_->port();
  options.web_dir = (*dir_ / "web").string();
  auto second = Server::Create(store_, options);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  Status bound = (*second)->Bind();
  EXPECT_FALSE(bound.ok());
  EXPECT_NE(bound.ToString().find("in use"), std::string::npos) << bound.ToString();
}

// A burst of connections completes its handshakes before the server accepts
// any: the listening backlog is the system's, not cpp-httplib's 5 (beyond
// which the kernel drops the handshakes and clients retry a second later).
TEST_F(ApiServerTest, ABurstOfConnectionsIsQueuedNotDropped) {
  ServerOptions options;
  options.port = 0;
  options.web_dir = (*dir_ / "web").string();
  auto server = Server::Create(store_, options);
  ASSERT_TRUE(server.ok()) << server.status().ToString();
  ASSERT_TRUE((*server)->Bind().ok());  // Bound and listening; nothing accepts yet.
  constexpr int kBurst = 32;
  std::vector<pollfd> fds;
  for (int i = 0; i < kBurst; ++i) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(fd, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>((*server)->port()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    (void)connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    fds.push_back({fd, POLLOUT, 0});
  }
  int connected = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(700);
  while (connected < kBurst && std::chrono::steady_clock::now() < deadline) {
    (void)poll(fds.data(), fds.size(), 50);
    connected = 0;
    for (const pollfd& p : fds) {
      int err = -1;
      socklen_t len = sizeof err;
      if ((p.revents & POLLOUT) != 0 && getsockopt(p.fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0) {
        ++connected;
      }
    }
  }
  for (const pollfd& p : fds) close(p.fd);
  EXPECT_EQ(connected, kBurst) << "handshakes dropped: the listening backlog is too small";
}

TEST(Utf16Test, CountsCodeUnits) {
  EXPECT_EQ(Utf16Length(""), 0u);
  EXPECT_EQ(Utf16Length("abc"), 3u);
  EXPECT_EQ(Utf16Length("حفتر"), 4u);
  EXPECT_EQ(Utf16Length("🔴"), 2u);
  EXPECT_EQ(Utf16Length("a\xffz"), 3u);
}

TEST(Utf16Test, SpanInSentenceFallsBackToTheText) {
  const std::string s = "قال حفتر";
  auto exact = SpanInSentence(s, 100, 100 + 7, 100 + 15, "حفتر");
  ASSERT_TRUE(exact);
  EXPECT_EQ(exact->begin, 4u);
  EXPECT_EQ(exact->end, 8u);
  auto shifted = SpanInSentence(s, 0, 50, 58, "حفتر");  // A wrong byte span: found by its text.
  ASSERT_TRUE(shifted);
  EXPECT_EQ(shifted->begin, 4u);
  EXPECT_FALSE(SpanInSentence(s, 0, 1, 3, "xyz"));
  EXPECT_FALSE(SpanInSentence(s, 0, 0, 0, ""));
}

}  // namespace
}  // namespace isnad::serve
