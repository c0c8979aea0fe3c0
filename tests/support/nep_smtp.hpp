#pragma once
// A mail server for the tests, on a free loopback port: speaks enough SMTP for libcurl (no TLS, no
// authentication) and keeps every mail it accepts. With `weigeren` it refuses every recipient.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace regie::testing {

struct OntvangenMail {
  std::string van;               // MAIL FROM
  std::vector<std::string> aan;  // RCPT TO
  std::string inhoud;            // headers and text as sent, without the final "."
};

class NepSmtp {
 public:
  explicit NepSmtp(bool weigeren = false);
  ~NepSmtp();
  NepSmtp(const NepSmtp&) = delete;
  NepSmtp& operator=(const NepSmtp&) = delete;

  unsigned short port() const { return port_; }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
  // The mails so far, once there are at least `aantal` or `wachttijd` has passed.
  std::vector<OntvangenMail> mails(std::size_t aantal = 0,
                                   std::chrono::milliseconds wachttijd = std::chrono::milliseconds{0});

 private:
  void sessie(boost::asio::ip::tcp::socket& socket);

  bool weigeren_;
  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  unsigned short port_ = 0;
  bool stoppen_ = false;
  std::mutex mutex_;
  std::condition_variable nieuw_;
  std::vector<OntvangenMail> mails_;
  std::thread draad_;
};

}  // namespace regie::testing
