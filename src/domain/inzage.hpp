#pragma once
// "Who viewed our file" (DOMAIN.md §12): the household's access log in plain words — who (organisation and
// role, never a professional's name), what (looked or recorded), when and why. The words are the tables in
// inzage.cpp; a code they do not know is said in general terms, never shown as a code.

#include <string>
#include <string_view>

namespace regie::domain {

struct InzageWoorden {
  std::string wie;
  std::string wat;
  std::string waarom;
};

// `rollen`: the audit row's role codes ("regisseur,manager", "gezinslid", "systeem"); `organisatie` empty
// when unknown or not to be shown.
InzageWoorden inzage_in_woorden(std::string_view rollen, std::string_view actie, std::string_view doel,
                                std::string_view organisatie);

}  // namespace regie::domain
