#include "daemon/server/members.hpp"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <unistd.h>

namespace agendad::server {
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

}  // namespace
}  // namespace agendad::server
