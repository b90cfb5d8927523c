// `agendad serve` as a child process on the example configuration: the seeds' programme served,
// live reloads good and bad, members' tokens, and SIGTERM with a request in flight.
#include <csignal>
#include <filesystem>
#include <fstream>
#include <regex>

#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "tests/site/fixture.hpp"
#include "tests/site/net_client.hpp"

namespace agendad::site {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using testing::Child;
using testing::Connection;
using testing::eventually;
using testing::fetch;
using testing::HttpResponse;
using testing::parse_responses;
using testing::read_file;

// The receiving end of sd_notify(3): a datagram socket whose path goes in NOTIFY_SOCKET.
class NotifySocket {
 public:
  explicit NotifySocket(const fs::path& path) : path_(path) {
    fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::snprintf(address.sun_path, sizeof address.sun_path, "%s", path.c_str());
    ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address);
  }
  ~NotifySocket() { ::close(fd_); }
  // Receives until a message starting with `prefix` arrives; every message received, in order.
  std::string until(std::string_view prefix, std::chrono::milliseconds timeout = 20s) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      pollfd waiting{fd_, POLLIN, 0};
      if (::poll(&waiting, 1, 50) <= 0) continue;
      char buffer[4096];
      const auto got = ::recv(fd_, buffer, sizeof buffer, 0);
      if (got <= 0) continue;
      const std::string message(buffer, static_cast<std::size_t>(got));
      received_.push_back(message);
      if (message.starts_with(prefix)) return message;
    }
    return {};
  }
  const std::vector<std::string>& received() const { return received_; }

 private:
  fs::path path_;
  int fd_ = -1;
  std::vector<std::string> received_;
};

class Daemon : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("agendad-daemon-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_ / "config");
    for (const auto& entry : fs::directory_iterator(fs::path(AGENDAD_SOURCE_DIR) / "config"))
      if (entry.path().extension() == ".yaml") fs::copy_file(entry.path(), dir_ / "config" / entry.path().filename());
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Replaces `from` by `to` in a configuration file, written as editors do (rename over).
  void edit(const std::string& file, const std::string& from, const std::string& to) {
    auto text = read_file(dir_ / "config" / file);
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    const auto temporary = dir_ / ("." + file + ".tmp");
    std::ofstream(temporary) << text;
    fs::rename(temporary, dir_ / "config" / file);
  }

  std::unique_ptr<Child> serve(std::vector<std::string> extra = {}, const std::string& as_of = "2024-09-10") {
    std::vector<std::string> arguments{"serve",  "--config", (dir_ / "config").string(), "--listen",
                                       "127.0.0.1:0", "--as-of", as_of};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return std::make_unique<Child>(arguments, dir_ / "stderr.log");
  }
  std::string log() const { return read_file(dir_ / "stderr.log"); }

  HttpResponse get(const Child& child, std::string_view target, std::string_view headers = "") {
    const auto responses = parse_responses(fetch(child.port(), target, headers));
    return responses.size() == 1 ? responses.front() : HttpResponse{};
  }

  fs::path dir_;
};

TEST_F(Daemon, ServesTheSeedsProgrammeAndStopsCleanlyOnSigterm) {
  auto child = serve();
  ASSERT_TRUE(child->started()) << log();
  const auto agenda = get(*child, "/agendas/ilsc/2024-09-17.html", "Accept-Encoding: gzip\r\n");
  EXPECT_EQ(agenda.status, 200);
  EXPECT_EQ(agenda.header("content-encoding"), "gzip");
  const auto html = testing::gunzip(agenda.body);
  EXPECT_NE(html.find("Tuesday 17 September 2024"), std::string::npos);
  EXPECT_EQ(get(*child, "/agendas/ilsc/2024-09-17.html",
                "Accept-Encoding: gzip\r\nIf-None-Match: " + agenda.header("etag") + "\r\n")
                .status,
            304);
  // The gzip representation's tag does not validate the identity one.
  EXPECT_EQ(get(*child, "/agendas/ilsc/2024-09-17.html", "If-None-Match: " + agenda.header("etag") + "\r\n").status,
            200);
  const auto text = get(*child, "/agendas/ilsc/2024-09-17.txt");
  EXPECT_EQ(text.header("content-type"), "text/plain; charset=utf-8");
  EXPECT_NE(text.body.find("Rotherham Town Hall"), std::string::npos);
  EXPECT_EQ(get(*child, "/agendas/ilsc/2024-09-17.md").header("content-type"), "text/markdown; charset=utf-8");
  EXPECT_EQ(get(*child, "/agendas/ilsc/2024-09-17.json").header("content-type"), "application/json");
  EXPECT_EQ(get(*child, "/work-programme/ilsc.html").status, 200);
  EXPECT_EQ(get(*child, "/work-programme/ilsc.json").status, 200);
  EXPECT_EQ(get(*child, "/agendas/ilsc/2024-09-18.html").status, 404);
  const auto health = get(*child, "/healthz");
  EXPECT_NE(health.body.find("\"status\": \"ok\""), std::string::npos);
  EXPECT_NE(health.body.find("\"generation\": 1"), std::string::npos);
  // The access log is written in batches, a second apart at most: the lines come while it runs.
  EXPECT_TRUE(eventually([&] { return log().find("GET /work-programme/ilsc.json 200 ") != std::string::npos; }, 5s))
      << log();

  child->signal(SIGTERM);
  EXPECT_EQ(child->wait_exit(10s), 0);
  const auto lines = log();
  EXPECT_NE(lines.find("load (start): ok"), std::string::npos) << lines;
  EXPECT_NE(lines.find("GET /agendas/ilsc/2024-09-17.html 200 "), std::string::npos) << lines;
  EXPECT_NE(lines.find("agendad: stop (SIGTERM)"), std::string::npos) << lines;
}

TEST_F(Daemon, WithNoBaseUrlConfiguredEveryLinkPointsWhereItListens) {
  auto child = serve();
  ASSERT_TRUE(child->started()) << log();
  const std::string origin = "http://127.0.0.1:" + std::to_string(child->port());
  const auto index = get(*child, "/").body;
  EXPECT_NE(index.find(origin + "/calendars/ilsc.ics"), std::string::npos) << index;
  EXPECT_NE(index.find("webcal://127.0.0.1:" + std::to_string(child->port()) + "/calendars/ilsc.ics"), std::string::npos);
  const auto feed = get(*child, "/calendars/ilsc.ics").body;
  EXPECT_NE(feed.find("URL:" + origin + "/agendas/ilsc/2024-09-17.html"), std::string::npos) << feed;
  for (const auto& body : {index, feed}) EXPECT_EQ(body.find(":8080"), std::string::npos);
  auto configured = serve({"--base-url", "https://meetings.example.gov.uk/"});
  ASSERT_TRUE(configured->started()) << log();
  EXPECT_NE(get(*configured, "/calendars/ilsc.ics").body.find("URL:https://meetings.example.gov.uk/agendas/"),
            std::string::npos);
}

TEST_F(Daemon, EveryRouteOfTheSeedsProgrammeAnswers) {
  auto child = serve();
  ASSERT_TRUE(child->started()) << log();
  const auto feed = get(*child, "/calendars/ilsc.ics", "Accept-Encoding: gzip\r\n");
  EXPECT_EQ(feed.status, 200);
  EXPECT_EQ(feed.header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_FALSE(feed.has("content-encoding"));
  // 10.00 a.m. on 17 September 2024, on the Europe/London wall clock.
  EXPECT_NE(feed.body.find("DTSTART;TZID=Europe/London:20240917T100000"), std::string::npos);
  EXPECT_EQ(get(*child, "/calendars/ilsc.ics", "If-Modified-Since: " + feed.header("last-modified") + "\r\n").status,
            304);
  EXPECT_EQ(get(*child, "/calendars/all.ics").status, 200);
  EXPECT_EQ(get(*child, "/calendars/ilsc-deadlines.ics").status, 200);
  EXPECT_EQ(get(*child, "/calendars/nobody.ics").status, 404);
  for (std::string_view page : {"/", "/index.html", "/flags.html"}) {
    const auto response = get(*child, page);
    EXPECT_EQ(response.status, 200) << page;
    EXPECT_EQ(response.header("content-type"), "text/html; charset=utf-8") << page;
  }
  EXPECT_EQ(get(*child, "/flags.json").header("content-type"), "application/json");
  EXPECT_EQ(get(*child, "/").body, get(*child, "/index.html").body);
  const auto metrics = get(*child, "/metrics").body;
  EXPECT_NE(metrics.find("agendad_http_requests_total{route=\"calendar\",status=\"304\"} 1\n"), std::string::npos)
      << metrics;
  EXPECT_NE(metrics.find("agendad_config_generation 1\n"), std::string::npos);
}

// As of 5 March 2025 no meeting left can take the Rotherham Kinship Local Offer before Cabinet in
// July 2025 (assumed 1 July: the seeds give no Cabinet date), so the scheduler proposes an
// extraordinary meeting. It is published as a proposal with the item on its draft agenda as
// proposed, and flagged for the committee to agree while the deadline rests on it.
TEST_F(Daemon, AnExtraordinaryMeetingIsPublishedAsAProposalWithItsItemAndFlaggedUntilAgreed) {
  auto child = serve({}, "2025-03-05");
  ASSERT_TRUE(child->started()) << log();
  const auto feed = get(*child, "/calendars/ilsc.ics").body;
  const auto at = feed.find("DTSTART;TZID=Europe/London:20250624T100000");
  ASSERT_NE(at, std::string::npos) << feed;
  const auto event_end = feed.find("END:VEVENT", at);
  const auto event = feed.substr(feed.rfind("BEGIN:VEVENT", at), event_end - feed.rfind("BEGIN:VEVENT", at));
  EXPECT_NE(event.find("STATUS:TENTATIVE"), std::string::npos) << event;
  EXPECT_NE(event.find("extraordinary meeting"), std::string::npos) << event;
  const auto programme = get(*child, "/work-programme/ilsc.html").body;
  EXPECT_NE(programme.find("Meeting proposed by the planner"), std::string::npos);
  const auto flags = get(*child, "/flags.json").body;
  EXPECT_NE(flags.find("Rotherham Kinship Local Offer must come before Cabinet in July 2025 and no agreed meeting can "
                       "take it in time: the planner proposes an extraordinary meeting on 24 June 2025 for it, which the "
                       "committee has yet to agree"),
            std::string::npos)
      << flags;
  const auto agenda = get(*child, "/agendas/ilsc/2025-06-24.html");
  EXPECT_EQ(agenda.status, 200);
  EXPECT_NE(agenda.body.find("Rotherham Kinship Local Offer <em>(proposed)</em>"), std::string::npos) << agenda.body;
}

TEST_F(Daemon, SigtermLetsARequestInFlightFinish) {
  auto child = serve();
  ASSERT_TRUE(child->started()) << log();
  Connection in_flight(child->port());
  ASSERT_TRUE(in_flight.send("GET /agendas/ilsc/2024-09-17.txt HTTP/1.1\r\nHost: x\r\n"));
  Connection idle(child->port());
  // Both are accepted and the first bytes read. A sleep, as the daemon shows nothing that says so.
  std::this_thread::sleep_for(200ms);
  child->signal(SIGTERM);
  EXPECT_TRUE(idle.closed_within(3s));
  // A sleep is the point: the rest of the request comes well into the drain, and must still be answered.
  std::this_thread::sleep_for(200ms);
  ASSERT_TRUE(in_flight.send("\r\n"));
  const auto responses = parse_responses(in_flight.read_until_closed(5s));
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].status, 200);
  EXPECT_EQ(responses[0].header("connection"), "close");
  EXPECT_NE(responses[0].body.find("IMPROVING LIVES SELECT COMMISSION"), std::string::npos);
  EXPECT_EQ(child->wait_exit(10s), 0);
}

TEST_F(Daemon, AGoodEditShowsAndABadOneKeepsTheLastGoodProgrammeOnline) {
  auto child = serve();
  ASSERT_TRUE(child->started()) << log();
  const auto before = get(*child, "/agendas/ilsc/2024-09-17.txt");
  ASSERT_NE(before.body.find("Rotherham Town Hall"), std::string::npos);

  // inotify: no signal needed.
  edit("council.yaml", "name: Rotherham Town Hall", "name: Riverside House");
  ASSERT_TRUE(eventually([&] { return get(*child, "/agendas/ilsc/2024-09-17.txt").body.find("Riverside House") !=
                                      std::string::npos; },
                         20s))
      << log();
  EXPECT_NE(get(*child, "/healthz").body.find("\"generation\": 2"), std::string::npos);
  const auto good = get(*child, "/agendas/ilsc/2024-09-17.txt");

  // 30 February: a located error, and nothing served changes.
  edit("ilsc.yaml", "date: 2024-09-17", "date: 2024-02-30");
  ASSERT_TRUE(eventually([&] { return get(*child, "/healthz").body.find("degraded") != std::string::npos; }, 20s))
      << log();
  const auto health = get(*child, "/healthz");
  EXPECT_EQ(health.status, 200);
  // The public /healthz counts the errors; the journal locates them.
  EXPECT_NE(health.body.find("\"errors\": 1"), std::string::npos) << health.body;
  EXPECT_FALSE(std::regex_search(health.body, std::regex("ilsc\\.yaml:[0-9]+:[0-9]+: error"))) << health.body;
  EXPECT_TRUE(std::regex_search(log(), std::regex("ilsc\\.yaml:[0-9]+:[0-9]+: error"))) << log();
  const auto after = get(*child, "/agendas/ilsc/2024-09-17.txt");
  EXPECT_EQ(after.body, good.body);
  EXPECT_EQ(after.header("etag"), good.header("etag"));
  EXPECT_NE(log().find("still serving generation 2"), std::string::npos) << log();

  // SIGHUP on the fixed file: ok again.
  edit("ilsc.yaml", "date: 2024-02-30", "date: 2024-09-17");
  child->signal(SIGHUP);
  ASSERT_TRUE(eventually([&] { return get(*child, "/healthz").body.find("\"status\": \"ok\"") != std::string::npos; },
                         20s))
      << log();
  // Unchanged bodies keep their validators across the reload.
  EXPECT_EQ(get(*child, "/agendas/ilsc/2024-09-17.txt").header("last-modified"), good.header("last-modified"));
  child->signal(SIGTERM);
  EXPECT_EQ(child->wait_exit(10s), 0);
}

TEST_F(Daemon, TellsSystemdItsStateAndPingsTheWatchdog) {
  NotifySocket notify(dir_ / "notify");
  ::setenv("NOTIFY_SOCKET", (dir_ / "notify").c_str(), 1);
  ::setenv("WATCHDOG_USEC", "200000", 1);
  auto child = serve();
  ::unsetenv("NOTIFY_SOCKET");
  ::unsetenv("WATCHDOG_USEC");
  ASSERT_TRUE(child->started()) << log();
  EXPECT_EQ(notify.until("READY=1"), "READY=1\nSTATUS=serving generation 1");
  child->signal(SIGHUP);
  const auto reloading = notify.until("RELOADING=1");
  EXPECT_TRUE(std::regex_match(reloading, std::regex("RELOADING=1\nMONOTONIC_USEC=[0-9]+"))) << reloading;
  EXPECT_EQ(notify.until("READY=1"), "READY=1\nSTATUS=serving generation 2");
  // Pings every 100 ms, half of WatchdogSec.
  notify.until("never", 500ms);
  const auto pings = std::count(notify.received().begin(), notify.received().end(), "WATCHDOG=1");
  EXPECT_GE(pings, 3);
  child->signal(SIGTERM);
  EXPECT_EQ(notify.until("STOPPING=1"), "STOPPING=1");
  EXPECT_EQ(child->wait_exit(10s), 0);
}

TEST_F(Daemon, AcceptsOnTheSocketSystemdPasses) {
  const std::string activate = "/usr/bin/systemd-socket-activate";
  if (!fs::exists(activate)) GTEST_SKIP() << "systemd-socket-activate is not installed";
  const auto port = testing::free_port();
  // --listen names a port agendad must not use: under socket activation it is ignored.
  Child child({"--listen=127.0.0.1:" + std::to_string(port), AGENDAD_BINARY, "serve", "--config",
               (dir_ / "config").string(), "--listen", "127.0.0.1:1"},
              dir_ / "stderr.log", activate, false);
  std::unique_ptr<Connection> connection;
  // systemd-socket-activate starts agendad at the first connection, once it listens itself.
  ASSERT_TRUE(eventually([&] { return (connection = std::make_unique<Connection>(port))->connected(); }, 10s));
  auto& first = *connection;
  ASSERT_TRUE(first.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  ASSERT_TRUE(child.wait_started()) << log();
  EXPECT_EQ(child.port(), port);
  const auto responses = parse_responses(first.read_until_closed());
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].status, 200);
  child.signal(SIGTERM);
  EXPECT_EQ(child.wait_exit(10s), 0);
}

TEST_F(Daemon, RefusesToStartOnABrokenConfiguration) {
  edit("ilsc.yaml", "date: 2024-09-17", "date: 2024-02-30");
  auto child = serve();
  EXPECT_FALSE(child->started());
  EXPECT_EQ(child->wait_exit(20s), 1);
  EXPECT_TRUE(std::regex_search(log(), std::regex("ilsc\\.yaml:[0-9]+:[0-9]+: error"))) << log();
}

TEST_F(Daemon, MembersTokensGiveTheMembersPagesAndNeverReachTheLog) {
  const auto secrets = dir_ / "members.secrets";
  std::ofstream(secrets) << "# one token per councillor\n" << testing::member_token << "\n";
  fs::permissions(secrets, fs::perms::owner_read | fs::perms::owner_write);
  auto child = serve({"--secrets", secrets.string()});
  ASSERT_TRUE(child->started()) << log();
  const std::string token(testing::member_token);
  EXPECT_EQ(get(*child, "/members/" + token + "/agendas/ilsc/2024-09-17.html").status, 200);
  EXPECT_EQ(get(*child, "/members/" + token + "/work-programme/ilsc.json").status, 200);
  const auto wrong = get(*child, "/members/00000000000000000000000000000000/agendas/ilsc/2024-09-17.html");
  const auto missing = get(*child, "/members/" + token + "/agendas/ilsc/2024-09-18.html");
  EXPECT_EQ(wrong.status, 404);
  EXPECT_EQ(wrong.body, missing.body);
  child->signal(SIGTERM);
  EXPECT_EQ(child->wait_exit(10s), 0);
  EXPECT_NE(log().find("GET /members/****/agendas/ilsc/2024-09-17.html 200"), std::string::npos) << log();
  EXPECT_EQ(log().find(token), std::string::npos);
}

TEST_F(Daemon, RefusesASecretsFileOthersCanRead) {
  const auto secrets = dir_ / "members.secrets";
  std::ofstream(secrets) << testing::member_token << "\n";
  fs::permissions(secrets, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
  auto child = serve({"--secrets", secrets.string()});
  EXPECT_FALSE(child->started());
  EXPECT_EQ(child->wait_exit(20s), 1);
  EXPECT_NE(log().find("chmod 600"), std::string::npos) << log();
  EXPECT_EQ(log().find(testing::member_token), std::string::npos);
}

}  // namespace
}  // namespace agendad::site
