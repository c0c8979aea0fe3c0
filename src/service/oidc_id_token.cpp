#include "service/oidc_id_token.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "service/geheimen.hpp"
#include "service/jose.hpp"

namespace regie::service {
namespace {

namespace json = boost::json;

// Which key type each accepted algorithm needs; anything else is refused before a key is looked at.
struct Algoritme {
  std::string_view alg;
  std::string_view kty;
};
constexpr Algoritme kAlgoritmen[] = {{"RS256", "RSA"}, {"ES256", "EC"}};

std::optional<std::int64_t> getal(const json::object& o, std::string_view naam) {
  const auto* v = o.if_contains(naam);
  if (v && v->is_int64()) return v->as_int64();
  if (v && v->is_uint64()) return static_cast<std::int64_t>(v->as_uint64());
  if (v && v->is_double()) return static_cast<std::int64_t>(v->as_double());
  return std::nullopt;
}

bool publiek_klopt(const json::object& claims, const std::string& client_id) {
  const auto* aud = claims.if_contains("aud");
  if (!aud) return false;
  if (aud->is_string()) return aud->as_string() == client_id;
  if (!aud->is_array()) return false;
  const auto& lijst = aud->as_array();
  const bool erbij = std::ranges::any_of(lijst, [&](const json::value& a) { return a == client_id.c_str(); });
  // Several audiences: the token must say it was issued to us (azp).
  return erbij && (lijst.size() == 1 || tekst_of_leeg(claims, "azp") == client_id);
}

}  // namespace

std::string tekst_of_leeg(const json::object& o, std::string_view naam) {
  const auto* v = o.if_contains(naam);
  return v && v->is_string() ? std::string{v->as_string()} : std::string{};
}

std::vector<IdpSleutel> jwks_lezen(std::string_view jwks) {
  std::vector<IdpSleutel> uit;
  boost::system::error_code ec;
  const auto doc = json::parse(jwks, ec);
  if (ec || !doc.is_object()) return uit;
  const auto* keys = doc.as_object().if_contains("keys");
  if (!keys || !keys->is_array()) return uit;
  for (const auto& k : keys->as_array()) {
    if (!k.is_object()) continue;
    const auto& o = k.as_object();
    if (const auto use = tekst_of_leeg(o, "use"); !use.empty() && use != "sig") continue;
    uit.push_back(
        {tekst_of_leeg(o, "kid"), tekst_of_leeg(o, "kty"), tekst_of_leeg(o, "alg"), json::serialize(o)});
  }
  return uit;
}

json::object id_token_controleren(std::string_view token, const std::vector<IdpSleutel>& sleutels,
                                  const IdTokenVerwachting& v, domain::Tijdstip nu) {
  const auto kop = jose::kop(token);
  if (!kop) throw TokenAfgewezen(TokenFout::vorm, "geen JWS");
  const auto* algoritme =
      std::ranges::find_if(kAlgoritmen, [&](const Algoritme& a) { return a.alg == kop->alg; });
  if (algoritme == std::end(kAlgoritmen)) throw TokenAfgewezen(TokenFout::algoritme, "algoritme geweigerd");
  const auto past = [&](const IdpSleutel& s) {
    return s.kty == algoritme->kty && (s.alg.empty() || s.alg == kop->alg) &&
           (kop->kid.empty() || s.kid == kop->kid);
  };
  // Without a kid only an IdP with a single key of that type is unambiguous.
  const auto aantal = std::ranges::count_if(sleutels, past);
  if (aantal == 0 || (kop->kid.empty() && aantal > 1))
    throw TokenAfgewezen(TokenFout::onbekende_sleutel, "sleutel onbekend");
  const auto inhoud = jose::geverifieerde_inhoud(token, std::ranges::find_if(sleutels, past)->jwk);
  if (!inhoud) throw TokenAfgewezen(TokenFout::handtekening, "handtekening klopt niet");

  boost::system::error_code ec;
  const auto doc = json::parse(*inhoud, ec);
  if (ec || !doc.is_object()) throw TokenAfgewezen(TokenFout::vorm, "inhoud is geen JSON-object");
  const auto& claims = doc.as_object();
  if (tekst_of_leeg(claims, "iss") != v.issuer) throw TokenAfgewezen(TokenFout::uitgever, "iss");
  if (!publiek_klopt(claims, v.client_id)) throw TokenAfgewezen(TokenFout::publiek, "aud");
  const auto seconden = std::chrono::duration_cast<std::chrono::seconds>(nu.time_since_epoch()).count();
  const auto exp = getal(claims, "exp");
  const auto iat = getal(claims, "iat");
  if (!exp || *exp + v.speling.count() <= seconden) throw TokenAfgewezen(TokenFout::verlopen, "exp");
  if (!iat || *iat - v.speling.count() > seconden) throw TokenAfgewezen(TokenFout::uitgifte, "iat");
  if (*iat + v.maximale_leeftijd.count() < seconden) throw TokenAfgewezen(TokenFout::verlopen, "iat te oud");
  if (!gelijk_in_constante_tijd(tekst_of_leeg(claims, "nonce"), v.nonce))
    throw TokenAfgewezen(TokenFout::nonce, "nonce");
  if (v.acr && tekst_of_leeg(claims, "acr") != *v.acr) throw TokenAfgewezen(TokenFout::niveau, "acr");
  if (tekst_of_leeg(claims, "sub").empty()) throw TokenAfgewezen(TokenFout::subject, "sub");
  return claims;
}

}  // namespace regie::service
