// Flags and constraints on small programmes built in code, one situation each.
#include <gtest/gtest.h>

#include <algorithm>

#include "planner/rules/paper.hpp"
#include "planner/rules/plan.hpp"
#include "tests/rules/bank_holidays.hpp"

namespace agendad::planner {
namespace {
using namespace std::chrono;

struct Builder {
  Programme programme;
  Builder() {
    programme.council.rules.capacity_items = 2;
    Committee committee;
    committee.id = "ilsc";
    committee.name = "Improving Lives Select Commission";
    programme.committees.push_back(committee);
  }
  Meeting& meeting(std::string id, Date date) {
    Meeting m;
    m.id = std::move(id);
    m.committee = "ilsc";
    m.date = date;
    programme.meetings.push_back(m);
    return programme.meetings.back();
  }
  Item& item(std::string id, ItemStatus status, std::string meeting = "") {
    Item i;
    i.id = id;
    i.committee = "ilsc";
    i.title = "Title of " + id;
    ItemState state;
    state.status = status;
    state.meeting = std::move(meeting);
    i.history.push_back(state);
    programme.items.push_back(i);
    return programme.items.back();
  }
  CommitteePlan run(Date as_of) {
    std::sort(programme.meetings.begin(), programme.meetings.end(),
              [](const Meeting& a, const Meeting& b) { return a.date < b.date; });
    return plan(programme, PlanningCalendar{test::england_and_wales_bank_holidays(), {}}, as_of).committees.at(0);
  }
};

std::vector<std::string> of_kind(const CommitteePlan& plan, FlagKind kind) {
  std::vector<std::string> found;
  for (const Flag& f : plan.flags)
    if (f.kind == kind) found.push_back(to_string(f.severity) + ": " + f.message + " [" + f.link + "]");
  return found;
}

std::vector<std::string> proposed(const Programme& programme, const CommitteePlan& plan) {
  std::vector<std::string> all;
  for (const Proposal& p : plan.proposals.proposals) all.push_back(programme.items[p.item].id + " -> " + p.meeting);
  return all;
}

TEST(Flags, BookedOnACancelledMeeting) {
  Builder b;
  b.meeting("jan", 2025y / January / 28d).status = MeetingStatus::cancelled;
  b.item("rscp", ItemStatus::booked, "jan");
  auto plan = b.run(2025y / January / 6d);
  EXPECT_EQ(of_kind(plan, FlagKind::cancelled_booking),
            (std::vector<std::string>{"critical: Title of rscp is booked on 28 January 2025, which is cancelled [rscp]"}));
}

TEST(Flags, DeferredTwiceAndOverloaded) {
  Builder b;
  b.meeting("apr", 2025y / April / 22d);
  for (auto id : {"a", "b", "c"}) b.item(id, ItemStatus::booked, "apr");
  Item& ehe = b.item("ehe", ItemStatus::deferred, "apr");
  ehe.history.insert(ehe.history.begin(), ehe.history[0]);
  auto plan = b.run(2025y / March / 5d);
  EXPECT_EQ(of_kind(plan, FlagKind::deferred_repeatedly),
            (std::vector<std::string>{"warning: Title of ehe has been deferred 2 times [ehe]"}));
  EXPECT_EQ(of_kind(plan, FlagKind::overloaded),
            (std::vector<std::string>{"warning: 22 April 2025 has 3 items booked for 2 places [apr]"}));
}

TEST(Flags, ReportDeadlinePassedWithoutTheReport) {
  Builder b;
  b.programme.council.rules.report_deadline_working_days = 3;
  b.meeting("sep", 2024y / September / 17d);
  b.item("ofsted", ItemStatus::booked, "sep");
  b.item("received", ItemStatus::booked, "sep").report_received = true;
  b.item("verbal", ItemStatus::booked, "sep").kind = ItemKind::verbal_update;
  // Published by Monday 9 September; reports due three working days before, Wednesday 4th.
  auto plan = b.run(2024y / September / 5d);
  EXPECT_EQ(of_kind(plan, FlagKind::report_overdue),
            (std::vector<std::string>{"warning: the report for Title of ofsted was due by 4 September 2024 for 17 September "
                                      "2024 and is not marked received [ofsted]"}));
  EXPECT_EQ(of_kind(plan, FlagKind::publication_due),
            (std::vector<std::string>{"warning: the agenda for 17 September 2024 must be published by Monday 9 September "
                                      "2024 (2 working days) [sep]"}));
  EXPECT_TRUE(of_kind(b.run(2024y / September / 4d), FlagKind::report_overdue).empty());
}

TEST(Flags, BookedPaperWithoutAPageCount) {
  Builder b;
  b.programme.council.rules.capacity_items = 6;
  b.meeting("sep", 2024y / September / 17d);
  b.item("ofsted", ItemStatus::booked, "sep").title = "Ofsted Focused Visit Outcome";
  b.item("counted", ItemStatus::booked, "sep").pages = 5;
  b.item("annual", ItemStatus::booked, "sep").kind = ItemKind::annual_report;
  b.item("verbal", ItemStatus::booked, "sep").kind = ItemKind::verbal_update;
  b.item("slides", ItemStatus::booked, "sep").kind = ItemKind::presentation;
  Item& exempt = b.item("exempt", ItemStatus::booked, "sep");
  exempt.kind = ItemKind::report;
  exempt.exempt = Exemption{3, "Exempt item"};
  // The agenda is due out by Monday 9 September 2024.
  EXPECT_EQ(of_kind(b.run(2024y / September / 9d), FlagKind::page_count_missing),
            (std::vector<std::string>{"info: the agenda for 17 September 2024 cannot give page ranges: no page count "
                                      "for Ofsted Focused Visit Outcome; Title of annual; Exempt item [sep]"}));
  // Once the agenda is out the count can no longer be supplied, and the publication flag speaks.
  EXPECT_TRUE(of_kind(b.run(2024y / September / 10d), FlagKind::page_count_missing).empty());
}

TEST(Flags, PackIncompleteWhenPublicationIsAtHandAndAReportHasNoPaper) {
  Builder b;
  b.programme.council.rules.capacity_items = 6;
  b.meeting("sep", 2024y / September / 17d);
  b.item("ofsted", ItemStatus::booked, "sep").title = "Ofsted Focused Visit Outcome";
  b.item("supplied", ItemStatus::booked, "sep").papers.push_back(NamedFile{"report.pdf", {}, "papers"});
  b.item("verbal", ItemStatus::booked, "sep").kind = ItemKind::verbal_update;
  Item& exempt = b.item("exempt", ItemStatus::booked, "sep");
  exempt.exempt = Exemption{3, "Exempt item"};
  const std::vector<std::string> expected{
      "info: the agenda pack for 17 September 2024 is incomplete: no paper yet for Ofsted Focused Visit Outcome; "
      "Exempt item (a \"Report to follow\" page stands in) [sep]"};
  // Monday 9 September 2024 is the publication date: the flag stands while it is at hand.
  EXPECT_EQ(of_kind(b.run(2024y / September / 9d), FlagKind::pack_incomplete), expected);
  EXPECT_TRUE(of_kind(b.run(2024y / August / 1d), FlagKind::pack_incomplete).empty());
  EXPECT_TRUE(of_kind(b.run(2024y / September / 10d), FlagKind::pack_incomplete).empty());
  b.programme.items[0].papers.push_back(NamedFile{"ofsted.pdf", {}, "papers"});
  b.programme.items[3].papers.push_back(NamedFile{"exempt.pdf", {}, "papers"});
  EXPECT_TRUE(of_kind(b.run(2024y / September / 9d), FlagKind::pack_incomplete).empty());
}

TEST(Flags, NeedsPaperByKind) {
  Item item;
  EXPECT_TRUE(needs_paper(item));
  for (ItemKind kind : {ItemKind::report, ItemKind::annual_report, ItemKind::scrutiny_review, ItemKind::spotlight_review}) {
    item.kind = kind;
    EXPECT_TRUE(needs_paper(item)) << to_string(kind);
  }
  for (ItemKind kind : {ItemKind::verbal_update, ItemKind::presentation, ItemKind::workshop}) {
    item.kind = kind;
    EXPECT_FALSE(needs_paper(item)) << to_string(kind);
  }
}

TEST(Flags, ActionsPastTheirDueDate) {
  Builder b;
  b.meeting("mar", 2025y / March / 4d);
  Action late;
  late.id = "neighbours";
  late.committee = "ilsc";
  late.owed = "a written response on Rotherham's statistical neighbours";
  late.owed_to = "the Commission";
  late.meeting = "mar";
  late.minute = 64;
  late.due = 2025y / April / 1d;
  b.programme.actions.push_back(late);
  Action done = late;
  done.id = "done";
  done.done = true;
  b.programme.actions.push_back(done);
  EXPECT_TRUE(of_kind(b.run(2025y / March / 20d), FlagKind::action_overdue).empty());
  EXPECT_EQ(of_kind(b.run(2025y / April / 2d), FlagKind::action_overdue),
            (std::vector<std::string>{"warning: Owed to the Commission from the meeting of 4 March 2025 (minute 64): a written "
                                      "response on Rotherham's statistical neighbours; it was due by 1 April 2025 [neighbours]"}));
  // Before the meeting that resolved it, nothing is owed.
  EXPECT_TRUE(of_kind(b.run(2025y / March / 3d), FlagKind::action_owed).empty());
}

TEST(Proposals, NotBeforeBlackoutsAndWorkshops) {
  Builder b;
  b.programme.council.rules.blackouts.push_back(
      Blackout{2025y / April / 1d, 2025y / May / 1d, "pre-election period", {ItemKind::scrutiny_review}, {}});
  b.meeting("jan", 2025y / January / 28d);
  b.meeting("apr", 2025y / April / 22d);
  b.meeting("may-workshop", 2025y / May / 1d).kind = MeetingKind::workshop;
  b.meeting("jun", 2025y / June / 24d);
  Item& later = b.item("later", ItemStatus::awaiting_date);
  later.constraints.not_before = 2025y / February / 1d;
  later.kind = ItemKind::report;
  b.item("review", ItemStatus::awaiting_date).kind = ItemKind::scrutiny_review;
  b.item("session", ItemStatus::awaiting_date).kind = ItemKind::workshop;
  auto plan = b.run(2025y / January / 6d);
  EXPECT_EQ(proposed(b.programme, plan),
            (std::vector<std::string>{"review -> jan", "later -> apr", "session -> may-workshop"}));
  // An item of no stated kind is kept out of every blackout, to be safe.
  b.programme.items[0].kind.reset();
  EXPECT_EQ(proposed(b.programme, b.run(2025y / January / 6d)),
            (std::vector<std::string>{"review -> jan", "session -> may-workshop", "later -> jun"}));
}

TEST(Proposals, JointItemsOnlyAtAJointMeetingWithThatBody) {
  Builder b;
  b.meeting("jan", 2025y / January / 28d);
  Meeting& joint = b.meeting("joint-feb", 2025y / February / 11d);
  joint.kind = MeetingKind::joint;
  joint.joint_with = "ipsc";
  Meeting& other = b.meeting("joint-mar", 2025y / March / 11d);
  other.kind = MeetingKind::joint;
  other.joint_with = "osmb";
  b.item("parking", ItemStatus::awaiting_date).constraints.joint_with = "ipsc";
  b.item("cyps", ItemStatus::awaiting_date);
  b.item("roads", ItemStatus::awaiting_date).constraints.joint_with = "health";
  auto plan = b.run(2025y / January / 6d);
  EXPECT_EQ(proposed(b.programme, plan), (std::vector<std::string>{"cyps -> jan", "parking -> joint-feb"}));
  EXPECT_EQ(of_kind(plan, FlagKind::joint_meeting_needed),
            (std::vector<std::string>{"warning: Title of roads is awaiting a date, and it needs a joint meeting with health "
                                      "and none is in the programme with its agenda still open [roads]"}));
}

// "Possible Joint with IPSC": a joint meeting with IPSC if there is one in time, else one of its own.
TEST(Proposals, PossiblyJointItemsAtAJointMeetingOrAnOrdinaryOne) {
  Builder b;
  b.programme.council.rules.capacity_items = 1;
  b.meeting("jan", 2025y / January / 28d);
  Meeting& joint = b.meeting("joint-feb", 2025y / February / 11d);
  joint.kind = MeetingKind::joint;
  joint.joint_with = "ipsc";
  b.meeting("mar", 2025y / March / 4d);
  auto possibly = [&](const char* id) -> Item& {
    Item& item = b.item(id, ItemStatus::awaiting_date);
    item.constraints.joint_with = "ipsc";
    item.constraints.joint_optional = true;
    return item;
  };
  possibly("parking");
  possibly("roads");
  possibly("crossings");
  possibly("lighting");
  auto plan = b.run(2025y / January / 6d);
  // In the committee's agreed order, none being ranked higher on deadline, merit or age, each at
  // the earliest meeting with room: the joint meeting is as good as the Commission's own.
  EXPECT_EQ(proposed(b.programme, plan),
            (std::vector<std::string>{"parking -> jan", "roads -> joint-feb", "crossings -> mar"}));
  EXPECT_TRUE(of_kind(plan, FlagKind::joint_meeting_needed).empty());
  EXPECT_EQ(of_kind(plan, FlagKind::awaiting_date).back(),
            "warning: Title of lighting is awaiting a date, and every meeting open to it is full: 28 January 2025 holds "
            "Title of parking (ranked 1st), 11 February 2025 holds Title of roads (ranked 2nd) and 4 March 2025 holds "
            "Title of crossings (ranked 3rd) [lighting]");
}

TEST(Proposals, EarlierDeadlineTakesTheEarlierPlace) {
  Builder b;
  b.programme.council.rules.capacity_items = 1;
  b.meeting("jan", 2025y / January / 28d);
  b.meeting("mar", 2025y / March / 4d);
  b.item("a-no-deadline", ItemStatus::awaiting_date);
  b.item("b-due", ItemStatus::awaiting_date).constraints.due_before.emplace().date = 2025y / February / 1d;
  auto plan = b.run(2025y / January / 6d);
  EXPECT_EQ(proposed(b.programme, plan), (std::vector<std::string>{"b-due -> jan", "a-no-deadline -> mar"}));
  EXPECT_EQ(explain(b.programme, plan.proposals, plan.proposals.proposals[0]),
            "28 January 2025 is the earliest meeting with room before 1 February 2025 (1 of 1 places taken with it); its "
            "agenda is due out by 20 January 2025; it goes ahead of Title of a-no-deadline (ranked 2nd) on its nearer "
            "deadline, 1 February 2025 against none");
}

TEST(Flags, ExemptItemsGoByTheirPublicTitle) {
  Builder b;
  b.meeting("jan", 2025y / January / 28d).status = MeetingStatus::cancelled;
  Item& exempt = b.item("placement", ItemStatus::booked, "jan");
  exempt.exempt = Exemption{1, "Exempt item: a placement decision"};
  auto plan = b.run(2025y / January / 6d);
  for (const Flag& f : plan.flags) EXPECT_EQ(f.message.find("Title of placement"), std::string::npos) << f.message;
  EXPECT_EQ(of_kind(plan, FlagKind::cancelled_booking).size(), 1u);
}

TEST(Flags, MissedDeadline) {
  Builder b;
  b.meeting("jun", 2025y / June / 24d);
  b.item("late", ItemStatus::awaiting_date).constraints.due_before.emplace().date = 2025y / May / 1d;
  EXPECT_EQ(of_kind(b.run(2025y / May / 2d), FlagKind::deadline_missed),
            (std::vector<std::string>{"critical: Title of late had to come before 1 May 2025, which has gone by, and has not "
                                      "been taken [late]"}));
}

}  // namespace
}  // namespace agendad::planner
