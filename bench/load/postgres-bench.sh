# Sourced by bench/load/run-postgres and run-cluster: starts the load run's own PostgreSQL cluster (kept
# between runs in BENCH_PG, default /tmp/regie-bench-pg-HUISHOUDENS; fsync on, as in production), fills it
# once with regie bench-data, exports DATABASE_URL and stops the cluster when the script exits. With
# PG_STATEMENTS=1 the server counts its time per statement (pg_stat_statements; see run-postgres).
huishoudens=${HUISHOUDENS:-1000000}
pg_dir=${BENCH_PG:-/tmp/regie-bench-pg-$huishoudens}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$pg_bin/initdb" ]] || { echo "PostgreSQL ontbreekt: scripts/install-deps" >&2; exit 1; }
pg_als_eigenaar=()
if [[ $(id -u) -eq 0 ]]; then pg_als_eigenaar=(runuser -u postgres --); fi

if [[ ! -d $pg_dir/data ]]; then
  mkdir -p "$pg_dir"
  chmod 755 "$pg_dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$pg_dir"
  "${pg_als_eigenaar[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U regie -E UTF8 --locale=C.UTF-8 >/dev/null
fi
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${pg_als_eigenaar[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -c shared_buffers=4GB -c max_connections=200 ${PG_STATEMENTS:+-c shared_preload_libraries=pg_stat_statements}" \
  start >/dev/null
pg_stoppen() { "${pg_als_eigenaar[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null; }
export DATABASE_URL="host=127.0.0.1 port=$pg_port dbname=postgres user=regie"

if ! build/release/regie token aanmaken --gemeente Benchstad --naam controle --scope adviezen \
  --database-url "$DATABASE_URL" >/dev/null 2>&1; then
  echo "Testgegevens maken: $huishoudens huishoudens in PostgreSQL (eenmalig)"
  build/release/regie bench-data --huishoudens "$huishoudens" --database-url "$DATABASE_URL"
fi
