#include "cli/mail_options.hpp"

#include <cstdlib>

namespace regie::cli {
namespace {

std::optional<std::string> omgeving(const char* naam) {
  const char* waarde = std::getenv(naam);
  if (!waarde || !*waarde) return std::nullopt;
  return std::string{waarde};
}

}  // namespace

std::vector<OptionSpec> met_mail_opties(std::vector<OptionSpec> eigen) {
  eigen.push_back({"smtp-url", true});
  eigen.push_back({"smtp-afzender", true});
  eigen.push_back({"adres", true});
  return eigen;
}

std::optional<mail::SmtpConfig> smtp_config(const Options& options) {
  const auto url = options.value_or_env("smtp-url", "REGIE_SMTP_URL");
  if (!url || url->empty()) return std::nullopt;
  mail::SmtpConfig config;
  config.url = *url;
  config.afzender = options.value_or_env("smtp-afzender", "REGIE_SMTP_AFZENDER").value_or("");
  config.gebruiker = omgeving("REGIE_SMTP_GEBRUIKER");
  config.wachtwoord = omgeving("REGIE_SMTP_WACHTWOORD");
  if (const auto fout = mail::smtp_config_fout(config); !fout.empty()) throw UsageError(fout);
  return config;
}

std::optional<std::string> regie_adres(const Options& options) {
  auto adres = options.value_or_env("adres", "REGIE_ADRES");
  if (!adres || adres->empty()) return std::nullopt;
  if (adres->rfind("https://", 0) != 0 && adres->rfind("http://", 0) != 0)
    throw UsageError("Het adres van Regie begint met https:// (of http://).");
  return adres;
}

}  // namespace regie::cli
