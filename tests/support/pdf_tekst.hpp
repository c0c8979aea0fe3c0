#pragma once
// The text of a PDF as Debian's pdftotext (poppler) reads it: an independent reader, not Regie's own code.

#include <string>

namespace regie::testing {

// Empty when pdftotext cannot read it (or is missing).
std::string pdf_tekst(const std::string& pdf);

}  // namespace regie::testing
