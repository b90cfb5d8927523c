// The agenda prints the membership on its meeting's date, and the meeting's page the attendance
// the minutes record, in every format.
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

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

constexpr std::string_view march_membership =
    "Councillors Pitchley (Chair), Knight (Vice-Chair), Baggaley, Blackham, Bower, Brent, T. Collingham, Elliott, "
    "Fisher, Foster, N Harper, Hughes, Monk, Reynolds, Ryalls, Sutton and Garnett.";
constexpr std::string_view garnett_note =
    "Councillor Garnett: a member by 4 March 2025 (Minutes of 4 March 2025: Councillor Garnett present); the day "
    "they joined is to be confirmed.";
constexpr std::string_view present =
    "Councillor Pitchley (in the Chair); Councillors Baggaley, Bower, Brent, Foster, Garnett, N Harper, Monk, Ryalls "
    "and Sutton.";
constexpr std::string_view apologies = "Councillors Blackham, Elliott, Fisher, Hughes and Knight.";

TEST(MembershipPage, FourMarch2025AsText) {
  std::string text = agenda("2025-03-04");
  EXPECT_TRUE(has(text, "Membership:- " + std::string(march_membership) + "\n\n" + std::string(garnett_note) + "\n"))
      << text;
  EXPECT_TRUE(has(text, "Attendance (Minutes of 4 March 2025):-\nPresent:- " + std::string(present) +
                            "\nApologies:- " + std::string(apologies) + "\nSubstitutes:- None recorded.\n"))
      << text;
}

TEST(MembershipPage, SeventeenSeptember2024HasNoGarnettAndNoAttendance) {
  std::string text = agenda("2024-09-17");
  EXPECT_FALSE(has(text, "Garnett"));
  EXPECT_FALSE(has(text, "Attendance"));
}

TEST(MembershipPage, FourMarch2025AsHtmlAndMarkdown) {
  std::string html = agenda("2025-03-04", urls::AgendaFormat::html);
  EXPECT_TRUE(has(html, "<dd>" + std::string(march_membership) + "</dd>"));
  EXPECT_TRUE(has(html, "<p class=\"membership-note\">" + std::string(garnett_note) + "</p>"));
  EXPECT_TRUE(has(html, "<h2 id=\"attendance\">Attendance (Minutes of 4 March 2025):-</h2>"));
  EXPECT_TRUE(has(html, "<dt>Present:-</dt> <dd>" + std::string(present) + "</dd>"));
  EXPECT_TRUE(has(html, "<dt>Apologies:-</dt> <dd>" + std::string(apologies) + "</dd>"));
  std::string md = agenda("2025-03-04", urls::AgendaFormat::markdown);
  EXPECT_TRUE(has(md, "Sutton and Garnett.")) << md;
  EXPECT_TRUE(has(md, "- **Present:-** Councillor Pitchley (in the Chair); Councillors Baggaley")) << md;
  EXPECT_TRUE(has(md, "- **Apologies:-** Councillors Blackham, Elliott, Fisher, Hughes and Knight.")) << md;
  EXPECT_TRUE(has(md, "the day they joined is to be confirmed")) << md;
}

TEST(MembershipPage, FourMarch2025AsJson) {
  auto json = nlohmann::json::parse(agenda("2025-03-04", urls::AgendaFormat::json));
  EXPECT_EQ(json["membership"], march_membership);
  EXPECT_EQ(json["membership_notes"], nlohmann::json::array({garnett_note}));
  EXPECT_EQ(json["members"].size(), 17u);
  EXPECT_EQ(json["members"][0], (nlohmann::json{{"name", "Pitchley"}, {"full_name", "Lyndsay Pitchley"}, {"role", "chair"}}));
  EXPECT_EQ(json["members"][16], (nlohmann::json{{"name", "Garnett"}, {"role", "member"}}));
  const auto& attendance = json["attendance"];
  EXPECT_EQ(attendance["chair"], "Pitchley");
  EXPECT_EQ(attendance["present"], (nlohmann::json{"Pitchley", "Baggaley", "Bower", "Brent", "Foster", "Garnett",
                                                   "N Harper", "Monk", "Ryalls", "Sutton"}));
  EXPECT_EQ(attendance["apologies"], (nlohmann::json{"Blackham", "Elliott", "Fisher", "Hughes", "Knight"}));
  EXPECT_EQ(attendance["substitutes"], nlohmann::json::array());
  EXPECT_EQ(attendance["source"], "Minutes of 4 March 2025");

  auto september = nlohmann::json::parse(agenda("2024-09-17", urls::AgendaFormat::json));
  EXPECT_TRUE(september["attendance"].is_null());
  EXPECT_TRUE(september["membership_notes"].empty());
  EXPECT_EQ(september["members"].size(), 16u);
}

}  // namespace
}  // namespace agendad::pages
