// read_config_directory: which files it reads, in what order, and what it says when it cannot.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "planner/load/read_config_directory.hpp"
#include "tests/load/load_helpers.hpp"

namespace agendad::planner {
namespace {
namespace fs = std::filesystem;

class Directory : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() /
          ("agendad-load-" + std::to_string(::getpid()) + "-" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir / name, std::ios::binary) << text; }
  fs::path dir;
};

TEST_F(Directory, ReadsYamlFilesSortedByNameAndNothingElse) {
  write("b.yml", "bodies: []\n");
  write("a.yaml", "venues: []\n");
  write("notes.txt", "not configuration\n");
  write("c.yaml~", "an editor's backup\n");
  fs::create_directories(dir / "sub.yaml");
  fs::create_directories(dir / "nested");
  write("nested/d.yaml", "council: {name: X}\n");
  auto files = read_config_directory(dir.string());
  ASSERT_TRUE(files) << testing::all_lines(files.error());
  ASSERT_EQ(files->size(), 2u);
  EXPECT_EQ((*files)[0].path, (dir / "a.yaml").string());
  EXPECT_EQ((*files)[0].text, "venues: []\n");
  EXPECT_EQ((*files)[1].path, (dir / "b.yml").string());
}

TEST_F(Directory, NoSuchDirectory) {
  auto files = read_config_directory((dir / "missing").string());
  ASSERT_FALSE(files);
  EXPECT_EQ(files.error()[0].message, "there is no such directory");
  EXPECT_EQ(files.error()[0].where.file, (dir / "missing").string());
}

TEST_F(Directory, NoConfigurationFiles) {
  write("README.txt", "hello\n");
  auto files = read_config_directory(dir.string());
  ASSERT_FALSE(files);
  EXPECT_EQ(files.error()[0].message, "holds no configuration files");
}

TEST_F(Directory, AFileThatCannotBeRead) {
  fs::create_symlink(dir / "gone.yaml", dir / "broken.yaml");
  write("ok.yaml", "venues: []\n");
  auto files = read_config_directory(dir.string());
  ASSERT_FALSE(files);
  ASSERT_EQ(files.error().size(), 1u);
  EXPECT_EQ(files.error()[0].where.file, (dir / "broken.yaml").string());
  EXPECT_TRUE(files.error()[0].message.starts_with("the file cannot be read")) << files.error()[0].message;
}

TEST_F(Directory, PathsInAFileAreResolvedAgainstItsDirectory) {
  write("council.yaml", "council:\n  name: R\n  rules:\n    closure_days: ../data/holidays.ics\n"
                        "bodies:\n  - {id: cabinet, name: Cabinet, calendar: calendars/cabinet.ics}\n");
  auto files = read_config_directory(dir.string());
  ASSERT_TRUE(files);
  auto loaded = load_programme(*files);
  ASSERT_TRUE(loaded) << testing::all_lines(loaded.error());
  ASSERT_TRUE(loaded->council.rules.closure_days);
  EXPECT_EQ(loaded->council.rules.closure_days->path, (dir.parent_path() / "data/holidays.ics").string());
  EXPECT_EQ(describe(loaded->council.rules.closure_days->where), (dir / "council.yaml").string() + ":4:19");
  EXPECT_EQ(loaded->council.rules.closure_days->field, "council.rules.closure_days");
  ASSERT_TRUE(loaded->body("cabinet")->calendar);
  EXPECT_EQ(loaded->body("cabinet")->calendar->path, (dir / "calendars/cabinet.ics").string());
  auto absolute = load_programme({{"x/c.yaml", "council:\n  name: R\n  rules: {closure_days: /etc/h.ics}\n"}});
  ASSERT_TRUE(absolute);
  EXPECT_EQ(absolute->council.rules.closure_days->path, "/etc/h.ics");
}

TEST_F(Directory, BankHolidaysAreARuleNotAFile) {
  auto loaded = load_programme({{"c.yaml", "council:\n  name: R\n  rules: {bank_holidays: none}\n"}});
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->council.rules.bank_holidays, BankHolidays::none);
  auto old_style = load_programme({{"c.yaml", "council:\n  name: R\n  rules:\n    bank_holidays: ../h.ics\n"}});
  ASSERT_FALSE(old_style);
  const std::string line = format_line(old_style.error().front());
  EXPECT_EQ(line.rfind("c.yaml:4:20: error: council.rules.bank_holidays: ", 0), 0u) << line;
  EXPECT_NE(line.find("closure_days"), std::string::npos) << line;
  EXPECT_NE(line.find("england-and-wales, none"), std::string::npos) << line;
}

}  // namespace
}  // namespace agendad::planner
