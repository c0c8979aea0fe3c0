#include "document/pdf.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <memory>
#include <stdexcept>

// Fontconfig, under Pango, keeps its font caches for the life of the process by design; the debug build's
// LeakSanitizer is told so here, where every binary that makes a PDF links it in.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }

namespace regie::document {
namespace {

// A4 in points, and the margins.
constexpr double kBreedte = 595.276;
constexpr double kHoogte = 841.890;
constexpr double kMarge = 56.0;
constexpr double kVoetruimte = 28.0;
constexpr double kInspringen = 16.0;

struct Stijl {
  const char* lettertype;
  double ruimte_voor;
  double ruimte_na;
};

Stijl stijl_van(Opmaak opmaak) {
  switch (opmaak) {
    case Opmaak::titel:
      return {"DejaVu Sans Bold 17", 0, 8};
    case Opmaak::kop:
      return {"DejaVu Sans Bold 12.5", 10, 4};
    case Opmaak::klein:
      return {"DejaVu Sans 8.5", 0, 3};
    case Opmaak::tekst:
      break;
  }
  return {"DejaVu Sans 10", 0, 4};
}

cairo_status_t schrijf(void* doel, const unsigned char* data, unsigned int lengte) {
  static_cast<std::string*>(doel)->append(reinterpret_cast<const char*>(data), lengte);
  return CAIRO_STATUS_SUCCESS;
}

template <typename T, void (*Vrij)(T*)>
struct Vrijgeven {
  void operator()(T* p) const { Vrij(p); }
};
using Surface = std::unique_ptr<cairo_surface_t, Vrijgeven<cairo_surface_t, cairo_surface_destroy>>;
using Cairo = std::unique_ptr<cairo_t, Vrijgeven<cairo_t, cairo_destroy>>;
using Lettertype =
    std::unique_ptr<PangoFontDescription, Vrijgeven<PangoFontDescription, pango_font_description_free>>;

void object_vrij(PangoLayout* p) { g_object_unref(p); }
using Layout = std::unique_ptr<PangoLayout, Vrijgeven<PangoLayout, object_vrij>>;

// Lays the blocks out line by line, so that a long paragraph continues on the next page.
class Zetter {
 public:
  Zetter(cairo_t* cr, std::string voetregel) : cr_(cr), voetregel_(std::move(voetregel)) {}

  void blok(const Blok& b) {
    const auto stijl = stijl_van(b.opmaak);
    const double inspringen = kInspringen * b.inspringen;
    y_ += y_ > kMarge ? stijl.ruimte_voor : 0;
    Layout layout{pango_cairo_create_layout(cr_)};
    Lettertype lettertype{pango_font_description_from_string(stijl.lettertype)};
    pango_layout_set_font_description(layout.get(), lettertype.get());
    pango_layout_set_width(layout.get(),
                           static_cast<int>((kBreedte - 2 * kMarge - inspringen) * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout.get(), b.tekst.c_str(), static_cast<int>(b.tekst.size()));
    const int regels = pango_layout_get_line_count(layout.get());
    for (int i = 0; i < regels; ++i) {
      PangoLayoutLine* regel = pango_layout_get_line_readonly(layout.get(), i);
      PangoRectangle logisch;
      pango_layout_line_get_pixel_extents(regel, nullptr, &logisch);
      if (y_ + logisch.height > kHoogte - kMarge - kVoetruimte) nieuwe_pagina();
      cairo_move_to(cr_, kMarge + inspringen, y_ - logisch.y);
      pango_cairo_show_layout_line(cr_, regel);
      y_ += logisch.height;
    }
    y_ += stijl.ruimte_na;
  }

  void afronden() { voet(); }

 private:
  void nieuwe_pagina() {
    voet();
    cairo_show_page(cr_);
    ++pagina_;
    y_ = kMarge;
  }

  void voet() {
    Layout layout{pango_cairo_create_layout(cr_)};
    Lettertype lettertype{pango_font_description_from_string("DejaVu Sans 8")};
    pango_layout_set_font_description(layout.get(), lettertype.get());
    const auto tekst = voetregel_ + " · pagina " + std::to_string(pagina_);
    pango_layout_set_text(layout.get(), tekst.c_str(), static_cast<int>(tekst.size()));
    cairo_move_to(cr_, kMarge, kHoogte - kMarge + 8);
    pango_cairo_show_layout(cr_, layout.get());
  }

  cairo_t* cr_;
  std::string voetregel_;
  double y_ = kMarge;
  int pagina_ = 1;
};

}  // namespace

std::string als_pdf(const PdfDocument& document) {
  std::string uit;
  {
    Surface surface{cairo_pdf_surface_create_for_stream(schrijf, &uit, kBreedte, kHoogte)};
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, document.titel.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Regie");
    Cairo cr{cairo_create(surface.get())};
    cairo_set_source_rgb(cr.get(), 0.1, 0.1, 0.1);
    Zetter zetter{cr.get(), document.voetregel};
    for (const auto& b : document.blokken) zetter.blok(b);
    zetter.afronden();
    cairo_show_page(cr.get());
    cr.reset();
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
      throw std::runtime_error("het PDF-document kon niet worden gemaakt");
  }
  return uit;
}

}  // namespace regie::document
