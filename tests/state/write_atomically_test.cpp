// state::write_atomically: what lands, what a failure leaves, and writers racing on one path.
#include "daemon/state/write_atomically.hpp"

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace agendad::state {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class WriteAtomically : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }

  static std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  // The names in the directory: after any write, only the files written, no temporary left.
  std::vector<std::string> names() const {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(dir)) found.push_back(entry.path().filename().string());
    std::sort(found.begin(), found.end());
    return found;
  }

  const fs::path dir = fs::temp_directory_path() / ("agendad-files-" + std::to_string(::getpid()) + "-" +
                                                    ::testing::UnitTest::GetInstance()->current_test_info()->name());
  const fs::path file = dir / "ilsc.ics";
};

// The Commission's meeting of 17 September 2024, 10:00 in London: 09:00Z.
const sys_seconds meeting_start = sys_days{year{2024} / 9 / 17} + hours{9};

TEST_F(WriteAtomically, TheBytesAndTheModificationTimeLand) {
  ASSERT_TRUE(write_atomically(file, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", {.modified = meeting_start}));
  EXPECT_EQ(read(file), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  struct stat status {};
  ASSERT_EQ(::stat(file.c_str(), &status), 0);
  EXPECT_EQ(status.st_mtim.tv_sec, 1726563600);  // 2024-09-17T09:00:00Z
  EXPECT_EQ(status.st_mtim.tv_nsec, 0);

  // Without a modification time the file has the time of writing.
  const auto before = system_clock::to_time_t(system_clock::now());
  ASSERT_TRUE(write_atomically(file, "", {.sync = true}));
  ASSERT_EQ(::stat(file.c_str(), &status), 0);
  EXPECT_GE(status.st_mtim.tv_sec, before);
  EXPECT_EQ(status.st_size, 0);
  EXPECT_THAT(names(), ElementsAre("ilsc.ics"));
}

TEST_F(WriteAtomically, AnExistingFileIsReplacedWholeNotRewrittenInPlace) {
  ASSERT_TRUE(write_atomically(file, std::string(100'000, 'o') + "old"));
  // A reader that has the old file open (here: a second name for it) keeps the old bytes.
  fs::create_hard_link(file, dir / "reader");
  ASSERT_TRUE(write_atomically(file, "new"));
  EXPECT_EQ(read(file), "new");
  EXPECT_EQ(read(dir / "reader"), std::string(100'000, 'o') + "old");
  EXPECT_THAT(names(), ElementsAre("ilsc.ics", "reader"));
}

TEST_F(WriteAtomically, ADirectoryThatIsAFileIsAnErrorNamingThePath) {
  std::ofstream(dir / "state") << "a file, not a directory";
  const auto written = write_atomically(dir / "state" / "sequences", "x");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error(), "cannot write " + (dir / "state" / "sequences").string() + ": Not a directory");
  EXPECT_EQ(read(dir / "state"), "a file, not a directory");
  EXPECT_THAT(names(), ElementsAre("state"));
}

// A disk that fills mid-write, made with the file size limit (root is not exempt from it).
TEST_F(WriteAtomically, AWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporary) {
  ASSERT_TRUE(write_atomically(file, "the old feed"));
  rlimit saved{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);  // write then fails with EFBIG
  rlimit small = saved;
  small.rlim_cur = 4096;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  const auto written = write_atomically(file, std::string(10'000, 'n'), {.sync = true});
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, old_handler);

  ASSERT_FALSE(written);
  EXPECT_EQ(written.error(), "cannot write " + file.string() + ": File too large");
  EXPECT_EQ(read(file), "the old feed");
  EXPECT_THAT(names(), ElementsAre("ilsc.ics"));
}

TEST_F(WriteAtomically, ANameThatCannotBeReplacedLeavesNoTemporary) {
  fs::create_directories(file / "inside");  // a non-empty directory where the file should be
  const auto written = write_atomically(file, "x");
  ASSERT_FALSE(written);
  EXPECT_THAT(written.error(), HasSubstr("cannot replace " + file.string() + ": "));
  EXPECT_TRUE(fs::is_directory(file / "inside"));
  EXPECT_THAT(names(), ElementsAre("ilsc.ics"));
}

// Every version is one letter repeated, each letter its own length: a reader can tell a whole
// version from a mix or a truncation.
std::string version(char letter) { return std::string(1000 + 700 * (letter - 'a'), letter); }
bool whole(const std::string& text) {
  return !text.empty() && text == version(text.front());
}

TEST_F(WriteAtomically, TwoThreadsWritingOnePathAlwaysLeaveOneWholeVersion) {
  ASSERT_TRUE(write_atomically(file, version('a')));
  std::atomic<bool> writing{true};
  std::atomic<int> failures{0}, torn{0}, visible_temporaries{0};
  // Readers see only whole versions; a temporary, while it exists, is hidden and beside the file.
  std::thread reader([&] {
    while (writing) {
      if (!whole(read(file))) ++torn;
      std::error_code ec;
      for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const auto name = entry.path().filename().string();
        if (name != "ilsc.ics" && !(name.starts_with(".ilsc.ics.") && name.ends_with(".tmp"))) ++visible_temporaries;
      }
    }
  });
  std::vector<std::thread> writers;
  for (const char letter : {'b', 'c'})
    writers.emplace_back([&, letter] {
      for (int i = 0; i < 300; ++i)
        if (!write_atomically(file, version(letter), {.modified = meeting_start + seconds{i}})) ++failures;
    });
  for (auto& writer : writers) writer.join();
  writing = false;
  reader.join();

  EXPECT_EQ(failures, 0);
  EXPECT_EQ(torn, 0);
  EXPECT_EQ(visible_temporaries, 0);
  const auto last = read(file);
  EXPECT_TRUE(whole(last) && (last.front() == 'b' || last.front() == 'c')) << last.substr(0, 20);
  EXPECT_THAT(names(), ElementsAre("ilsc.ics"));
}

// `agendad serve` and `agendad export` sharing a state directory: two processes, one file.
TEST_F(WriteAtomically, TwoProcessesWritingOnePathNeverShareATemporaryFile) {
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  const char letter = child == 0 ? 'd' : 'e';
  int failures = 0;
  for (int i = 0; i < 300; ++i)
    if (!write_atomically(file, version(letter), {.sync = i % 50 == 0})) ++failures;
  if (child == 0) ::_exit(failures == 0 ? 0 : 1);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the child's writes failed";
  EXPECT_EQ(failures, 0);
  EXPECT_TRUE(whole(read(file)));
  EXPECT_THAT(names(), ElementsAre("ilsc.ics"));
}

// A writer killed between creating its temporary file and renaming it leaves the temporary behind.
// Only the temporaries of processes no longer running are removed: another process, or another
// thread of this one, may be writing into its own at this moment.
TEST_F(WriteAtomically, TheTemporariesOfKilledWritersAreRemovedAndNoOtherFile) {
  const pid_t dead = ::fork();
  ASSERT_GE(dead, 0);
  if (dead == 0) ::_exit(0);
  ASSERT_EQ(::waitpid(dead, nullptr, 0), dead);
  const auto temporary = [](std::string_view name, pid_t pid, int number) {
    return "." + std::string(name) + "." + std::to_string(pid) + "." + std::to_string(number) + ".tmp";
  };
  const std::string pid = std::to_string(dead);
  const std::vector<std::string> abandoned{temporary("ilsc.ics", dead, 0), temporary("ilsc.ics", dead, 17),
                                           temporary("sequences", dead, 3)};
  std::vector<std::string> kept{"ilsc.ics", temporary("ilsc.ics", ::getpid(), 5), temporary("ilsc.ics", 1, 2),
                                // not write_atomically's names: no number, no PID, not hidden, not .tmp
                                ".ilsc.ics." + pid + ".tmp", ".ilsc.ics.x." + pid + ".tmp", "ilsc.ics." + pid + ".1.tmp",
                                ".ilsc.ics." + pid + ".1.swp", ".tmp", "." + pid + ".1.tmp"};
  ASSERT_TRUE(write_atomically(file, "the feed"));
  for (const auto& name : abandoned) std::ofstream(dir / name) << "half a feed";
  for (const auto& name : kept)
    if (name != "ilsc.ics") std::ofstream(dir / name) << "someone else's";

  EXPECT_EQ(remove_abandoned_temporaries(dir), abandoned.size());
  std::sort(kept.begin(), kept.end());
  EXPECT_EQ(names(), kept);
  EXPECT_EQ(read(file), "the feed");
  EXPECT_EQ(remove_abandoned_temporaries(dir / "missing"), 0u);
}

}  // namespace
}  // namespace agendad::state
