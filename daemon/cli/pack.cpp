// `agendad pack`: the agenda pack of one meeting, as the PDF the council publishes.
#include <iostream>
#include <optional>
#include <string>

#include "daemon/cli/common.hpp"
#include "daemon/state/write_atomically.hpp"
#include "feeds/pack/pack.hpp"
#include "feeds/pages/agenda.hpp"
#include "planner/rules/public_view.hpp"
#include "planner/model/find_meeting.hpp"

namespace agendad::cli {
namespace {

constexpr const char* usage =
    "Usage: agendad pack [--config DIR] [--members] COMMITTEE DATE --out FILE.pdf\n\n"
    "Writes the agenda pack of the committee's meeting on DATE (YYYY-MM-DD) as one PDF: the front\n"
    "sheet, then each item's papers in agenda order, each starting on an odd page, numbered at the\n"
    "foot; the front sheet's page ranges are those of the pack as assembled. An item whose papers\n"
    "are not named gets a \"Report to follow\" page and the pack is incomplete; the Work Programme\n"
    "item's paper is agendad's own Summary Work Programme.\n\n"
    "  --config DIR   the configuration directory (default: config)\n"
    "  --members      the members' version, with exempt papers; otherwise each is replaced by a page\n"
    "                 giving its public title and Schedule 12A paragraph\n"
    "  --out FILE     where to write the PDF (replaced whole: written beside it, then renamed)\n\n"
    "Exit status: 0 written (complete or not: the summary on stderr says which); 1 the configuration\n"
    "has errors, no such committee or meeting, or the file cannot be written; 2 the command line is wrong.\n";

int usage_error(const std::string& message) {
  return cli::usage_error("pack", "Run `agendad pack --help` for its usage.\n", message);
}

int write_pack(const sources::LoadedConfiguration& loaded, const Meeting& meeting, bool members,
               const std::string& out) {
  auto pack = pack::make_pack(loaded.programme, loaded.calendar, loaded.papers, meeting, members);
  if (!pack) {
    std::cerr << "agendad pack: " << pack.error() << "\n";
    return 1;
  }
  if (auto written = state::write_atomically(out, pack->pdf, {.sync = true}); !written) {
    std::cerr << "agendad pack: " << written.error() << "\n";
    return 1;
  }
  std::cerr << "agendad pack: wrote " << out << ", " << pack->pages << " pages";
  if (pack->complete()) {
    std::cerr << ", complete\n";
  } else {
    std::cerr << "; incomplete, reports to follow for:\n";
    for (const std::string& item : pack->to_follow) std::cerr << "  " << item << "\n";
  }
  return 0;
}

int run(Arguments arguments) {
  std::string config = "config";
  std::optional<std::string> out;
  bool members = false;
  std::vector<std::string_view> positional;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string_view argument = arguments[i];
    if (argument == "--members") {
      members = true;
    } else if (argument == "--config" || argument == "--out") {
      auto value = option_value(arguments, i);
      if (!value) return usage_error(needs_a_value(argument));
      (argument == "--config" ? config : out.emplace()) = std::string(*value);
    } else if (argument.starts_with("--")) {
      return usage_error(unknown_option(argument));
    } else {
      positional.push_back(argument);
    }
  }
  if (positional.size() != 2) return usage_error("expected COMMITTEE and DATE");
  if (!out) return usage_error("--out FILE.pdf is required: a PDF is not for a terminal");
  auto date = parse_iso_date(positional[1]);
  if (!date) return usage_error(not_a_date(positional[1]));

  auto loaded = load_config_or_report(config, today_in_london());
  if (!loaded) return 1;
  // The public's pack is made from the public's programme: planner/rules/public_view.hpp.
  if (!members) loaded->programme = public_programme(loaded->programme);
  auto meeting = find_meeting(loaded->programme, positional[0], *date);
  if (!meeting) {
    for (const Diagnostic& diagnostic : meeting.error())
      std::cerr << "agendad pack: " << diagnostic.message << " (found " << diagnostic.found << "; expected "
                << diagnostic.expected << ")\n";
    return 1;
  }
  return write_pack(*loaded, **meeting, members, *out);
}

const bool registered = register_command({"pack", "write the agenda pack of a meeting as a PDF", usage, run});

}  // namespace
}  // namespace agendad::cli
