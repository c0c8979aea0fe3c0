#include "support/nep_smtp.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <istream>

namespace regie::testing {
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

void schrijf(tcp::socket& socket, const std::string& regel) { asio::write(socket, asio::buffer(regel)); }

std::string lees_tot(tcp::socket& socket, asio::streambuf& buffer, const std::string& einde) {
  const auto n = asio::read_until(socket, buffer, einde);
  std::string uit(asio::buffers_begin(buffer.data()),
                  asio::buffers_begin(buffer.data()) + static_cast<long>(n));
  buffer.consume(n);
  return uit.substr(0, uit.size() - einde.size());
}

bool begint_met(const std::string& regel, const std::string& begin) {
  if (regel.size() < begin.size()) return false;
  for (std::size_t i = 0; i < begin.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(regel[i])) != begin[i]) return false;
  return true;
}

std::string adres_in(const std::string& regel) {
  const auto open = regel.find('<');
  const auto dicht = regel.find('>', open);
  return open == std::string::npos || dicht == std::string::npos ? ""
                                                                 : regel.substr(open + 1, dicht - open - 1);
}

}  // namespace

NepSmtp::NepSmtp(bool weigeren)
    : weigeren_(weigeren), acceptor_(io_, tcp::endpoint{asio::ip::make_address("127.0.0.1"), 0}) {
  port_ = acceptor_.local_endpoint().port();
  draad_ = std::thread([this] {
    for (;;) {
      tcp::socket socket{io_};
      boost::system::error_code fout;
      acceptor_.accept(socket, fout);
      {
        const std::lock_guard lock{mutex_};
        if (stoppen_) return;
      }
      if (fout) continue;
      try {
        sessie(socket);
      } catch (const boost::system::system_error&) {
        // the client hung up: wait for the next
      }
    }
  });
}

NepSmtp::~NepSmtp() {
  {
    const std::lock_guard lock{mutex_};
    stoppen_ = true;
  }
  // A connection of our own ends the blocking accept.
  try {
    tcp::socket wekker{io_};
    wekker.connect(tcp::endpoint{asio::ip::make_address("127.0.0.1"), port_});
  } catch (const boost::system::system_error&) {
  }
  draad_.join();
}

void NepSmtp::sessie(tcp::socket& socket) {
  asio::streambuf buffer;
  schrijf(socket, "220 nep ESMTP\r\n");
  OntvangenMail mail;
  for (;;) {
    const auto regel = lees_tot(socket, buffer, "\r\n");
    if (begint_met(regel, "EHLO")) {
      schrijf(socket, "250-nep\r\n250 8BITMIME\r\n");
    } else if (begint_met(regel, "HELO") || begint_met(regel, "NOOP") || begint_met(regel, "RSET")) {
      schrijf(socket, "250 OK\r\n");
    } else if (begint_met(regel, "MAIL FROM:")) {
      mail = {adres_in(regel), {}, {}};
      schrijf(socket, "250 OK\r\n");
    } else if (begint_met(regel, "RCPT TO:")) {
      if (weigeren_) {
        schrijf(socket, "550 Onbekende ontvanger\r\n");
      } else {
        mail.aan.push_back(adres_in(regel));
        schrijf(socket, "250 OK\r\n");
      }
    } else if (begint_met(regel, "DATA")) {
      schrijf(socket, "354 Ga uw gang\r\n");
      mail.inhoud = lees_tot(socket, buffer, "\r\n.\r\n");
      {
        const std::lock_guard lock{mutex_};
        mails_.push_back(mail);
      }
      nieuw_.notify_all();
      schrijf(socket, "250 Aangenomen\r\n");
    } else if (begint_met(regel, "QUIT")) {
      schrijf(socket, "221 Tot ziens\r\n");
      return;
    } else {
      schrijf(socket, "502 Niet ondersteund\r\n");
    }
  }
}

std::vector<OntvangenMail> NepSmtp::mails(std::size_t aantal, std::chrono::milliseconds wachttijd) {
  std::unique_lock lock{mutex_};
  nieuw_.wait_for(lock, wachttijd, [&] { return mails_.size() >= aantal; });
  return mails_;
}

}  // namespace regie::testing
