// The OpenAPI document against the real routing table: every route is described and every described route
// exists, with its path parameters, request body and error responses, and every reference resolves.

#include "api/openapi.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <functional>
#include <regex>

#include "support/api_routes.hpp"
#include "support/openapi_paden.hpp"

namespace regie::testing {
namespace {

namespace json = boost::json;

std::string kleine_letters(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
std::string hoofdletters(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

class OpenApiTest : public ::testing::Test {
 protected:
  const json::object doc_ = json::parse(api::openapi_document()).as_object();
  const json::object& paths() const { return doc_.at("paths").as_object(); }

  // A reference like "#/components/parameters/huishoudenId" followed to its target.
  const json::value& volg(const json::value& v) const {
    if (!v.is_object() || !v.as_object().contains("$ref")) return v;
    const std::string pad{v.at("$ref").as_string()};
    const json::value* doel = &doc_.at("components");
    std::size_t begin = std::string{"#/components/"}.size();
    while (begin < pad.size()) {
      const auto einde = pad.find('/', begin);
      doel = &doel->at(pad.substr(begin, einde == std::string::npos ? std::string::npos : einde - begin));
      begin = einde == std::string::npos ? pad.size() : einde + 1;
    }
    return *doel;
  }
};

TEST_F(OpenApiTest, DescribesExactlyTheRoutesTheServerHas) {
  EXPECT_EQ(doc_.at("openapi"), "3.0.3");
  std::set<RouteSleutel> beschreven;
  for (const auto& [pad, item] : paths()) {
    for (const auto& [methode, operatie] : item.as_object()) {
      if (!is_operatie(methode)) continue;
      beschreven.insert({hoofdletters(std::string{methode}), route_van_pad(doc_, pad)});
    }
  }
  const auto routes = api_routes();
  for (const auto& r : routes)
    EXPECT_TRUE(beschreven.contains(r)) << "route zonder beschrijving: " << r.method << " " << r.pattern;
  for (const auto& b : beschreven)
    EXPECT_TRUE(routes.contains(b)) << "beschreven maar geen route: " << b.method << " " << b.pattern;
}

TEST_F(OpenApiTest, EveryOperationDescribesItsParametersBodyAndErrors) {
  const std::regex parameter{R"(\{([A-Za-z]+)\})"};
  std::set<std::string> operation_ids;
  for (const auto& [pad_sv, item] : paths()) {
    const std::string pad{pad_sv};
    for (const auto& [methode_sv, operatie_v] : item.as_object()) {
      if (!is_operatie(methode_sv)) continue;
      const std::string methode{methode_sv};
      SCOPED_TRACE(methode + " " + pad);
      const auto& operatie = operatie_v.as_object();
      EXPECT_TRUE(operation_ids.insert(std::string{operatie.at("operationId").as_string()}).second);
      EXPECT_FALSE(operatie.at("summary").as_string().empty());

      std::set<std::string> in_pad;
      if (const auto* ps = operatie.if_contains("parameters")) {
        for (const auto& p : ps->as_array()) {
          const auto& param = volg(p);
          if (param.at("in") == "path") {
            EXPECT_TRUE(param.at("required").as_bool());
            in_pad.insert(std::string{param.at("name").as_string()});
          }
        }
      }
      std::set<std::string> verwacht;
      for (auto it = std::sregex_iterator(pad.begin(), pad.end(), parameter); it != std::sregex_iterator();
           ++it)
        verwacht.insert((*it)[1]);
      EXPECT_EQ(in_pad, verwacht);

      const bool met_body = methode == "post" || methode == "put" || methode == "patch";
      EXPECT_EQ(operatie.contains("requestBody"), met_body);

      const auto& responses = operatie.at("responses").as_object();
      // A browser navigation (the IdP's login) succeeds with a redirect.
      const bool succes = std::ranges::any_of(
          responses, [](const auto& r) { return r.key().starts_with("2") || r.key().starts_with("3"); });
      EXPECT_TRUE(succes);
      const auto* security = operatie.if_contains("security");
      const bool openbaar = security && security->as_array().empty();
      if (!openbaar) {
        EXPECT_TRUE(responses.contains("401"));
        // One token, no roles: /metrics refuses with 401 or does not exist.
        if (!alleen_metrics_token(security)) {
          EXPECT_TRUE(responses.contains("403"));
        }
      }
      if (!verwacht.empty()) {
        EXPECT_TRUE(responses.contains("404"));
      }
      if (met_body) {
        EXPECT_TRUE(responses.contains("400"));
      }
      for (const auto& [status, response] : responses) {
        if (status.starts_with("2") || status.starts_with("3")) continue;
        EXPECT_TRUE(volg(response).at("content").as_object().contains("application/problem+json")) << status;
      }
    }
  }
}

TEST_F(OpenApiTest, EveryReferenceResolves) {
  std::function<void(const json::value&)> loop = [&](const json::value& v) {
    if (v.is_object()) {
      if (v.as_object().contains("$ref")) {
        EXPECT_NO_THROW(volg(v)) << v.at("$ref").as_string();
      }
      for (const auto& [k, w] : v.as_object()) loop(w);
    } else if (v.is_array()) {
      for (const auto& w : v.as_array()) loop(w);
    }
  };
  loop(doc_);
}

TEST_F(OpenApiTest, NoPersonalDataInPaths) {
  // Search terms go in a body; paths hold only opaque ids.
  for (const auto& [pad, item] : paths()) {
    const auto p = kleine_letters(std::string{pad});
    for (const char* verboden : {"bsn", "naam", "geboortedatum"})
      EXPECT_EQ(p.find(verboden), std::string::npos) << pad;
  }
}

}  // namespace
}  // namespace regie::testing
