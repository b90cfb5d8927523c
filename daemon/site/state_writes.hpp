#pragma once
// State files (the SEQUENCE state, the change log) written while the pages render rather than
// before: a clerk's edit at 300 committees rewrites a change log of megabytes, a tenth of a second
// with its fsync, which now overlaps the rendering. Every write is joined before the build
// returns its snapshot, so what is served has been saved (a restart reads what was last served).
#include <filesystem>
#include <functional>
#include <future>
#include <string>
#include <vector>

#include "planner/model/diagnostic.hpp"

namespace agendad::site {

class StateWrites {
 public:
  using Written = planner::Result<std::filesystem::path>;

  StateWrites() = default;
  StateWrites(const StateWrites&) = delete;
  StateWrites& operator=(const StateWrites&) = delete;
  ~StateWrites();  // waits for every write still under way (a build that failed), calling nothing

  // Runs `write` on a thread of its own; `written` runs on the joining thread if it succeeded.
  void start(std::function<Written()> write, std::function<void()> written);
  // Waits for every write, in the order started; what went wrong, a line each, for the log.
  std::vector<std::string> join();

 private:
  struct Pending {
    std::future<Written> written;
    std::function<void()> written_then;
  };
  std::vector<Pending> pending_;
};

}  // namespace agendad::site
