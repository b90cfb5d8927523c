// The Atom feed of changes, read back by a real feed parser.
#include "feeds/changes/atom_feed.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/changes/feed_reader.hpp"

namespace agendad::changes {

using planner::WallTime, planner::parse_iso_date;

namespace {

using std::chrono::seconds;

ChangeLog example_log() {
  Facts before;
  before.meetings["ilsc-2024-10-29"] = MeetingFacts{"ilsc", *parse_iso_date("2024-10-29"), WallTime{10, 0}, false,
                                                    false, "meeting", {}};
  before.items["case"] = {"ilsc", {"A confidential <matter> & more", "The Smith family"}, "awaiting date", ""};
  Facts after = before;
  after.meetings["ilsc-2024-10-29"].date = *parse_iso_date("2024-11-05");
  after.items["case"].status = "booked";
  after.items["case"].meeting = "ilsc-2024-10-29";
  auto log = advance({}, before, Seconds{seconds{1'730'000'000}});
  return advance(log, after, Seconds{seconds{1'730'100'000}});
}

std::string write(const std::string& name, const std::string& bytes) {
  const auto path = ::testing::TempDir() + name;
  std::ofstream(path) << bytes;
  return path;
}

TEST(AtomFeed, ParsesWithoutErrorAndReadsAsWritten) {
  const AtomOptions options{.base_url = "https://Meetings.Example.gov.uk:8443/",
                            .members = false,
                            .council = "Rotherham Metropolitan Borough Council",
                            .title = "Improving Lives Select Commission: changes",
                            .page = "/work-programme/ilsc.html"};
  const auto feed = render_changes_feed(example_log(), "ilsc", "/changes/ilsc.atom", options);
  EXPECT_EQ(feed, render_changes_feed(example_log(), "ilsc", "/changes/ilsc.atom", options));
  const auto read = testing::read_feeds({write("changes.atom", feed)});
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0]["bozo"], 0) << read[0]["error"] << "\n" << feed;
  EXPECT_EQ(read[0]["version"], "atom10");
  const auto& entries = read[0]["entries"];
  ASSERT_EQ(entries.size(), 2u);
  // Newest first: the later serial of the same load before the earlier.
  EXPECT_EQ(entries[1]["id"], "tag:meetings.example.gov.uk,2024-10-28:meeting/ilsc-2024-10-29/1");
  EXPECT_EQ(entries[1]["title"], "Meeting of 29 October 2024 moved to 5 November 2024");
  EXPECT_EQ(entries[1]["link"], "https://Meetings.Example.gov.uk:8443/agendas/ilsc/2024-11-05.html");
  EXPECT_EQ(entries[1]["updated"], "2024-10-28T07:20:00Z");
  EXPECT_EQ(entries[0]["title"], "A confidential <matter> & more booked for 5 November 2024");
  EXPECT_NE(entries[0]["id"], entries[1]["id"]);
  EXPECT_EQ(feed.find("Smith"), std::string::npos);
}

TEST(AtomFeed, MembersSeeFullTitlesAndRelativeLinks) {
  const AtomOptions options{.base_url = "https://meetings.example.gov.uk", .members = true, .council = "RMBC",
                            .title = "changes", .page = "/index.html"};
  const auto feed = render_changes_feed(example_log(), "all", "/changes/all.atom", options);
  const auto read = testing::read_feeds({write("members.atom", feed)});
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0]["bozo"], 0) << read[0]["error"];
  EXPECT_NE(feed.find("The Smith family booked"), std::string::npos);
  EXPECT_NE(feed.find("href=\"../agendas/ilsc/2024-11-05.html\""), std::string::npos);
}

TEST(AtomFeed, AnEmptyLogIsAValidFeed) {
  const auto log = advance({}, Facts{}, Seconds{seconds{1'730'000'000}});
  const auto feed = render_changes_feed(
      log, "ilsc", "/changes/ilsc.atom", {.base_url = "", .members = false, .council = "RMBC", .title = "changes", .page = "/index.html"});
  const auto read = testing::read_feeds({write("empty.atom", feed)});
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0]["bozo"], 0) << read[0]["error"];
  EXPECT_TRUE(read[0]["entries"].empty());
}

TEST(AtomFeed, TagAuthority) {
  EXPECT_EQ(tag_authority("https://Meetings.Example.gov.uk:8443/x"), "meetings.example.gov.uk");
  EXPECT_EQ(tag_authority("http://127.0.0.1:8080"), "agendad.invalid");
  EXPECT_EQ(tag_authority(""), "agendad.invalid");
  EXPECT_EQ(rfc3339(Seconds{seconds{0}}), "1970-01-01T00:00:00Z");
}

}  // namespace
}  // namespace agendad::changes
