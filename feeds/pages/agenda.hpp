#pragma once
// Agenda drafts: the front sheet of one meeting, as the daemon serves it and the CLI prints it.
#include <string>
#include <string_view>

#include "feeds/drafts/agenda_draft.hpp"
#include "feeds/pages/page_options.hpp"
#include "planner/model/diagnostic.hpp"
#include "planner/model/programme.hpp"

namespace agendad::pages {

// The bytes of the agenda in the format asked for. options.members selects the members' version.
std::string render_agenda(const planner::Programme& programme, const planner::Plan& plan,
                          const planner::Meeting& meeting, urls::AgendaFormat format, const PageOptions& options);
// The same from the meeting's draft, so that one draft serves every format.
std::string render_agenda(const drafts::AgendaDraft& draft, urls::AgendaFormat format);

// Each format's writer; they take the finished draft and add nothing private to it.
std::string agenda_text(const drafts::AgendaDraft& draft);
std::string agenda_markdown(const drafts::AgendaDraft& draft);
std::string agenda_html(const drafts::AgendaDraft& draft);
std::string agenda_json(const drafts::AgendaDraft& draft);

}  // namespace agendad::pages
