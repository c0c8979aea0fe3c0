#pragma once
// Service tests of logging in and its administration: the sessions service, the beheerder's account
// management, and the beheerder acting in the test gemeente.

#include <memory>

#include "service/accountbeheer.hpp"
#include "service/service_fixture.hpp"
#include "service/sessies.hpp"

namespace regie::testing {

class AccountTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    if (!test_) return;
    sessies = std::make_unique<service::Sessies>(
        omgeving(), service::SessieConfig{std::chrono::minutes(30), std::chrono::hours(12)});
    accounts = std::make_unique<service::Accountbeheer>(omgeving());
  }
  service::Context beheerder() { return als(beheerder_, {domain::Gebruikersrol::beheerder}); }

  std::unique_ptr<service::Sessies> sessies;
  std::unique_ptr<service::Accountbeheer> accounts;
};

}  // namespace regie::testing
