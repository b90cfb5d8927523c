#pragma once
// Agenda packs kept from one load to the next. Typesetting and assembling a pack is the dearest
// render the daemon makes (cairo, pango and qpdf, about 30 ms a pack in a release build); most
// reloads change no pack.
// A pack is kept by the digest of everything it is made from (pack::spec_key), so a kept pack is
// byte-identical to a new one.
#include <map>
#include <memory>
#include <string>

#include <tl/expected.hpp>

#include "feeds/pack/pack.hpp"

namespace agendad::site {

class PackCache {
 public:
  using Pack = std::shared_ptr<const pack::AgendaPack>;

  // The pack for `spec`: this load's or the last load's where the spec is the same, else made.
  tl::expected<Pack, std::string> pack_for(pack::PackSpec spec);

  // Starts a load: the packs the last load used stay available to it; older ones are dropped.
  void start_load();

  std::size_t made() const { return made_; }  // packs made rather than reused, since construction

 private:
  std::map<std::string, Pack> last_;
  std::map<std::string, Pack> this_;
  std::size_t made_ = 0;
};

}  // namespace agendad::site
