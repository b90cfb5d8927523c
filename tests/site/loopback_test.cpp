// The server over real sockets on 127.0.0.1, in this process: timeouts, the connection cap,
// pipelining, the access log, and reloads swapping the snapshot under live connections.
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include <boost/asio/io_context.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <gtest/gtest.h>

#include "daemon/site/config_watch.hpp"
#include "daemon/http/server.hpp"
#include "daemon/site/site_handler.hpp"
#include "daemon/site/members.hpp"
#include "daemon/site/reloader.hpp"
#include "feeds/urls/formats.hpp"
#include "tests/site/fixture.hpp"
#include "tests/site/net_client.hpp"

namespace agendad::site {

using planner::Diagnostic, planner::Diagnostics, planner::Result;

namespace {

using namespace std::chrono_literals;
using testing::Connection;
using testing::HttpResponse;
using testing::eventually;
using testing::fetch;
using testing::parse_responses;

class Loopback : public ::testing::Test {
 protected:
  void start(http::ServerOptions options = {}) {
    published_.publish(testing::fixture_snapshot());
    options.log = [this](std::string_view line) {
      std::lock_guard lock(log_mutex_);
      log_.emplace_back(line);
    };
    server_ = std::make_unique<http::HttpServer>(io_, std::move(options), handler_);
    const auto port = server_->listen("127.0.0.1", 0);
    ASSERT_TRUE(port) << port.error();
    port_ = *port;
    server_->start();
    for (int i = 0; i < 2; ++i) threads_.emplace_back([this] { io_.run(); });
  }
  void TearDown() override {
    if (server_) server_->stop();
    work_.reset();
    io_.stop();
    threads_.clear();
  }
  std::vector<std::string> log() {
    std::lock_guard lock(log_mutex_);
    return log_;
  }
  HttpResponse get(std::string_view target, std::string_view headers = "") {
    const auto responses = parse_responses(fetch(port_, target, headers));
    EXPECT_EQ(responses.size(), 1u) << target;
    return responses.empty() ? HttpResponse{} : responses.front();
  }

  // The handler outlives the io_context, whose destructor destroys the sessions still on it.
  Published published_;
  Metrics metrics_;
  SiteHandler handler_{published_, metrics_};
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_{io_.get_executor()};
  std::unique_ptr<http::HttpServer> server_;
  std::uint16_t port_ = 0;
  std::vector<std::jthread> threads_;
  std::mutex log_mutex_;
  std::vector<std::string> log_;
};

TEST_F(Loopback, ServesGetHeadAndConditionalRequests) {
  start();
  const auto calendar = get("/calendars/ilsc.ics");
  EXPECT_EQ(calendar.status, 200);
  EXPECT_EQ(calendar.body, testing::ilsc_calendar);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-None-Match: " + calendar.header("etag") + "\r\n").status, 304);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-Modified-Since: " + calendar.header("last-modified") + "\r\n").status,
            304);
  EXPECT_EQ(get("/calendars/ilsc.ics", "If-Modified-Since: Sat, 31 Aug 2024 23:00:00 GMT\r\n").status, 200);
  const auto head = parse_responses(fetch(port_, "/calendars/ilsc.ics", "", "HEAD"), {true});
  ASSERT_EQ(head.size(), 1u);
  EXPECT_EQ(head[0].header("content-length"), std::to_string(testing::ilsc_calendar.size()));
  EXPECT_TRUE(head[0].body.empty());
  EXPECT_EQ(get("/calendars/nobody.ics").status, 404);
  const auto post = parse_responses(fetch(port_, "/calendars/ilsc.ics", "", "POST"));
  ASSERT_EQ(post.size(), 1u);
  EXPECT_EQ(post[0].status, 405);
  EXPECT_EQ(post[0].header("allow"), "GET, HEAD");
}

TEST_F(Loopback, AnswersPipelinedRequestsOnOneConnection) {
  start();
  Connection connection(port_);
  ASSERT_TRUE(connection.connected());
  ASSERT_TRUE(connection.send(
      "GET /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /agendas/ilsc/2024-09-17.txt HTTP/1.1\r\nHost: x\r\n\r\n"
      "HEAD /flags.json HTTP/1.1\r\nHost: x\r\n\r\n"));
  const auto responses = parse_responses(connection.read_responses(3, {false, false, true}), {false, false, true});
  ASSERT_EQ(responses.size(), 3u);
  EXPECT_EQ(responses[0].body, testing::ilsc_calendar);
  EXPECT_EQ(responses[1].body, "Improving Lives Select Commission\nTuesday 17 September 2024\n");
  EXPECT_EQ(responses[2].status, 200);
  // Still open for more.
  ASSERT_TRUE(connection.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
  EXPECT_EQ(parse_responses(connection.read_responses(1)).size(), 1u);
}

// A response is written at once when the socket takes it, and later when it does not: 20,000
// pipelined requests to a client that waits before reading (10 MB of responses, more than the
// sockets' buffers hold) make the server wait to send; every byte must still arrive, in order.
TEST_F(Loopback, AnswersPipelinedRequestsWholeWhenTheClientReadsLate) {
  start();
  Connection connection(port_, 256 * 1024);
  ASSERT_TRUE(connection.connected());
  const std::string request = "GET /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\n\r\n";
  ASSERT_TRUE(connection.send(request));
  const auto one = connection.read_responses(1);
  ASSERT_EQ(parse_responses(one).size(), 1u);
  constexpr std::size_t count = 20'000;
  std::string requests;
  for (std::size_t i = 0; i < count; ++i) requests += request;
  ASSERT_TRUE(connection.send(requests));
  std::this_thread::sleep_for(200ms);  // a sleep is the point: the client reads late, once the buffers are full
  // Every response is as long as the first: the same head (a Date of the same length) and body.
  const auto bytes = connection.read_bytes(count * one.size(), 60s);
  ASSERT_EQ(bytes.size(), count * one.size());
  const auto body_at = one.size() - testing::ilsc_calendar.size();
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view response(bytes.data() + i * one.size(), one.size());
    ASSERT_TRUE(response.starts_with("HTTP/1.1 200 OK\r\n")) << i;
    ASSERT_EQ(response.substr(body_at), testing::ilsc_calendar) << i;
  }
}

TEST_F(Loopback, DropsAClientThatSendsHeadersSlowlyWhileServingAnother) {
  http::ServerOptions options;
  options.header_timeout = 400ms;
  start(options);
  Connection slow(port_);
  ASSERT_TRUE(slow.send("GET /calendars/ilsc.ics HTTP/1.1\r\n"));
  const auto started = std::chrono::steady_clock::now();
  bool dropped = false;
  // One header byte every 50 ms: never finished within 400 ms.
  for (int i = 0; i < 60 && !dropped; ++i) {
    if (!slow.send("X")) break;
    EXPECT_EQ(get("/calendars/ilsc.ics").status, 200);
    dropped = slow.closed_within(50ms);
  }
  const auto elapsed = std::chrono::steady_clock::now() - started;
  EXPECT_TRUE(dropped || slow.closed_within(1s));
  EXPECT_GE(elapsed, 350ms);
  EXPECT_LT(elapsed, 5s);
}

TEST_F(Loopback, ClosesAKeptAliveConnectionThatIdles) {
  http::ServerOptions options;
  options.idle_timeout = 1s;
  start(options);
  Connection connection(port_);
  ASSERT_TRUE(connection.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
  EXPECT_EQ(parse_responses(connection.read_responses(1)).size(), 1u);
  const auto answered = std::chrono::steady_clock::now();
  EXPECT_FALSE(connection.closed_within(200ms));
  EXPECT_TRUE(connection.closed_within(5s));
  EXPECT_GE(std::chrono::steady_clock::now() - answered, 900ms);
}

TEST_F(Loopback, RefusesConnectionsBeyondTheCapWith503) {
  http::ServerOptions options;
  options.max_connections = 2;
  start(options);
  Connection first(port_), second(port_);
  ASSERT_TRUE(eventually([&] { return server_->open_connections() == 2; }, 5s));
  const auto refused = parse_responses(fetch(port_, "/"));
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_EQ(refused[0].status, 503);
  EXPECT_EQ(refused[0].header("retry-after"), "1");
}

TEST_F(Loopback, RoomReturnsWhenAConnectionCloses) {
  http::ServerOptions options;
  options.max_connections = 1;
  start(options);
  {
    Connection only(port_);
    ASSERT_TRUE(eventually([&] { return server_->open_connections() == 1; }, 5s));
    EXPECT_EQ(parse_responses(fetch(port_, "/"))[0].status, 503);
  }
  ASSERT_TRUE(eventually([&] { return server_->open_connections() == 0; }, 5s));
  EXPECT_EQ(get("/").status, 200);
}

TEST_F(Loopback, LogsOneLinePerRequestWithTheTokenMasked) {
  start();
  const std::string path = "/members/" + std::string(testing::member_token) + "/agendas/ilsc/2024-09-17.html";
  const auto members = get(path);
  EXPECT_EQ(members.status, 200);
  EXPECT_EQ(members.header("cache-control"), "no-store");
  EXPECT_EQ(members.header("referrer-policy"), "no-referrer");
  get("/calendars/nobody.ics");
  // Forms of the same path that a plain prefix match missed.
  const std::string token(testing::member_token);
  EXPECT_EQ(get("http://127.0.0.1/members/" + token + "/agendas/ilsc/2024-09-17.html").status, 200);
  get("//members/" + token + "/");
  get("/./members/" + token + "/");
  get("/calendars/../members/" + token + "/");
  ASSERT_TRUE(eventually([&] { return log().size() == 6; }, 2s));
  const auto lines = log();
  EXPECT_TRUE(lines[2].starts_with("GET http://127.0.0.1/members/****/agendas/ilsc/2024-09-17.html 200 ")) << lines[2];
  for (std::size_t i = 3; i < 6; ++i) EXPECT_TRUE(lines[i].starts_with("GET /members/****/ 404 ")) << lines[i];
  EXPECT_TRUE(lines[0].starts_with("GET /members/****/agendas/ilsc/2024-09-17.html 200 " +
                                   std::to_string(members.body.size()) + " "))
      << lines[0];
  EXPECT_TRUE(lines[0].ends_with("us"));
  EXPECT_TRUE(lines[1].starts_with("GET /calendars/nobody.ics 404 14 ")) << lines[1];
  for (const auto& line : lines) EXPECT_EQ(line.find(testing::member_token), std::string::npos);
}

TEST_F(Loopback, StopLetsARequestUnderWayFinishAndClosesIdleConnections) {
  start();
  Connection idle(port_);
  Connection busy(port_);
  ASSERT_TRUE(busy.send("GET /calendars/ilsc.ics HTTP/1.1\r\nHost: x\r\n"));
  ASSERT_TRUE(eventually([&] { return server_->open_connections() == 2; }, 5s));
  // The busy connection's first bytes are read. A sleep, as the server shows nothing that says it has
  // read them (open_connections() counts the connection, not its bytes).
  std::this_thread::sleep_for(100ms);
  server_->stop();
  EXPECT_TRUE(idle.closed_within(2s));
  ASSERT_TRUE(busy.send("\r\n"));
  const auto responses = parse_responses(busy.read_until_closed(5s));
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].status, 200);
  EXPECT_EQ(responses[0].header("connection"), "close");
  // The listener is closed on its own executor, which may run after the busy session's reply on
  // another thread: until it is, the kernel still completes a handshake. Soon, then, not at once.
  EXPECT_TRUE(eventually([&] { return !Connection(port_).connected(); }, 2s));
}

// A builder over a directory of plain files: each file is served at /<name>; a file called
// "broken" fails the build with its text as a located error.
Result<Snapshot> files_builder(const BuildInputs& inputs) {
  Snapshot snapshot;
  for (const auto& entry : std::filesystem::directory_iterator(inputs.config_dir)) {
    const auto name = entry.path().filename().string();
    const auto text = testing::read_file(entry.path());
    if (name == "broken") {
      Diagnostic error;
      error.where = {entry.path().string(), 3, 7};
      error.field = "meetings[2].date";
      error.message = text;
      return tl::unexpected(Diagnostics{error});
    }
    snapshot.public_resources.emplace("/" + name,
                                      make_resource(text, urls::media_type::text, testing::fixture_time(), 60));
  }
  snapshot.config_hash = std::to_string(snapshot.public_resources.size());
  snapshot.member_tokens.push_back(http::digest_of(testing::member_token));
  return snapshot;
}

class Reloading : public Loopback {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("agendad-reload-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    write("ilsc.txt", "Improving Lives Select Commission, 17 September 2024");
  }
  void TearDown() override {
    Loopback::TearDown();
    std::filesystem::remove_all(dir_);
  }
  void write(const std::string& name, const std::string& text) {
    const auto temporary = dir_ / ("." + name + ".tmp");
    std::ofstream(temporary) << text;
    std::filesystem::rename(temporary, dir_ / name);  // as editors save
  }
  BuildInputs inputs() const {
    BuildInputs inputs;
    inputs.config_dir = dir_;
    return inputs;
  }
  std::filesystem::path dir_;
};

TEST_F(Reloading, AGoodReloadChangesWhatIsServedAndABadOneChangesNothing) {
  start();
  Reloader reloader(published_, files_builder, inputs());
  ASSERT_TRUE(reloader.load_now());
  EXPECT_EQ(get("/ilsc.txt").body, "Improving Lives Select Commission, 17 September 2024");

  write("ilsc.txt", "Improving Lives Select Commission, 19 November 2024");
  reloader.reload("test");
  ASSERT_TRUE(eventually([&] { return get("/ilsc.txt").body.ends_with("19 November 2024"); }, 5s));
  EXPECT_NE(get("/healthz").body.find("\"status\": \"ok\""), std::string::npos);

  write("broken", "no such day");
  reloader.reload("test");
  ASSERT_TRUE(eventually([&] { return published_.failure() != nullptr; }, 5s));
  EXPECT_EQ(get("/ilsc.txt").body, "Improving Lives Select Commission, 19 November 2024");
  const auto health = get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_NE(health.body.find("\"status\": \"degraded\""), std::string::npos);
  // The public learn how many errors there are; the members where they are.
  EXPECT_NE(health.body.find("\"errors\": 1"), std::string::npos) << health.body;
  EXPECT_EQ(health.body.find("no such day"), std::string::npos) << health.body;
  const auto members = get("/members/" + std::string(testing::member_token) + "/healthz");
  EXPECT_EQ(members.status, 200);
  EXPECT_EQ(members.header("cache-control"), "no-store");
  EXPECT_NE(members.body.find("broken:3:7: error: meetings[2].date: no such day"), std::string::npos) << members.body;
  EXPECT_EQ(get("/members/not-a-token/healthz").status, 404);
  EXPECT_NE(get("/metrics").body.find("agendad_reloads_total{outcome=\"failed\"} 1\n"), std::string::npos);

  std::filesystem::remove(dir_ / "broken");
  reloader.reload("test");
  ASSERT_TRUE(eventually([&] { return published_.failure() == nullptr; }, 5s));
  EXPECT_NE(get("/healthz").body.find("\"status\": \"ok\""), std::string::npos);
}

TEST_F(Reloading, AChangeInTheDirectoryReloadsByItself) {
  start();
  Reloader reloader(published_, files_builder, inputs());
  ASSERT_TRUE(reloader.load_now());
  std::vector<std::string> changes;
  std::mutex changes_mutex;
  ConfigWatch watch(io_, 100ms, [&](const std::string& changed) {
    {
      std::lock_guard lock(changes_mutex);
      changes.push_back(changed);
    }
    reloader.reload("change to " + changed);
  });
  ASSERT_FALSE(watch.watch(dir_));
  // A burst of saves settles into one reload.
  for (int i = 0; i < 5; ++i) write("ilsc.txt", "draft " + std::to_string(i));
  ASSERT_TRUE(eventually([&] { return get("/ilsc.txt").body == "draft 4"; }, 5s));
  // A sleep, as no event marks a reload that does not happen: time for a second one to show.
  std::this_thread::sleep_for(300ms);
  {
    std::lock_guard lock(changes_mutex);
    EXPECT_EQ(changes, std::vector<std::string>{"ilsc.txt"});
  }
  // Hidden and backup files are not configuration.
  std::ofstream(dir_ / ".ilsc.txt.swp") << "x";
  std::ofstream(dir_ / "ilsc.txt~") << "x";
  // Again an absence: time for those files to reload the configuration, were they taken for it.
  std::this_thread::sleep_for(400ms);
  {
    std::lock_guard lock(changes_mutex);
    EXPECT_EQ(changes.size(), 1u);
  }
  watch.stop();
  // The watch must not be destroyed while an I/O thread may still be running its handlers.
  io_.stop();
  threads_.clear();
}

TEST_F(Reloading, FollowsTheDirectoryWhenASymlinkIsSwappedToANewRelease) {
  namespace fs = std::filesystem;
  for (const char* release : {"v1", "v2"}) {
    fs::create_directories(dir_ / release);
    std::ofstream(dir_ / release / "ilsc.txt") << "release " << release;
  }
  fs::create_directory_symlink("v1", dir_ / "live");
  start();
  auto live = inputs();
  live.config_dir = dir_ / "live";
  Reloader reloader(published_, files_builder, live);
  ASSERT_TRUE(reloader.load_now());
  ConfigWatch watch(io_, 100ms, [&](const std::string& changed) { reloader.reload("change to " + changed); });
  ASSERT_FALSE(watch.watch(live.config_dir));
  EXPECT_EQ(get("/ilsc.txt").body, "release v1");

  fs::create_directory_symlink("v2", dir_ / ".live.new");
  fs::rename(dir_ / ".live.new", dir_ / "live");  // as `ln -sfn` does, atomically
  ASSERT_TRUE(eventually([&] { return get("/ilsc.txt").body == "release v2"; }, 5s));
  // And the new release's own edits are watched.
  std::ofstream(dir_ / "v2" / ".ilsc.txt.tmp") << "release v2, edited";
  fs::rename(dir_ / "v2" / ".ilsc.txt.tmp", dir_ / "v2" / "ilsc.txt");
  ASSERT_TRUE(eventually([&] { return get("/ilsc.txt").body == "release v2, edited"; }, 5s));
  watch.stop();
  io_.stop();
  threads_.clear();
}

TEST_F(Reloading, KeepsLastModifiedOfUnchangedResourcesAcrossReloads) {
  start();
  Reloader reloader(published_, [](const BuildInputs& inputs) {
    auto built = files_builder(inputs);
    // Each build stamps its resources with the build's own time, as the real builder does.
    for (auto& [path, resource] : built->public_resources)
      set_last_modified(resource, std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    return built;
  }, inputs());
  ASSERT_TRUE(reloader.load_now());
  write("other.txt", "x");
  const auto before = get("/ilsc.txt");
  std::this_thread::sleep_for(1100ms);  // a sleep, as Last-Modified has whole seconds: the reload is a second later
  reloader.reload("test");
  ASSERT_TRUE(eventually([&] { return get("/other.txt").status == 200; }, 5s));
  const auto after = get("/ilsc.txt");
  EXPECT_EQ(after.header("etag"), before.header("etag"));
  EXPECT_EQ(after.header("last-modified"), before.header("last-modified"));
  EXPECT_NE(get("/other.txt").header("last-modified"), before.header("last-modified"));
}

}  // namespace
}  // namespace agendad::site
