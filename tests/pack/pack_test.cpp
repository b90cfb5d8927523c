// `agendad pack` and the papers `check` opens, read back as a reader would: pdfinfo, pdftotext
// and the outline. The papers are PDFs the tests make, with known page counts.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/pack/pdf_fixtures.hpp"
#include "tests/support/agendad_process.hpp"

namespace {
namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using agendad::test_support::run_agendad;
using namespace agendad::test_pack;

class Pack : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("agendad-pack-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
    fs::copy(fs::path(AGENDAD_SOURCE_DIR) / "config", config(), fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path config() const { return root_ / "config"; }
  fs::path out(const std::string& name = "pack.pdf") const { return root_ / name; }

  void replace_in_ilsc(const std::string& from, const std::string& to) {
    std::string text = read_file(config() / "ilsc.yaml");
    auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    write_file(config() / "ilsc.yaml", text);
  }

  // The seeds' papers for 17 September 2024: minutes of 14 pages, the Ofsted report of 5.
  void supply_papers(int minutes_pages = 14, int ofsted_pages = 5) {
    write_file(config() / "papers" / "minutes-2024-07-30.pdf", paper_pdf("Minutes", minutes_pages));
    write_file(config() / "reports" / "ofsted.pdf", paper_pdf("Ofsted report", ofsted_pages));
    replace_in_ilsc("        pages: {front_sheet: 2, minutes: 14, work_programme: 3}\n",
                    "        pages: {front_sheet: 2, minutes: 14, work_programme: 3}\n"
                    "        papers: {minutes: papers/minutes-2024-07-30.pdf}\n");
    replace_in_ilsc("        pages: 5\n", "        pages: 5\n        papers: [reports/ofsted.pdf]\n");
  }

  agendad::test_support::Outcome pack(const std::string& name = "pack.pdf", const std::string& extra = "") {
    return run_agendad("pack --config '" + config().string() + "' " + extra + " ilsc 2024-09-17 --out '" +
                       out(name).string() + "'");
  }

  fs::path root_;
};

TEST_F(Pack, WithoutPapersTheReportsAreToFollowAndTheWorkProgrammeIsAgendadsOwn) {
  const auto made = pack();
  ASSERT_EQ(made.status, 0) << made.err;
  EXPECT_THAT(made.err, HasSubstr("incomplete"));
  EXPECT_THAT(made.err, HasSubstr("2. Minutes of the Previous Meeting"));
  EXPECT_THAT(made.err, HasSubstr("7. Ofsted Focused Visit Outcome"));
  const int pages = page_count(out());
  EXPECT_EQ(pages % 2, 0) << "a pack ends on an even page";
  const std::string all = page_text(out(), 1, pages);
  EXPECT_THAT(all, HasSubstr("IMPROVING LIVES SELECT COMMISSION"));
  EXPECT_THAT(all, HasSubstr("Summary Work Programme"));
  std::regex to_follow("Report to follow");
  EXPECT_EQ(std::distance(std::sregex_iterator(all.begin(), all.end(), to_follow), std::sregex_iterator()), 2);
  EXPECT_THAT(info(out()), HasSubstr("incomplete"));
}

TEST_F(Pack, ReproducesTheSeedsNumberingWithPapersOf14And5Pages) {
  supply_papers();
  const auto made = pack();
  ASSERT_EQ(made.status, 0) << made.err;
  EXPECT_THAT(made.err, HasSubstr("complete"));
  EXPECT_THAT(made.err, Not(HasSubstr("incomplete")));
  const std::string front = page_text(out(), 1, 2);
  EXPECT_THAT(front, HasSubstr("2. Minutes of the Previous Meeting (Pages 3 - 16)"));
  EXPECT_THAT(front, HasSubstr("7. Ofsted Focused Visit Outcome (Pages 17 - 21)"));
  EXPECT_THAT(front, HasSubstr("8. Work Programme (Pages 23 - "));
  EXPECT_THAT(front, HasSubstr("Tuesday 29 October 2024"));
  EXPECT_THAT(front, HasSubstr("SHARON KEMP OBE"));
  EXPECT_THAT(page_text(out(), 3, 3), HasSubstr("Minutes page 1"));
  EXPECT_THAT(page_text(out(), 16, 16), HasSubstr("Minutes page 14"));
  EXPECT_THAT(page_text(out(), 17, 17), HasSubstr("Ofsted report page 1"));
  EXPECT_THAT(page_text(out(), 21, 21), HasSubstr("Ofsted report page 5"));
  const std::string blank = page_text(out(), 22, 22);
  EXPECT_THAT(blank, HasSubstr("intentionally left blank"));
  EXPECT_THAT(blank, HasSubstr("Page 22"));
  EXPECT_THAT(page_text(out(), 23, 23), HasSubstr("Summary Work Programme"));
  // Every page after the front sheet is numbered; the front sheet is not.
  EXPECT_THAT(page_text(out(), 3, 3), HasSubstr("Page 3"));
  EXPECT_THAT(page_text(out(), 17, 17), HasSubstr("Page 17"));
  EXPECT_THAT(page_text(out(), 23, 23), HasSubstr("Page 23"));
  EXPECT_THAT(page_text(out(), 1, 1), Not(HasSubstr("Page 1\n")));
}

TEST_F(Pack, EachItemsBookmarkOpensAtThePageTheFrontSheetGives) {
  supply_papers();
  ASSERT_EQ(pack().status, 0);
  const auto bookmarks = outline(out());
  ASSERT_EQ(bookmarks.size(), 4u);
  EXPECT_EQ(bookmarks[0], std::make_pair(std::string("Agenda front sheet"), 1));
  EXPECT_EQ(bookmarks[1], std::make_pair(std::string("2. Minutes of the Previous Meeting"), 3));
  EXPECT_EQ(bookmarks[2], std::make_pair(std::string("7. Ofsted Focused Visit Outcome"), 17));
  EXPECT_EQ(bookmarks[3], std::make_pair(std::string("8. Work Programme"), 23));
  const std::string meta = info(out());
  EXPECT_THAT(meta, HasSubstr("Agenda pack: Improving Lives Select Commission, Tuesday 17 September 2024"));
  EXPECT_THAT(meta, HasSubstr("committee: ilsc; date: 2024-09-17; public"));
}

TEST_F(Pack, TheSameInputsGiveTheSameBytes) {
  supply_papers();
  ASSERT_EQ(pack("one.pdf").status, 0);
  ASSERT_EQ(pack("two.pdf").status, 0);
  EXPECT_EQ(read_file(out("one.pdf")), read_file(out("two.pdf")));
}

TEST_F(Pack, CheckGivesEachPapersPageCount) {
  supply_papers();
  const auto checked = run_agendad("check '" + config().string() + "'");
  ASSERT_EQ(checked.status, 0) << checked.err;
  EXPECT_THAT(checked.out, HasSubstr("minutes-2024-07-30.pdf: 14 pages (ilsc-2024-09-17 minutes)"));
  EXPECT_THAT(checked.out, HasSubstr("ofsted.pdf: 5 pages (ofsted-focused-visit)"));
}

TEST_F(Pack, ATypedPageCountThatDisagreesWithThePaperIsAnError) {
  supply_papers(13, 5);
  const auto checked = run_agendad("check '" + config().string() + "'");
  EXPECT_EQ(checked.status, 1);
  EXPECT_THAT(checked.err, HasSubstr("papers.minutes"));
  EXPECT_THAT(checked.err, HasSubstr("the papers have 13 pages but pages: says 14"));
}

TEST_F(Pack, AnEncryptedPaperIsRefusedAtTheKeyThatNamesIt) {
  supply_papers();
  write_file(config() / "reports" / "ofsted.pdf", encrypted_pdf());
  const auto checked = run_agendad("check '" + config().string() + "'");
  EXPECT_EQ(checked.status, 1);
  EXPECT_THAT(checked.err, ::testing::ContainsRegex("ilsc\\.yaml:[0-9]+:[0-9]+: error: .*papers\\[0\\]"));
  EXPECT_THAT(checked.err, HasSubstr("is encrypted"));
  EXPECT_NE(pack().status, 0);
}

TEST_F(Pack, ADamagedOrMissingPaperIsRefusedWithoutACrash) {
  supply_papers();
  std::string damaged = paper_pdf("Ofsted report", 5);
  damaged.resize(damaged.size() / 2);
  write_file(config() / "reports" / "ofsted.pdf", damaged);
  auto checked = run_agendad("check '" + config().string() + "'");
  EXPECT_EQ(checked.status, 1);
  EXPECT_THAT(checked.err, HasSubstr("damaged"));
  write_file(config() / "reports" / "ofsted.pdf", "not a PDF at all");
  checked = run_agendad("check '" + config().string() + "'");
  EXPECT_EQ(checked.status, 1);
  EXPECT_THAT(checked.err, HasSubstr("damaged"));
  fs::remove(config() / "reports" / "ofsted.pdf");
  checked = run_agendad("check '" + config().string() + "'");
  EXPECT_EQ(checked.status, 1);
  EXPECT_THAT(checked.err, HasSubstr("ofsted.pdf"));
}

}  // namespace

namespace {

TEST_F(Pack, ServedAndExportedBesideTheAgendaPageThatLinksThem) {
  supply_papers();
  const fs::path site = root_ / "site";
  fs::create_directories(site);
  const auto exported = run_agendad("export --config '" + config().string() + "' --out '" + site.string() + "'");
  ASSERT_EQ(exported.status, 0) << exported.err;
  const fs::path front = site / "agendas" / "ilsc" / "2024-09-17.pdf";
  const fs::path whole = site / "agendas" / "ilsc" / "2024-09-17-pack.pdf";
  ASSERT_TRUE(fs::exists(front));
  ASSERT_TRUE(fs::exists(whole));
  EXPECT_LE(page_count(front), 2);
  EXPECT_THAT(page_text(front, 1, 2), HasSubstr("7. Ofsted Focused Visit Outcome (Pages 17 - 21)"));
  EXPECT_GE(page_count(whole), 24);
  EXPECT_THAT(page_text(whole, 17, 17), HasSubstr("Ofsted report page 1"));
  const std::string agenda = read_file(site / "agendas" / "ilsc" / "2024-09-17.html");
  EXPECT_THAT(agenda, HasSubstr("agendas/ilsc/2024-09-17-pack.pdf\">the agenda pack</a>"));
  EXPECT_THAT(agenda, HasSubstr("agendas/ilsc/2024-09-17.pdf\">the front sheet</a>"));
  EXPECT_THAT(read_file(site / "index.html"), HasSubstr("agendas/ilsc/2024-09-17-pack.pdf"));
}

}  // namespace

namespace {

TEST_F(Pack, ThePublicPackLeavesExemptPapersOutAndTheMembersPackHasThem) {
  supply_papers();
  write_file(config() / "reports" / "contract.pdf", paper_pdf("Contract", 3));
  replace_in_ilsc("      - id: rscp-annual-report\n",
                  "      - id: placement-contract\n"
                  "        title: Residential Placement Contract Award\n"
                  "        kind: report\n"
                  "        exempt: {paragraph: 3, public_title: Contract award}\n"
                  "        papers: [reports/contract.pdf]\n"
                  "        status: booked\n"
                  "        meeting: ilsc-2024-09-17\n"
                  "      - id: rscp-annual-report\n");
  ASSERT_EQ(pack("public.pdf").status, 0);
  ASSERT_EQ(pack("members.pdf", "--members").status, 0);
  const std::string open = page_text(out("public.pdf"), 1, page_count(out("public.pdf")));
  EXPECT_THAT(open, Not(HasSubstr("Contract page 1")));
  EXPECT_THAT(open, Not(HasSubstr("Residential Placement")));
  EXPECT_THAT(page_text(out("public.pdf"), 23, 23), HasSubstr("Contract award"));
  EXPECT_THAT(page_text(out("public.pdf"), 23, 23), HasSubstr("paragraph 3 of Part I of Schedule 12A"));
  EXPECT_THAT(page_text(out("members.pdf"), 23, 23), HasSubstr("Contract page 1"));
  EXPECT_THAT(page_text(out("members.pdf"), 1, 2), HasSubstr("Residential Placement Contract Award (Pages 23 - 25)"));
  EXPECT_THAT(info(out("members.pdf")), HasSubstr("members' version"));
}

}  // namespace
