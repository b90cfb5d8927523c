// A state file's value is kept only while the file is the one it was kept for: a file written
// again (by anyone: every write renames a new one in), edited in place, removed or replaced by
// something that is not a regular file is read again.
#include "daemon/state/kept_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "daemon/state/write_atomically.hpp"

namespace agendad::state {
namespace {

namespace fs = std::filesystem;

class KeptFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "agendad-kept-file-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir = pattern;
    file = dir / "changes";
    ASSERT_TRUE(write_atomically(file, "first"));
  }
  void TearDown() override { fs::remove_all(dir); }
  fs::path dir, file;
};

TEST_F(KeptFileTest, TheValueIsFoundWhileTheFileIsUntouched) {
  KeptFile<std::string> kept;
  kept.keep(identity_of(file), "first");
  ASSERT_NE(kept.find(identity_of(file)), nullptr);
  EXPECT_EQ(*kept.find(identity_of(file)), "first");
}

TEST_F(KeptFileTest, AFileWrittenAgainWithTheSameBytesIsReadAgain) {
  KeptFile<std::string> kept;
  kept.keep(identity_of(file), "first");
  ASSERT_TRUE(write_atomically(file, "first"));
  EXPECT_EQ(kept.find(identity_of(file)), nullptr);
}

TEST_F(KeptFileTest, AFileEditedInPlaceIsReadAgain) {
  KeptFile<std::string> kept;
  kept.keep(identity_of(file), "first");
  std::ofstream(file, std::ios::app) << " and more";
  EXPECT_EQ(kept.find(identity_of(file)), nullptr);
}

TEST_F(KeptFileTest, ARemovedFileHasNoIdentityAndNothingKept) {
  KeptFile<std::string> kept;
  kept.keep(identity_of(file), "first");
  fs::remove(file);
  EXPECT_FALSE(identity_of(file));
  EXPECT_EQ(kept.find(identity_of(file)), nullptr);
  kept.keep(identity_of(file), "second");  // kept for no file: nothing kept
  ASSERT_TRUE(write_atomically(file, "second"));
  EXPECT_EQ(kept.find(identity_of(file)), nullptr);
}

TEST_F(KeptFileTest, OnlyARegularFileHasAnIdentity) {
  fs::remove(file);
  ASSERT_EQ(::mkfifo(file.c_str(), 0600), 0);
  EXPECT_FALSE(identity_of(file));
  EXPECT_FALSE(identity_of(dir));
}

TEST_F(KeptFileTest, ForgottenIsNotFound) {
  KeptFile<std::string> kept;
  kept.keep(identity_of(file), "first");
  kept.forget();
  EXPECT_EQ(kept.find(identity_of(file)), nullptr);
}

}  // namespace
}  // namespace agendad::state
