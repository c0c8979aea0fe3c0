#include "api/routes.hpp"

namespace regie::api {

Router make_router(service::Diensten& d, ApiConfig config) {
  Router router{&d.sessies, config};
  router.met_portaal(&d.portaal_sessies);
  add_health_routes(router, d);
  add_openapi_routes(router);
  add_metrics_routes(router);
  add_adviezen_routes(router);
  add_sessie_routes(router, d);
  add_inlogdienst_routes(router, d);
  add_mij_routes(router, d);
  add_huishouden_routes(router, d);
  add_regie_routes(router, d);
  add_veiligheid_routes(router, d);
  add_escalatie_routes(router, d);
  add_kader_routes(router, d);
  add_crisislaag_routes(router, d);
  add_plan_routes(router, d);
  add_beheer_routes(router, d);
  add_implementatie_routes(router, d);
  add_basiseisen_routes(router, d);
  add_beoordeling_routes(router, d);
  add_monitoring_routes(router, d);
  add_logboek_routes(router, d);
  add_portaal_routes(router, d);
  add_reactie_routes(router, d);
  return router;
}

}  // namespace regie::api
