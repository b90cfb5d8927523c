// Hostile files never crash or hang the loader: each is refused with a located error, or read
// correctly where it is merely unusual (a byte order mark, Windows line endings).
#include <chrono>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "planner/load/read_config_directory.hpp"
#include "tests/load/load_helpers.hpp"

namespace agendad::planner {
namespace {
using testing::load_text;

Diagnostic only_error(const Result<Programme>& loaded) {
  if (loaded) throw std::runtime_error("expected the file to be refused");
  if (loaded.error().size() != 1) throw std::runtime_error("expected one error:\n" + testing::all_lines(loaded.error()));
  return loaded.error().front();
}

std::string example_text(const std::string& name) {
  std::ifstream in(std::string(AGENDAD_SOURCE_DIR "/config/") + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(Hostile, EmptyFileIsAnErrorNamingTheFile) {
  for (std::string text : {"", "\n\n", "# only a comment\n", "   \r\n"}) {
    Diagnostic d = only_error(load_text(text, "config/empty.yaml"));
    EXPECT_EQ(d.message, "the file is empty");
    EXPECT_EQ(d.where.file, "config/empty.yaml");
  }
  EXPECT_EQ(only_error(load_text("---\n", "config/empty.yaml")).message, "the file is empty");
}

TEST(Hostile, BinaryBytesAreRefusedWhereTheyStart) {
  std::string text = "council:\n  name: Rother\0ham\n";
  text[20] = '\0';
  Diagnostic d = only_error(load_text(std::string(text.data(), text.size())));
  EXPECT_EQ(d.message, "the file holds bytes that are not text; is it a YAML file?");
  EXPECT_EQ(d.found, "the byte 0x00");
  EXPECT_EQ(d.where.line, 2);
  EXPECT_EQ(d.where.column, 12);
  std::string png = "\x89PNG\r\n\x1a\n";
  EXPECT_EQ(only_error(load_text(png)).found, "the byte 0x89");
}

TEST(Hostile, InvalidUtf8IsRefused) {
  Diagnostic d = only_error(load_text("council:\n  name: Rotherham \xC3\x28\n"));
  EXPECT_EQ(d.found, "the byte 0xC3");
  EXPECT_EQ(d.where.line, 2);
  EXPECT_EQ(d.where.column, 19);
}

TEST(Hostile, ByteOrderMarkIsSkipped) {
  auto loaded = load_text("\xEF\xBB\xBF" "council:\n  name: Rotherham Metropolitan Borough Council\n");
  ASSERT_TRUE(loaded) << testing::all_lines(loaded.error());
  EXPECT_EQ(loaded->council.name, "Rotherham Metropolitan Borough Council");
  EXPECT_EQ(loaded->council.where.line, 2) << "lines count from after the mark";
}

TEST(Hostile, WindowsLineEndingsReadTheSame) {
  std::vector<SourceText> files;
  for (const char* name : {"council.yaml", "ilsc.yaml"}) {
    std::string text = example_text(name), crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    files.push_back({std::string("config/") + name, crlf});
  }
  auto loaded = load_programme(files);
  ASSERT_TRUE(loaded) << testing::all_lines(loaded.error());
  EXPECT_EQ(loaded->committee("ilsc")->members.back().name, "Sutton");
  EXPECT_EQ(loaded->item("ehe-policy-update")->current().reason,
            "rescheduled as a result of a request from the service");
  EXPECT_EQ(loaded->council.notices.webcast.find('\r'), std::string::npos);
}

TEST(Hostile, TabIndentationIsLocated) {
  Diagnostic d = only_error(load_text("council:\n\tname: Rotherham\n"));
  EXPECT_EQ(d.message, "a tab is used for indentation; YAML allows only spaces there");
  EXPECT_EQ(d.where.line, 2);
  EXPECT_EQ(d.where.column, 1);
  auto tab_in_text = load_text("council:\n  name: \"Rotherham\tMBC\"\n  \t\n  chief_executive: |\n    A\n    \tB\n");
  ASSERT_TRUE(tab_in_text) << "tabs in a value or a blank line are not indentation: "
                           << testing::all_lines(tab_in_text.error());
  EXPECT_EQ(tab_in_text->council.chief_executive, "A\n\tB\n");
}

TEST(Hostile, FiftyMegabytesAreRefusedBySize) {
  std::string huge(50 * 1024 * 1024, 'a');
  auto started = std::chrono::steady_clock::now();
  Diagnostic d = only_error(load_text(huge, "config/huge.yaml"));
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
  EXPECT_EQ(d.message, "the file is too large to be a configuration file");
  EXPECT_EQ(d.found, "52428800 bytes");
  EXPECT_EQ(d.expected, "at most 10485760 bytes");
}

TEST(Hostile, FiftyMegabyteFileIsNotEvenRead) {
  auto dir = std::filesystem::temp_directory_path() / ("agendad-load-huge-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::filesystem::resize_file((std::ofstream(dir / "huge.yaml"), dir / "huge.yaml"), 50 * 1024 * 1024);
  std::ofstream(dir / "ok.yaml") << "council:\n  name: Rotherham\n";
  auto files = read_config_directory(dir.string());
  std::filesystem::remove_all(dir);
  ASSERT_FALSE(files);
  ASSERT_EQ(files.error().size(), 1u);
  EXPECT_EQ(files.error()[0].message, "the file is too large to be a configuration file");
  EXPECT_EQ(files.error()[0].where.file, (dir / "huge.yaml").string());
}

TEST(Hostile, DeepFlowNestingIsRefusedBeforeParsing) {
  for (const char* open : {"[", "{a: "}) {
    std::string text = "council:\n  name: ";
    for (int i = 0; i < 100000; ++i) text += open;
    Diagnostic d = only_error(load_text(text));
    EXPECT_EQ(d.message, "the YAML is nested more than 64 levels deep") << open;
    EXPECT_EQ(d.where.line, 2);
    EXPECT_GT(d.where.column, 64);
  }
}

TEST(Hostile, DeepNestingAfterADocumentMarkerIsRefused) {
  std::string text = "--- ";
  for (int i = 0; i < 100000; ++i) text += "[";
  EXPECT_EQ(only_error(load_text(text)).message, "the YAML is nested more than 64 levels deep");
}

TEST(Hostile, DeepBlockNestingIsRefused) {
  std::string dashes = "committees:\n";
  for (int i = 0; i < 100000; ++i) dashes += "- ";
  dashes += "x\n";
  EXPECT_EQ(only_error(load_text(dashes)).message, "the YAML is nested more than 64 levels deep");
  std::string indented;
  for (int i = 0; i < 2000; ++i) indented += std::string(i, ' ') + "k:\n";
  Diagnostic d = only_error(load_text(indented));
  EXPECT_EQ(d.message, "the YAML is nested more than 64 levels deep");
  EXPECT_EQ(d.where.line, 65) << "line 1 is the first level";
}

TEST(Hostile, NestingWithinTheLimitIsLeftToTheSchema) {
  std::string text = "council:\n  name: ";
  for (int i = 0; i < 40; ++i) text += "[";
  for (int i = 0; i < 40; ++i) text += "]";
  Diagnostic d = only_error(load_text(text + "\n"));
  EXPECT_EQ(d.field, "council.name");
  EXPECT_EQ(d.message, "should be a single piece of text");
}

TEST(Hostile, AliasBombIsRefused) {
  std::string bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    std::string previous(1, static_cast<char>(c - 1));
    bomb += std::string(1, c) + ": &" + c + " [*" + previous + ",*" + previous + ",*" + previous + ",*" + previous +
            ",*" + previous + ",*" + previous + ",*" + previous + ",*" + previous + ",*" + previous + "]\n";
  }
  Diagnostic d = only_error(load_text(bomb));
  EXPECT_EQ(d.message,
            "an anchor (&name) is used; the configuration does not allow anchors or aliases, so write the value out "
            "in full (or quote it, if it is text)");
  EXPECT_EQ(d.where.line, 1);
  EXPECT_EQ(d.where.column, 4);
  Diagnostic alias = only_error(load_text("council:\n  name: *rotherham\n"));
  EXPECT_EQ(alias.message,
            "an alias (*name) is used; the configuration does not allow anchors or aliases, so write the value out "
            "in full (or quote it, if it is text)");
  EXPECT_EQ(alias.found, "*rotherham");
  EXPECT_EQ(alias.where.column, 9);
}

TEST(Hostile, AmpersandsAndApostrophesInTextAreNotMistakenForYaml) {
  auto loaded = load_text(
      "council:\n  name: Q&A *council* Council's [draft\n  chief_executive: 'O''Brien & co # not a comment'\n");
  ASSERT_TRUE(loaded) << testing::all_lines(loaded.error());
  EXPECT_EQ(loaded->council.name, "Q&A *council* Council's [draft");
  EXPECT_EQ(loaded->council.chief_executive, "O'Brien & co # not a comment");
}

TEST(Hostile, AQuotationMarkNeverClosed) {
  Diagnostic d = only_error(load_text("committees:\n  - id: ilsc\n    name: \"Improving Lives\n    meetings: []\n"));
  EXPECT_EQ(d.message, "the quotation mark (\") that starts this value is never closed");
  EXPECT_EQ(d.where.line, 3);
  EXPECT_EQ(d.where.column, 11);
}

TEST(Hostile, SecondDocumentIsRefused) {
  Diagnostic d = only_error(load_text("council:\n  name: A\n---\ncouncil:\n  name: B\n"));
  EXPECT_EQ(d.message, "the file holds more than one YAML document (a second \"---\"); use one per file");
  EXPECT_EQ(d.where.line, 3);
  auto marked = load_text("---\ncouncil:\n  name: A\n...\n");
  EXPECT_TRUE(marked) << "markers around the one document are fine";
}

// Found by fuzz/load.cpp: yaml-cpp's LoadAll never returns on a document that starts with a comma.
TEST(Hostile, AValueStartingWithAFlowIndicatorIsLocated) {
  Diagnostic d = only_error(load_text(",er_d\n"));
  EXPECT_EQ(d.message, "`,` cannot start a value; put the value in quotes if it is text");
  EXPECT_EQ(d.where.line, 1);
  EXPECT_EQ(d.where.column, 1);
  Diagnostic bracket = only_error(load_text("council:\n  name: ] Rotherham\n"));
  EXPECT_EQ(bracket.where.line, 2);
  EXPECT_EQ(bracket.where.column, 9);
}

// A large file full of problems costs time in proportion to its size: every entry below is an
// error, and each check looks things up by index rather than by search.
TEST(Hostile, AMegabyteOfErrorsIsReportedInFull) {
  std::string text = "committees:\n  - id: c\n    name: C\n    members:\n";
  constexpr int count = 5000;
  for (int i = 0; i < count; ++i) text += "      - {name: P, role: chair}\n";
  text += "    meetings:\n";
  for (int i = 0; i < count; ++i) text += "      - {id: m" + std::to_string(i % 100) + ", date: 2024-09-17}\n";
  text += "    items:\n";
  for (int i = 0; i < count; ++i)
    text += "      - {id: i" + std::to_string(i) + ", title: T, status: booked, meeting: x" + std::to_string(i) + "}\n";
  text += "    pattern:\n";
  for (int i = 0; i < count; ++i) text += "      k" + std::to_string(i) + ": v\n";
  auto started = std::chrono::steady_clock::now();
  auto loaded = load_text(text);
  auto took = std::chrono::steady_clock::now() - started;
  ASSERT_FALSE(loaded);
  // Members: a second name and a second chair for all but the first; meetings: 4,900 duplicates;
  // items: a meeting that does not exist; pattern: an unknown key.
  EXPECT_EQ(loaded.error().size(), 2u * (count - 1) + (count - 100) + count + count);
  EXPECT_LT(took, std::chrono::seconds(30)) << "under sanitizers it takes a few seconds";
}

TEST(Hostile, NotAMapAtTheTop) {
  Diagnostic d = only_error(load_text("- just\n- a list\n"));
  EXPECT_EQ(d.message, "should be a map of fields (name: value on separate lines)");
  EXPECT_EQ(d.where.line, 1);
}

}  // namespace
}  // namespace agendad::planner
