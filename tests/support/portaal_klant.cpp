#include "support/portaal_klant.hpp"

#include <atomic>
#include <stdexcept>

#include "support/oathtool.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

json::value verplicht(const HttpResponse& r, int status, const char* stap) {
  if (r.status != status)
    throw std::runtime_error(std::string{stap} + ": " + std::to_string(r.status) + " " + r.body);
  return json::parse(r.body);
}

}  // namespace

ApiKlant portaal_klant(ApiKlant& regisseur, const std::string& huishouden_id, json::object uitnodiging) {
  static std::atomic<int> volgnummer{0};
  const auto code = json::value_to<std::string>(
      verplicht(regisseur.post("/api/v1/huishoudens/" + huishouden_id + "/uitnodigingen", uitnodiging), 201,
                "uitnodigen")
          .at("code"));
  ApiKlant portaal{regisseur.port()};
  const auto geheim = json::value_to<std::string>(
      verplicht(portaal.post("/api/v1/portaal/uitnodiging/_inrichten", json::object{{"code", code}}), 200,
                "inrichten")
          .at("totpGeheim"));
  const auto totp = oathtool_code(geheim);
  const auto naam = "portaal-" + std::to_string(++volgnummer) + "-" + huishouden_id.substr(0, 6);
  const auto codes = verplicht(portaal.post("/api/v1/portaal/uitnodiging/_accepteren",
                                            json::object{{"code", code},
                                                         {"gebruikersnaam", naam},
                                                         {"wachtwoord", "een-lang-wachtwoord"},
                                                         {"totpCode", totp}}),
                               201, "accepteren");
  const auto herstel = json::value_to<std::string>(codes.at("herstelcodes").at(0));
  verplicht(portaal.portaal_inloggen(naam, "een-lang-wachtwoord", herstel), 201, "inloggen");
  return portaal;
}

}  // namespace regie::testing
