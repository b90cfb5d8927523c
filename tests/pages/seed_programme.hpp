#pragma once
// The example programme in config/, loaded once per test binary: the seeds' facts.
#include "planner/model/programme.hpp"

namespace agendad::testing {

const Programme& seed_programme();

}  // namespace agendad::testing
