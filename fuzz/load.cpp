// links: agendad_load
// Arbitrary bytes through the configuration loader as one file: it must load them or refuse them
// with located errors, never crash, hang, overflow the stack or trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <string>

#include "planner/load/load_programme.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<agendad::planner::SourceText> files{
      {"config/fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size)}};
  auto loaded = agendad::planner::load_programme(files);
  if (!loaded) {
    if (loaded.error().empty()) __builtin_trap();  // a refusal always says why
    for (const auto& diagnostic : loaded.error())
      if (diagnostic.where.file != "config/fuzz.yaml") __builtin_trap();  // and where
  }
  return 0;
}
