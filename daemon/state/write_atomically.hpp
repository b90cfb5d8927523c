#pragma once
// Replacing a file whole: a reader (nginx, a restarted daemon) sees the old bytes or the new,
// never a mix, and a crash leaves one or the other.
//
// The bytes go to a temporary file beside PATH, named ".NAME.PID.COUNTER.tmp": unique to the
// process and the call, so that `agendad serve` and `agendad export` sharing a state directory,
// two exports into one directory, or two threads never write into each other's temporary file;
// hidden, so that a web server serving the directory never sends it. It is then renamed over
// PATH. On any failure it is removed and PATH is as it was. (A process killed mid-write leaves
// its temporary file behind; the next write does not reuse its name, and
// remove_abandoned_temporaries clears it away.)
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace agendad::state {

struct WriteOptions {
  // The file's modification time (a web server's Last-Modified); absent: the time of writing.
  std::optional<std::chrono::sys_seconds> modified{};
  // Durable on return: the file is fsynced before the rename and its directory after. Without,
  // a crash soon after may lose the new bytes (never half of them); a caller writing many files
  // may syncfs once instead.
  bool sync = false;
};

// PATH's directory must exist. The error is one sentence naming PATH (or its directory) and the
// operating system's reason: "cannot write /srv/site/flags.html: No space left on device".
tl::expected<void, std::string> write_atomically(const std::filesystem::path& path, std::string_view bytes,
                                                 const WriteOptions& options = {});

// Removes from DIRECTORY the temporary files of writers that were killed before they could rename
// them: those named by a process that is no longer running. A live process's (this one's
// included) are left alone, since it may still be writing. Returns how many were removed; a
// directory that cannot be read removes none.
std::size_t remove_abandoned_temporaries(const std::filesystem::path& directory);

}  // namespace agendad::state
