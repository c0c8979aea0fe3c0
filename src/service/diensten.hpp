#pragma once
// Every service of the application, built once on one database: what the API and the command line use.

#include "service/accountbeheer.hpp"
#include "service/basiseisen.hpp"
#include "service/beheer.hpp"
#include "service/beoordelingen.hpp"
#include "service/crisislaag.hpp"
#include "service/escalaties.hpp"
#include "service/gereedheid.hpp"
#include "service/gezag.hpp"
#include "service/herinneringen.hpp"
#include "service/huishoudens.hpp"
#include "service/implementatie.hpp"
#include "service/inlogbewaking.hpp"
#include "service/inlogdiensten.hpp"
#include "service/kader.hpp"
#include "service/meldingen.hpp"
#include "service/meldingsmail.hpp"
#include "service/mij.hpp"
#include "service/monitoring.hpp"
#include "service/niveaus.hpp"
#include "service/noodtoegangen.hpp"
#include "service/notities.hpp"
#include "service/plannen.hpp"
#include "service/portaal.hpp"
#include "service/portaal_sessies.hpp"
#include "service/reacties.hpp"
#include "service/regisseurs.hpp"
#include "service/sessies.hpp"
#include "service/toegangslog.hpp"
#include "service/uitnodigingen.hpp"
#include "service/veiligheid.hpp"
#include "service/verwerkingenlogboek.hpp"

namespace regie::service {

struct Diensten {
  Diensten(Omgeving omgeving, SessieConfig sessies_config)
      : beheer(omgeving),
        inlogbewaking(omgeving),
        accountbeheer(omgeving),
        huishoudens(omgeving),
        gezag(omgeving),
        regisseurs(omgeving),
        niveaus(omgeving),
        veiligheid(omgeving),
        escalaties(omgeving),
        kaders(omgeving),
        crisislagen(omgeving),
        plannen(omgeving),
        toegangslog(omgeving),
        verwerkingenlogboek(omgeving),
        mij(omgeving),
        meldingen(omgeving),
        herinneringen(omgeving),
        meldingsmail(omgeving),
        noodtoegangen(omgeving),
        notities(omgeving),
        implementatie(omgeving),
        basiseisen(omgeving),
        beoordelingen(omgeving),
        monitoring(omgeving),
        gereedheid(omgeving),
        uitnodigingen(omgeving),
        portaal(omgeving),
        reacties(omgeving),
        portaal_sessies(omgeving, PortaalSessieConfig{}),
        sessies(omgeving, sessies_config),
        inlogdiensten(omgeving, sessies, oidc) {}

  Beheer beheer;
  Inlogbewaking inlogbewaking;
  Accountbeheer accountbeheer;
  Huishoudens huishoudens;
  Gezag gezag;
  Regisseurs regisseurs;
  Niveaus niveaus;
  Veiligheid veiligheid;
  Escalaties escalaties;
  Kaders kaders;
  Crisislagen crisislagen;
  Plannen plannen;
  Toegangslog toegangslog;
  Verwerkingenlogboek verwerkingenlogboek;
  Mij mij;
  Meldingen meldingen;
  Herinneringen herinneringen;
  Meldingsmail meldingsmail;
  Noodtoegangen noodtoegangen;
  Notities notities;
  Implementatie implementatie;
  Basiseisen basiseisen;
  Beoordelingen beoordelingen;
  Monitoring monitoring;
  Gereedheid gereedheid;
  Uitnodigingen uitnodigingen;
  Portaal portaal;
  Reacties reacties;
  PortaalSessies portaal_sessies;
  Sessies sessies;
  OidcClient oidc;
  Inlogdiensten inlogdiensten;
};

}  // namespace regie::service
