#include "domain/kader.hpp"

#include <algorithm>

namespace regie::domain {
namespace {

const std::array<DwangbesluitRegel, 5> kRegels{{
    {DwangbesluitSoort::gedwongen_opname, "gedwongen opname", false},
    {DwangbesluitSoort::uithuisplaatsing, "uithuisplaatsing", true},
    {DwangbesluitSoort::ondertoezichtstelling, "ondertoezichtstelling", true},
    {DwangbesluitSoort::tijdelijk_huisverbod, "tijdelijk huisverbod", false},
    {DwangbesluitSoort::anders, "ander besluit", false},
}};

}  // namespace

bool civiele_keten_betrekken(Kader kader) { return kader != Kader::vrijwillig; }

std::vector<Partij> overleg_onder_kader(std::vector<Partij> overleg, Kader kader) {
  if (civiele_keten_betrekken(kader) && std::ranges::find(overleg, Partij::civiele_keten) == overleg.end())
    overleg.push_back(Partij::civiele_keten);
  return overleg;
}

const DwangbesluitRegel& regel_voor(DwangbesluitSoort soort) {
  return *std::ranges::find(kRegels, soort, &DwangbesluitRegel::soort);
}

}  // namespace regie::domain
