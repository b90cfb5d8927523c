// The agenda draft against a programme built in code: numbering, page ranges, the previous and
// next meetings, exempt items and escaping, one fact changed at a time.
#include <gtest/gtest.h>

#include <array>

#include "feeds/pages/agenda.hpp"
#include "tests/pages/fixture.hpp"
#include "planner/model/find_meeting.hpp"

namespace agendad::pages {

using planner::Date, planner::Exemption, planner::Item, planner::ItemState, planner::ItemStatus, planner::Meeting,
    planner::MeetingKind, planner::MeetingStatus, planner::Programme;

namespace {

using testing::meeting_on;
using testing::on;
using testing::settled;
using testing::small_programme;

constexpr std::array all_formats{urls::AgendaFormat::html, urls::AgendaFormat::text, urls::AgendaFormat::markdown, urls::AgendaFormat::json};

std::string text_of(const Programme& programme, Date date, const PageOptions& options = {}) {
  return render_agenda(programme, settled(programme), *programme.meeting(find_meeting(programme, "ilsc", date).value()->id),
                       urls::AgendaFormat::text, options);
}

Item exempt_item() {
  Item item;
  item.id = "sale-of-riverside-house";
  item.committee = "ilsc";
  item.title = "Proposed sale of Riverside House to Acme Holdings Ltd";
  item.description = "Terms offered by Acme Holdings Ltd for Riverside House.";
  item.exempt = Exemption{3, "Disposal of a Council property"};
  item.pages = 4;
  ItemState state;
  state.status = ItemStatus::booked;
  state.meeting = "ilsc-2024-09-17";
  item.history.push_back(state);
  return item;
}

TEST(Agenda, NumbersStandingItemsAroundTheBookedOnes) {
  std::string text = text_of(small_programme(), on(2024, 9, 17));
  auto at = [&](std::string_view line) { return text.find(std::string(line)); };
  EXPECT_LT(at("1. Apologies for Absence\n"), at("2. Minutes of the Previous Meeting (Pages 3 - 16)\n"));
  EXPECT_LT(at("2. Minutes"), at("3. Exclusion of the Press and Public\n"));
  EXPECT_LT(at("3. Exclusion"), at("4. Corporate Parenting Partnership Board Update\n"));
  EXPECT_LT(at("4. Corporate"), at("5. Ofsted Focused Visit Outcome (Pages 17 - 21)\n"));
  EXPECT_LT(at("5. Ofsted"), at("6. Work Programme (Pages 23 - 25)\n"));
  EXPECT_LT(at("6. Work"), at("7. Urgent Business\n"));
  EXPECT_NE(at("The minutes of the meeting held on 30 July 2024.\n"), std::string::npos);
  EXPECT_EQ(at("{previous_meeting}"), std::string::npos);
}

TEST(Agenda, TheNextMeetingSkipsWorkshopsAndCancelledMeetings) {
  Programme programme = small_programme();
  EXPECT_NE(text_of(programme, on(2024, 9, 17)).find("The next meeting of the Improving Lives Select Commission will "
                                                     "be held on Tuesday 29 October 2024 commencing at 10.00 a.m. "
                                                     "in Rotherham Town Hall.\n"),
            std::string::npos);
  meeting_on(programme, on(2024, 10, 29)).status = MeetingStatus::cancelled;
  std::string text = text_of(programme, on(2024, 9, 17));
  EXPECT_EQ(text.find("29 October 2024"), std::string::npos);
  EXPECT_NE(text.find("will be held on Tuesday 3 December 2024 commencing at 10.00 a.m."), std::string::npos);
}

TEST(Agenda, ThePreviousMeetingSkipsACancelledOne) {
  Programme programme = small_programme();
  meeting_on(programme, on(2024, 10, 29)).status = MeetingStatus::cancelled;
  EXPECT_NE(text_of(programme, on(2024, 12, 3)).find("held on 17 September 2024."), std::string::npos);
}

TEST(Agenda, AnItemWithoutAPageCountGetsNoRangeAndANote) {
  Programme programme = small_programme();
  programme.items[1].pages.reset();  // the Ofsted report
  std::string text = text_of(programme, on(2024, 9, 17));
  EXPECT_NE(text.find("5. Ofsted Focused Visit Outcome\n"), std::string::npos);
  EXPECT_NE(text.find("6. Work Programme\n"), std::string::npos);  // its start is unknown too
  EXPECT_NE(text.find("2. Minutes of the Previous Meeting (Pages 3 - 16)\n"), std::string::npos);
  EXPECT_NE(text.find("No page count for item 5 (Ofsted Focused Visit Outcome)"), std::string::npos);
  const Meeting& september = *programme.meeting("ilsc-2024-09-17");
  std::string json = render_agenda(programme, settled(programme), september, urls::AgendaFormat::json, {});
  EXPECT_NE(json.find("No page count for item 5"), std::string::npos);
}

TEST(Agenda, AVerbalUpdateNeedsNoPages) {
  std::string text = text_of(small_programme(), on(2024, 9, 17));
  EXPECT_EQ(text.find("No page count"), std::string::npos);
}

TEST(Agenda, ProposedProvisionalAndCancelledMeetingsAreMarked) {
  Programme programme = small_programme();
  Meeting& october = meeting_on(programme, on(2024, 10, 29));
  october.proposed = true;
  october.confirmed = false;
  EXPECT_NE(text_of(programme, on(2024, 10, 29)).find("*** Proposed by the planner: this meeting has not been agreed. ***"),
            std::string::npos);
  EXPECT_NE(text_of(programme, on(2024, 10, 29)).find("*** Provisional: the date of this meeting is still to be confirmed. ***"),
            std::string::npos);
  // A proposal is not a decision, so no agenda announces it as the next meeting.
  EXPECT_NE(text_of(programme, on(2024, 9, 17)).find("held on Tuesday 3 December 2024"), std::string::npos);
  october.status = MeetingStatus::cancelled;
  october.status_reason = "insufficient business";
  EXPECT_NE(text_of(programme, on(2024, 10, 29)).find("*** Cancelled: insufficient business ***"), std::string::npos);
}

TEST(Agenda, FindMeetingExplainsWhatIsWrong) {
  Programme programme = small_programme();
  auto unknown = find_meeting(programme, "osmb", on(2024, 9, 17));
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().front().found, "osmb");
  EXPECT_EQ(unknown.error().front().expected, "one of: ilsc");
  auto no_meeting = find_meeting(programme, "ilsc", on(2024, 9, 18));
  ASSERT_FALSE(no_meeting.has_value());
  EXPECT_NE(no_meeting.error().front().expected.find("2024-09-17"), std::string::npos);
  // A workshop is an informal session but can still be looked up on its day.
  EXPECT_EQ(find_meeting(programme, "ilsc", on(2024, 10, 21)).value()->kind, MeetingKind::workshop);
}

TEST(AgendaExempt, NoPublicOutputHoldsThePrivateTitleOrDetail) {
  Programme programme = small_programme();
  programme.items.push_back(exempt_item());
  const Meeting& september = *programme.meeting("ilsc-2024-09-17");
  for (urls::AgendaFormat format : all_formats) {
    std::string bytes = render_agenda(programme, settled(programme), september, format, {});
    SCOPED_TRACE(extension(format));
    EXPECT_EQ(bytes.find("Acme"), std::string::npos);
    EXPECT_EQ(bytes.find("Riverside"), std::string::npos);
    EXPECT_EQ(bytes.find("sale-of-riverside-house"), std::string::npos);
    EXPECT_NE(bytes.find("Disposal of a Council property"), std::string::npos);
    EXPECT_NE(bytes.find("Exempt under paragraph 3 of Part I of Schedule 12A to the Local Government Act 1972"),
              std::string::npos);
  }
}

TEST(AgendaExempt, TheExclusionItemCarriesTheResolution) {
  Programme programme = small_programme();
  programme.items.push_back(exempt_item());
  std::string text = text_of(programme, on(2024, 9, 17));
  EXPECT_NE(text.find("6. Disposal of a Council property (Pages 23 - 26)\n\nExempt under paragraph 3"), std::string::npos);
  auto exclusion = text.find("3. Exclusion of the Press and Public");
  auto resolution = text.find("Recommended:- That under Section 100A(4) of the Local Government Act 1972, the press and "
                              "public be excluded from the meeting for item 6 (Disposal of a Council property) on the "
                              "grounds that it involves the likely disclosure of exempt information as defined in "
                              "paragraph 3 of Part I of Schedule 12A");
  ASSERT_NE(resolution, std::string::npos);
  EXPECT_LT(exclusion, resolution);
  EXPECT_LT(resolution, text.find("4. Corporate Parenting"));
  EXPECT_NE(text.find("7. Work Programme (Pages 27 - 29)"), std::string::npos);
}

TEST(AgendaExempt, TheMembersVersionShowsTheFullTitle) {
  Programme programme = small_programme();
  programme.items.push_back(exempt_item());
  const Meeting& september = *programme.meeting("ilsc-2024-09-17");
  for (urls::AgendaFormat format : all_formats) {
    std::string bytes = render_agenda(programme, settled(programme), september, format, {.base_url = "", .members = true});
    SCOPED_TRACE(extension(format));
    EXPECT_NE(bytes.find("Proposed sale of Riverside House to Acme Holdings Ltd"), std::string::npos);
    EXPECT_NE(bytes.find("Terms offered by Acme Holdings Ltd"), std::string::npos);
    EXPECT_NE(bytes.find("Not for publication."), std::string::npos);
  }
}

TEST(AgendaEscaping, AScriptInATitleIsShownAsText) {
  Programme programme = small_programme();
  programme.items[0].title = "<script>alert(1)</script> & *stars*";
  const Meeting& september = *programme.meeting("ilsc-2024-09-17");
  std::string html = render_agenda(programme, settled(programme), september, urls::AgendaFormat::html, {});
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *stars*"), std::string::npos);
  std::string md = render_agenda(programme, settled(programme), september, urls::AgendaFormat::markdown, {});
  EXPECT_NE(md.find("\\<script\\>alert(1)\\</script\\> & \\*stars\\*"), std::string::npos);
  std::string json = render_agenda(programme, settled(programme), september, urls::AgendaFormat::json, {});
  EXPECT_NE(json.find(R"("title": "<script>alert(1)</script> & *stars*")"), std::string::npos);
}

TEST(AgendaEscaping, OnlyWebAddressesBecomeLinks) {
  Programme programme = small_programme();
  const Meeting& september = *programme.meeting("ilsc-2024-09-17");
  programme.council.notices.webcast_url = "https://rotherham.public-i.tv/core/portal/home";
  EXPECT_NE(render_agenda(programme, settled(programme), september, urls::AgendaFormat::html, {})
                .find("<a href=\"https://rotherham.public-i.tv/core/portal/home\">Watch the webcast</a>"),
            std::string::npos);
  programme.council.notices.webcast_url = "javascript:alert(1)";
  EXPECT_EQ(render_agenda(programme, settled(programme), september, urls::AgendaFormat::html, {}).find("javascript:"), std::string::npos);
}

}  // namespace
}  // namespace agendad::pages
