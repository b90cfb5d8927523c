#include "feeds/pages/agenda.hpp"

namespace agendad::pages {

using planner::Meeting, planner::Plan, planner::Programme;

std::string render_agenda(const Programme& programme, const Plan& plan, const Meeting& meeting, urls::AgendaFormat format,
                          const PageOptions& options) {
  return render_agenda(drafts::draft_agenda(programme, plan, meeting, options.members), format);
}

std::string render_agenda(const drafts::AgendaDraft& draft, urls::AgendaFormat format) {
  switch (format) {
    case urls::AgendaFormat::html: return agenda_html(draft);
    case urls::AgendaFormat::text: return agenda_text(draft);
    case urls::AgendaFormat::markdown: return agenda_markdown(draft);
    case urls::AgendaFormat::json: return agenda_json(draft);
  }
  return agenda_html(draft);
}

}  // namespace agendad::pages
