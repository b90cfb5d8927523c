#include "daemon/site/state_writes.hpp"

#include <exception>
#include <utility>

namespace agendad::site {

StateWrites::~StateWrites() {
  for (auto& write : pending_)
    if (write.written.valid()) write.written.wait();
}

void StateWrites::start(std::function<Written()> write, std::function<void()> written) {
  auto guarded = [write = std::move(write)]() -> Written {
    try {
      return write();
    } catch (const std::exception& e) {  // a write's failure is a warning, as its error is
      return tl::unexpected(planner::Diagnostics{
          planner::Diagnostic{planner::Severity::warning, {}, "", std::string("a state file was not written: ") + e.what(), "", ""}});
    }
  };
  pending_.push_back({std::async(std::launch::async, std::move(guarded)), std::move(written)});
}

std::vector<std::string> StateWrites::join() {
  std::vector<std::string> problems;
  auto pending = std::exchange(pending_, {});
  for (auto& write : pending) {
    const Written written = write.written.get();
    if (written) {
      write.written_then();
      continue;
    }
    for (const auto& error : written.error()) problems.push_back(format_line(error));
  }
  return problems;
}

}  // namespace agendad::site
