// The Summary Work Programme as an accessible page: tables with header cells and scope, the
// planner's proposals in a section of their own.
#include "feeds/pages/escape.hpp"
#include "feeds/pages/html_page.hpp"
#include "feeds/urls/paths.hpp"
#include "feeds/pages/work_programme.hpp"

namespace agendad::pages {

using planner::day_month_year, planner::long_date;

namespace {

std::string list(const std::vector<std::string>& entries) {
  if (entries.empty()) return "";
  std::string out = "<ul class=\"plain\">\n";
  for (const std::string& entry : entries) out += "<li>" + h(entry) + "</li>\n";
  return out + "</ul>\n";
}

// The item's title, anchored by its id (where the reader may see it) so that flags can link here.
std::string titled(const WorkProgrammeItem& entry) {
  std::string out = entry.item.id.empty() ? "<span>" : "<span id=\"item-" + h(entry.item.id) + "\">";
  return out + h(entry.item.title) + "</span>\n" + list(entry.includes);
}

// The picture of the committee's year (feeds/svg), as an image that opens the SVG itself, where
// each mark has its detail on hover and links to its agenda. An <img> runs nothing, so the page
// stays as safe and printable as it was.
std::string year_figure(const WorkProgrammeView& view, const std::string& self) {
  const std::string picture = urls::relative_link(self, urls::year_picture_path(view.committee_id));
  return "<section aria-labelledby=\"year\">\n<h2 id=\"year\">The year at a glance</h2>\n<figure class=\"year\">"
         "<a href=\"" + h(picture) + "\"><img src=\"" + h(picture) + "\" alt=\"The committee's municipal year: each "
         "meeting on its date with its load against capacity, the agenda publication dates, deadlines, bank holidays "
         "and the planner's flags. Open the picture for each mark's detail.\"></a>\n<figcaption>Open the picture for "
         "the detail of every mark and a link to its agenda. " +
         "<a href=\"" + h(urls::relative_link(self, urls::changes_feed_path(view.committee_id))) + "\">What changed (Atom feed)</a>."
         "</figcaption>\n</figure>\n</section>\n";
}

// The header: the members' mark where the page is theirs, the title, the date the papers stood
// on, and whoever of chair, vice-chair and officers the papers name.
std::string header(const WorkProgrammeView& view) {
  std::string out = "<header>\n";
  if (view.members) out += "<p class=\"mark\" role=\"note\">Members' version: contains exempt information. Not for publication.</p>\n";
  out += "<h1>" + h(view.title) + "</h1>\n<p>As the papers stood on " + h(long_date(view.as_of)) + ".</p>\n";
  out += "<dl class=\"particulars\">\n";
  auto particular = [&](std::string_view term, const std::string& value) {
    if (!value.empty()) out += "<div><dt>" + h(term) + "</dt> <dd>" + h(value) + "</dd></div>\n";
  };
  particular("Chair:", view.chair);
  particular("Vice-Chair:", view.vice_chair);
  particular("Governance Advisor:", view.governance_advisor);
  particular("Link Officer:", view.link_officer);
  return out + "</dl>\n</header>\n";
}

// The principles the committee endorsed for long and short listing, where the papers give them.
std::string principles(const WorkProgrammeView& view) {
  if (view.endorsement.empty() && view.shortlisting.empty()) return "";
  std::string out = "<section aria-labelledby=\"principles\">\n<h2 id=\"principles\">Principles for long and short listing</h2>\n";
  if (!view.endorsement.empty()) out += "<p>" + h(view.endorsement) + "</p>\n";
  if (!view.starting_point.empty()) out += "<h3>Establish as a starting point:</h3>\n" + list(view.starting_point);
  if (!view.longlisting.empty()) out += "<h3>Agree principles for longlisting:</h3>\n" + list(view.longlisting);
  if (!view.shortlisting.empty())
    out += "<h3>Developing a consistent shortlisting criteria e.g.</h3>\n" + list(view.shortlisting);
  return out + "</section>\n";
}

// Each formal meeting, linked to its agenda, with its marks and the items booked on it.
std::string meetings_table(const WorkProgrammeView& view, const std::string& self) {
  std::string out = "<section aria-labelledby=\"meetings\">\n<h2 id=\"meetings\">Meetings and their items</h2>\n"
                    "<table>\n<thead><tr><th scope=\"col\">Meeting Date</th><th scope=\"col\">Agenda Item</th></tr></thead>\n<tbody>\n";
  for (const WorkProgrammeMeeting& meeting : view.meetings) {
    out += "<tr id=\"meeting-" + h(meeting.id) + "\"><th scope=\"row\" class=\"date\"><a href=\"" +
           h(urls::relative_link(self, urls::agenda_path(view.committee_id, meeting.date, urls::AgendaFormat::html))) + "\">" +
           h(meeting.label) + "</a>";
    for (const std::string& mark : meeting.marks) out += "<br><strong>" + h(mark) + "</strong>";
    out += "</th><td>";
    if (!meeting.items.empty()) {
      out += "<ul class=\"plain\">\n";
      for (const WorkProgrammeItem& item : meeting.items) out += "<li>" + titled(item) + "</li>\n";
      out += "</ul>\n";
    }
    out += "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string items_for_scheduling(const WorkProgrammeView& view) {
  std::string out = "<section aria-labelledby=\"scheduling\">\n<h2 id=\"scheduling\">Items for Scheduling</h2>\n";
  if (view.for_scheduling.empty()) {
    out += "<p>None.</p>\n";
  } else {
    out += "<table>\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n";
    for (const WorkProgrammeItem& item : view.for_scheduling)
      out += "<tr><th scope=\"row\">" + titled(item) + "</th><td>" + h(item.status) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
  }
  return out + "</section>\n";
}

// The planner's placements and the items it cannot place, in a section of their own so that
// no reader takes a proposal for a decision.
std::string planner_proposals(const WorkProgrammeView& view) {
  std::string out = "<section class=\"proposal\" aria-labelledby=\"proposals\">\n<h2 id=\"proposals\">Proposed by the planner</h2>\n"
                    "<p><strong>Proposals, not decisions:</strong> nothing in this section is booked until the committee agrees it.</p>\n";
  if (view.proposals.empty()) {
    out += "<p>The planner proposes no placements.</p>\n";
  } else {
    out += "<table>\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Proposed meeting</th>"
           "<th scope=\"col\">Why</th></tr></thead>\n<tbody>\n";
    for (const ProposedPlacement& proposal : view.proposals)
      out += "<tr><th scope=\"row\">" + h(proposal.item.title) + "</th><td><a href=\"#meeting-" + h(proposal.meeting) +
             "\">" + h(short_date(proposal.date)) + "</a></td><td>" + h(proposal.reason) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
  }
  if (!view.unplaced.empty()) {
    out += "<h3>Items no meeting can take</h3>\n<table>\n<thead><tr><th scope=\"col\">Item</th>"
           "<th scope=\"col\">Why not</th></tr></thead>\n<tbody>\n";
    for (const UnplacedItem& unplaced : view.unplaced)
      out += "<tr><th scope=\"row\">" + h(unplaced.item.title) + "</th><td>" + h(unplaced.reason) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
  }
  return out + "</section>\n";
}

std::string owed_actions(const WorkProgrammeView& view) {
  if (view.actions.empty()) return "";
  std::string out = "<section aria-labelledby=\"actions\">\n<h2 id=\"actions\">Actions owed from the minutes</h2>\n<table>\n"
                    "<thead><tr><th scope=\"col\">What</th><th scope=\"col\">To</th><th scope=\"col\">From</th>"
                    "<th scope=\"col\">Due</th></tr></thead>\n<tbody>\n";
  for (const OwedAction& action : view.actions)
    out += "<tr id=\"action-" + h(action.id) + "\"><th scope=\"row\">" + h(action.owed) + "</th><td>" + h(action.owed_to) +
           "</td><td>" + h(action.from) + "</td><td>" + (action.due ? h(day_month_year(*action.due)) : "No date set") +
           "</td></tr>\n";
  return out + "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string work_programme_html(const WorkProgrammeView& view) {
  const std::string self = urls::work_programme_path(view.committee_id, urls::PageFormat::html);
  const std::string body = header(view) + "<main>\n" + principles(view) + year_figure(view, self) +
                           meetings_table(view, self) + items_for_scheduling(view) + planner_proposals(view) +
                           owed_actions(view) + "</main>\n";
  return html_page(view.title, body,
                   "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"What changed\" href=\"" +
                       h(urls::relative_link(self, urls::changes_feed_path(view.committee_id))) + "\">\n");
}

}  // namespace agendad::pages
