#pragma once
// The key to the year picture's marks, drawn with the marks themselves, below the lanes.
#include "feeds/svg/svg_writer.hpp"

namespace agendad::svg {

void legend(SvgWriter& out, double top);

}  // namespace agendad::svg
