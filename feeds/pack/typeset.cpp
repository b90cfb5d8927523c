#include "feeds/pack/typeset.hpp"

#include <memory>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

namespace agendad::pack {
namespace {

constexpr double margin_side = 62;
constexpr double margin_top = 56;
constexpr double margin_bottom = 70;  // room for the page number stamped at the foot
constexpr double text_width = a4_width - 2 * margin_side;
// A fixed date, not the clock: the pack's bytes must depend only on its inputs.
constexpr const char* fixed_date = "2000-01-01T00:00:00Z";

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
struct FontDeleter {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};

using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Context = std::unique_ptr<cairo_t, ContextDeleter>;

Surface pdf_surface(std::string& out, const std::string& title) {
  Surface surface(cairo_pdf_surface_create_for_stream(append, &out, a4_width, a4_height));
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "agendad");
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, fixed_date);
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_MOD_DATE, fixed_date);
  return surface;
}

struct Look {
  const char* font;
  double indent;
  double space_after;
  PangoAlignment align;
};

Look look_of(BlockStyle style) {
  switch (style) {
    case BlockStyle::title: return {"DejaVu Sans Bold 15", 0, 14, PANGO_ALIGN_CENTER};
    case BlockStyle::heading: return {"DejaVu Sans Bold 10.5", 0, 5, PANGO_ALIGN_LEFT};
    case BlockStyle::bold: return {"DejaVu Sans Bold 10", 0, 9, PANGO_ALIGN_LEFT};
    case BlockStyle::bullet: return {"DejaVu Sans 10", 18, 3, PANGO_ALIGN_LEFT};
    case BlockStyle::centred: return {"DejaVu Sans Bold 16", 0, 12, PANGO_ALIGN_CENTER};
    case BlockStyle::body:
    case BlockStyle::page_break: break;
  }
  return {"DejaVu Sans 10", 0, 9, PANGO_ALIGN_LEFT};
}

// Lays out text page by page, line by line: a paragraph longer than what is left of a page
// carries on over the next.
class Typesetter {
 public:
  explicit Typesetter(cairo_t* cr) : cr_(cr) {}

  void block(const Block& b) {
    if (b.style == BlockStyle::page_break) return new_page();
    Look look = look_of(b.style);
    std::unique_ptr<PangoLayout, LayoutDeleter> layout(pango_cairo_create_layout(cr_));
    std::unique_ptr<PangoFontDescription, FontDeleter> font(pango_font_description_from_string(look.font));
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), static_cast<int>((text_width - look.indent) * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), look.align);
    pango_layout_set_text(layout.get(), b.text.c_str(), static_cast<int>(b.text.size()));
    // A heading is kept with the first lines of what follows it.
    if (b.style == BlockStyle::heading && y_ + 40 > a4_height - margin_bottom && y_ > margin_top) new_page();
    PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      double height = static_cast<double>(logical.height) / PANGO_SCALE;
      if (y_ + height > a4_height - margin_bottom && y_ > margin_top) new_page();
      double baseline = static_cast<double>(pango_layout_iter_get_baseline(iter) - logical.y) / PANGO_SCALE;
      cairo_move_to(cr_, margin_side + look.indent + static_cast<double>(logical.x) / PANGO_SCALE, y_ + baseline);
      pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(iter));
      y_ += height;
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    y_ += look.space_after;
  }

  int finish() {
    cairo_show_page(cr_);
    return pages_;
  }

 private:
  void new_page() {
    cairo_show_page(cr_);
    ++pages_;
    y_ = margin_top;
  }

  cairo_t* cr_;
  double y_ = margin_top;
  int pages_ = 1;
};

}  // namespace

TypesetPdf typeset(const std::vector<Block>& blocks, const std::string& title) {
  TypesetPdf pdf;
  {
    Surface surface = pdf_surface(pdf.bytes, title);
    Context cr(cairo_create(surface.get()));
    Typesetter typesetter(cr.get());
    for (const Block& b : blocks) typesetter.block(b);
    pdf.pages = typesetter.finish();
    cr.reset();
    cairo_surface_finish(surface.get());
  }
  return pdf;
}

TypesetPdf page_number_stamps(int first_number, int count) {
  TypesetPdf pdf;
  {
    Surface surface = pdf_surface(pdf.bytes, "page numbers");
    Context cr(cairo_create(surface.get()));
    std::unique_ptr<PangoFontDescription, FontDeleter> font(pango_font_description_from_string("DejaVu Sans 9"));
    for (int i = 0; i < count; ++i) {
      std::unique_ptr<PangoLayout, LayoutDeleter> layout(pango_cairo_create_layout(cr.get()));
      pango_layout_set_font_description(layout.get(), font.get());
      std::string text = "Page " + std::to_string(first_number + i);
      pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
      int width = 0;
      int height = 0;
      pango_layout_get_size(layout.get(), &width, &height);
      cairo_move_to(cr.get(), (a4_width - static_cast<double>(width) / PANGO_SCALE) / 2, a4_height - 40);
      pango_cairo_show_layout(cr.get(), layout.get());
      cairo_show_page(cr.get());
    }
    pdf.pages = count;
    cr.reset();
    cairo_surface_finish(surface.get());
  }
  return pdf;
}

}  // namespace agendad::pack

#if defined(__SANITIZE_ADDRESS__)
// fontconfig, under pango, keeps its configuration and font caches for the life of the process
// and frees them in no public call that is safe while pango may still use them; LeakSanitizer
// would report them at every exit. Only fontconfig's own allocations are excused.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
#endif
