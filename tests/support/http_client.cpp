#include "support/http_client.hpp"

#include <sys/socket.h>
#include <sys/time.h>

#include <algorithm>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <stdexcept>

namespace regie::testing {

namespace asio = boost::asio;
namespace bhttp = boost::beast::http;

std::string HttpResponse::header(const std::string& name) const {
  const auto it = headers.find(name);
  return it == headers.end() ? std::string{} : it->second;
}

struct HttpConnection::Impl {
  asio::io_context ioc;
  asio::ip::tcp::socket socket{ioc};
  boost::beast::flat_buffer buffer;
};

HttpConnection::HttpConnection(unsigned short port, std::chrono::seconds timeout)
    : impl_(std::make_unique<Impl>()) {
  impl_->socket.connect({asio::ip::make_address("127.0.0.1"), port});
  timeval tv{static_cast<time_t>(timeout.count()), 0};
  ::setsockopt(impl_->socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(impl_->socket.native_handle(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

HttpConnection::~HttpConnection() = default;

HttpResponse HttpConnection::request(std::string_view method, std::string_view target, std::string_view body,
                                     std::string_view content_type,
                                     const std::vector<std::pair<std::string, std::string>>& headers) {
  bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  for (const auto& [naam, waarde] : headers) req.set(naam, waarde);
  if (!body.empty() || method == "POST") {
    if (!content_type.empty()) req.set(bhttp::field::content_type, content_type);
    req.body() = std::string{body};
  }
  req.prepare_payload();
  bhttp::write(impl_->socket, req);
  auto response = read_response(method == "HEAD");
  if (!response) throw std::runtime_error("server sloot de verbinding zonder antwoord");
  return *response;
}

void HttpConnection::send_raw(std::string_view bytes) { asio::write(impl_->socket, asio::buffer(bytes)); }

std::optional<HttpResponse> HttpConnection::read_response(bool to_head_request) {
  bhttp::response_parser<bhttp::string_body> parser;
  parser.skip(to_head_request);
  parser.body_limit(16 * 1024 * 1024);
  boost::system::error_code ec;
  bhttp::read(impl_->socket, impl_->buffer, parser, ec);
  if (ec) return std::nullopt;
  auto& res = parser.get();
  HttpResponse out;
  out.status = static_cast<int>(res.result_int());
  for (const auto& field : res) {
    std::string name{field.name_string()};
    std::ranges::transform(name, name.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    out.headers[name] = std::string{field.value()};
    if (name == "set-cookie") out.set_cookies.emplace_back(field.value());
  }
  out.body = res.body();
  out.keep_alive = res.keep_alive();
  return out;
}

bool HttpConnection::closed_by_server() {
  char byte;
  boost::system::error_code ec;
  const auto n = impl_->socket.read_some(asio::buffer(&byte, 1), ec);
  return n == 0 && (ec == asio::error::eof || ec == asio::error::connection_reset);
}

HttpResponse http_request(unsigned short port, std::string_view method, std::string_view target,
                          std::string_view body, std::string_view content_type) {
  HttpConnection connection{port};
  return connection.request(method, target, body, content_type);
}

}  // namespace regie::testing
