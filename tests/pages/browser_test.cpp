// End to end in a real browser: headless Chromium opens the index page, follows its link to the
// next meeting's agenda, and prints that to PDF, as a governance advisor would. Needs Debian's
// chromium and poppler-utils (pdfinfo, pdftotext), which scripts/test installs.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include "feeds/pages/agenda.hpp"
#include "feeds/pages/index_page.hpp"
#include "feeds/urls/paths.hpp"
#include "tests/pages/fixture.hpp"
#include "tests/pages/seed_programme.hpp"
#include "tests/support/agendad_process.hpp"

namespace agendad::pages {

using planner::Meeting, planner::Programme;

namespace {

namespace fs = std::filesystem;
using Output = test_support::Outcome;
using test_support::run_shell;

bool installed(const char* program) { return run_shell(std::string("command -v ") + program + " >/dev/null 2>&1").status == 0; }

void write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

class Browser : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* program : {"chromium", "pdfinfo", "pdftotext"})
      if (!installed(program))
        FAIL() << program << " is not installed: scripts/test installs it (apt-get install chromium poppler-utils)";
    std::string pattern = (fs::temp_directory_path() / "agendad-browser-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir = pattern;
  }
  void TearDown() override {
    if (!dir.empty()) fs::remove_all(dir);
  }

  // The flags keep a headless Chromium from reaching the network or writing outside `dir`.
  Output chromium(const std::string& arguments) {
    return run_shell("timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking "
                     "--no-first-run --disable-component-update --disable-sync --user-data-dir=" +
                     (dir / "profile").string() + " " + arguments);
  }

  fs::path dir;
};

TEST_F(Browser, FollowsTheIndexToAnAgendaAndPrintsItOnTwoA4Pages) {
  const Programme& programme = testing::seed_programme();
  // The site as the daemon serves it, on disk: the index and the agendas it links to.
  write(dir / "index.html", render_index(programme, testing::on(2024, 9, 1), {.base_url = "https://agendad.example.org"}));
  for (const Meeting& meeting : programme.meetings)
    write(dir / urls::agenda_path(meeting.committee, meeting.date, urls::AgendaFormat::html).substr(1),
          render_agenda(programme, testing::plan_on(programme, testing::on(2024, 9, 1)), meeting, urls::AgendaFormat::html, {}));

  Output index = chromium("--dump-dom file://" + (dir / "index.html").string());
  ASSERT_EQ(index.status, 0);
  ASSERT_NE(index.out.find("<h1>Rotherham Metropolitan Borough Council: scrutiny meetings</h1>"), std::string::npos)
      << index.out.substr(0, 2000);
  EXPECT_NE(index.out.find("href=\"webcal://agendad.example.org/calendars/ilsc.ics\""), std::string::npos);
  std::smatch next;
  ASSERT_TRUE(std::regex_search(index.out, next, std::regex("Next meeting: <a href=\"([^\"]+)\">([^<]+)</a>")));
  EXPECT_EQ(next[2], "Tuesday 17 September 2024 at 10.00 a.m.");
  const fs::path agenda = dir / next[1].str();
  ASSERT_TRUE(fs::exists(agenda)) << agenda;

  Output page = chromium("--dump-dom file://" + agenda.string());
  ASSERT_EQ(page.status, 0);
  const char* next_meeting_line =
      "The next meeting of the Improving Lives Select Commission will be held on Tuesday 29 October 2024 commencing at "
      "10.00 a.m. in Rotherham Town Hall.";
  for (const char* text : {"<h1>IMPROVING LIVES SELECT COMMISSION</h1>", "<html lang=\"en-GB\">",
                           "2. Minutes of the Previous Meeting (Pages 3 - 16)", "7. Ofsted Focused Visit Outcome (Pages 17 - 21)",
                           "8. Work Programme (Pages 23 - 25)", next_meeting_line})
    EXPECT_NE(page.out.find(text), std::string::npos) << text;

  const fs::path pdf = dir / "agenda.pdf";
  ASSERT_EQ(chromium("--no-pdf-header-footer --print-to-pdf=" + pdf.string() + " file://" + agenda.string()).status, 0);
  Output info = run_shell("pdfinfo " + pdf.string());
  ASSERT_EQ(info.status, 0) << info.out;
  // The seeds' front sheet takes two pages; so must the printed draft.
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Pages:\\s+2\\n"))) << info.out;
  EXPECT_NE(info.out.find("(A4)"), std::string::npos) << info.out;
  Output text = run_shell("pdftotext -layout " + pdf.string() + " -");
  EXPECT_NE(text.out.find("IMPROVING LIVES SELECT COMMISSION"), std::string::npos);
  EXPECT_NE(text.out.find("SHARON KEMP OBE,"), std::string::npos);
  EXPECT_EQ(text.out.find("Watch the webcast"), std::string::npos);  // a screen-only link
}

}  // namespace
}  // namespace agendad::pages
