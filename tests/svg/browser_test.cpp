// The example's 2024/25 picture in a real browser: headless Chromium renders the SVG file to a
// screenshot, and the pixels at the positions the SVG gives are what the marks there should make
// them. Needs Debian's chromium, which scripts/test installs.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "tests/support/agendad_process.hpp"
#include "tests/svg/example_year.hpp"

namespace agendad::svg {
namespace {

namespace fs = std::filesystem;
using test_support::run_shell;

double attribute_after(const std::string& svg, std::size_t from, const std::string& name) {
  std::smatch match;
  const std::string rest = svg.substr(from);
  if (!std::regex_search(rest, match, std::regex(" " + name + "=\"(-?[0-9.]+)\""))) return -1;
  return std::stod(match[1]);
}

struct Rgb {
  int r = 0, g = 0, b = 0;
  bool dark() const { return r < 90 && g < 90 && b < 90; }
  bool light() const { return r > 200 && g > 200 && b > 200; }
};

class PictureInBrowser : public ::testing::Test {
 protected:
  void SetUp() override {
    if (run_shell("command -v chromium >/dev/null 2>&1").status != 0)
      FAIL() << "chromium is not installed: scripts/test installs it (apt-get install chromium)";
    std::string pattern = (fs::temp_directory_path() / "agendad-picture-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir = pattern;
  }
  void TearDown() override {
    if (!dir.empty()) fs::remove_all(dir);
  }

  // A screenshot at the SVG's own size, so one viewBox unit is one pixel.
  fs::path screenshot(const std::string& svg, int width, int height) {
    std::ofstream(dir / "year.svg") << svg;
    const auto shot = dir / "year.png";
    const auto outcome = run_shell(
        "timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking "
        "--disable-component-update --disable-sync --no-first-run --hide-scrollbars --force-device-scale-factor=1 "
        "--user-data-dir=" + (dir / "profile").string() + " --window-size=" + std::to_string(width) + "," +
        std::to_string(height) + " --screenshot=" + shot.string() + " file://" + (dir / "year.svg").string() +
        " >/dev/null");
    EXPECT_EQ(outcome.status, 0) << outcome.err;
    return shot;
  }

  std::vector<Rgb> pixels(const fs::path& png, const std::vector<std::pair<double, double>>& points, std::string& size) {
    std::string arguments;
    for (const auto& [x, y] : points) arguments += " " + std::to_string(x) + "," + std::to_string(y);
    const auto read = run_shell("/usr/bin/python3 " AGENDAD_SOURCE_DIR "/tests/svg/png_pixels.py " + png.string() + arguments);
    EXPECT_EQ(read.status, 0) << read.err;
    std::istringstream lines(read.out);
    std::getline(lines, size);
    std::vector<Rgb> found;
    for (Rgb rgb; lines >> rgb.r >> rgb.g >> rgb.b;) found.push_back(rgb);
    return found;
  }

  fs::path dir;
};

TEST_F(PictureInBrowser, TheMeetingOf17September2024IsDrawnOnItsDate) {
  const auto svg = testing::example_picture();
  std::smatch box;
  ASSERT_TRUE(std::regex_search(svg, box, std::regex("viewBox=\"0 0 1200.0 ([0-9.]+)\"")));
  const int tall = static_cast<int>(std::stod(box[1]) + 0.5);

  const auto title = svg.find("<title>Meeting, Tuesday 17 September 2024");
  ASSERT_NE(title, std::string::npos);
  const auto circle = svg.find("<circle", title);
  const double x = attribute_after(svg, circle, "cx"), y = attribute_after(svg, circle, "cy");
  const auto tick = [&](const char* date) {
    return attribute_after(svg, svg.rfind("<line", svg.find(std::string("data-date=\"") + date)), "x1");
  };
  const double september = tick("2024-09-01"), october = tick("2024-10-01");
  ASSERT_GT(x, september);
  ASSERT_LT(x, october);

  std::string size;
  const auto found = pixels(screenshot(svg, 1200, tall), {{x, y}, {x - 15, y}, {x, y - 30}}, size);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(size, "1200 " + std::to_string(tall));
  EXPECT_TRUE(found[0].dark()) << "the meeting's mark, at " << x << "," << y;
  EXPECT_TRUE(found[1].light()) << "a fortnight before it, nothing";
  EXPECT_TRUE(found[2].dark()) << "its load bar above it (1 item booked)";
}

}  // namespace
}  // namespace agendad::svg
