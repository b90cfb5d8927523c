#include "planner/sources/pdf_paper.hpp"

#include <exception>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>

namespace agendad::planner::sources {
namespace {

// With a password to open it, or only without one: either way agendad may not rewrite it.
constexpr const char* encrypted =
    "is encrypted; agendad cannot number its pages, so save it again without a password or restrictions";

}  // namespace

tl::expected<int, std::string> pdf_page_count(std::string_view bytes, const std::string& name) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    // Recovery would quietly rebuild a broken file from guesses; a paper that needs it is refused,
    // since the pack would then carry whatever qpdf guessed the council meant to publish.
    pdf.setAttemptRecovery(false);
    pdf.processMemoryFile(name.c_str(), bytes.data(), bytes.size());
    if (pdf.isEncrypted()) return tl::unexpected(std::string(encrypted));
    auto pages = pdf.getAllPages();
    if (pages.empty()) return tl::unexpected(std::string("has no pages"));
    // Reaching every page object finds a broken page tree. Warnings alone (a stray byte, a
    // loose dictionary, which many producers leave) do not refuse a paper that reads whole.
    for (auto& page : pages) page.getKey("/MediaBox");
    return static_cast<int>(pages.size());
  } catch (const QPDFExc& e) {
    if (e.getErrorCode() == qpdf_e_password) return tl::unexpected(std::string(encrypted));
    return tl::unexpected("is not a PDF or is damaged: " + e.getMessageDetail());
  } catch (const std::exception& e) {
    return tl::unexpected(std::string("is not a PDF or is damaged: ") + e.what());
  }
}

}  // namespace agendad::planner::sources
