// `agendad picture`: the bytes the renderer makes, on stdout; its mistakes and their exit statuses.
#include <gtest/gtest.h>

#include "tests/support/agendad_process.hpp"
#include "tests/svg/example_year.hpp"

namespace agendad::svg {
namespace {

using test_support::run_agendad;

const std::string config = "--config " AGENDAD_SOURCE_DIR "/config ";

TEST(PictureCli, PrintsTheSamePictureTheRendererMakes) {
  const auto printed = run_agendad("picture " + config + "--as-of 2025-03-05 --year 2024/25 ilsc");
  ASSERT_EQ(printed.status, 0) << printed.err;
  EXPECT_EQ(printed.out, testing::example_picture("ilsc"));
  // The committee's municipal_year is the default.
  EXPECT_EQ(run_agendad("picture " + config + "--as-of 2025-03-05 ilsc").out, printed.out);
  const auto all = run_agendad("picture " + config + "--as-of 2025-03-05 all");
  ASSERT_EQ(all.status, 0) << all.err;
  EXPECT_EQ(all.out, testing::example_picture("all"));
}

TEST(PictureCli, RefusesWhatItCannotDraw) {
  EXPECT_EQ(run_agendad("picture " + config + "--as-of 2025-03-05 nobody").status, 1);
  EXPECT_EQ(run_agendad("picture " + config + "--year 2024/26 ilsc").status, 2);
  EXPECT_EQ(run_agendad("picture " + config + "--as-of 2025-02-30 ilsc").status, 2);
  EXPECT_EQ(run_agendad("picture " + config).status, 2);
}

}  // namespace
}  // namespace agendad::svg
