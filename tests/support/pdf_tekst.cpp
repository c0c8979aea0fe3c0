#include "support/pdf_tekst.hpp"

#include <cstdio>
#include <fstream>

#include "support/temp_dir.hpp"

namespace regie::testing {

std::string pdf_tekst(const std::string& pdf) {
  TempDir map;
  const auto bestand = map.path() + "/plan.pdf";
  std::ofstream{bestand, std::ios::binary} << pdf;
  FILE* p = popen(("pdftotext -enc UTF-8 '" + bestand + "' - 2>/dev/null").c_str(), "r");
  if (!p) return {};
  std::string tekst;
  char buffer[4096];
  while (const auto n = std::fread(buffer, 1, sizeof buffer, p)) tekst.append(buffer, n);
  return pclose(p) == 0 ? tekst : std::string{};
}

}  // namespace regie::testing
