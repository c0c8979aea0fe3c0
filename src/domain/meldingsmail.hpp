#pragma once
// The e-mail that tells a professional something waits for him in Regie (issue "a regisseur's day"). It says
// only that: no household, person, kind of notification or count, because mail leaves Regie and may be read
// on any device. One mail covers everything unread so far, and a recipient gets at most one per interval.

#include <chrono>
#include <optional>
#include <string>

namespace regie::domain {

// The least time between two mails to the same recipient.
inline constexpr std::chrono::minutes kMailTussenpoos{60};

struct Mail {
  std::string aan;
  std::string onderwerp;
  std::string tekst;  // plain text, lines ending in "\n"
};

// `adres`: where Regie is reached (the web app's address), mentioned when the gemeente configured it.
Mail meldingsmail(std::string aan, const std::optional<std::string>& adres);

}  // namespace regie::domain
