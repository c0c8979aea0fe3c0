#include "api/tabel_export.hpp"

#include <xlsxwriter.h>

#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>

#include "service/errors.hpp"

namespace regie::api {
namespace {

// A cell a spreadsheet would run as a formula is written as text (CSV injection).
std::string ontschadelijk(const std::string& cel) {
  if (!cel.empty() && std::string_view{"=+-@\t\r"}.find(cel.front()) != std::string_view::npos)
    return "'" + cel;
  return cel;
}

std::string csv_cel(const std::string& ruw) {
  const auto cel = ontschadelijk(ruw);
  if (cel.find_first_of(";\"\r\n") == std::string::npos) return cel;
  std::string uit = "\"";
  for (char c : cel) {
    if (c == '"') uit += '"';
    uit += c;
  }
  return uit + "\"";
}

void csv_regel(std::string& uit, const std::vector<std::string>& cellen) {
  for (std::size_t i = 0; i < cellen.size(); ++i) {
    if (i > 0) uit += ';';
    uit += csv_cel(cellen[i]);
  }
  uit += "\r\n";
}

bool is_getal(const std::string& cel) {
  return !cel.empty() && cel.size() <= 15 &&
         std::ranges::all_of(cel, [](char c) { return c >= '0' && c <= '9'; });
}

// libxlsxwriter writes to a file; a private temporary one, removed whatever happens.
struct TijdelijkBestand {
  std::string pad;
  TijdelijkBestand() {
    pad = (std::filesystem::temp_directory_path() / "regie-export-XXXXXX").string();
    const int fd = mkstemp(pad.data());
    if (fd < 0) throw std::runtime_error("geen tijdelijk bestand voor de export");
    close(fd);
  }
  ~TijdelijkBestand() { std::remove(pad.c_str()); }
  TijdelijkBestand(const TijdelijkBestand&) = delete;
  TijdelijkBestand& operator=(const TijdelijkBestand&) = delete;
};

void controleer(lxw_error fout) {
  if (fout != LXW_NO_ERROR) throw std::runtime_error(std::string{"xlsx: "} + lxw_strerror(fout));
}

}  // namespace

Exportformaat exportformaat(const std::optional<std::string>& waarde) {
  if (!waarde || *waarde == "csv") return Exportformaat::csv;
  if (*waarde == "xlsx") return Exportformaat::xlsx;
  throw service::BadRequest("Dit exportformaat kennen we niet.", {{"formaat", "Kies csv of xlsx."}});
}

std::string als_csv(const Tabel& tabel) {
  std::string uit = "\xEF\xBB\xBF";
  csv_regel(uit, tabel.kolommen);
  for (const auto& rij : tabel.rijen) csv_regel(uit, rij);
  return uit;
}

std::string als_xlsx(const Tabel& tabel) {
  TijdelijkBestand bestand;
  {
    lxw_workbook* boek = workbook_new(bestand.pad.c_str());
    if (!boek) throw std::runtime_error("xlsx: werkmap niet aangemaakt");
    lxw_worksheet* blad = workbook_add_worksheet(boek, tabel.titel.substr(0, 31).c_str());
    lxw_format* kop = workbook_add_format(boek);
    format_set_bold(kop);
    for (std::size_t k = 0; k < tabel.kolommen.size(); ++k) {
      worksheet_write_string(blad, 0, static_cast<lxw_col_t>(k), tabel.kolommen[k].c_str(), kop);
      worksheet_set_column(blad, static_cast<lxw_col_t>(k), static_cast<lxw_col_t>(k), k == 0 ? 32 : 18,
                           nullptr);
    }
    for (std::size_t r = 0; r < tabel.rijen.size(); ++r) {
      const auto rij = static_cast<lxw_row_t>(r + 1);
      for (std::size_t k = 0; k < tabel.rijen[r].size(); ++k) {
        const auto& cel = tabel.rijen[r][k];
        const auto kolom = static_cast<lxw_col_t>(k);
        if (is_getal(cel)) {
          worksheet_write_number(blad, rij, kolom, std::stod(cel), nullptr);
        } else {
          worksheet_write_string(blad, rij, kolom, cel.c_str(), nullptr);
        }
      }
    }
    worksheet_freeze_panes(blad, 1, 0);
    controleer(workbook_close(boek));
  }
  std::ifstream in(bestand.pad, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

http::Response download(const Tabel& tabel, Exportformaat formaat) {
  http::Response r;
  const bool xlsx = formaat == Exportformaat::xlsx;
  r.body = xlsx ? als_xlsx(tabel) : als_csv(tabel);
  r.set_header("Content-Type", xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                    : "text/csv; charset=utf-8");
  r.set_header("Content-Disposition",
               "attachment; filename=\"" + tabel.titel + (xlsx ? ".xlsx\"" : ".csv\""));
  r.set_header("Cache-Control", "no-store");
  return r;
}

}  // namespace regie::api
