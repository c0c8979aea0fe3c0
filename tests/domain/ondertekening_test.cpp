// What a signature is bound to: the agreed content of a plan version, not its progress.

#include "domain/ondertekening.hpp"

#include <gtest/gtest.h>

namespace regie::domain {
namespace {

Ondersteuningsplan plan() {
  Ondersteuningsplan p;
  p.doelen = {
      {"d1",
       "Rust over geld",
       Leefgebied::inkomen_financien,
       std::nullopt,
       std::nullopt,
       {{"a1", "Post openen", Eigenaar{PersoonSoort::gezinslid, "lid"}, std::nullopt, ActieStatus::open}}}};
  p.eigen_woorden = "We willen rust.";
  return p;
}

TEST(Ondertekening, ProgressKeepsTheSignatureAChangeOfContentDoesNot) {
  const auto basis = plan_inhoud_canoniek(plan());
  auto voortgang = plan();
  voortgang.doelen[0].acties[0].status = ActieStatus::gedaan;
  EXPECT_EQ(plan_inhoud_canoniek(voortgang), basis);
  auto anders = plan();
  anders.doelen[0].acties[0].eigenaar->id = "ander";
  EXPECT_NE(plan_inhoud_canoniek(anders), basis);
  anders = plan();
  anders.evaluatiedatum = Datum{std::chrono::year{2027} / 1 / 1};
  EXPECT_NE(plan_inhoud_canoniek(anders), basis);
}

TEST(Ondertekening, NoTwoPlansShareATextByMovingWordsBetweenFields) {
  auto a = plan();
  a.doelen[0].omschrijving = "Rust over";
  a.eigen_woorden = "geld We willen rust.";
  auto b = plan();
  b.doelen[0].omschrijving = "Rust over geld";
  b.eigen_woorden = "We willen rust.";
  EXPECT_NE(plan_inhoud_canoniek(a), plan_inhoud_canoniek(b));
}

}  // namespace
}  // namespace regie::domain
