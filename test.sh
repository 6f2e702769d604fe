#!/usr/bin/env bash
# Runs every Doorstep test on a fresh machine: installs what the tests need (Chromium, CJK fonts,
# PostgreSQL, Node.js for the web assets) from Debian's packages, starts a throwaway PostgreSQL
# cluster on a free local port, runs all suites (integration tests run on SQLite and PostgreSQL),
# and stops the cluster. In CI (CI=true) anything missing is a failure, never a skip.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing packages: $* (run as root, or install them yourself)" >&2
    return 1
  fi
  if [ -z "${APT_UPDATED:-}" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt_install "${missing[@]}" || { echo "could not install ${missing[*]}" >&2; exit 1; }
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

PG_DIR=""
PG_BIN=""
start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/doorstep-pg.XXXXXX)
  local port; port=$(free_port)
  local as_pg=()
  # initdb refuses to run as root: the cluster belongs to the postgres user.
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log"
  "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  export DOORSTEP_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $port"
}

stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    if [ "$(id -u)" -eq 0 ]; then
      runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    else
      "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
  fi
}
trap stop_postgres EXIT

ensure_packages
start_postgres

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "build"
dotnet build Doorstep.slnx -c Release -nologo -v quiet -clp:ErrorsOnly

log "test"
results=$(mktemp)
status=0
# The minimal console logger prints each failure's message, which quiet alone leaves out.
dotnet test Doorstep.slnx -c Release --no-build -nologo -v quiet --logger "console;verbosity=minimal" 2>&1 \
  | tee "$results" || status=$?

# One closing line for every suite together, in the plain form CI reads.
passed=$(grep -Eo 'Passed: +[0-9]+' "$results" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$results" | awk '{s+=$2} END {print s+0}')
if [ "$failed" -ne 0 ]; then
  # Gathered at the end so the reasons sit beside the count, whatever order the suites ran in.
  log "failures"
  awk '/^  Failed /{p=1} /^  Stack Trace:/{p=0} p' "$results"
  log "PostgreSQL server: errors and restarts"
  # Each test's own DROP DATABASE … WITH (FORCE) ends its connections "due to administrator command".
  grep -E 'PANIC|FATAL|terminat|No space|out of memory|server process' "$PG_DIR/server.log" \
    | grep -v 'due to administrator command' | tail -40 || true
  log "disk"
  df -h "$PG_DIR" "$(dirname "$(mktemp -u)")" || true
fi
rm -f "$results"
echo
echo "tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
