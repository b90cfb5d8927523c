#include "daemon/site/members.hpp"

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

namespace agendad::site {
namespace {

namespace fs = std::filesystem;

class SecretsFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("agendad-secrets-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path write(const std::string& text, fs::perms permissions) {
    const auto path = dir_ / "members.secrets";
    std::ofstream(path) << text;
    fs::permissions(path, permissions);
    return path;
  }
  fs::path dir_;
};

constexpr auto owner_only = fs::perms::owner_read | fs::perms::owner_write;

TEST_F(SecretsFile, LoadsTokensAndIgnoresCommentsAndBlankLines) {
  const auto tokens = load_member_tokens(write(
      "# councillors' tokens\n8f14e45fceea167a5a36dedd4bea2543\n\n  C9F0F895FB98AB9159F51FD0297E236D  \n",
      owner_only));
  ASSERT_TRUE(tokens) << format_line(tokens.error().front());
  EXPECT_EQ(tokens->size(), 2u);
  EXPECT_TRUE(is_member_token(*tokens, "8f14e45fceea167a5a36dedd4bea2543"));
  EXPECT_TRUE(is_member_token(*tokens, "c9f0f895fb98ab9159f51fd0297e236d"));  // hex is case-blind
  EXPECT_FALSE(is_member_token(*tokens, "8f14e45fceea167a5a36dedd4bea2544"));
  EXPECT_FALSE(is_member_token(*tokens, "8f14e45fceea167a5a36dedd4bea254"));
  EXPECT_FALSE(is_member_token(*tokens, ""));
}

TEST_F(SecretsFile, RefusesAFileOthersMayRead) {
  const auto tokens =
      load_member_tokens(write("8f14e45fceea167a5a36dedd4bea2543\n", owner_only | fs::perms::group_read));
  ASSERT_FALSE(tokens);
  EXPECT_NE(format_line(tokens.error().front()).find("chmod 600"), std::string::npos);
  EXPECT_EQ(tokens.error().front().found, "mode 0640");
}

TEST_F(SecretsFile, RefusesShortOrNonHexTokensWithTheirLineButNotTheirText) {
  const auto tokens = load_member_tokens(write("8f14e45fceea167a5a36dedd4bea2543\n0123456789abcdef\nnot-a-token-at-all-not-a-token-at-all\n", owner_only));
  ASSERT_FALSE(tokens);
  ASSERT_EQ(tokens.error().size(), 2u);
  EXPECT_EQ(tokens.error()[0].where.line, 2);
  EXPECT_NE(tokens.error()[0].message.find("too short"), std::string::npos);
  EXPECT_EQ(tokens.error()[1].where.line, 3);
  for (const auto& error : tokens.error()) {
    EXPECT_EQ(format_line(error).find("0123456789abcdef"), std::string::npos);
    EXPECT_EQ(format_line(error).find("not-a-token"), std::string::npos);
  }
}

// Tokens of the right length and digits but far less than 128 bits of entropy: each refused with
// its line, the reason, and never its text.
TEST_F(SecretsFile, RefusesTokensTooRegularToBeUnguessable) {
  const std::vector<std::string> weak{
      std::string(32, '0'),                                  // all zeros
      std::string(64, 'f'),                                  // one digit, however long
      "abababababababababababababababab",                    // a period of 2
      "0123456789abcdef0123456789abcdef",                    // a period of 16: 16 distinct digits
      "deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef",    // a period of 8
      "0011223300112233001122330011223301",                  // a period of 8, cut short
      "12341234123412341234123412341234aaaa",                // 5 distinct digits
  };
  std::string text = "8f14e45fceea167a5a36dedd4bea2543\n";
  for (const auto& token : weak) text += token + "\n";
  const auto tokens = load_member_tokens(write(text, owner_only));
  ASSERT_FALSE(tokens);
  ASSERT_EQ(tokens.error().size(), weak.size());
  for (std::size_t i = 0; i < weak.size(); ++i) {
    const auto line = format_line(tokens.error()[i]);
    EXPECT_EQ(tokens.error()[i].where.line, static_cast<int>(i + 2)) << line;
    EXPECT_NE(line.find("members.secrets"), std::string::npos) << line;
    EXPECT_NE(line.find("too regular"), std::string::npos) << line;
    EXPECT_EQ(line.find(weak[i]), std::string::npos) << line;
  }
  EXPECT_NE(format_line(tokens.error()[0]).find("fewer than 8 distinct hex digits"), std::string::npos);
  EXPECT_NE(format_line(tokens.error()[3]).find("a pattern repeated"), std::string::npos);
  // Random tokens pass, 32 digits or more, and so does a 128-bit token said twice (still 128 bits).
  EXPECT_TRUE(load_member_tokens(write("8f14e45fceea167a5a36dedd4bea2543\nc9f0f895fb98ab9159f51fd0297e236d\n"
                                       "8f14e45fceea167a5a36dedd4bea25438f14e45fceea167a5a36dedd4bea2543\n"
                                       "45c48cce2e2d7fbdea1afc51c7c6ad26d3d9446802a44259755d38e6d163e820\n",
                                       owner_only)));
}

TEST_F(SecretsFile, RefusesAMissingOrEmptyFile) {
  EXPECT_FALSE(load_member_tokens(dir_ / "absent"));
  EXPECT_FALSE(load_member_tokens(write("# none yet\n", owner_only)));
}

std::string masked(std::string_view target) {
  std::string line = "GET ";
  append_masked_target(line, target);
  return line;
}

TEST(MaskedTarget, HidesTheTokenAndKeepsTheRestAfterWhatTheLineHeld) {
  EXPECT_EQ(masked("/members/8f14e45fceea167a5a36dedd4bea2543/agendas/ilsc/2024-09-17.html"),
            "GET /members/****/agendas/ilsc/2024-09-17.html");
  EXPECT_EQ(masked("/members/8f14e45fceea167a5a36dedd4bea2543"), "GET /members/****");
  EXPECT_EQ(masked("/members/8f14e45fceea167a5a36dedd4bea2543?x=1"), "GET /members/****?x=1");
  EXPECT_EQ(masked("/calendars/ilsc.ics"), "GET /calendars/ilsc.ics");
}

// However the target spells it, a path that resolves under /members/ is logged with the token
// masked: absolute-form, repeated slashes, dot segments, percent-encoding, upper case.
TEST(MaskedTarget, HidesTheTokenWhateverTheTargetsForm) {
  const std::string token = "8f14e45fceea167a5a36dedd4bea2543";
  const std::vector<std::pair<std::string, std::string>> cases{
      {"http://x/members/" + token + "/", "GET http://x/members/****/"},
      {"https://agendas.example:8443/members/" + token + "/a.html?q=1", "GET https://agendas.example:8443/members/****/a.html?q=1"},
      {"HTTP://x//members//" + token + "//a.html", "GET HTTP://x/members/****/a.html"},
      {"//members/" + token + "/", "GET /members/****/"},
      {"/./members/" + token + "/", "GET /members/****/"},
      {"/members/./" + token + "/x", "GET /members/****/x"},
      {"/calendars/../members/" + token + "/", "GET /members/****/"},
      {"/calendars/%2e%2E/members/" + token + "/", "GET /members/****/"},
      {"/../../members/" + token, "GET /members/****"},
      {"/%6Dembers/" + token + "/", "GET /members/****/"},
      {"/members/%38" + token.substr(1) + "/", "GET /members/****/"},
      {"/MEMBERS/" + token + "/", "GET /MEMBERS/****/"},
      {"members/" + token + "/", "GET /members/****/"},
      // The token dropped by its own "..": nothing of it is left to log.
      {"/members/" + token + "/../../calendars/ilsc.ics", "GET /calendars/ilsc.ics"},
      {"/members/" + token + "/..", "GET /members/"},
  };
  for (const auto& [target, expected] : cases) {
    EXPECT_EQ(masked(target), expected) << target;
    EXPECT_EQ(masked(target).find(token.substr(1)), std::string::npos) << target;
  }
  // Normal paths, and the parts that are not the path, are as they came.
  EXPECT_EQ(masked("/.well-known/x"), "GET /.well-known/x");
  EXPECT_EQ(masked("/a/./b/../c%2Fd%7e/"), "GET /a/c%2Fd~/");
  EXPECT_EQ(masked("/calendars/ilsc.ics?x=/../%41"), "GET /calendars/ilsc.ics?x=/../%41");
  EXPECT_EQ(masked("http://x"), "GET http://x/");
  EXPECT_EQ(masked("*"), "GET *");
  EXPECT_EQ(masked("/100%"), "GET /100%");
  EXPECT_EQ(masked("/%zz%4"), "GET /%zz%4");
}

}  // namespace
}  // namespace agendad::site
