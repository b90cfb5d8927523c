#pragma once
// The sentences a clerk reads: why a meeting is where it is, what it gave up, and why a meeting
// could not be placed at all.
#include <string>
#include <vector>

#include "planner/schedule/board.hpp"
#include "planner/schedule/schedule.hpp"

namespace agendad::planner {

// Why a meeting of `body` cannot be held at this day, start and room: "25 August 2025 is a bank
// holiday", "Councillor Pitchley sits on Cabinet, which meets at 10.00 a.m. that day"; empty if it can.
std::string why_not_here(const Problem& problem, const Board& board, int body, Choice choice);

// The reason for a placed slot (the board holds every other meeting, but not this slot), and the
// soft goals its choice gives up.
std::string reason_for(const Problem& problem, const Board& board, int slot, Choice choice);
std::vector<GivenUp> given_up_by(const Problem& problem, const Board& board, int slot, Choice choice);

// What rules out every choice for a slot the search could not place.
UnplacedMeeting explain_unplaced(const Problem& problem, const Board& board, int slot, int of);

std::string room_name(const Problem& problem, int room);

}  // namespace agendad::planner
