#pragma once
// Emergency access (noodtoegang): a professional who is not involved gives a reason and can read the
// household for a limited time. It shows in the household's access log and goes to his manager for review.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "service/dienst.hpp"
#include "store/toegang_store.hpp"

namespace regie::service {

inline constexpr auto kNoodtoegangDuur = std::chrono::hours(4);
inline constexpr std::size_t kMinimaleNoodtoegangReden = 20;

// A request to review: the household's name only where the reviewer may read that household himself.
struct TeBeoordelenNoodtoegang {
  store::NoodtoegangRecord noodtoegang;
  std::optional<std::string> huishouden_naam;
};

struct NoodtoegangUitkomst {
  std::string id;
  std::string tot;
};

class Noodtoegangen : public Dienst {
 public:
  using Dienst::Dienst;

  NoodtoegangUitkomst aanvragen(const Context& ctx, const std::string& huishouden_id,
                                const std::string& reden);
  // For the requester's manager; for a professional without one, the managers of his organisation, else
  // its aandachtsfunctionaris.
  std::vector<TeBeoordelenNoodtoegang> te_beoordelen(const Context& ctx);
  // oordeel: "terecht" or "onterecht"
  void beoordelen(const Context& ctx, const std::string& id, const std::string& oordeel,
                  const std::string& toelichting);
};

}  // namespace regie::service
