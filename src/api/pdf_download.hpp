#pragma once
// A PDF as a download: never cached, a file name without personal data.

#include <string>

#include "http/message.hpp"

namespace regie::api {

inline http::Response pdf_download(std::string pdf, const std::string& bestandsnaam) {
  http::Response r;
  r.body = std::move(pdf);
  r.set_header("Content-Type", "application/pdf");
  r.set_header("Content-Disposition", "attachment; filename=\"" + bestandsnaam + "\"");
  r.set_header("Cache-Control", "no-store");
  return r;
}

}  // namespace regie::api
