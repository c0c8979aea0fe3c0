// The ID token checks of the OIDC client (ADR 0021), one refusal per check, with tokens signed here by
// libcjose with keys made for the test: the integration test runs the same refusals against a real provider.

#include <cjose/cjose.h>
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <chrono>

#include "service/jose.hpp"
#include "service/oidc_client.hpp"
#include "service/oidc_id_token.hpp"

namespace regie::service {
namespace {

namespace json = boost::json;
using namespace std::chrono;

std::string prive(cjose_jwk_t* jwk, const std::string& kid) {
  cjose_err fout;
  cjose_jwk_set_kid(jwk, kid.data(), kid.size(), &fout);
  char* tekst = cjose_jwk_to_json(jwk, true, &fout);
  std::string uit{tekst};
  cjose_get_dealloc()(tekst);
  cjose_jwk_release(jwk);
  return uit;
}

std::string rsa_sleutel(const std::string& kid) {
  cjose_err fout;
  static const std::uint8_t e[] = {0x01, 0x00, 0x01};
  return prive(cjose_jwk_create_RSA_random(2048, e, sizeof e, &fout), kid);
}

std::string ec_sleutel(const std::string& kid) {
  cjose_err fout;
  return prive(cjose_jwk_create_EC_random(CJOSE_JWK_EC_P_256, &fout), kid);
}

std::string b64(const std::string& s) { return jose::base64url(s); }

class IdToken : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    rsa_ = new std::string(rsa_sleutel("rsa-1"));
    ec_ = new std::string(ec_sleutel("ec-1"));
  }
  static void TearDownTestSuite() {
    delete rsa_;
    delete ec_;
  }

  std::vector<IdpSleutel> sleutels() const {
    const json::object jwks{{"keys", json::array{json::parse(jose::publieke_sleutel(*rsa_)),
                                                 json::parse(jose::publieke_sleutel(*ec_))}}};
    return jwks_lezen(json::serialize(jwks));
  }

  json::object claims() const {
    const auto nu = duration_cast<seconds>(nu_.time_since_epoch()).count();
    return {{"iss", "https://idp.example"}, {"aud", "regie"}, {"sub", "abc-123"},
            {"nonce", "n-0123456789"},      {"iat", nu - 5},  {"exp", nu + 300},
            {"acr", "urn:loa:substantieel"}};
  }

  std::string token(const json::object& c, const std::string& sleutel,
                    const std::string& alg = "RS256") const {
    return jose::ondertekenen(json::serialize(c), sleutel, alg);
  }

  TokenFout afgewezen(const std::string& t) const {
    try {
      id_token_controleren(t, sleutels(), verwachting_, nu_);
    } catch (const TokenAfgewezen& e) {
      return e.fout;
    }
    ADD_FAILURE() << "het token werd aanvaard";
    return TokenFout::vorm;
  }

  static inline std::string* rsa_ = nullptr;
  static inline std::string* ec_ = nullptr;
  domain::Tijdstip nu_ = time_point_cast<domain::Tijdstip::duration>(sys_days{2026y / 12 / 1} + hours{9});
  IdTokenVerwachting verwachting_{"https://idp.example", "regie", "n-0123456789",
                                  std::string{"urn:loa:substantieel"}};
};

TEST_F(IdToken, AcceptsATokenSignedWithTheIdpsRsaOrEcKey) {
  EXPECT_EQ(id_token_controleren(token(claims(), *rsa_), sleutels(), verwachting_, nu_).at("sub"), "abc-123");
  EXPECT_EQ(id_token_controleren(token(claims(), *ec_, "ES256"), sleutels(), verwachting_, nu_).at("sub"),
            "abc-123");
}

TEST_F(IdToken, RefusesAlgNoneAndHmacWhateverTheySay) {
  const auto inhoud = b64(json::serialize(claims()));
  EXPECT_EQ(afgewezen(b64(R"({"alg":"none"})") + "." + inhoud + "."), TokenFout::algoritme);
  EXPECT_EQ(afgewezen(b64(R"({"alg":"HS256","kid":"rsa-1"})") + "." + inhoud + "." + b64("x")),
            TokenFout::algoritme);
  EXPECT_EQ(afgewezen(token(claims(), *rsa_, "PS256")), TokenFout::algoritme);
  EXPECT_EQ(afgewezen("geen.token"), TokenFout::vorm);
}

TEST_F(IdToken, RefusesAKeyTheIdpDidNotPublishOrOfTheWrongType) {
  EXPECT_EQ(afgewezen(token(claims(), rsa_sleutel("onbekend"))), TokenFout::onbekende_sleutel);
  // The EC key's kid with an RSA algorithm: the types must match.
  auto andere = rsa_sleutel("ec-1");
  EXPECT_EQ(afgewezen(token(claims(), andere)), TokenFout::onbekende_sleutel);
}

TEST_F(IdToken, RefusesAChangedPayload) {
  const auto t = token(claims(), *rsa_);
  auto c = claims();
  c["sub"] = "iemand-anders";
  const auto eerste = t.find('.'), tweede = t.rfind('.');
  EXPECT_EQ(afgewezen(t.substr(0, eerste + 1) + b64(json::serialize(c)) + t.substr(tweede)),
            TokenFout::handtekening);
}

TEST_F(IdToken, RefusesEachClaimThatIsNotAsExpected) {
  const auto met = [&](std::string_view naam, json::value waarde) {
    auto c = claims();
    c[naam] = std::move(waarde);
    return token(c, *rsa_);
  };
  const auto nu = duration_cast<seconds>(nu_.time_since_epoch()).count();
  EXPECT_EQ(afgewezen(met("iss", "https://andere.example")), TokenFout::uitgever);
  EXPECT_EQ(afgewezen(met("aud", "andere-client")), TokenFout::publiek);
  EXPECT_EQ(afgewezen(met("aud", json::array{"regie", "andere-client"})), TokenFout::publiek);
  EXPECT_EQ(afgewezen(met("exp", nu - 61)), TokenFout::verlopen);
  EXPECT_EQ(afgewezen(met("iat", nu + 120)), TokenFout::uitgifte);
  EXPECT_EQ(afgewezen(met("iat", nu - 3600)), TokenFout::verlopen);
  EXPECT_EQ(afgewezen(met("nonce", "n-9876543210")), TokenFout::nonce);
  EXPECT_EQ(afgewezen(met("acr", "urn:loa:laag")), TokenFout::niveau);
  EXPECT_EQ(afgewezen(met("sub", "")), TokenFout::subject);
  // Several audiences with azp naming us are fine.
  auto c = claims();
  c["aud"] = json::array{"regie", "andere-client"};
  c["azp"] = "regie";
  EXPECT_NO_THROW(id_token_controleren(token(c, *rsa_), sleutels(), verwachting_, nu_));
}

TEST(Jwks, KeepsOnlySigningKeys) {
  const auto sleutels = jwks_lezen(
      R"({"keys":[{"kty":"RSA","kid":"a","use":"enc","n":"x","e":"AQAB"},{"kty":"EC","kid":"b","crv":"P-256","x":"x","y":"y"}]})");
  ASSERT_EQ(sleutels.size(), 1u);
  EXPECT_EQ(sleutels[0].kid, "b");
  EXPECT_TRUE(jwks_lezen("geen json").empty());
}

TEST(Pkce, ChallengeIsTheRfc7636ExampleAndEachLoginHasFreshSecrets) {
  EXPECT_EQ(pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  const auto a = oidc_poging_nieuw(), b = oidc_poging_nieuw();
  EXPECT_GE(a.state.size(), 43u);  // 256 bits
  EXPECT_NE(a.state, b.state);
  EXPECT_NE(a.nonce, b.nonce);
  EXPECT_NE(a.verifier, b.verifier);
  EXPECT_NE(a.state, a.nonce);
}

}  // namespace
}  // namespace regie::service
