#include "http/server.hpp"

#include <algorithm>
#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <csignal>
#include <mutex>
#include <set>
#include <system_error>
#include <thread>
#include <vector>

namespace regie::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using boost::system::error_code;

constexpr auto kUseTuple = asio::as_tuple(asio::use_awaitable);
constexpr std::size_t kMaxDrainBytes = 8 * 1024 * 1024;
constexpr auto kDrainTimeout = std::chrono::seconds(2);

struct Connection {
  explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}
  beast::tcp_stream stream;
  bool idle = true;  // waiting for the next request; only touched on the connection's strand
};

std::string lower(std::string_view s) {
  std::string out{s};
  std::ranges::transform(out, out.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

Request to_request(bhttp::request<bhttp::string_body>&& in) {
  Request out;
  out.method = std::string{in.method_string()};
  const std::string_view target = in.target();
  const auto q = target.find('?');
  out.path = std::string{target.substr(0, q)};
  if (q != std::string_view::npos) out.query = std::string{target.substr(q + 1)};
  for (const auto& field : in)
    out.headers.push_back({lower(field.name_string()), std::string{field.value()}});
  out.body = std::move(in.body());
  return out;
}

// Which refusal a read error asks for; 0 means just close the connection (also after a read timeout:
// a slow or silent client gets no answer, as RFC 9110 §15.5.9 allows).
int refusal_for(const error_code& ec) {
  if (ec == bhttp::error::header_limit) return 431;
  if (ec == bhttp::error::body_limit) return 413;
  if (ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category() &&
      ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
    return 400;
  }
  return 0;
}

}  // namespace

struct Server::Impl {
  Impl(ServerConfig c, ServerHandlers h)
      : config(std::move(c)),
        handlers(std::move(h)),
        workers(std::max(1u, config.worker_threads)),
        acceptor(asio::make_strand(ioc)),
        signals(ioc, SIGINT, SIGTERM) {}

  ServerConfig config;
  ServerHandlers handlers;
  asio::io_context ioc;
  asio::thread_pool workers;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  std::atomic<bool> stopping{false};
  std::mutex connections_mutex;
  std::set<std::shared_ptr<Connection>> connections;

  std::size_t connection_count() {
    std::lock_guard lock{connections_mutex};
    return connections.size();
  }

  asio::awaitable<void> accept_loop() {
    for (;;) {
      auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(ioc), kUseTuple);
      if (stopping || !acceptor.is_open()) co_return;
      if (ec) {  // e.g. out of file descriptors: pause instead of spinning
        asio::steady_timer pause{acceptor.get_executor(), std::chrono::milliseconds(100)};
        co_await pause.async_wait(kUseTuple);
        continue;
      }
      error_code ignored;
      socket.set_option(tcp::no_delay(true), ignored);
      auto connection = std::make_shared<Connection>(std::move(socket));
      {
        std::lock_guard lock{connections_mutex};
        connections.insert(connection);
      }
      asio::co_spawn(connection->stream.get_executor(), serve_connection(connection),
                     [this, connection](const std::exception_ptr&) {
                       std::lock_guard lock{connections_mutex};
                       connections.erase(connection);
                     });
    }
  }

  template <typename Body>
  asio::awaitable<error_code> write(Connection& c, bhttp::response<Body>& response) {
    c.stream.expires_after(config.write_timeout);
    auto [ec, n] = co_await bhttp::async_write(c.stream, response, kUseTuple);
    co_return ec;
  }

  asio::awaitable<error_code> send(Connection& c, Response&& response, unsigned version, bool keep_alive,
                                   bool head) {
    auto fill = [&](auto& out) {
      out.result(static_cast<unsigned>(response.status));
      out.version(version);
      for (auto& h : response.headers) out.insert(h.name, h.value);
      out.keep_alive(keep_alive);
    };
    if (head) {  // same headers as GET, no body
      bhttp::response<bhttp::empty_body> out;
      fill(out);
      out.content_length(response.body.size());
      co_return co_await write(c, out);
    }
    bhttp::response<bhttp::string_body> out;
    fill(out);
    out.body() = std::move(response.body);
    out.prepare_payload();
    co_return co_await write(c, out);
  }

  // After a refusal the client may still be sending: read and discard for a moment so that it gets
  // to read our answer instead of a connection reset.
  asio::awaitable<void> lingering_close(Connection& c) {
    error_code ec;
    c.stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    c.stream.expires_after(kDrainTimeout);
    std::vector<char> sink(16 * 1024);
    std::size_t drained = 0;
    while (drained < kMaxDrainBytes) {
      auto [read_ec, n] = co_await c.stream.async_read_some(asio::buffer(sink), kUseTuple);
      if (read_ec) break;
      drained += n;
    }
    c.stream.socket().close(ec);
  }

  asio::awaitable<void> serve_connection(std::shared_ptr<Connection> connection) {
    Connection& c = *connection;
    beast::flat_buffer buffer;
    for (;;) {
      c.idle = true;
      if (stopping) break;
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(config.header_limit));
      parser.body_limit(config.body_limit);

      c.stream.expires_after(config.read_timeout);
      auto [read_ec, header_bytes] = co_await bhttp::async_read_header(c.stream, buffer, parser, kUseTuple);
      c.idle = false;
      if (!read_ec && !parser.is_done()) {
        if (beast::iequals(parser.get()[bhttp::field::expect], "100-continue")) {
          bhttp::response<bhttp::empty_body> proceed{bhttp::status::continue_, parser.get().version()};
          if (co_await write(c, proceed)) break;
          c.stream.expires_after(config.read_timeout);
        }
        auto [body_ec, body_bytes] = co_await bhttp::async_read(c.stream, buffer, parser, kUseTuple);
        read_ec = body_ec;
      }
      if (read_ec) {
        // A timeout needs no case of its own: tcp_stream has closed the socket already.
        if (const int status = refusal_for(read_ec); status != 0 && !stopping) {
          co_await send(c, handlers.reject(status), 11, false, false);
          co_await lingering_close(c);
          co_return;
        }
        break;
      }

      auto request = parser.release();
      const unsigned version = request.version();
      const bool keep_alive = request.keep_alive();
      const bool head = request.method() == bhttp::verb::head;
      Request in = to_request(std::move(request));
      error_code peer_ec;
      const auto peer = c.stream.socket().remote_endpoint(peer_ec);
      if (!peer_ec) in.remote_address = peer.address().to_string();
      // (Not a conditional expression: GCC 12 mishandles temporaries around a co_await inside one.)
      Response response;
      if (handlers.blokkeert_niet && handlers.blokkeert_niet(in)) {
        response = handlers.handle(in);
      } else {
        response = co_await asio::co_spawn(
            workers.get_executor(), [&]() -> asio::awaitable<Response> { co_return handlers.handle(in); },
            asio::use_awaitable);
      }
      if (co_await send(c, std::move(response), version, keep_alive && !stopping, head)) break;
      if (!keep_alive) break;
    }
    error_code ec;
    c.stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    c.stream.socket().close(ec);
  }

  void begin_shutdown() {
    if (stopping.exchange(true)) return;
    asio::post(acceptor.get_executor(), [this] {
      error_code ec;
      acceptor.close(ec);
    });
    signals.cancel();
    {
      std::lock_guard lock{connections_mutex};
      for (const auto& connection : connections) {
        asio::post(connection->stream.get_executor(), [connection] {
          if (connection->idle) connection->stream.cancel();
        });
      }
    }
    asio::co_spawn(ioc, wait_for_connections(), asio::detached);
  }

  asio::awaitable<void> wait_for_connections() {
    const auto deadline = std::chrono::steady_clock::now() + config.shutdown_grace;
    asio::steady_timer timer{ioc};
    while (connection_count() > 0 && std::chrono::steady_clock::now() < deadline) {
      timer.expires_after(std::chrono::milliseconds(20));
      co_await timer.async_wait(kUseTuple);
    }
    ioc.stop();
  }
};

Server::Server(ServerConfig config, ServerHandlers handlers)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(handlers))) {}

Server::~Server() = default;

void Server::listen() {
  const auto address = asio::ip::make_address(impl_->config.host);
  const tcp::endpoint endpoint{address, impl_->config.port};
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol());
  acceptor.set_option(tcp::acceptor::reuse_address(true));
  acceptor.bind(endpoint);
  acceptor.listen(asio::socket_base::max_listen_connections);
}

unsigned short Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::run() {
  Impl& impl = *impl_;
  impl.signals.async_wait([&impl](const error_code& ec, int) {
    if (!ec) impl.begin_shutdown();
  });
  asio::co_spawn(impl.acceptor.get_executor(), impl.accept_loop(), asio::detached);

  const unsigned threads =
      impl.config.threads != 0 ? impl.config.threads : std::max(1u, std::thread::hardware_concurrency());
  {
    std::vector<std::jthread> io_threads;
    for (unsigned i = 1; i < threads; ++i) io_threads.emplace_back([&impl] { impl.ioc.run(); });
    impl.ioc.run();
  }
  impl.workers.join();
}

void Server::stop() {
  asio::post(impl_->ioc, [impl = impl_.get()] { impl->begin_shutdown(); });
}

}  // namespace regie::http
