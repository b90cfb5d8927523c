// `agendad export` against `agendad serve` on the same configuration, state and date: every
// exported file is the daemon's response to its URL, byte for byte, gzip bodies and ETags too.
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/hostile/harness.hpp"

namespace agendad::hostile {
namespace {

namespace fs = std::filesystem;

int run_export(const TempConfig& config, const fs::path& out) {
  const std::string command = std::string(AGENDAD_BINARY) + " export --config '" + config.config().string() +
                              "' --state '" + (config.root() / "state").string() +
                              "' --as-of 2024-09-10 --base-url https://meetings.example.gov.uk --out '" +
                              out.string() + "' >'" + (config.root() / "export.log").string() + "' 2>&1";
  return std::system(command.c_str());
}

// The tag etags.map gives nginx for `uri` served plain ("") or as gzip ("gzip").
std::string mapped_etag(const std::string& map, const std::string& uri, const std::string& coding) {
  const std::string key = "'" + uri + "|" + coding + "' '";
  const auto at = map.find(key);
  if (at == std::string::npos) return {};
  const auto start = at + key.size();
  return map.substr(start, map.find('\'', start) - start);
}

std::string url_for(const std::string& file) {
  if (file == "index.html") return "/";
  return "/" + file;
}

TEST(Export, EveryFileIsTheDaemonsResponseByteForByte) {
  TempConfig config;
  // The same public address for both: links in pages and feeds name it.
  Daemon daemon({"--config", config.config().string(), "--state", (config.root() / "state").string(), "--as-of",
                 "2024-09-10", "--base-url", "https://meetings.example.gov.uk"},
                config.root() / "daemon.log");
  ASSERT_TRUE(daemon.started()) << read_file(config.root() / "daemon.log");
  const auto out = config.root() / "site";
  ASSERT_EQ(run_export(config, out), 0) << read_file(config.root() / "export.log");

  const auto map = read_file(out / "etags.map");
  std::istringstream manifest(read_file(out / ".agendad-export"));
  std::size_t pages = 0, gzipped = 0;
  for (std::string file; std::getline(manifest, file);) {
    if (file == "etags.map") continue;
    const bool gz = file.ends_with(".gz");
    const auto plain = gz ? file.substr(0, file.size() - 3) : file;
    // The daemon may serve the index at "/" or at "/index.html"; the export names it index.html.
    auto response = get(daemon.port(), url_for(plain), gz ? "Accept-Encoding: gzip\r\n" : "");
    if (response.status == 404 && plain == "index.html") response = get(daemon.port(), "/index.html");
    ASSERT_EQ(response.status, 200) << file;
    EXPECT_TRUE(response.body == read_file(out / file)) << file << " differs from the daemon's response";
    EXPECT_EQ(response.header("content-encoding"), gz ? "gzip" : "") << file;
    EXPECT_EQ(mapped_etag(map, "/" + plain, gz ? "gzip" : ""), response.header("etag")) << file;
    EXPECT_NE(map.find("'/" + plain + "' '" + response.header("cache-control") + "'"), std::string::npos) << file;
    ++(gz ? gzipped : pages);
  }
  // As many URLs as the daemon says it serves ("/" and "/index.html" may share a file).
  const std::regex count("serving ([0-9]+) pages"), written("([0-9]+) pages and feeds written");
  std::smatch served_count, written_count;
  const auto export_log = read_file(config.root() / "export.log");
  ASSERT_TRUE(std::regex_search(daemon.banner(), served_count, count)) << daemon.banner();
  ASSERT_TRUE(std::regex_search(export_log, written_count, written)) << export_log;
  EXPECT_EQ(served_count[1], written_count[1]);
  EXPECT_GE(pages + 1, std::stoul(served_count[1]));
  EXPECT_GT(gzipped, 0u);
  EXPECT_LT(gzipped, pages);
  EXPECT_EQ(read_file(out / "agendas/ilsc/2024-09-17.txt"), get(daemon.port(), "/agendas/ilsc/2024-09-17.txt").body);
}

TEST(Export, AgainReplacesChangedFilesAndRemovesThoseNoLongerServed) {
  TempConfig config;
  const auto out = config.root() / "site";
  ASSERT_EQ(run_export(config, out), 0) << read_file(config.root() / "export.log");
  ASSERT_TRUE(fs::exists(out / "agendas/ilsc/2024-12-03.html"));
  // The meeting of 3 December 2024 moves to the 10th: its old pages go, new ones appear.
  auto text = config.read("ilsc.yaml");
  const std::string from = "ilsc-2024-12-03\n        date: 2024-12-03";
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos);
  config.write("ilsc.yaml", text.replace(at, from.size(), "ilsc-2024-12-03\n        date: 2024-12-10"));
  // An export killed while writing left its temporary files; this one clears them away.
  const pid_t killed = ::fork();
  ASSERT_GE(killed, 0);
  if (killed == 0) ::_exit(0);
  ASSERT_EQ(::waitpid(killed, nullptr, 0), killed);
  for (const auto* file : {"calendars/.ilsc.ics", "agendas/ilsc/.2024-12-03.html.gz", ".etags.map"})
    std::ofstream(out / (std::string(file) + "." + std::to_string(killed) + ".7.tmp")) << "half a page";
  ASSERT_EQ(run_export(config, out), 0) << read_file(config.root() / "export.log");
  EXPECT_FALSE(fs::exists(out / "agendas/ilsc/2024-12-03.html"));
  EXPECT_FALSE(fs::exists(out / "agendas/ilsc/2024-12-03.html.gz"));
  EXPECT_TRUE(fs::exists(out / "agendas/ilsc/2024-12-10.html"));
  for (const auto& entry : fs::recursive_directory_iterator(out))
    EXPECT_FALSE(entry.path().filename().string().ends_with(".tmp")) << entry.path();
}

TEST(Export, RefusesADirectoryThatHoldsSomethingElse) {
  TempConfig config;
  const auto out = config.root() / "elsewhere";
  fs::create_directories(out);
  std::ofstream(out / "precious.txt") << "not an export\n";
  EXPECT_NE(run_export(config, out), 0);
  EXPECT_NE(read_file(config.root() / "export.log").find("holds no earlier export"), std::string::npos);
  EXPECT_EQ(read_file(out / "precious.txt"), "not an export\n");
}

}  // namespace
}  // namespace agendad::hostile
