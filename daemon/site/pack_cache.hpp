#pragma once
// Agenda packs kept from one load to the next, and with a directory, from one run to the next.
// Typesetting and assembling a pack is the dearest render the daemon makes (cairo, pango and qpdf,
// about 30 ms a pack in a release build, eight packs a committee a year); most reloads and most
// restarts change no pack.
// A pack is kept by the digest of everything it is made from (pack::spec_key), so a kept pack is
// byte-identical to a new one. Packs are made on several threads at once: pango gives each thread
// its own font map, and cairo and qpdf share nothing between the objects each pack makes.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "daemon/site/shared_bytes.hpp"
#include "feeds/pack/pack.hpp"

namespace agendad::site {

// What the daemon serves of a pack.
struct PackBytes {
  SharedBytes pdf;          // the whole pack
  SharedBytes front_sheet;  // the front sheet alone
};

class PackCache {
 public:
  using Pack = std::shared_ptr<const PackBytes>;

  // Starts a load: the packs the last load used stay available to it; older ones are dropped.
  // They are kept in memory, the same bytes the snapshot serves (SharedBytes), so a reload that
  // changes no pack reads, copies and hashes none. With `directory`, packs are also kept there:
  // looked for there and written there as they are made, two files each named by the spec's
  // digest (<digest>.pdf and <digest>.front.pdf, each replaced whole), so that a restarted daemon
  // makes none the last run made. Anything may delete them.
  void start_load(std::optional<std::filesystem::path> directory = std::nullopt);

  // The pack for `spec`: this load's, the last load's or the directory's where the spec is the
  // same, else made. Safe to call from several threads at once.
  tl::expected<Pack, std::string> pack_for(pack::PackSpec spec);

  // Keeps for this load the last load's packs whose bytes (the very bytes) are among `served`: the
  // packs of pages a load keeps without rendering them again.
  void keep_serving(const std::vector<SharedBytes>& served);

  // Ends a load: lets go of the packs it did not use and removes them from the directory. A load
  // that failed changes nothing: the next starts from the packs of the last that succeeded. Returns
  // what went wrong with the directory during the load, for the log: a full disk costs speed on
  // the next start, not a load.
  std::vector<std::string> end_load(bool succeeded = true);

  std::size_t made() const;  // packs made rather than reused, since construction

 private:
  Pack keep(const std::string& key, const Pack& pack);
  void note(std::string problem);

  std::optional<std::filesystem::path> directory_;  // set by start_load, read by every thread
  mutable std::mutex mutex_;                        // guards what follows
  std::map<std::string, Pack> last_;
  std::map<std::string, Pack> this_;
  std::size_t made_ = 0;
  std::vector<std::string> problems_;
};

}  // namespace agendad::site
