#pragma once
// The trust boundary: which of the configuration's values the public may see. Every public page,
// feed, picture and change is made from public_programme's result and never from the programme
// itself, so a renderer cannot leak what it was never given; members' versions keep the full
// programme. This is the one place the rule lives (see config/SCHEMA.md, "What is public").
//
// An exempt item (Schedule 12A) keeps only its public title and what places it: its committee,
// kind, status and meetings, dates, scores, constraints' dates and bodies, page count and the
// paragraph it is exempt under. Its id is replaced too (an id may say what the item is about).
// An officer's words (a state's note, reason and requested_by; a meeting's status reason and its
// moves' reasons and requesters) stay only where the council marked them published (notes_public).
#include "planner/model/programme.hpp"

namespace agendad::planner {

// The programme as the public may see it: the same values, in the same order, less every private
// one. An exempt item goes by "exempt-item-<n>", n counting the exempt items in configuration
// order (bumped past any real id that happens to be spelt so).
Programme public_programme(const Programme& programme);

}  // namespace agendad::planner
