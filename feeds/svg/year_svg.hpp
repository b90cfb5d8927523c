#pragma once
// The picture of a municipal year as SVG: values in, bytes out, the same bytes for the same view.
// Self-contained (no script, no external font or stylesheet), role="img" with a <title> and a
// <desc> that summarises the year, a <title> (hover text, screen readers) and a link on every
// mark, and shapes, outlines and hatching rather than colour alone, so it prints in black and
// white. Its viewBox is fixed and its width 100%: a phone and an A3 sheet both show all of it.
#include <string>

#include "feeds/svg/year_view.hpp"

namespace agendad::svg {

std::string year_svg(const YearView& view);

// The <desc>: one sentence per lane, for screen readers and an <img>'s alt text.
std::string year_summary(const YearView& view);

}  // namespace agendad::svg
