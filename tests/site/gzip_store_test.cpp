// The gzip bytes kept between runs: read back as written; a store damaged anywhere, cut short, or
// not a regular file is not used and says why; one written by another zlib or level is not used.
// Through Encodings: a restarted run compresses only the bodies the store does not hold, serves
// the same bytes as a run that compressed them all, and writes the store only when it changes.
#include "daemon/site/gzip_store.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include <gtest/gtest.h>

#include "daemon/site/encodings.hpp"
#include "daemon/state/kept_file.hpp"
#include "feeds/urls/formats.hpp"
#include "tests/site/fixture.hpp"

namespace agendad::site {
namespace {

namespace fs = std::filesystem;

constexpr std::chrono::sys_seconds at{std::chrono::seconds{1'726'000'000}};
using Entries = std::vector<std::pair<std::string_view, std::string_view>>;

const Entries entries{{"0123456789abcdef0123456789abcdef", "\x1f\x8b gzip\nbytes with a newline"},
                      {"fedcba9876543210fedcba9876543210", ""}};

TEST(GzipStore, IsReadBackAsWritten) {
  const auto read = parse_gzip_store(serialise_gzip_store(entries));
  EXPECT_EQ(read.problem, "");
  ASSERT_EQ(read.gzip.size(), 2U);
  EXPECT_EQ(read.gzip.at("0123456789abcdef0123456789abcdef"), entries[0].second);
  EXPECT_EQ(read.gzip.at("fedcba9876543210fedcba9876543210"), "");
}

TEST(GzipStore, AnyByteChangedMakesItUnusedWithItsReason) {
  const std::string text = serialise_gzip_store(entries);
  const std::size_t header = text.find('\n') + 1;
  for (std::size_t at = header; at < text.size(); ++at) {
    std::string damaged = text;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x01);
    const auto read = parse_gzip_store(damaged);
    EXPECT_TRUE(read.gzip.empty()) << "byte " << at;
    EXPECT_NE(read.problem, "") << "byte " << at;
  }
}

TEST(GzipStore, CutShortItIsUnusedWithItsReason) {
  const std::string text = serialise_gzip_store(entries);
  for (std::size_t size = text.find('\n') + 1; size < text.size(); ++size) {
    const auto read = parse_gzip_store(text.substr(0, size));
    EXPECT_TRUE(read.gzip.empty()) << size;
    EXPECT_NE(read.problem, "") << size;
  }
}

TEST(GzipStore, OneWrittenByAnotherZlibOrLevelIsNotUsed) {
  std::string text = serialise_gzip_store(entries);
  text.replace(text.find(" level 9"), 8, " level 6");
  const auto read = parse_gzip_store(text);
  EXPECT_TRUE(read.gzip.empty());
  EXPECT_EQ(read.problem, "");
}

class GzipStoreFile : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "agendad-gzip-store-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir = pattern;
    store = gzip_store_path(dir);
  }
  void TearDown() override { fs::remove_all(dir); }

  // One load of `pages` (path, body) through `encodings`, with the store.
  std::vector<Resource> load(Encodings& encodings, const std::vector<std::pair<std::string, std::string>>& pages) {
    encodings.start_load(store);
    std::vector<Resource> made;
    for (const auto& [path, body] : pages) made.push_back(encodings.encode(path, body, urls::media_type::html, at, 60));
    problems = encodings.end_load();
    return made;
  }

  fs::path dir, store;
  std::vector<std::string> problems;
};

TEST_F(GzipStoreFile, NoFileIsNoStoreAndNoProblem) {
  const auto read = read_gzip_store(store);
  EXPECT_TRUE(read.gzip.empty());
  EXPECT_EQ(read.problem, "");
}

TEST_F(GzipStoreFile, AFifoIsRefusedAtOnceWithItsReason) {
  ASSERT_EQ(::mkfifo(store.c_str(), 0600), 0);
  const auto read = read_gzip_store(store);
  EXPECT_TRUE(read.gzip.empty());
  EXPECT_NE(read.problem.find(store.string()), std::string::npos) << read.problem;
}

TEST_F(GzipStoreFile, ARestartedRunCompressesOnlyWhatChangedAndServesTheSameBytes) {
  const std::vector<std::pair<std::string, std::string>> pages{
      {"/index.html", "<!doctype html><title>Improving Lives Select Commission</title>"},
      {"/flags.html", "<!doctype html><title>Flags</title><p>Kinship Local Offer: before Cabinet in July 2025"},
      {"/members/index.html", "<!doctype html><title>Improving Lives Select Commission</title>"}};  // the same body
  Encodings first_run;
  const auto first = load(first_run, pages);
  EXPECT_EQ(first_run.compressed(), 3U);
  ASSERT_TRUE(fs::exists(store));
  EXPECT_TRUE(problems.empty());

  Encodings restarted;
  const auto again = load(restarted, pages);
  EXPECT_EQ(restarted.compressed(), 0U);
  ASSERT_EQ(again.size(), first.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(again[i].gzip_body, first[i].gzip_body) << pages[i].first;
    EXPECT_EQ(again[i].gzip_etag, first[i].gzip_etag) << pages[i].first;
    EXPECT_EQ(testing::gunzip(again[i].gzip_body), pages[i].second) << pages[i].first;
  }

  auto edited = pages;
  edited[1].second += " (rescheduled)";
  Encodings after_an_edit;
  const auto before_edit = state::identity_of(store);
  load(after_an_edit, edited);
  EXPECT_EQ(after_an_edit.compressed(), 1U);
  EXPECT_NE(state::identity_of(store), before_edit);  // written again, with the new page's bytes
  Encodings once_more;
  load(once_more, edited);
  EXPECT_EQ(once_more.compressed(), 0U);
}

TEST_F(GzipStoreFile, IsNotWrittenAgainWhenItHoldsJustWhatWasServed) {
  const std::vector<std::pair<std::string, std::string>> pages{{"/index.html", "<!doctype html><title>Index</title>"}};
  Encodings first_run;
  load(first_run, pages);
  const auto written = state::identity_of(store);
  ASSERT_TRUE(written);
  Encodings restarted;
  load(restarted, pages);
  load(restarted, pages);  // a reload: nothing compressed
  EXPECT_EQ(state::identity_of(store), written);
}

// After the load that read it, the store is written again only once an eighth of the bodies have
// been compressed since: a clerk's edit does not rewrite megabytes.
TEST_F(GzipStoreFile, AfterTheFirstLoadIsWrittenOnceAnEighthOfTheBodiesChanged) {
  std::vector<std::pair<std::string, std::string>> pages;
  for (int i = 0; i < 16; ++i)
    pages.emplace_back("/agendas/ilsc/" + std::to_string(i) + ".html", "<!doctype html><h1>Agenda " + std::to_string(i));
  Encodings encodings;
  load(encodings, pages);  // the first load: no store, so written
  const auto first = state::identity_of(store);
  ASSERT_TRUE(first);
  pages[0].second += " (rescheduled)";
  load(encodings, pages);  // 1 of 16 compressed since: kept as it is
  EXPECT_EQ(state::identity_of(store), first);
  pages[1].second += " (rescheduled)";
  load(encodings, pages);  // 2 of 16: an eighth
  EXPECT_NE(state::identity_of(store), first);
  EXPECT_TRUE(problems.empty());

  Encodings restarted;  // finds both edits in the store
  load(restarted, pages);
  EXPECT_EQ(restarted.compressed(), 0U);
}

TEST_F(GzipStoreFile, ADamagedStoreIsReportedAndEveryBodyCompressed) {
  const std::vector<std::pair<std::string, std::string>> pages{{"/index.html", "<!doctype html><title>Index</title>"}};
  Encodings first_run;
  load(first_run, pages);
  {
    std::fstream file(store, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(-70, std::ios::end);
    file.put('!');
  }
  Encodings restarted;
  const auto made = load(restarted, pages);
  EXPECT_EQ(restarted.compressed(), 1U);
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_NE(problems.front().find("does not match its digest"), std::string::npos) << problems.front();
  EXPECT_EQ(testing::gunzip(made.front().gzip_body), pages.front().second);
}

}  // namespace
}  // namespace agendad::site
