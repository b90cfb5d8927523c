#include "tests/site/net_client.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/site/fixture.hpp"

namespace agendad::site::testing {
namespace {

using Clock = std::chrono::steady_clock;

// Whether `bytes` holds `count` complete responses.
bool complete(std::string_view bytes, std::size_t count, const std::vector<bool>& head) {
  for (std::size_t i = 0; i < count; ++i) {
    const auto end = bytes.find("\r\n\r\n");
    if (end == std::string_view::npos) return false;
    const auto head_text = bytes.substr(0, end + 4);
    bytes.remove_prefix(end + 4);
    const bool bodyless = (i < head.size() && head[i]) || head_text.substr(9, 3) == "304";
    if (bodyless) continue;
    const auto at = head_text.find("Content-Length: ");
    if (at == std::string_view::npos) return false;
    const auto length = std::stoull(std::string(head_text.substr(at + 16, head_text.find("\r\n", at) - at - 16)));
    if (bytes.size() < length) return false;
    bytes.remove_prefix(length);
  }
  return true;
}

}  // namespace

Connection::Connection(std::uint16_t port, int receive_buffer) {
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (receive_buffer > 0) ::setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

Connection::~Connection() {
  if (fd_ >= 0) ::close(fd_);
}

bool Connection::send(std::string_view bytes) {
  while (!bytes.empty()) {
    const auto sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

std::string Connection::read_until_closed(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  std::string bytes = std::move(pending_);
  pending_.clear();
  char buffer[16384];
  while (Clock::now() < deadline) {
    pollfd waiting{fd_, POLLIN, 0};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (::poll(&waiting, 1, static_cast<int>(std::max<long>(1, left.count()))) <= 0) continue;
    const auto got = ::recv(fd_, buffer, sizeof buffer, 0);
    if (got <= 0) break;
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
  return bytes;
}

std::string Connection::read_responses(std::size_t count, const std::vector<bool>& head,
                                       std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  std::string bytes = std::move(pending_);
  pending_.clear();
  char buffer[16384];
  while (!complete(bytes, count, head) && Clock::now() < deadline) {
    pollfd waiting{fd_, POLLIN, 0};
    if (::poll(&waiting, 1, 50) <= 0) continue;
    const auto got = ::recv(fd_, buffer, sizeof buffer, 0);
    if (got <= 0) break;
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
  return bytes;
}

std::string Connection::read_bytes(std::size_t count, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  std::string bytes = std::move(pending_);
  pending_.clear();
  std::string buffer(65536, '\0');
  while (bytes.size() < count && Clock::now() < deadline) {
    pollfd waiting{fd_, POLLIN, 0};
    if (::poll(&waiting, 1, 50) <= 0) continue;
    const auto got = ::recv(fd_, buffer.data(), std::min(buffer.size(), count - bytes.size()), 0);
    if (got <= 0) break;
    bytes.append(buffer.data(), static_cast<std::size_t>(got));
  }
  return bytes;
}

bool Connection::closed_within(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  char buffer[4096];
  while (Clock::now() < deadline) {
    pollfd waiting{fd_, POLLIN, 0};
    if (::poll(&waiting, 1, 20) <= 0) continue;
    const auto got = ::recv(fd_, buffer, sizeof buffer, 0);
    if (got <= 0) return true;
    pending_.append(buffer, static_cast<std::size_t>(got));
  }
  return false;
}

std::string fetch(std::uint16_t port, std::string_view target, std::string_view headers, std::string_view method) {
  Connection connection(port);
  if (!connection.connected()) return {};
  connection.send(std::string(method) + " " + std::string(target) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                  std::string(headers) + "Connection: close\r\n\r\n");
  return connection.read_until_closed();
}

Child::Child(const std::vector<std::string>& arguments, const std::filesystem::path& stderr_file,
             const std::string& program, bool wait) {
  // Everything the child needs is made before fork: after it, only async-signal-safe calls.
  std::string binary = program;
  std::vector<std::string> copies = arguments;
  std::vector<char*> argv{binary.data()};
  for (auto& argument : copies) argv.push_back(argument.data());
  argv.push_back(nullptr);
  const int err = ::open(stderr_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  int out[2];
  if (err < 0 || ::pipe2(out, O_CLOEXEC) != 0) return;
  pid_ = ::fork();
  if (pid_ == 0) {
    ::dup2(out[1], STDOUT_FILENO);
    ::dup2(err, STDERR_FILENO);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(err);
  ::close(out[1]);
  stdout_ = out[0];  // kept open: the daemon may still be writing the rest of its URLs
  if (wait) wait_started();
}

bool Child::wait_started(std::chrono::milliseconds timeout) {
  // The first line of stdout names the address: "agendad: serving N pages and feeds at http://HOST:P/".
  std::string text;
  const auto deadline = Clock::now() + timeout;
  char buffer[4096];
  while (text.find('\n') == std::string::npos && Clock::now() < deadline) {
    pollfd waiting{stdout_, POLLIN, 0};
    if (::poll(&waiting, 1, 100) <= 0) continue;
    const auto got = ::read(stdout_, buffer, sizeof buffer);
    if (got <= 0) break;
    text.append(buffer, static_cast<std::size_t>(got));
  }
  const auto scheme = text.find("http://");
  const auto colon = scheme == std::string::npos ? scheme : text.find(':', scheme + 7);
  if (colon != std::string::npos) port_ = static_cast<std::uint16_t>(std::stoi(text.substr(colon + 1)));
  return port_ != 0;
}

std::uint16_t free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

Child::~Child() {
  if (pid_ > 0) wait_exit(std::chrono::milliseconds(0));
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  if (stdout_ >= 0) ::close(stdout_);
}

int Child::wait_exit(std::chrono::milliseconds timeout) {
  if (pid_ <= 0) return -1;
  const auto deadline = Clock::now() + timeout;
  do {
    int status = 0;
    const auto done = ::waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    if (done < 0) {
      pid_ = -1;
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));  // waitpid has no timeout, so it is polled
  } while (Clock::now() < deadline);
  return -1;
}

void Child::signal(int number) const {
  if (pid_ > 0) ::kill(pid_, number);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (Clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));  // nothing signals a condition: it is polled
  }
  return condition();
}

}  // namespace agendad::site::testing
