#include "api/json_in.hpp"

#include "service/errors.hpp"

namespace regie::api {

std::optional<std::string> Lezer::tekst(std::string_view naam, bool verplicht) {
  auto t = lezer_.text(naam, verplicht);
  if (t && verplicht && t->find_first_not_of(" \t\r\n") == std::string::npos) {
    lezer_.fail(naam, "Dit veld is verplicht.");
    return std::nullopt;
  }
  return t;
}

std::string Lezer::tekst_of_leeg(std::string_view naam) { return lezer_.text(naam, false).value_or(""); }

std::optional<domain::Datum> Lezer::datum(std::string_view naam, bool verplicht) {
  const auto t = lezer_.text(naam, verplicht);
  if (!t) return std::nullopt;
  const auto d = domain::parse_datum(*t);
  if (!d) lezer_.fail(naam, "Moet een bestaande datum zijn in de vorm JJJJ-MM-DD.");
  return d;
}

std::optional<int> Lezer::versie(std::string_view naam) {
  const auto v = lezer_.integer(naam, true, 1, 1'000'000'000);
  return v ? std::optional<int>{static_cast<int>(*v)} : std::nullopt;
}

void Lezer::lijst(std::string_view naam, bool verplicht, std::size_t max,
                  const std::function<void(Lezer&)>& element) {
  const json::array* a = lezer_.array(naam, verplicht, max);
  if (a == nullptr) return;
  const std::string pad = lezer_.field_path(naam);
  for (std::size_t i = 0; i < a->size(); ++i) {
    const std::string elementpad = codec::element_path(pad, i);
    const auto* o = (*a)[i].if_object();
    if (o == nullptr) {
      fouten().push_back({elementpad, "Moet een object zijn."});
      continue;
    }
    Lezer sub{*o, elementpad, fouten()};
    element(sub);
    sub.lezer_.finish();
  }
}

bool Lezer::object(std::string_view naam, bool verplicht, const std::function<void(Lezer&)>& lees) {
  const json::object* o = lezer_.object(naam, verplicht);
  if (o == nullptr) return false;
  Lezer sub{*o, lezer_.field_path(naam), fouten()};
  lees(sub);
  sub.lezer_.finish();
  return true;
}

std::vector<std::string> Lezer::teksten(std::string_view naam, bool verplicht, std::size_t max) {
  std::vector<std::string> uit;
  const json::array* a = lezer_.array(naam, verplicht, max);
  if (a == nullptr) return uit;
  const std::string pad = lezer_.field_path(naam);
  for (std::size_t i = 0; i < a->size(); ++i) {
    if (const auto* s = (*a)[i].if_string()) {
      uit.emplace_back(s->data(), s->size());
    } else {
      fouten().push_back({codec::element_path(pad, i), "Moet een tekst zijn."});
    }
  }
  return uit;
}

void Lezer::afronden(std::string_view onderwerp) {
  lezer_.finish();
  if (gedeeld_ != nullptr || fouten_.empty()) return;
  const auto n = fouten_.size();
  throw service::BadRequest(
      std::string{onderwerp} + (n == 1 ? ": één veld is niet goed ingevuld."
                                       : ": " + std::to_string(n) + " velden zijn niet goed ingevuld."),
      std::move(fouten_));
}

}  // namespace regie::api
