#pragma once
// The API's routing table: one registration function per resource family, each in its own file.

#include "api/router.hpp"
#include "service/diensten.hpp"

namespace regie::api {

void add_health_routes(Router& router, service::Diensten& d);
void add_adviezen_routes(Router& router);
void add_openapi_routes(Router& router);
void add_metrics_routes(Router& router);
void add_sessie_routes(Router& router, service::Diensten& d);
void add_inlogdienst_routes(Router& router, service::Diensten& d);
void add_mij_routes(Router& router, service::Diensten& d);
void add_portaal_routes(Router& router, service::Diensten& d);
void add_reactie_routes(Router& router, service::Diensten& d);
void add_huishouden_routes(Router& router, service::Diensten& d);
void add_regie_routes(Router& router, service::Diensten& d);
void add_veiligheid_routes(Router& router, service::Diensten& d);
void add_escalatie_routes(Router& router, service::Diensten& d);
void add_kader_routes(Router& router, service::Diensten& d);
void add_crisislaag_routes(Router& router, service::Diensten& d);
void add_plan_routes(Router& router, service::Diensten& d);
void add_beheer_routes(Router& router, service::Diensten& d);
void add_implementatie_routes(Router& router, service::Diensten& d);
void add_basiseisen_routes(Router& router, service::Diensten& d);
void add_beoordeling_routes(Router& router, service::Diensten& d);
void add_monitoring_routes(Router& router, service::Diensten& d);
void add_logboek_routes(Router& router, service::Diensten& d);

Router make_router(service::Diensten& diensten, ApiConfig config);

}  // namespace regie::api
