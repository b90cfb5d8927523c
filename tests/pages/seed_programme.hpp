#pragma once
// The example programme in config/, loaded once per test binary: the seeds' facts.
#include <string>
#include <string_view>

#include "feeds/pages/agenda.hpp"
#include "planner/model/programme.hpp"

namespace agendad::testing {

const planner::Programme& seed_programme();

// The agenda of the commission's meeting on `date` (YYYY-MM-DD), public, as served at an example
// address.
std::string seed_agenda(std::string_view date, urls::AgendaFormat format = urls::AgendaFormat::text);

}  // namespace agendad::testing
