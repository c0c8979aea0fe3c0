#pragma once
// What the daily check reminds of, per gemeente: actions past their date and evaluations coming up, each
// only while nobody was reminded of it yet.

#include <string>
#include <vector>

#include "store/database.hpp"

namespace regie::store {

struct OverTijdActie {
  std::string huishouden_id;
  std::string actie_id;
  std::string eigenaar_id;
  std::string uiterlijk;
};

// Open or running actions of the current plans, owned by a professional still involved, dated before
// `vandaag`, in households that are not closed; without those their owner was reminded of already.
std::vector<OverTijdActie> acties_over_tijd(Tx& tx, const std::string& gemeente_id,
                                            const std::string& vandaag);

struct NaderendeEvaluatie {
  std::string huishouden_id;
  std::string evaluatiedatum;
};

// Current plans whose evaluation date lies from `vandaag` up to and including `tot`, in households that are
// not closed; without those a reminder went out for already.
std::vector<NaderendeEvaluatie> naderende_evaluaties(Tx& tx, const std::string& gemeente_id,
                                                     const std::string& vandaag, const std::string& tot);

// The key of a reminder: what it is about, so that it goes out once.
std::string actie_sleutel(const OverTijdActie& actie);
std::string evaluatie_sleutel(const NaderendeEvaluatie& evaluatie);

}  // namespace regie::store
