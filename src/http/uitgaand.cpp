#include "http/uitgaand.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/url/parse.hpp>

namespace regie::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

constexpr std::size_t kMaximaleGrootte = 1024 * 1024;

struct Doel {
  bool tls = false;
  std::string host;
  std::string poort;
  std::string pad;
};

bool is_loopback(std::string_view host) {
  return host == "127.0.0.1" || host == "localhost" || host == "[::1]" || host == "::1";
}

std::optional<Doel> doel(const std::string& adres) {
  const auto url = boost::urls::parse_absolute_uri(adres);
  if (!url || url->has_userinfo() || url->host().empty()) return std::nullopt;
  Doel d;
  if (url->scheme() == "https") {
    d.tls = true;
  } else if (url->scheme() != "http") {
    return std::nullopt;
  }
  d.host = url->host();
  d.poort = url->has_port() ? std::string{url->port()} : (d.tls ? "443" : "80");
  d.pad = std::string{url->encoded_target()};
  if (d.pad.empty() || d.pad.front() != '/') d.pad.insert(0, "/");
  if (!d.tls && !is_loopback(d.host)) return std::nullopt;
  return d;
}

template <typename Stream>
UitgaandAntwoord wisselen(Stream& stream, const UitgaandVerzoek& verzoek, const Doel& d,
                          std::chrono::milliseconds deadline) {
  bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(verzoek.methode), d.pad, 11};
  const bool standaardpoort = d.poort == (d.tls ? "443" : "80");
  req.set(bhttp::field::host, standaardpoort ? d.host : d.host + ":" + d.poort);
  req.set(bhttp::field::user_agent, "Regie");
  req.set(bhttp::field::accept, "application/json");
  for (const auto& [naam, waarde] : verzoek.headers) req.set(naam, waarde);
  if (!verzoek.content_type.empty()) req.set(bhttp::field::content_type, verzoek.content_type);
  req.body() = verzoek.body;
  req.prepare_payload();
  beast::get_lowest_layer(stream).expires_after(deadline);
  bhttp::write(stream, req);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(kMaximaleGrootte);
  bhttp::read(stream, buffer, parser);
  const auto& res = parser.get();
  return {static_cast<int>(res.result_int()), res.body()};
}

}  // namespace

bool adres_toegestaan(const std::string& adres) { return doel(adres).has_value(); }

UitgaandAntwoord opvragen(const UitgaandVerzoek& verzoek, std::chrono::milliseconds deadline) {
  const auto d = doel(verzoek.adres);
  if (!d) throw VerbindingMislukt("adres niet toegestaan");
  try {
    asio::io_context io;
    asio::ip::tcp::resolver resolver{io};
    const auto host = d->host.starts_with('[') ? d->host.substr(1, d->host.size() - 2) : d->host;
    const auto eindpunten = resolver.resolve(host, d->poort);
    if (!d->tls) {
      beast::tcp_stream stream{io};
      stream.expires_after(deadline);
      stream.connect(eindpunten);
      return wisselen(stream, verzoek, *d, deadline);
    }
    asio::ssl::context tls{asio::ssl::context::tls_client};
    tls.set_default_verify_paths();
    tls.set_verify_mode(asio::ssl::verify_peer);
    beast::ssl_stream<beast::tcp_stream> stream{io, tls};
    if (!SSL_set_tlsext_host_name(stream.native_handle(), host.c_str())) throw VerbindingMislukt("SNI");
    stream.set_verify_callback(asio::ssl::host_name_verification(host));
    beast::get_lowest_layer(stream).expires_after(deadline);
    beast::get_lowest_layer(stream).connect(eindpunten);
    stream.handshake(asio::ssl::stream_base::client);
    return wisselen(stream, verzoek, *d, deadline);
  } catch (const VerbindingMislukt&) {
    throw;
  } catch (const std::exception& e) {
    throw VerbindingMislukt(e.what());
  }
}

}  // namespace regie::http
