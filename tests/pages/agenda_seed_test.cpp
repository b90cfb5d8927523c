// The agenda drafts of the seeds' meetings, from config/, against the papers themselves.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "feeds/pages/agenda.hpp"
#include "tests/pages/seed_programme.hpp"

namespace agendad::pages {
namespace {

using testing::seed_programme;

std::string agenda(std::string_view date, urls::AgendaFormat format = urls::AgendaFormat::text) {
  return testing::seed_agenda(date, format);
}

// The front sheet of 17 September 2024, line for line as the agenda pack prints it (the pack
// breaks the next-meeting sentence over four lines; here it is one).
constexpr const char* seventeen_september = R"(
IMPROVING LIVES SELECT COMMISSION

Date and Time:- Tuesday 17 September 2024 at 10.00 a.m.

Venue:- Rotherham Town Hall, The Crofts, Moorgate Street, Rotherham. S60 2TH

Membership:- Councillors Pitchley (Chair), Knight (Vice-Chair), Baggaley, Blackham, Bower, Brent, T. Collingham, Elliott, Fisher, Foster, N Harper, Hughes, Monk, Reynolds, Ryalls and Sutton.

This meeting will be webcast live and will be available to view via the Council's website. The items which will be discussed are described on the agenda below and there are reports attached which give more details.

Rotherham Council advocates openness and transparency as part of its democratic processes. Anyone wishing to record (film or audio) the public parts of the meeting should inform the Chair or Governance Advisor of their intentions prior to the meeting.

AGENDA

1. Apologies for Absence

To receive the apologies of any Member who is unable to attend the meeting.

2. Minutes of the Previous Meeting (Pages 3 - 16)

To consider and approve the minutes of the previous meeting held on 30 July 2024, as a true and correct record of the proceedings and to be signed by the Chair.

3. Declarations of Interest

To receive declarations of interest from Members in respect of items listed on the agenda.

4. Exclusion of the Press and Public

To consider whether the press and public should be excluded from the meeting during consideration of any part of the agenda.

5. Questions from Members of the Public and the Press

To receive questions relating to items of business on the agenda from members of the public or press who are present at the meeting.

6. Corporate Parenting Partnership Board Update

To receive a verbal update from the Vice-Chair on the recent Corporate Parenting Partnership Board meeting.

7. Ofsted Focused Visit Outcome (Pages 17 - 21)

The agenda item will provide an overview of the outcomes from the Ofsted Focused Visit to Rotherham Children's and Young People's Services on the 14-15 May 2024.

8. Work Programme (Pages 23 - 25)

To consider and approve the Commission's Work Programme.

9. Improving Lives Select Commission - Sub and Project Group Updates

For the Chair/Project Group Leads to provide an update on the activity regarding sub and project groups of the Improving Lives Select Commission.

10. Urgent Business

To consider any item(s) the Chair is of the opinion should be considered as a matter of urgency.

The next meeting of the Improving Lives Select Commission will be held on Tuesday 29 October 2024 commencing at 10.00 a.m. in Rotherham Town Hall.


SHARON KEMP OBE,
Chief Executive.
)";

TEST(SeedAgenda, SeventeenSeptember2024ReproducesTheFrontSheet) {
  EXPECT_EQ(agenda("2024-09-17"), seventeen_september);
}

TEST(SeedAgenda, SeventeenSeptember2024AsJson) {
  auto json = nlohmann::json::parse(agenda("2024-09-17", urls::AgendaFormat::json));
  EXPECT_EQ(json["version"], "public");
  EXPECT_EQ(json["meeting"]["date"], "2024-09-17");
  EXPECT_EQ(json["meeting"]["start"], "10:00");
  ASSERT_EQ(json["items"].size(), 10u);
  EXPECT_EQ(json["items"][1]["pages"], (nlohmann::json{{"first", 3}, {"last", 16}}));
  EXPECT_EQ(json["items"][6]["title"], "Ofsted Focused Visit Outcome");
  EXPECT_EQ(json["items"][6]["pages"], (nlohmann::json{{"first", 17}, {"last", 21}}));
  EXPECT_EQ(json["items"][7]["pages"], (nlohmann::json{{"first", 23}, {"last", 25}}));
  EXPECT_TRUE(json["items"][5]["pages"].is_null());
  EXPECT_EQ(json["pack"]["pages"], 26);
  EXPECT_EQ(json["pack"]["blank_pages"], (nlohmann::json{22, 26}));
  EXPECT_EQ(json["next_meeting"]["date"], "2024-10-29");
  EXPECT_TRUE(json["notes"].empty());
}

TEST(SeedAgenda, SeventeenSeptember2024AsHtmlAndMarkdown) {
  std::string html = agenda("2024-09-17", urls::AgendaFormat::html);
  EXPECT_NE(html.find("<h1>IMPROVING LIVES SELECT COMMISSION</h1>"), std::string::npos);
  EXPECT_NE(html.find("<h3>7. Ofsted Focused Visit Outcome (Pages 17 - 21)</h3>"), std::string::npos);
  EXPECT_NE(html.find("Tuesday 29 October 2024 commencing at 10.00 a.m."), std::string::npos);
  std::string md = agenda("2024-09-17", urls::AgendaFormat::markdown);
  EXPECT_NE(md.find("# IMPROVING LIVES SELECT COMMISSION\n"), std::string::npos);
  EXPECT_NE(md.find("### 2\\. Minutes of the Previous Meeting (Pages 3 - 16)\n"), std::string::npos);
  EXPECT_NE(md.find("### 8\\. Work Programme (Pages 23 - 25)\n"), std::string::npos);
}

TEST(SeedAgenda, FourMarch2025ShowsWhatWasTaken) {
  std::string text = agenda("2025-03-04");
  auto at = [&](std::string_view line) { return text.find(std::string(line)); };
  EXPECT_NE(at("Date and Time:- Tuesday 4 March 2025 at 10.00 a.m. (to be confirmed)\n"), std::string::npos);
  EXPECT_NE(at("held on 28 January 2025, as a true and correct record"), std::string::npos);
  // The minutes number them 63 and 64; the front sheet numbers from 1 with five standing items first.
  ASSERT_NE(at("6. Kinship Care Offer Update\n\nThis item provided an update on the Local Kinship Care Offer"),
            std::string::npos);
  EXPECT_LT(at("6. Kinship Care Offer Update"), at("7. Youth Justice Service Update\n\nThis item provided an overview"));
  EXPECT_LT(at("7. Youth Justice"), at("8. Work Programme\n"));
  EXPECT_LT(at("8. Work Programme"), at("9. Improving Lives Select Commission - Sub and Project Group Updates\n"));
  EXPECT_LT(at("9. Improving"), at("10. Urgent Business\n"));
  EXPECT_EQ(at("Pages"), std::string::npos);  // the papers give no page counts for this pack
  EXPECT_NE(at("No page count for the front sheet"), std::string::npos);
  // The workshop of 1 May 2025 is not a meeting of the Commission.
  EXPECT_NE(at("The next meeting of the Improving Lives Select Commission will be held on Tuesday 22 April 2025 "
               "commencing at 10.00 a.m. in Rotherham Town Hall (time and place to be confirmed).\n"),
            std::string::npos);
}

// The papers give a time and place for 17 September and 29 October 2024 only; for the others the
// Commission's usual ones are shown and said to be assumed, in every format.
TEST(SeedAgenda, ATimeAndPlaceThePapersDoNotGiveAreToBeConfirmed) {
  const std::string december = agenda("2024-12-03");
  EXPECT_NE(december.find("Date and Time:- Tuesday 3 December 2024 at 10.00 a.m. (to be confirmed)\n"), std::string::npos)
      << december;
  EXPECT_NE(december.find("Venue:- Rotherham Town Hall, The Crofts, Moorgate Street, Rotherham. S60 2TH (to be "
                          "confirmed)\n"),
            std::string::npos);
  EXPECT_EQ(agenda("2024-09-17").find("to be confirmed"), std::string::npos);
  EXPECT_NE(agenda("2024-12-03", urls::AgendaFormat::html).find("10.00 a.m. (to be confirmed)"), std::string::npos);
  EXPECT_NE(agenda("2024-12-03", urls::AgendaFormat::markdown).find("10.00 a.m. (to be confirmed)"), std::string::npos);
  const auto assumed = nlohmann::json::parse(agenda("2024-12-03", urls::AgendaFormat::json));
  EXPECT_EQ(assumed.at("start_confirmed"), false);
  EXPECT_EQ(assumed.at("venue_confirmed"), false);
  const auto given = nlohmann::json::parse(agenda("2024-10-29", urls::AgendaFormat::json));
  EXPECT_EQ(given.at("start_confirmed"), true);
  EXPECT_EQ(given.at("venue_confirmed"), true);
  // The 17 September front sheet names the next meeting's time as the papers give it.
  EXPECT_NE(agenda("2024-09-17").find("Tuesday 29 October 2024 commencing at 10.00 a.m. in Rotherham Town Hall."),
            std::string::npos);
}

TEST(SeedAgenda, TheFirstMeetingOfTheYearHasNoPreviousDate) {
  std::string text = agenda("2024-06-18");
  EXPECT_NE(text.find("held on [date of the previous meeting]"), std::string::npos);
  EXPECT_NE(text.find("No earlier meeting is known"), std::string::npos);
  EXPECT_NE(text.find("6. Introduction to the Improving Lives Select Commission including the following:\n\n"
                      "- CYPS Performance\n- Early Help Strategy\n- SEND/ SEND Sufficiency\n"),
            std::string::npos);
}

TEST(SeedAgenda, AWorkshopHasNoStandingItems) {
  std::string text = agenda("2024-10-21");
  EXPECT_NE(text.find("*** Workshop: an informal session"), std::string::npos);
  EXPECT_NE(text.find("1. SEND Strategy Consultation with Improving Lives members.\n"), std::string::npos);
  EXPECT_EQ(text.find("Apologies"), std::string::npos);
}

// A workshop reads by its own rules on every page: no usual start (the committee's is for formal
// meetings), no webcast notice though the commission's meetings are webcast, its format shown.
TEST(SeedAgenda, AWorkshopKeepsItsOwnTimeNoWebcastAndItsFormat) {
  const std::string text = agenda("2025-05-01");
  EXPECT_NE(text.find("Date and Time:- Thursday 1 May 2025, time to be confirmed\n"), std::string::npos) << text;
  EXPECT_NE(text.find("S60 2TH (to be confirmed); hybrid\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("webcast"), std::string::npos) << text;
  EXPECT_NE(agenda("2024-09-17").find("This meeting will be webcast live"), std::string::npos);
}

}  // namespace
}  // namespace agendad::pages
