// Google Benchmark of the advice engine: advise() alone, and the whole path of the endpoint
// (strict parse → advise → serialise). Results and method: docs/performance.md.

#include <benchmark/benchmark.h>

#include <boost/json/serialize.hpp>

#include "codec/advies_json.hpp"
#include "codec/taxatie_json.hpp"
#include "domain/advies.hpp"

namespace {

using namespace regie;

const std::string kEenvoudig = R"({"draagkracht":"in_balans","zelfredzaamheid":"volledig",
  "basiszorgToereikend":true,"veiligheid":"veilig","ketenoverstijgendNodig":false,"escalatie":"geen"})";

const std::string kMetSignalen = R"({"draagkracht":"volledig_uit_balans","zelfredzaamheid":"niet",
  "basiszorgToereikend":false,"veiligheid":"onveilig_huishouden","ketenoverstijgendNodig":true,
  "escalatie":"dreigend","huidigNiveau":3,"stagnatieProblematiek":"B","stagnatieSamenwerking":"inhoud",
  "signalen":[{"type":"stalking","acuut":true},{"type":"complexe_scheiding","glaslFase":5},
              {"type":"meisjesbesnijdenis"},{"type":"eergerelateerd_geweld"}]})";

void BM_advise_eenvoudig(benchmark::State& state) {
  const auto taxatie = codec::parse_taxatie(kEenvoudig);
  for (auto _ : state) benchmark::DoNotOptimize(domain::advise(taxatie));
}
BENCHMARK(BM_advise_eenvoudig);

void BM_advise_met_signalen(benchmark::State& state) {
  const auto taxatie = codec::parse_taxatie(kMetSignalen);
  for (auto _ : state) benchmark::DoNotOptimize(domain::advise(taxatie));
}
BENCHMARK(BM_advise_met_signalen);

void BM_taxatie_parse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(codec::parse_taxatie(kMetSignalen));
}
BENCHMARK(BM_taxatie_parse);

void BM_advies_serialise(benchmark::State& state) {
  const auto advies = domain::advise(codec::parse_taxatie(kMetSignalen));
  for (auto _ : state) benchmark::DoNotOptimize(codec::serialize_advies(advies));
}
BENCHMARK(BM_advies_serialise);

void BM_json_naar_advies_naar_json(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(codec::serialize_advies(domain::advise(codec::parse_taxatie(kMetSignalen))));
  }
}
BENCHMARK(BM_json_naar_advies_naar_json);

}  // namespace

BENCHMARK_MAIN();
