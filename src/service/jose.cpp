#include "service/jose.hpp"

#include <cjose/cjose.h>

#include <boost/json.hpp>
#include <memory>
#include <stdexcept>

#include "service/geheimen.hpp"

namespace regie::service::jose {
namespace {

struct JwkVrijgeven {
  void operator()(cjose_jwk_t* k) const { cjose_jwk_release(k); }
};
struct JwsVrijgeven {
  void operator()(cjose_jws_t* j) const { cjose_jws_release(j); }
};
struct KopVrijgeven {
  void operator()(cjose_header_t* h) const { cjose_header_release(h); }
};
struct CjoseVrijgeven {
  void operator()(char* p) const { cjose_get_dealloc()(p); }
};
using Jwk = std::unique_ptr<cjose_jwk_t, JwkVrijgeven>;
using Jws = std::unique_ptr<cjose_jws_t, JwsVrijgeven>;
using Header = std::unique_ptr<cjose_header_t, KopVrijgeven>;
using CjoseTekst = std::unique_ptr<char, CjoseVrijgeven>;

Jwk importeren(const std::string& jwk) {
  cjose_err fout;
  return Jwk{cjose_jwk_import(jwk.data(), jwk.size(), &fout)};
}

std::optional<std::string> base64url_decoderen(std::string_view tekst) {
  cjose_err fout;
  std::uint8_t* uit = nullptr;
  std::size_t lengte = 0;
  if (!cjose_base64url_decode(tekst.data(), tekst.size(), &uit, &lengte, &fout)) return std::nullopt;
  std::string bytes(reinterpret_cast<const char*>(uit), lengte);
  cjose_get_dealloc()(uit);
  return bytes;
}

std::string json_tekst(const cjose_jwk_t* jwk, bool prive) {
  cjose_err fout;
  const CjoseTekst tekst{cjose_jwk_to_json(jwk, prive, &fout)};
  if (!tekst) throw std::runtime_error("cjose: sleutel niet te schrijven");
  return tekst.get();
}

}  // namespace

std::optional<Kop> kop(std::string_view compact) {
  const auto punt = compact.find('.');
  if (punt == std::string_view::npos || compact.find('.', punt + 1) == std::string_view::npos)
    return std::nullopt;
  const auto tekst = base64url_decoderen(compact.substr(0, punt));
  if (!tekst) return std::nullopt;
  boost::system::error_code ec;
  const auto waarde = boost::json::parse(*tekst, ec);
  if (ec || !waarde.is_object()) return std::nullopt;
  Kop k;
  const auto& o = waarde.as_object();
  if (const auto* alg = o.if_contains("alg"); alg && alg->is_string()) k.alg = alg->as_string();
  if (const auto* kid = o.if_contains("kid"); kid && kid->is_string()) k.kid = kid->as_string();
  return k;
}

std::optional<std::string> geverifieerde_inhoud(std::string_view compact, const std::string& jwk) {
  cjose_err fout;
  const auto sleutel = importeren(jwk);
  const Jws jws{cjose_jws_import(compact.data(), compact.size(), &fout)};
  if (!sleutel || !jws || !cjose_jws_verify(jws.get(), sleutel.get(), &fout)) return std::nullopt;
  std::uint8_t* inhoud = nullptr;
  std::size_t lengte = 0;
  if (!cjose_jws_get_plaintext(jws.get(), &inhoud, &lengte, &fout)) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(inhoud), lengte);
}

std::string ondertekenen(const std::string& inhoud, const std::string& prive_jwk, std::string_view alg) {
  cjose_err fout;
  const auto sleutel = importeren(prive_jwk);
  const Header header{cjose_header_new(&fout)};
  if (!sleutel || !header) throw std::runtime_error("cjose: sleutel niet te lezen");
  const std::string alg_tekst{alg};
  const char* kid = cjose_jwk_get_kid(sleutel.get(), &fout);
  if (!cjose_header_set(header.get(), CJOSE_HDR_ALG, alg_tekst.c_str(), &fout) ||
      !cjose_header_set(header.get(), "typ", "JWT", &fout) ||
      (kid && !cjose_header_set(header.get(), CJOSE_HDR_KID, kid, &fout)))
    throw std::runtime_error("cjose: kop niet te zetten");
  const Jws jws{cjose_jws_sign(sleutel.get(), header.get(),
                               reinterpret_cast<const std::uint8_t*>(inhoud.data()), inhoud.size(), &fout)};
  const char* compact = nullptr;
  if (!jws || !cjose_jws_export(jws.get(), &compact, &fout))
    throw std::runtime_error("cjose: niet te tekenen");
  return compact;
}

std::string sleutel_nieuw() {
  cjose_err fout;
  const Jwk sleutel{cjose_jwk_create_EC_random(CJOSE_JWK_EC_P_256, &fout)};
  const auto kid = nieuw_geheim().substr(0, 16);
  if (!sleutel || !cjose_jwk_set_kid(sleutel.get(), kid.data(), kid.size(), &fout))
    throw std::runtime_error("cjose: geen sleutel gemaakt");
  return json_tekst(sleutel.get(), true);
}

std::string publieke_sleutel(const std::string& prive_jwk) {
  const auto sleutel = importeren(prive_jwk);
  if (!sleutel) throw std::runtime_error("cjose: sleutel niet te lezen");
  return json_tekst(sleutel.get(), false);
}

std::string base64url(std::string_view bytes) {
  cjose_err fout;
  char* uit = nullptr;
  std::size_t lengte = 0;
  if (!cjose_base64url_encode(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size(), &uit,
                              &lengte, &fout))
    throw std::runtime_error("cjose: base64url");
  const CjoseTekst vrij{uit};
  return std::string(uit, lengte);
}

}  // namespace regie::service::jose
