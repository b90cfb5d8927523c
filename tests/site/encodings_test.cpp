// Each body's encoding kept from one load to the next: an unchanged body is neither hashed nor
// compressed again and is the very bytes of the last load's; a changed one is; a failed load
// leaves the next to start from the last load that succeeded.
#include "daemon/site/encodings.hpp"

#include <gtest/gtest.h>

#include "feeds/urls/formats.hpp"
#include "tests/site/fixture.hpp"

namespace agendad::site {
namespace {

constexpr std::chrono::sys_seconds at{std::chrono::seconds{1'726'000'000}};
constexpr std::string_view page = "<!doctype html><title>Improving Lives Select Commission</title>";

Resource encode(Encodings& encodings, SharedBytes body, std::string_view type = urls::media_type::html) {
  return encodings.encode("/index.html", std::move(body), type, at, 60);
}

TEST(Encodings, AnUnchangedBodyIsTheLastLoadsBytesNeitherHashedNorCompressedAgain) {
  Encodings encodings;
  encodings.start_load();
  const Resource first = encode(encodings, std::string(page));
  encodings.end_load();
  EXPECT_EQ(encodings.hashed(), 1U);
  EXPECT_EQ(encodings.compressed(), 1U);
  EXPECT_EQ(testing::gunzip(first.gzip_body), page);

  encodings.start_load();  // the same page rendered again: equal bytes, not the same memory
  const Resource again = encode(encodings, std::string(page));
  encodings.end_load();
  EXPECT_EQ(encodings.hashed(), 1U);
  EXPECT_EQ(encodings.compressed(), 1U);
  EXPECT_TRUE(again.body.same_as(first.body));
  EXPECT_TRUE(again.gzip_body.same_as(first.gzip_body));
  EXPECT_EQ(again.etag, first.etag);
  EXPECT_EQ(again.gzip_etag, first.gzip_etag);
}

TEST(Encodings, AChangedBodyIsHashedAndCompressedAgain) {
  Encodings encodings;
  encodings.start_load();
  const Resource first = encode(encodings, std::string(page));
  encodings.end_load();
  encodings.start_load();
  const Resource changed = encode(encodings, std::string(page) + "<p>Kinship Local Offer</p>");
  encodings.end_load();
  EXPECT_EQ(encodings.hashed(), 2U);
  EXPECT_EQ(encodings.compressed(), 2U);
  EXPECT_NE(changed.etag, first.etag);
  EXPECT_EQ(testing::gunzip(changed.gzip_body), changed.body);
}

TEST(Encodings, ACalendarIsHashedOnceAndNeverCompressed) {
  Encodings encodings;
  const std::string feed = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
  for (int load = 0; load < 2; ++load) {
    encodings.start_load();
    const Resource resource = encode(encodings, feed, urls::media_type::calendar);
    encodings.end_load();
    EXPECT_TRUE(resource.gzip_body.empty());
    EXPECT_TRUE(resource.gzip_etag.empty());
  }
  EXPECT_EQ(encodings.hashed(), 1U);
  EXPECT_EQ(encodings.compressed(), 0U);
}

TEST(Encodings, AFailedLoadLeavesTheNextToStartFromTheLastThatSucceeded) {
  Encodings encodings;
  encodings.start_load();
  const Resource good = encode(encodings, std::string(page));
  encodings.end_load();
  encodings.start_load();  // fails after rendering another body at the same path
  encode(encodings, std::string(page) + "<p>broken</p>");
  encodings.end_load(false);
  encodings.start_load();
  const Resource after = encode(encodings, std::string(page));
  encodings.end_load();
  EXPECT_EQ(encodings.hashed(), 2U) << "the good body is not hashed a third time";
  EXPECT_TRUE(after.body.same_as(good.body));
}

TEST(SharedBytes, ReadsAsItsBytesAndComparesByThem) {
  const SharedBytes none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none, "");
  const SharedBytes pdf = std::string("%PDF-1.7\n");
  const SharedBytes copy = std::string("%PDF-1.7\n");
  EXPECT_TRUE(pdf.starts_with("%PDF-"));
  EXPECT_EQ(pdf.size(), 9U);
  EXPECT_EQ(pdf, copy);
  EXPECT_FALSE(pdf.same_as(copy));
  const SharedBytes shared = pdf;  // NOLINT(performance-unnecessary-copy-initialization): the point
  EXPECT_TRUE(shared.same_as(pdf));
  EXPECT_NE(pdf, SharedBytes("%PDF-2.0\n"));
}

}  // namespace
}  // namespace agendad::site
