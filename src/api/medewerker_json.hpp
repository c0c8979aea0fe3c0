#pragma once

#include <boost/json/object.hpp>
#include <vector>

#include "store/beheer_store.hpp"

namespace regie::api {

boost::json::object medewerker_json(const store::MedewerkerRecord& m,
                                    const std::vector<store::CertificeringRecord>& certificeringen);

}  // namespace regie::api
