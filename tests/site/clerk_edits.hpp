#pragma once
// Edits a clerk might make to a committee's file, for the tests that build a configuration after
// each and compare the bytes with a fresh build's.
#include <random>
#include <string>

#include "planner/model/date.hpp"

namespace agendad::site::testing {

std::string reworded_title(std::string text, std::mt19937& random, int round);  // any title in the file
std::string reworded_first_title(std::string text, int round);                  // the first work-programme item's
std::string moved_start(std::string text, std::mt19937& random, int round);     // any meeting's start
planner::Date later(planner::Date as_of, std::mt19937& random);                  // 1 to 60 days on

}  // namespace agendad::site::testing
