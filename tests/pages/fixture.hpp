#pragma once
// A small programme built in code: the Improving Lives Select Commission around 17 September
// 2024, for tests that change one fact at a time (an exempt item, a cancelled meeting) without
// depending on the configuration loader.
#include "planner/model/programme.hpp"

namespace agendad::testing {

Programme small_programme();
Meeting& meeting_on(Programme& programme, Date date);
Date on(int year, unsigned month, unsigned day);

}  // namespace agendad::testing
