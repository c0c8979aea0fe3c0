#include "mail/smtp_verzender.hpp"

#include <curl/curl.h>
#include <sodium.h>
#include <boost/asio/ip/address.hpp>

#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace regie::mail {
namespace {

bool begint_met(const std::string& tekst, std::string_view begin) { return tekst.rfind(begin, 0) == 0; }

std::string host_van(const std::string& url) {
  const auto begin = url.find("://");
  if (begin == std::string::npos) return {};
  auto rest = url.substr(begin + 3);
  if (const auto at = rest.find('@'); at != std::string::npos) rest = rest.substr(at + 1);
  if (begint_met(rest, "[")) return rest.substr(1, rest.find(']') - 1);
  return rest.substr(0, rest.find_first_of(":/"));
}

bool heeft_regeleinde(const std::string& tekst) { return tekst.find_first_of("\r\n") != std::string::npos; }

// The header's date (RFC 5322), in UTC.
std::string datum_nu() {
  const std::time_t t = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&t, &utc);
  static constexpr const char* dagen[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* maanden[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char uit[64];
  std::snprintf(uit, sizeof uit, "%s, %02d %s %04d %02d:%02d:%02d +0000", dagen[utc.tm_wday], utc.tm_mday,
                maanden[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
  return uit;
}

std::string bericht_id() {
  unsigned char willekeurig[16];
  randombytes_buf(willekeurig, sizeof willekeurig);
  char hex[sizeof willekeurig * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, willekeurig, sizeof willekeurig);
  return std::string{"<"} + hex + "@regie>";
}

// The message as the server receives it: headers, an empty line, the text; every line ending in CRLF.
std::string bericht(const SmtpConfig& config, const domain::Mail& mail) {
  std::string uit = "Date: " + datum_nu() + "\r\nFrom: Regie <" + config.afzender + ">\r\nTo: <" + mail.aan +
                    ">\r\nSubject: " + mail.onderwerp + "\r\nMessage-ID: " + bericht_id() +
                    "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    "Content-Transfer-Encoding: 8bit\r\nAuto-Submitted: auto-generated\r\n\r\n";
  for (const char c : mail.tekst) {
    if (c == '\n')
      uit += "\r\n";
    else
      uit += c;
  }
  return uit;
}

struct Lezer {
  const std::string& tekst;
  std::size_t positie = 0;
};

std::size_t lees(char* buffer, std::size_t grootte, std::size_t aantal, void* gebruiker) {
  auto& lezer = *static_cast<Lezer*>(gebruiker);
  const auto n = std::min(grootte * aantal, lezer.tekst.size() - lezer.positie);
  std::memcpy(buffer, lezer.tekst.data() + lezer.positie, n);
  lezer.positie += n;
  return n;
}

void curl_starten() {
  static std::once_flag eenmaal;
  std::call_once(eenmaal, [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw std::runtime_error("libcurl start niet");
    if (sodium_init() < 0) throw std::runtime_error("libsodium start niet");
  });
}

}  // namespace

bool is_loopback(const std::string& url) {
  const auto host = host_van(url);
  if (host == "localhost") return true;
  boost::system::error_code fout;
  const auto adres = boost::asio::ip::make_address(host, fout);
  return !fout && adres.is_loopback();
}

std::string smtp_config_fout(const SmtpConfig& config) {
  if (!begint_met(config.url, "smtp://") && !begint_met(config.url, "smtps://"))
    return "Het adres van de mailserver begint met smtp:// of smtps://.";
  if (host_van(config.url).empty()) return "Het adres van de mailserver noemt geen server.";
  if (config.afzender.find('@') == std::string::npos || heeft_regeleinde(config.afzender))
    return "Het afzenderadres voor e-mail is geen e-mailadres.";
  if (config.gebruiker.has_value() != config.wachtwoord.has_value())
    return "Voor de mailserver zijn gebruiker en wachtwoord samen nodig.";
  return {};
}

SmtpVerzender::SmtpVerzender(SmtpConfig config) : config_(std::move(config)) {
  if (const auto fout = smtp_config_fout(config_); !fout.empty()) throw std::invalid_argument(fout);
  curl_starten();
}

void SmtpVerzender::verzenden(const domain::Mail& mail) {
  if (mail.aan.find('@') == std::string::npos || heeft_regeleinde(mail.aan) ||
      heeft_regeleinde(mail.onderwerp))
    throw service::MailFout("ongeldig ontvangstadres");
  const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl{curl_easy_init(), &curl_easy_cleanup};
  if (!curl) throw service::MailFout("libcurl kon geen verbinding voorbereiden");
  const auto tekst = bericht(config_, mail);
  Lezer lezer{tekst};
  const auto ontvanger = "<" + mail.aan + ">";
  curl_slist* ontvangers = curl_slist_append(nullptr, ontvanger.c_str());
  const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> lijst{ontvangers, &curl_slist_free_all};
  const auto afzender = "<" + config_.afzender + ">";
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, config_.url.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, afzender.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, ontvangers);
  curl_easy_setopt(c, CURLOPT_READFUNCTION, &lees);
  curl_easy_setopt(c, CURLOPT_READDATA, &lezer);
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(config_.time_out.count()));
  curl_easy_setopt(c, CURLOPT_USE_SSL, is_loopback(config_.url) ? CURLUSESSL_TRY : CURLUSESSL_ALL);
  if (config_.gebruiker) {
    curl_easy_setopt(c, CURLOPT_USERNAME, config_.gebruiker->c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, config_.wachtwoord->c_str());
  }
  if (const auto code = curl_easy_perform(c); code != CURLE_OK) {
    long antwoord = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &antwoord);
    // curl's own words and the server's reply code: neither names the recipient.
    throw service::MailFout(
        std::string{curl_easy_strerror(code)} +
        (antwoord > 0 ? " (mailserver antwoordde " + std::to_string(antwoord) + ")" : ""));
  }
}

}  // namespace regie::mail
