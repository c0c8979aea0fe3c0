// The built web app is served from memory with the right types, caching and Content-Security-Policy, and
// never from outside its directory.

#include "http/webapp.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/temp_dir.hpp"

namespace regie::http {
namespace {

void schrijf(const std::filesystem::path& pad, std::string_view inhoud) {
  std::filesystem::create_directories(pad.parent_path());
  std::ofstream(pad) << inhoud;
}

class WebAppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    schrijf(std::filesystem::path{map_.path()} / "dist" / "index.html",
            "<!doctype html><title>Regie</title>");
    schrijf(std::filesystem::path{map_.path()} / "dist" / "assets" / "index-abc123.js", "console.log(1)");
    schrijf(std::filesystem::path{map_.path()} / "dist" / "assets" / "index-abc123.css", "body{}");
    schrijf(std::filesystem::path{map_.path()} / "geheim.txt", "niet serveren");
  }

  Response vraag(std::string path, std::string method = "GET") {
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    return WebApp::laden(std::filesystem::path{map_.path()} / "dist").beantwoorden(r);
  }

  regie::testing::TempDir map_;
};

TEST_F(WebAppTest, ServesIndexWithRevalidationAndAStrictPolicy) {
  const auto r = vraag("/index.html");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(r.header("cache-control"), "no-cache");
  EXPECT_EQ(r.header("content-security-policy"), kContentSecurityPolicy);
  EXPECT_NE(kContentSecurityPolicy.find("script-src 'self';"), std::string_view::npos);
  EXPECT_EQ(kContentSecurityPolicy.find("unsafe"), std::string_view::npos);
  EXPECT_EQ(r.header("x-frame-options"), "DENY");
  EXPECT_EQ(r.body, "<!doctype html><title>Regie</title>");
}

TEST_F(WebAppTest, HashedAssetsAreCachedForAYear) {
  const auto js = vraag("/assets/index-abc123.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(js.header("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(vraag("/assets/index-abc123.css").header("content-type"), "text/css; charset=utf-8");
}

TEST_F(WebAppTest, TheAppsOwnUrlsGetIndexSoThatAReloadWorks) {
  for (const auto* pad : {"/", "/huishoudens/lxv46ub2k652qe7bgluhndioxi", "/inloggen"}) {
    const auto r = vraag(pad);
    EXPECT_EQ(r.status, 200) << pad;
    EXPECT_EQ(r.body, "<!doctype html><title>Regie</title>") << pad;
  }
}

TEST_F(WebAppTest, AMissingFileIs404AndNothingOutsideTheDirectoryIsReachable) {
  EXPECT_EQ(vraag("/assets/weg.js").status, 404);
  EXPECT_EQ(vraag("/../geheim.txt").status, 404);
  EXPECT_EQ(vraag("/assets/../../geheim.txt").status, 404);
  EXPECT_EQ(vraag("/%2e%2e/geheim.txt").status, 404);
  EXPECT_NE(vraag("/../geheim.txt").body, "niet serveren");
}

TEST_F(WebAppTest, OnlyGetAndHeadOutsideTheApiAreForTheApp) {
  Request r;
  r.method = "GET";
  r.path = "/huishoudens/x";
  EXPECT_TRUE(WebApp::is_voor_app(r));
  r.method = "HEAD";
  EXPECT_TRUE(WebApp::is_voor_app(r));
  r.method = "POST";
  EXPECT_FALSE(WebApp::is_voor_app(r));
  r.method = "GET";
  for (const auto* pad : {"/api/v1/mij", "/api", "/healthz", "/readyz", "/metrics"}) {
    r.path = pad;
    EXPECT_FALSE(WebApp::is_voor_app(r)) << pad;
  }
}

TEST_F(WebAppTest, ADirectoryWithoutIndexIsRefused) {
  EXPECT_THROW(WebApp::laden(std::filesystem::path{map_.path()} / "dist" / "assets"), std::runtime_error);
}

}  // namespace
}  // namespace regie::http
