#!/usr/bin/env bash
# Reproduces the import figures in docs/benchmarks.md: generates a people CSV, imports it with
# Doorstep into SQLite and PostgreSQL, and loads the same file with `sqlite3 .import` and
# `psql \copy` for the raw baseline. Each run is a fresh process on a fresh database.
#
#   bench/run-import-bench.sh [ROWS]          (default 1000000)
#
# PostgreSQL: set BENCH_PG to a server (default: the throwaway cluster below on port 55433).
# Without BENCH_PG, and as root, the script starts that cluster in /tmp/pgbench and stops it.
set -euo pipefail

ROWS=${1:-1000000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-/tmp/doorstep-bench}
CSV=$WORK/people-$ROWS.csv
PGPORT=55433
PG=${BENCH_PG:-"Host=127.0.0.1;Port=$PGPORT;Username=postgres"}
PSQL=(psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres)
STARTED_PG=

mkdir -p "$WORK"
cd "$ROOT"

if [[ -z ${BENCH_PG:-} ]]; then
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  if [[ ! -d /tmp/pgbench/data ]]; then
    mkdir -p /tmp/pgbench && chown postgres /tmp/pgbench
    su postgres -c "$BIN/initdb -D /tmp/pgbench/data -A trust -U postgres" >/dev/null
  fi
  if ! su postgres -c "$BIN/pg_ctl -D /tmp/pgbench/data status" >/dev/null; then
    su postgres -c "$BIN/pg_ctl -D /tmp/pgbench/data -o '-p $PGPORT -k /tmp/pgbench -c listen_addresses=127.0.0.1' -l /tmp/pgbench/log -w start" >/dev/null
    STARTED_PG=$BIN
  fi
fi
stop_pg() { [[ -n $STARTED_PG ]] && su postgres -c "$STARTED_PG/pg_ctl -D /tmp/pgbench/data -m fast stop" >/dev/null || true; }
trap stop_pg EXIT

dotnet build -c Release bench/Doorstep.Bench -v q -nologo >/dev/null
BENCH=bench/Doorstep.Bench/bin/Release/net10.0/Doorstep.Bench

[[ -f $CSV ]] || "$BENCH" generate --rows "$ROWS" --out "$CSV"
echo "file: $CSV ($(du -h "$CSV" | cut -f1), $ROWS rows)"

# Runs a command under /usr/bin/time and prints wall seconds, rows/s and peak resident memory.
timed() {
  local label=$1
  shift
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/$label.out" 2>&1
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/time.txt")
  printf '%-22s %8.2f s %10.0f rows/s %6s MB peak RSS\n' "$label" "$wall" "$(echo "$ROWS / $wall" | bc -l)" "$rss"
}

# CPU seconds of the local PostgreSQL server so far, finished backends included (the postmaster
# collects their time when it reaps them).
pg_cpu() {
  local ticks=0
  for p in $(pgrep -u postgres postgres); do
    ticks=$((ticks + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

echo "== Doorstep (seconds, rows/s and memory of the import alone, from the tool itself)"
"$BENCH" import --file "$CSV" --provider sqlite --data "$WORK/doorstep-sqlite"
before=$(pg_cpu)
"$BENCH" import --file "$CSV" --provider postgres --pg "$PG"
sleep 1
echo "PostgreSQL server CPU during migrate + import: $(echo "$(pg_cpu) - $before" | bc) s (local cluster only)"

echo "== raw baselines (whole command, /usr/bin/time)"
rm -f "$WORK/raw.db"
sqlite3 "$WORK/raw.db" "CREATE TABLE t (name TEXT, id_number TEXT, phone TEXT, address TEXT, region_code TEXT, longitude TEXT, latitude TEXT);"
timed "sqlite3 .import" sqlite3 "$WORK/raw.db" ".mode csv" ".import --skip 1 $CSV t"
sqlite3 "$WORK/raw.db" "SELECT 'sqlite3 rows: ' || count(*) FROM t;"

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS raw_bench WITH (FORCE)" -c "CREATE DATABASE raw_bench"
"${PSQL[@]}" -d raw_bench -c "CREATE TABLE t (name text, id_number text, phone text, address text, region_code text, longitude text, latitude text)"
before=$(pg_cpu)
timed "psql \\copy" "${PSQL[@]}" -d raw_bench -c "\\copy t FROM '$CSV' CSV HEADER"
echo "PostgreSQL server CPU during \\copy: $(echo "$(pg_cpu) - $before" | bc) s"
"${PSQL[@]}" -d raw_bench -At -c "SELECT 'psql rows: ' || count(*) FROM t"
