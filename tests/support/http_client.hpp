#pragma once
// A plain HTTP/1.1 client over one loopback connection, for the integration tests.

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace regie::testing {

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::vector<std::string> set_cookies;        // every Set-Cookie, which may repeat
  std::string body;
  bool keep_alive = false;

  std::string header(const std::string& name) const;
};

class HttpConnection {
 public:
  explicit HttpConnection(unsigned short port, std::chrono::seconds timeout = std::chrono::seconds(15));
  ~HttpConnection();

  HttpResponse request(std::string_view method, std::string_view target, std::string_view body = {},
                       std::string_view content_type = "application/json",
                       const std::vector<std::pair<std::string, std::string>>& headers = {});
  void send_raw(std::string_view bytes);
  // The next response on the connection; nullopt when the server closed it instead.
  std::optional<HttpResponse> read_response(bool to_head_request = false);
  // True when the server has closed the connection (reads end of file) within the timeout.
  bool closed_by_server();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One request on a new connection.
HttpResponse http_request(unsigned short port, std::string_view method, std::string_view target,
                          std::string_view body = {}, std::string_view content_type = "application/json");

}  // namespace regie::testing
