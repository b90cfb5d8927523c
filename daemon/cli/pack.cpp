// `agendad pack`: the agenda pack of one meeting, as the PDF the council publishes.
#include <iostream>
#include <string>

#include "daemon/cli/common.hpp"
#include "planner/model/find_meeting.hpp"
#include "daemon/state/write_atomically.hpp"
#include "feeds/pack/pack.hpp"
#include "feeds/pages/agenda.hpp"
#include "planner/rules/public_view.hpp"

namespace agendad::cli {

using planner::Date, planner::Diagnostic, planner::Meeting;

namespace {

// The usage is long, so a mistake only points to it.
constexpr Usage usage{
    .name = "pack",
    .description =
        "Writes the agenda pack of the committee's meeting on DATE (YYYY-MM-DD) as one PDF: the front\n"
        "sheet, then each item's papers in agenda order, each starting on an odd page, numbered at the\n"
        "foot; the front sheet's page ranges are those of the pack as assembled. An item whose papers\n"
        "are not named gets a \"Report to follow\" page and the pack is incomplete; the Work Programme\n"
        "item's paper is agendad's own Summary Work Programme.\n",
    .exit_status =
        "Exit status: 0 written (complete or not: the summary on stderr says which); 1 the configuration\n"
        "has errors, no such committee or meeting, or the file cannot be written; 2 the command line is wrong.\n",
    .wrong_words = "expected COMMITTEE and DATE",
    .usage_after_mistake = false};

struct Options {
  std::string config = "config";
  bool members = false;
  std::string out;
  std::string committee;
  Date date;
};

CommandLine command_line(Options& options) {
  CommandLine line(usage);
  line.add_options()
      ("config", word(&options.config, "DIR"), "the configuration directory (default: config)")
      ("members", po::bool_switch(&options.members),
       "the members' version, with exempt papers; otherwise each is replaced by a page giving its public title and "
       "Schedule 12A paragraph")
      ("out", word(&options.out, "FILE")->required(),
       "where to write the PDF (required: a PDF is not for a terminal; replaced whole: written beside it, then "
       "renamed)");
  line.add_word("committee", word(&options.committee, "COMMITTEE")->required())
      .add_word("date", date(&options.date)->required());
  return line;
}

std::string help() {
  Options unused;
  return command_line(unused).help();
}

int write_pack(const planner::sources::LoadedConfiguration& loaded, const Meeting& meeting, bool members,
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
  Options options;
  if (!command_line(options).parse(arguments)) return 2;
  auto loaded = load_config_or_report(options.config, today_in_london());
  if (!loaded) return 1;
  // The public's pack is made from the public's programme: planner/rules/public_view.hpp.
  if (!options.members) loaded->programme = public_programme(loaded->programme);
  auto meeting = find_meeting(loaded->programme, options.committee, options.date);
  if (!meeting) {
    for (const Diagnostic& diagnostic : meeting.error())
      std::cerr << "agendad pack: " << diagnostic.message << " (found " << diagnostic.found << "; expected "
                << diagnostic.expected << ")\n";
    return 1;
  }
  return write_pack(*loaded, **meeting, options.members, options.out);
}

const bool registered = register_command({"pack", "write the agenda pack of a meeting as a PDF", help, run});

}  // namespace
}  // namespace agendad::cli
