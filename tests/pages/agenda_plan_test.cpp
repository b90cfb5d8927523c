// The agenda draft from the plan: the planner's proposals for the meeting, marked proposed and
// kept apart from the business agreed, and DRAFT until the publication date has gone by.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "feeds/pages/agenda.hpp"
#include "tests/pages/fixture.hpp"

namespace agendad::pages {

using planner::Date, planner::Item, planner::ItemKind, planner::ItemState, planner::ItemStatus, planner::Meeting,
    planner::Plan, planner::Programme, planner::add_days, planner::iso, planner::long_date;

namespace {

using testing::on;
using testing::plan_on;
using testing::small_programme;

// The fixture with an item awaiting a date: the planner proposes it for 29 October 2024, the
// first meeting open to it with room.
Programme with_item_awaiting_a_date() {
  Programme programme = small_programme();
  Item item;
  item.id = "school-road-safety";
  item.committee = "ilsc";
  item.title = "School Road Safety Review";
  item.kind = ItemKind::report;
  ItemState state;
  state.status = ItemStatus::awaiting_date;
  state.since = on(2024, 9, 1);
  item.history.push_back(state);
  programme.items.push_back(item);
  return programme;
}

const Meeting& october(const Programme& programme) { return *programme.meeting("ilsc-2024-10-29"); }

bool says_draft(const drafts::AgendaDraft& draft) {
  return !draft.marks.empty() && draft.marks.front().starts_with("DRAFT");
}

TEST(AgendaFromThePlan, SaysDraftUntilItsPublicationDateHasGoneBy) {
  const Programme programme = small_programme();
  const auto publication = drafts::draft_agenda(programme, plan_on(programme, on(2024, 10, 1)), october(programme), false).publication;
  ASSERT_TRUE(publication);
  const drafts::AgendaDraft day_before = drafts::draft_agenda(programme, plan_on(programme, add_days(*publication, -1)), october(programme), false);
  const drafts::AgendaDraft on_the_day = drafts::draft_agenda(programme, plan_on(programme, *publication), october(programme), false);
  const drafts::AgendaDraft day_after = drafts::draft_agenda(programme, plan_on(programme, add_days(*publication, 1)), october(programme), false);
  EXPECT_TRUE(day_before.is_draft);
  EXPECT_TRUE(says_draft(day_before));
  EXPECT_EQ(day_before.marks.front(), "DRAFT: to be published by " + long_date(*publication) + ".");
  EXPECT_TRUE(on_the_day.is_draft);
  EXPECT_FALSE(day_after.is_draft);
  EXPECT_FALSE(says_draft(day_after));

  const auto text = [&](Date as_of) {
    return render_agenda(programme, plan_on(programme, as_of), october(programme), urls::AgendaFormat::text, {});
  };
  EXPECT_NE(text(add_days(*publication, -1)).find("*** DRAFT: to be published by "), std::string::npos);
  EXPECT_EQ(text(add_days(*publication, 1)).find("DRAFT"), std::string::npos);
  const auto json_on = [&](Date as_of) {
    return nlohmann::json::parse(
        render_agenda(programme, plan_on(programme, as_of), october(programme), urls::AgendaFormat::json, {}));
  };
  EXPECT_TRUE(json_on(add_days(*publication, -1)).at("draft").get<bool>());
  EXPECT_FALSE(json_on(add_days(*publication, 1)).at("draft").get<bool>());
  EXPECT_EQ(json_on(add_days(*publication, 1)).at("publication"), iso(*publication));
}

TEST(AgendaFromThePlan, ListsTheProposalsMarkedProposedApartFromTheBusiness) {
  const Programme programme = with_item_awaiting_a_date();
  const Plan planned = plan_on(programme, on(2024, 10, 1));
  const drafts::AgendaDraft draft = drafts::draft_agenda(programme, planned, october(programme), false);
  ASSERT_EQ(draft.proposals.size(), 1u);
  EXPECT_EQ(draft.proposals.front().key, "school-road-safety");
  EXPECT_TRUE(draft.proposals.front().proposed);
  for (const drafts::AgendaEntry& entry : draft.entries) {
    EXPECT_NE(entry.key, "school-road-safety");
    EXPECT_FALSE(entry.proposed);
  }
  const auto render = [&](urls::AgendaFormat format) {
    return render_agenda(programme, planned, october(programme), format, {});
  };
  EXPECT_NE(render(urls::AgendaFormat::text).find("- School Road Safety Review (proposed)"), std::string::npos);
  EXPECT_NE(render(urls::AgendaFormat::markdown).find("- School Road Safety Review *(proposed)*"), std::string::npos);
  EXPECT_NE(render(urls::AgendaFormat::html).find("<li class=\"proposed\">School Road Safety Review <em>(proposed)</em></li>"),
            std::string::npos);
  const auto json = nlohmann::json::parse(render(urls::AgendaFormat::json));
  ASSERT_EQ(json.at("proposed_items").size(), 1u);
  EXPECT_EQ(json.at("proposed_items").at(0).at("status"), "proposed");
  for (const auto& item : json.at("items")) EXPECT_NE(item.at("key"), "school-road-safety");

  // The business agreed alone, as the published pack's front sheet has it: no proposals.
  EXPECT_TRUE(drafts::draft_agenda(programme, october(programme), false).proposals.empty());
  // Once the meeting has gone by nothing is proposed for it.
  EXPECT_TRUE(drafts::draft_agenda(programme, plan_on(programme, on(2024, 10, 30)), october(programme), false).proposals.empty());
}

}  // namespace
}  // namespace agendad::pages
