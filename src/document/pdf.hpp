#pragma once
// A simple flowing PDF document — titles, headings, paragraphs and indented list items on A4 pages with a
// footer — typeset by Pango (so Dutch text with its diacritics wraps and shapes properly) onto a Cairo PDF
// surface. No hand-made PDF: both are maintained libraries from Debian (ADR 0017).

#include <string>
#include <vector>

namespace regie::document {

enum class Opmaak { titel, kop, tekst, klein };

struct Blok {
  std::string tekst;
  Opmaak opmaak = Opmaak::tekst;
  int inspringen = 0;  // list depth: 0 none, 1 a list item, 2 an item under it
};

struct PdfDocument {
  std::string titel;      // the PDF's metadata title
  std::string voetregel;  // on every page, followed by the page number
  std::vector<Blok> blokken;
};

// The bytes of the PDF file. Throws std::runtime_error when Cairo cannot make it.
std::string als_pdf(const PdfDocument& document);

}  // namespace regie::document
