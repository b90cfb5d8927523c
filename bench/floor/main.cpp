// bench_floor: the least an HTTP server can do for a conditional GET on this machine, as a
// reference point for bench/http/run. One thread, epoll, and for each request it can see in what
// it has read (a blank line ends one), the same fixed 304: no parsing, no routing, no log, no
// timeouts. Not a server anyone should run: it trusts every byte. At one connection a request is
// one round trip through the loopback, and no server can answer faster than this one does.
//   bench_floor PORT
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <cstdint>
#include <string_view>

namespace {

// The headers agendad's 304 for a calendar carries (its ETag is longer: 224 bytes against 240).
constexpr std::string_view not_modified =
    "HTTP/1.1 304 Not Modified\r\nServer: agendad\r\nDate: Thu, 03 Dec 2026 18:00:00 GMT\r\n"
    "ETag: \"0123456789abcdef\"\r\nLast-Modified: Tue, 10 Sep 2024 00:00:00 GMT\r\n"
    "Cache-Control: public, max-age=300\r\nX-Content-Type-Options: nosniff\r\n\r\n";

// Requests end at "\r\n\r\n". `matched` is how much of it the bytes so far end with, carried
// from one read to the next.
int requests_ended(std::string_view bytes, std::uint8_t& matched) {
  constexpr std::string_view end = "\r\n\r\n";
  int ended = 0;
  for (const char byte : bytes) {
    if (byte == end[matched]) {
      if (++matched == end.size()) {
        ++ended;
        matched = 0;
      }
    } else {
      matched = byte == '\r' ? 1 : 0;
    }
  }
  return ended;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint16_t port = 0;
  const std::string_view arg = argc == 2 ? argv[1] : "";
  if (std::from_chars(arg.data(), arg.data() + arg.size(), port).ec != std::errc{} || port == 0) {
    std::fputs("usage: bench_floor PORT\n", stderr);
    return 2;
  }
  const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  const int on = 1;
  ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(listener, 4096) != 0) {
    std::perror("bench_floor");
    return 1;
  }
  const int poller = ::epoll_create1(EPOLL_CLOEXEC);
  epoll_event listening{};
  listening.events = EPOLLIN;
  listening.data.fd = listener;
  ::epoll_ctl(poller, EPOLL_CTL_ADD, listener, &listening);

  std::array<epoll_event, 512> ready{};
  std::array<char, 65536> buffer{};
  std::array<std::uint8_t, 65536> matched{};  // by descriptor
  for (;;) {
    const int count = ::epoll_wait(poller, ready.data(), static_cast<int>(ready.size()), -1);
    for (int i = 0; i < count; ++i) {
      const int fd = ready[static_cast<std::size_t>(i)].data.fd;
      if (fd == listener) {
        for (int client; (client = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0;) {
          if (static_cast<std::size_t>(client) >= matched.size()) {
            ::close(client);
            continue;
          }
          ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
          matched[static_cast<std::size_t>(client)] = 0;
          epoll_event readable{};
          readable.events = EPOLLIN;
          readable.data.fd = client;
          ::epoll_ctl(poller, EPOLL_CTL_ADD, client, &readable);
        }
        continue;
      }
      const ssize_t got = ::recv(fd, buffer.data(), buffer.size(), 0);
      if (got <= 0) {
        ::close(fd);
        continue;
      }
      const int answers = requests_ended({buffer.data(), static_cast<std::size_t>(got)}, matched[static_cast<std::size_t>(fd)]);
      for (int answer = 0; answer < answers; ++answer)
        if (::send(fd, not_modified.data(), not_modified.size(), MSG_NOSIGNAL) < 0) break;
    }
  }
}
