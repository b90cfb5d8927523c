#include "tests/hostile/harness.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>

namespace agendad::hostile {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<Milliseconds>(deadline - Clock::now()).count();
  return static_cast<int>(std::max<long long>(0, left));
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

TempConfig::TempConfig() {
  std::string pattern = (fs::temp_directory_path() / "agendad-hostile-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  root_ = pattern;
  fs::create_directories(config());
  for (const auto& entry : fs::directory_iterator(fs::path(AGENDAD_SOURCE_DIR) / "config")) {
    if (entry.path().extension() != ".yaml") continue;
    fs::copy_file(entry.path(), config() / entry.path().filename());
  }
}

TempConfig::~TempConfig() {
  std::error_code ignored;
  fs::remove_all(root_, ignored);
}

void TempConfig::write(const std::string& file, const std::string& text) const {
  const auto temporary = config() / ("." + file + ".tmp");
  std::ofstream(temporary) << text;
  fs::rename(temporary, config() / file);
}

std::string TempConfig::read(const std::string& file) const { return read_file(config() / file); }

Daemon::Daemon(const std::vector<std::string>& arguments, const fs::path& log_file, std::size_t open_files) {
  int out[2];
  if (::pipe2(out, O_CLOEXEC) != 0) return;
  pid_ = ::fork();
  if (pid_ == 0) {
    ::dup2(out[1], STDOUT_FILENO);
    const int log = ::open(log_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(log, STDERR_FILENO);
    if (open_files != 0) {
      const rlimit limit{open_files, open_files};
      if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) ::_exit(126);
    }
    std::vector<std::string> all{AGENDAD_BINARY, "serve", "--listen", "127.0.0.1:0"};
    all.insert(all.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : all) argv.push_back(argument.data());
    argv.push_back(nullptr);
    ::execv(AGENDAD_BINARY, argv.data());
    ::_exit(127);
  }
  ::close(out[1]);
  // "agendad: serving N pages and feeds at http://127.0.0.1:PORT/" is the first line on stdout.
  std::string text;
  const auto deadline = Clock::now() + 60s;  // a sanitizer build loads slowly on a busy machine
  while (text.find('\n') == std::string::npos) {
    pollfd descriptor{out[0], POLLIN, 0};
    if (::poll(&descriptor, 1, remaining_ms(deadline)) <= 0) break;
    char buffer[512];
    const auto n = ::read(out[0], buffer, sizeof buffer);
    if (n <= 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
  }
  // Left open and unread: the daemon's later lines fit the pipe, and closing would SIGPIPE nothing
  // (it ignores SIGPIPE) but lose them. Closed with the test process.
  banner_ = text.substr(0, text.find('\n'));
  const auto at = banner_.find("http://127.0.0.1:");
  if (at != std::string::npos) port_ = static_cast<std::uint16_t>(std::stoi(banner_.substr(at + 17)));
}

Daemon::~Daemon() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
}

void Daemon::signal(int number) const { ::kill(pid_, number); }

int Daemon::stop(Milliseconds timeout) {
  ::kill(pid_, SIGTERM);
  const auto deadline = Clock::now() + timeout;
  int status = 0;
  while (Clock::now() < deadline) {
    const auto done = ::waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    ::usleep(10'000);  // waitpid has no timeout, so it is polled
  }
  return -1;
}

long Daemon::status_kib(std::string_view field) const {
  std::istringstream status(read_file("/proc/" + std::to_string(pid_) + "/status"));
  for (std::string line; std::getline(status, line);)
    if (line.starts_with(field) && line.size() > field.size() && line[field.size()] == ':')
      return std::stol(line.substr(field.size() + 1));
  return -1;
}

std::vector<std::string> Daemon::open_files() const {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/proc/" + std::to_string(pid_) + "/fd", ec)) {
    std::error_code link_ec;
    const auto target = fs::read_symlink(entry.path(), link_ec);
    if (!link_ec) files.push_back(target.string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Socket::Socket(std::uint16_t port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) return;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const int one = 1;
  ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  if (::connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd_);
    fd_ = -1;
    return;
  }
  ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) | O_NONBLOCK);
}

Socket::~Socket() {
  if (fd_ >= 0) ::close(fd_);
}

bool Socket::send(std::string_view bytes, Milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (!bytes.empty()) {
    const auto n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n > 0) {
      bytes.remove_prefix(static_cast<std::size_t>(n));
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EINTR) return false;
    pollfd descriptor{fd_, POLLOUT, 0};
    if (::poll(&descriptor, 1, remaining_ms(deadline)) <= 0) return false;
  }
  return true;
}

std::string Socket::read_until_closed(Milliseconds timeout, bool* closed, bool* reset) {
  const auto deadline = Clock::now() + timeout;
  std::string bytes = std::move(pending_);
  pending_.clear();
  if (closed) *closed = false;
  if (reset) *reset = false;
  for (;;) {
    char buffer[16384];
    const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
    if (n > 0) {
      bytes.append(buffer, static_cast<std::size_t>(n));
      continue;
    }
    if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
      if (closed) *closed = true;
      if (reset) *reset = n < 0;
      return bytes;
    }
    pollfd descriptor{fd_, POLLIN, 0};
    if (::poll(&descriptor, 1, remaining_ms(deadline)) <= 0) return bytes;
  }
}

std::string Socket::read_responses(std::size_t count, Milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (parse_responses(pending_).size() < count) {
    char buffer[16384];
    const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
    if (n > 0) {
      pending_.append(buffer, static_cast<std::size_t>(n));
      continue;
    }
    if (n == 0 || (errno != EAGAIN && errno != EINTR)) break;
    pollfd descriptor{fd_, POLLIN, 0};
    if (::poll(&descriptor, 1, remaining_ms(deadline)) <= 0) break;
  }
  std::string all = std::move(pending_);
  pending_.clear();
  return all;
}

bool Socket::closed_within(Milliseconds timeout) {
  bool closed = false;
  read_until_closed(timeout, &closed);
  return closed;
}

std::string Response::header(const std::string& name) const {
  const auto found = headers.find(lower(name));
  return found == headers.end() ? std::string() : found->second;
}

std::vector<Response> parse_responses(std::string_view bytes, std::size_t* used) {
  std::vector<Response> responses;
  std::size_t at = 0;
  for (;;) {
    const auto end = bytes.find("\r\n\r\n", at);
    if (end == std::string_view::npos) break;
    Response response;
    std::istringstream head(std::string(bytes.substr(at, end - at)));
    std::string line;
    std::getline(head, line);
    if (line.size() < 12 || !line.starts_with("HTTP/1.")) break;
    response.status = std::stoi(line.substr(9, 3));
    while (std::getline(head, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      const auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      auto value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(' '));
      response.headers[lower(line.substr(0, colon))] = value;
    }
    std::size_t length = 0;
    if (response.status != 304 && !response.header("content-length").empty())
      length = std::stoul(response.header("content-length"));
    if (bytes.size() < end + 4 + length) break;
    response.body = std::string(bytes.substr(end + 4, length));
    at = end + 4 + length;
    responses.push_back(std::move(response));
  }
  if (used) *used = at;
  return responses;
}

Response get(std::uint16_t port, std::string_view target, std::string_view headers) {
  Socket socket(port);
  if (!socket.connected()) return {};
  const std::string request = "GET " + std::string(target) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                              std::string(headers) + "Connection: close\r\n\r\n";
  if (!socket.send(request)) return {};
  auto responses = parse_responses(socket.read_until_closed(10s));
  return responses.size() == 1 ? std::move(responses.front()) : Response{};
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool raise_open_files(std::size_t count) {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return false;
  if (limit.rlim_cur >= count) return true;
  if (limit.rlim_max < count) return false;
  limit.rlim_cur = count;
  return ::setrlimit(RLIMIT_NOFILE, &limit) == 0;
}

Microseconds percentile(std::vector<Microseconds> sample, double p) {
  if (sample.empty()) return Microseconds::max();
  std::sort(sample.begin(), sample.end());
  const auto rank = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sample.size() - 1) + 0.5);
  return sample[std::min(rank, sample.size() - 1)];
}

}  // namespace agendad::hostile
