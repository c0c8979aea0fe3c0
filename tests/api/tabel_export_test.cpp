// The table export: CSV that Dutch spreadsheet settings open as columns without running formulas, and an XLSX
// workbook from libxlsxwriter.

#include <gtest/gtest.h>

#include "api/tabel_export.hpp"
#include "service/errors.hpp"

namespace regie::api {
namespace {

const Tabel kTabel{"proef", {"Organisatie", "Aantal"}, {{"Zorg; \"West\"", "12"}, {"=SOM(A1)", "< 5"}}};

TEST(TabelExport, CsvHasABomSemicolonsQuotesAndNoFormulas) {
  const auto csv = als_csv(kTabel);
  EXPECT_EQ(csv,
            "\xEF\xBB\xBF"
            "Organisatie;Aantal\r\n"
            "\"Zorg; \"\"West\"\"\";12\r\n"
            "'=SOM(A1);< 5\r\n");
}

TEST(TabelExport, XlsxIsAZippedWorkbookWithTheSheet) {
  const auto xlsx = als_xlsx(kTabel);
  ASSERT_GT(xlsx.size(), 1000u);
  EXPECT_EQ(xlsx.substr(0, 2), "PK");
  EXPECT_NE(xlsx.find("xl/worksheets/sheet1.xml"), std::string::npos);
}

TEST(TabelExport, TheFormatComesFromTheQueryAndAnUnknownOneNamesTheParameter) {
  EXPECT_EQ(exportformaat(std::nullopt), Exportformaat::csv);
  EXPECT_EQ(exportformaat("xlsx"), Exportformaat::xlsx);
  try {
    exportformaat("pdf");
    FAIL();
  } catch (const service::BadRequest& e) {
    ASSERT_EQ(e.invalid_params().size(), 1u);
    EXPECT_EQ(e.invalid_params()[0].name, "formaat");
  }
  const auto r = download(kTabel, Exportformaat::xlsx);
  EXPECT_EQ(r.header("content-disposition").value_or(""), "attachment; filename=\"proef.xlsx\"");
}

}  // namespace
}  // namespace regie::api
