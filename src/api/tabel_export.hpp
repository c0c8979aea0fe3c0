#pragma once
// Tables for download: the compliance matrix and the monitoring figures as CSV (semicolons and a UTF-8
// byte order mark, so Dutch spreadsheet settings open it as columns) or as an XLSX workbook written by
// libxlsxwriter.

#include <optional>
#include <string>
#include <vector>

#include "http/message.hpp"

namespace regie::api {

struct Tabel {
  std::string titel;  // the sheet name and the file name's stem; plain ASCII
  std::vector<std::string> kolommen;
  std::vector<std::vector<std::string>> rijen;
};

enum class Exportformaat { csv, xlsx };

// From the `formaat` query parameter: csv (default) or xlsx; anything else is a BadRequest naming it.
Exportformaat exportformaat(const std::optional<std::string>& waarde);

std::string als_csv(const Tabel& tabel);
std::string als_xlsx(const Tabel& tabel);

// 200 with the file as an attachment named after the table.
http::Response download(const Tabel& tabel, Exportformaat formaat);

}  // namespace regie::api
