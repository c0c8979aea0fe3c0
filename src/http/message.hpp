#pragma once
// Transport-neutral HTTP request and response: what the api layer sees of HTTP. The server converts
// from and to Boost.Beast; nothing above the transport depends on Beast.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace regie::http {

struct Header {
  std::string name;  // lower case
  std::string value;
};

struct Request {
  std::string method;  // upper case, e.g. "GET"
  std::string path;    // without the query string
  std::string query;   // without the leading '?'
  std::vector<Header> headers;
  std::string body;
  std::string remote_address;  // the peer's IP address

  std::optional<std::string_view> header(std::string_view lower_case_name) const;
};

struct Response {
  int status = 200;
  std::vector<Header> headers;
  std::string body;

  void set_header(std::string name, std::string value);
  void add_header(std::string name, std::string value);  // for headers that may repeat (Set-Cookie)
  std::optional<std::string_view> header(std::string_view lower_case_name) const;
};

}  // namespace regie::http
