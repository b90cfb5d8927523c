// read_regular_file: the bytes of a regular file, up to a cap, holding no more memory than they
// need (the daemon keeps every agenda pack it reads back for as long as it serves it).
#include "planner/load/read_file.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/temp_directory.hpp"

namespace agendad::planner {
namespace {

std::string write_file(const std::filesystem::path& path, std::size_t size) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + i % 26);
  std::ofstream(path, std::ios::binary) << bytes;
  return bytes;
}

class ReadRegularFile : public ::testing::TestWithParam<std::size_t> {};

TEST_P(ReadRegularFile, ReadsEveryByteAndHoldsNoMoreThanAPageBeyondThem) {
  test::TempDirectory dir("agendad-read-file");
  const auto path = dir.path() / "pack.pdf";
  const std::string written = write_file(path, GetParam());
  auto read = read_regular_file(path.string(), 1 << 24, "the pack");
  ASSERT_TRUE(read) << read.error().front().message;
  EXPECT_EQ(*read, written);
  // Doubling the string to find the end of the file left it twice the file's size.
  EXPECT_LE(read->capacity(), read->size() + 4096 + 32) << "size " << read->size();
}

INSTANTIATE_TEST_SUITE_P(Sizes, ReadRegularFile, ::testing::Values(0, 1, 4095, 4096, 4097, 150'000, 1'000'000));

TEST(ReadRegularFileCap, AFileOverTheCapIsRefused) {
  test::TempDirectory dir("agendad-read-file");
  const auto path = dir.path() / "big.yaml";
  write_file(path, 5000);
  auto read = read_regular_file(path.string(), 4999, "the configuration file");
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().front().message, "the configuration file is too large");
}

}  // namespace
}  // namespace agendad::planner
