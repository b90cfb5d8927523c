// Path traversal, plain, percent-encoded, double-encoded and with NUL bytes: every such target is
// 404 (a raw NUL cannot be in a request line: 400), and the daemon opens no file while answering
// them, since it serves from memory. strace watches every open of the daemon's threads; a reload
// at the end (which must open the configuration) proves that it was watching.
#include <csignal>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <sys/wait.h>

#include "tests/hostile/harness.hpp"

namespace agendad::hostile {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> traversals{
    "/calendars/..%2f..%2fetc%2fpasswd",
    "/calendars/..%2F..%2Fetc%2Fpasswd",
    "/calendars/../../etc/passwd",
    "/../../../../../../etc/passwd",
    "/calendars/%2e%2e/%2e%2e/etc/passwd",
    "/calendars/..%252f..%252fetc%252fpasswd",
    "/calendars/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "/calendars/ilsc.ics%00.html",
    "/calendars/..%00/..%00/etc/passwd",
    "/agendas/ilsc/..%2f..%2f..%2fconfig%2filsc.yaml",
    "/calendars/..\\..\\etc\\passwd",
    "//etc/passwd",
    "/./agendas/ilsc/2024-09-17.txt",
    "/agendas/ilsc/../ilsc/2024-09-17.txt",
    "/%2e/config/council.yaml",
    "/config/council.yaml",
};

// strace attached to `pid` and its threads, writing every open to `out`.
pid_t start_strace(pid_t pid, const fs::path& out) {
  const pid_t child = ::fork();
  if (child == 0) {
    const std::string target = std::to_string(pid), file = out.string();
    ::execlp("strace", "strace", "-f", "-qq", "-e", "trace=open,openat,openat2,creat", "-o", file.c_str(), "-p",
             target.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return child;
}

std::string health(const Daemon& daemon) { return get(daemon.port(), "/healthz").body; }

// Whether every thread of `pid` has a tracer, as /proc shows it: strace attaches to them one by one.
bool every_thread_traced(pid_t pid) {
  std::error_code error;
  fs::directory_iterator tasks("/proc/" + std::to_string(pid) + "/task", error);
  if (error) return false;
  for (const auto& task : tasks) {
    bool traced = false;
    std::istringstream status(read_file(task.path() / "status"));
    for (std::string line; std::getline(status, line);)
      if (line.starts_with("TracerPid:")) traced = std::stoi(line.substr(10)) != 0;
    if (!traced) return false;
  }
  return true;
}

TEST(Traversal, EveryEscapeIs404AndNoFileIsOpened) {
  TempConfig config;
  Daemon daemon({"--config", config.config().string(), "--as-of", "2024-09-10"}, config.root() / "daemon.log");
  ASSERT_TRUE(daemon.started()) << read_file(config.root() / "daemon.log");
  ASSERT_EQ(std::system("command -v strace >/dev/null"), 0) << "strace is needed (scripts/test installs it)";

  const auto trace = config.root() / "strace.log";
  const pid_t strace = start_strace(daemon.pid(), trace);
  // strace is attached once every thread of the daemon shows a tracer in /proc.
  ASSERT_TRUE(eventually([&] { return every_thread_traced(daemon.pid()); }, 10s));

  // Files proper, not the sockets of connections that come and go.
  const auto files = [&] {
    auto all = daemon.open_files();
    std::erase_if(all, [](const std::string& name) { return !name.starts_with("/"); });
    return all;
  };
  const auto files_before = files();
  for (const auto& target : traversals) {
    const auto response = get(daemon.port(), target);
    EXPECT_EQ(response.status, 404) << target;
    EXPECT_EQ(response.body, "404 Not Found\n") << target;
  }
  // A raw NUL or other control byte in the target is not HTTP at all.
  for (const std::string& raw : {std::string("/calendars/ilsc.ics\0.html", 25), std::string("/etc/passwd\x7f")}) {
    Socket socket(daemon.port());
    socket.send("GET " + raw + " HTTP/1.1\r\nHost: x\r\n\r\n");
    const auto responses = parse_responses(socket.read_until_closed(3s));
    ASSERT_EQ(responses.size(), 1u);
    EXPECT_EQ(responses.front().status, 400);
  }
  EXPECT_EQ(files(), files_before);
  // A sleep, as no event marks an open that did not happen: one the requests caused a moment late
  // must land in the trace before the reload's, where it is looked for, not after it.
  ::usleep(300'000);

  // The control: a reload opens the configuration, and strace must see it.
  const auto generation = health(daemon);
  daemon.signal(SIGHUP);
  ASSERT_TRUE(eventually([&] { return health(daemon) != generation; }, 20s));
  // strace writes each line as it goes: wait for the reload's open of the configuration to be in
  // the trace (whether it came at all is checked below).
  eventually([&] { return read_file(trace).find(config.config().string()) != std::string::npos; }, 10s);
  ::kill(strace, SIGTERM);
  ::waitpid(strace, nullptr, 0);

  std::istringstream lines(read_file(trace));
  std::vector<std::string> before_reload;
  bool reloaded = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.find(config.config().string()) != std::string::npos) reloaded = true;
    if (!reloaded && line.find("open") != std::string::npos) before_reload.push_back(line);
  }
  EXPECT_TRUE(reloaded) << "strace saw no open of the configuration at the reload:\n" << read_file(trace);
  EXPECT_TRUE(before_reload.empty()) << "files opened while answering requests:\n" << before_reload.front();
  EXPECT_EQ(read_file(trace).find("passwd"), std::string::npos);
}

}  // namespace
}  // namespace agendad::hostile
