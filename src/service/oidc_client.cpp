#include "service/oidc_client.hpp"

#include <sodium.h>

#include <boost/json.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url.hpp>

#include "service/geheimen.hpp"
#include "service/jose.hpp"

namespace regie::service {
namespace {

namespace json = boost::json;
using namespace std::chrono;

constexpr auto kGegevensGeldig = hours(1);
constexpr std::string_view kAssertieType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

std::string form(std::initializer_list<std::pair<std::string_view, std::string_view>> velden) {
  boost::urls::url u;
  for (const auto& [naam, waarde] : velden) u.params().append({naam, waarde});
  return std::string{u.encoded_query()};
}

std::string base64(std::string_view bytes) {
  std::string uit(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(uit.data(), uit.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  uit.resize(uit.size() - 1);  // the terminating zero
  return uit;
}

std::string url_codering(std::string_view s) {
  boost::urls::url u;
  u.params().append({"x", s});
  return std::string{u.encoded_query().substr(2)};
}

// private_key_jwt (RFC 7523): a short-lived assertion signed with Regie's own key for this IdP.
std::string client_assertie(const store::InlogdienstRecord& d, const std::string& token_endpoint,
                            domain::Tijdstip nu) {
  const auto seconden = duration_cast<seconds>(nu.time_since_epoch()).count();
  const json::object claims{{"iss", d.client_id},    {"sub", d.client_id}, {"aud", token_endpoint},
                            {"jti", nieuw_geheim()}, {"iat", seconden},    {"exp", seconden + 60}};
  return jose::ondertekenen(json::serialize(claims), *d.client_sleutel, "ES256");
}

}  // namespace

OidcPoging oidc_poging_nieuw() { return {nieuw_geheim(), nieuw_geheim(), nieuw_geheim()}; }

std::string pkce_challenge(const std::string& verifier) {
  std::string hash(crypto_hash_sha256_BYTES, '\0');
  crypto_hash_sha256(reinterpret_cast<unsigned char*>(hash.data()),
                     reinterpret_cast<const unsigned char*>(verifier.data()), verifier.size());
  return jose::base64url(hash);
}

OidcClient::OidcClient(Haler haler) : haler_(std::move(haler)) {}

http::UitgaandAntwoord OidcClient::json_halen(const std::string& adres) {
  try {
    auto antwoord = haler_({"GET", adres});
    if (antwoord.status != 200) throw IdpOnbereikbaar("status " + std::to_string(antwoord.status));
    return antwoord;
  } catch (const http::VerbindingMislukt& e) {
    throw IdpOnbereikbaar(e.what());
  }
}

IdpGegevens OidcClient::gegevens(const std::string& issuer) {
  {
    const std::scoped_lock lock{mutex_};
    const auto it = gegevens_.find(issuer);
    if (it != gegevens_.end() && steady_clock::now() - it->second.second < kGegevensGeldig)
      return it->second.first;
  }
  auto adres = issuer;
  if (adres.ends_with('/')) adres.pop_back();
  const auto antwoord = json_halen(adres + "/.well-known/openid-configuration");
  boost::system::error_code ec;
  const auto doc = json::parse(antwoord.body, ec);
  if (ec || !doc.is_object()) throw IdpOnbereikbaar("discovery is geen JSON");
  const auto& o = doc.as_object();
  IdpGegevens g{tekst_of_leeg(o, "issuer"), tekst_of_leeg(o, "authorization_endpoint"),
                tekst_of_leeg(o, "token_endpoint"), tekst_of_leeg(o, "jwks_uri"), std::nullopt};
  if (const auto eind = tekst_of_leeg(o, "end_session_endpoint"); !eind.empty())
    g.end_session_endpoint = eind;
  if (g.issuer != issuer) throw IdpOnbereikbaar("discovery noemt een andere issuer");
  for (const auto* adres_van : {&g.authorization_endpoint, &g.token_endpoint, &g.jwks_uri})
    if (!http::adres_toegestaan(*adres_van)) throw IdpOnbereikbaar("discovery: eindpunt niet toegestaan");
  const std::scoped_lock lock{mutex_};
  gegevens_[issuer] = {g, steady_clock::now()};
  return g;
}

std::vector<IdpSleutel> OidcClient::sleutels(const IdpGegevens& idp, bool opnieuw) {
  if (!opnieuw) {
    const std::scoped_lock lock{mutex_};
    if (const auto it = sleutels_.find(idp.jwks_uri); it != sleutels_.end()) return it->second;
  }
  auto lijst = jwks_lezen(json_halen(idp.jwks_uri).body);
  const std::scoped_lock lock{mutex_};
  sleutels_[idp.jwks_uri] = lijst;
  return lijst;
}

std::string OidcClient::autorisatie_adres(const store::InlogdienstRecord& d, const OidcPoging& poging) {
  const auto idp = gegevens(d.issuer);
  boost::urls::url u{boost::urls::parse_uri(idp.authorization_endpoint).value()};
  auto params = u.params();
  params.append({"response_type", "code"});
  params.append({"client_id", d.client_id});
  params.append({"redirect_uri", d.terugkeer_adres});
  params.append({"scope", "openid profile email"});
  params.append({"state", poging.state});
  params.append({"nonce", poging.nonce});
  params.append({"code_challenge", pkce_challenge(poging.verifier)});
  params.append({"code_challenge_method", "S256"});
  if (d.acr) params.append({"acr_values", *d.acr});
  return std::string{u.buffer()};
}

json::object OidcClient::inwisselen(const store::InlogdienstRecord& d, const std::string& code,
                                    const OidcPoging& poging, domain::Tijdstip nu) {
  const auto idp = gegevens(d.issuer);
  http::UitgaandVerzoek verzoek{"POST", idp.token_endpoint, {}, "application/x-www-form-urlencoded", {}};
  if (d.client_sleutel) {
    verzoek.body = form({{"grant_type", "authorization_code"},
                         {"code", code},
                         {"redirect_uri", d.terugkeer_adres},
                         {"code_verifier", poging.verifier},
                         {"client_id", d.client_id},
                         {"client_assertion_type", kAssertieType},
                         {"client_assertion", client_assertie(d, idp.token_endpoint, nu)}});
  } else {
    verzoek.body = form({{"grant_type", "authorization_code"},
                         {"code", code},
                         {"redirect_uri", d.terugkeer_adres},
                         {"code_verifier", poging.verifier}});
    verzoek.headers.emplace_back(
        "Authorization",
        "Basic " + base64(url_codering(d.client_id) + ":" + url_codering(d.client_secret.value_or(""))));
  }
  http::UitgaandAntwoord antwoord;
  try {
    antwoord = haler_(verzoek);
  } catch (const http::VerbindingMislukt& e) {
    throw IdpOnbereikbaar(e.what());
  }
  boost::system::error_code ec;
  const auto doc = json::parse(antwoord.body, ec);
  if (antwoord.status != 200 || ec || !doc.is_object())
    throw IdpOnbereikbaar("tokeneindpunt: status " + std::to_string(antwoord.status));
  const auto id_token = tekst_of_leeg(doc.as_object(), "id_token");
  if (id_token.empty()) throw TokenAfgewezen(TokenFout::vorm, "geen id_token");
  const IdTokenVerwachting verwachting{d.issuer, d.client_id, poging.nonce, d.acr};
  try {
    return id_token_controleren(id_token, sleutels(idp, false), verwachting, nu);
  } catch (const TokenAfgewezen& e) {
    if (e.fout != TokenFout::onbekende_sleutel) throw;
  }
  // A kid we have not seen: the IdP may have rotated its keys.
  return id_token_controleren(id_token, sleutels(idp, true), verwachting, nu);
}

std::optional<std::string> OidcClient::uitlog_adres(const store::InlogdienstRecord& d) {
  const auto idp = gegevens(d.issuer);
  if (!idp.end_session_endpoint) return std::nullopt;
  boost::urls::url u{boost::urls::parse_uri(*idp.end_session_endpoint).value()};
  const auto terug = boost::urls::parse_uri(d.terugkeer_adres).value();
  u.params().append({"client_id", d.client_id});
  u.params().append({"post_logout_redirect_uri",
                     std::string{terug.scheme()} + "://" + std::string{terug.encoded_authority()} + "/"});
  return std::string{u.buffer()};
}

}  // namespace regie::service
