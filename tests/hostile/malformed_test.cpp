// Requests no honest client sends, over real sockets to `agendad serve`: each gets its status code
// and the connection then closes in order (FIN after the whole response, no reset), so that a
// request smuggled behind a malformed one is never read as a second request.
#include <gtest/gtest.h>

#include "tests/hostile/harness.hpp"

namespace agendad::hostile {
namespace {

class Malformed : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    config_ = new TempConfig;
    daemon_ = new Daemon({"--config", config_->config().string(), "--as-of", "2024-09-10"},
                         config_->root() / "daemon.log");
  }
  static void TearDownTestSuite() {
    delete daemon_;
    delete config_;
  }
  void SetUp() override { ASSERT_TRUE(daemon_->started()) << read_file(config_->root() / "daemon.log"); }

  // Sends `bytes` and reads until the daemon closes: the single response, which must be whole,
  // followed by an orderly close within 3 s.
  static Response exchange(std::string_view bytes) {
    Socket socket(daemon_->port());
    EXPECT_TRUE(socket.connected());
    socket.send(bytes);
    bool closed = false, reset = false;
    const auto received = socket.read_until_closed(3s, &closed, &reset);
    std::size_t used = 0;
    auto responses = parse_responses(received, &used);
    EXPECT_TRUE(closed) << "the connection stayed open";
    EXPECT_FALSE(reset) << "the connection was reset";
    EXPECT_EQ(responses.size(), 1u) << received;
    EXPECT_EQ(used, received.size()) << "bytes after the response: " << received.substr(used);
    if (responses.size() != 1) return {};
    EXPECT_EQ(responses.front().header("connection"), "close");
    return responses.front();
  }

  static TempConfig* config_;
  static Daemon* daemon_;
};

TempConfig* Malformed::config_ = nullptr;
Daemon* Malformed::daemon_ = nullptr;

constexpr std::string_view agenda = "/agendas/ilsc/2024-09-17.txt";

TEST_F(Malformed, AnOversizedRequestLineIs414) {
  EXPECT_EQ(exchange("GET /" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n").status, 414);
  // 64 KiB of target, sent as a client would in pieces; the rest is read and dropped before the close.
  const auto response = exchange("GET /" + std::string(64 * 1024, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(response.status, 414);
  EXPECT_NE(response.body.find("URI Too Long"), std::string::npos);
}

TEST_F(Malformed, AnOversizedHeaderIs431) {
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\nCookie: " + std::string(9000, 'c') + "\r\n\r\n").status, 431);
}

TEST_F(Malformed, TooManyHeadersAre431WhileManySmallOnesWithinTheLimitAreServed) {
  std::string many, too_many;
  for (int i = 0; i < 500; ++i) many += "X-" + std::to_string(i) + ": 1\r\n";       // about 4 KiB
  for (int i = 0; i < 2000; ++i) too_many += "X-" + std::to_string(i) + ": 1\r\n";  // about 18 KiB
  EXPECT_EQ(exchange("GET " + std::string(agenda) + " HTTP/1.1\r\nHost: x\r\n" + many + "Connection: close\r\n\r\n")
                .status,
            200);
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\n" + too_many + "\r\n").status, 431);
}

TEST_F(Malformed, ContentLengthWithTransferEncodingIs400AndTheSmuggledRequestIsNeverAnswered) {
  const std::string smuggled = "GET " + std::string(agenda) + " HTTP/1.1\r\nHost: x\r\n\r\n";
  const auto response = exchange("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(5 + smuggled.size()) +
                                 "\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled);
  EXPECT_EQ(response.status, 400);
}

// RFC 9112 §6.3: only a chunked last coding frames a request's body. Any other leaves its length
// unknown, and a server that read it as no body would answer the smuggled request behind it.
TEST_F(Malformed, TransferEncodingNotEndingInChunkedIs400AndTheSmuggledRequestIsNeverAnswered) {
  const std::string smuggled = "GET " + std::string(agenda) + " HTTP/1.1\r\nHost: x\r\n\r\n";
  for (std::string_view codings : {"xchunked", "gzip", "chunked, gzip", "chunked\r\nTransfer-Encoding: identity"})
    EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: " + std::string(codings) + "\r\n\r\n" + smuggled)
                  .status,
              400)
        << codings;
  // With Content-Length too, in the order Beast does not refuse by itself.
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nContent-Length: " +
                     std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled)
                .status,
            400);
  // HTTP/1.0 has no Transfer-Encoding.
  EXPECT_EQ(exchange("GET / HTTP/1.0\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" +
                     smuggled)
                .status,
            400);
}

TEST_F(Malformed, AMissingOrDoubledHostIs400WhileHttp10MayOmitIt) {
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\n\r\n").status, 400);
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n").status, 400);
  EXPECT_EQ(exchange("GET " + std::string(agenda) + " HTTP/1.0\r\n\r\n").status, 200);
}

TEST_F(Malformed, AnObsFoldIs400) {
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\n\r\n").status, 400);
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\t, chunked\r\n\r\n0\r\n\r\n").status,
            400);
}

TEST_F(Malformed, AMalformedChunkedBodyIs400) {
  EXPECT_EQ(exchange("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnot a chunk\r\n\r\n").status,
            400);
  // A method the daemon does not serve is refused whatever its body.
  EXPECT_EQ(exchange("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n").status, 405);
}

TEST_F(Malformed, BytesThatAreNotHttpAre400) {
  // The start of a TLS ClientHello, as from a client that took http for https.
  EXPECT_EQ(exchange(std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15)).status, 400);
  EXPECT_EQ(exchange("hello there\r\n\r\n").status, 400);
  EXPECT_EQ(exchange("GET / HTTP/9.9\r\n\r\n").status, 400);
  EXPECT_EQ(exchange("GET /\x01\x02 HTTP/1.1\r\nHost: x\r\n\r\n").status, 400);
}

TEST_F(Malformed, AnAbsoluteFormUriIsServedAsItsPath) {
  const auto absolute = exchange("GET http://127.0.0.1" + std::string(agenda) +
                                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(absolute.status, 200);
  EXPECT_EQ(absolute.body, get(daemon_->port(), agenda).body);
  EXPECT_NE(absolute.body.find("Tuesday 17 September 2024"), std::string::npos);
}

}  // namespace
}  // namespace agendad::hostile
