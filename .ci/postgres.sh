#!/usr/bin/env bash
# Start a throwaway PostgreSQL on loopback for the tests and print its SQLAlchemy URL.
#
#   export PL_EVENTS_PG_URL="$(bash .ci/postgres.sh)"
#
# Installs Debian's `postgresql` package when no server binaries are there, initialises a
# cluster in $PL_EVENTS_PG_DIR (default /tmp/pl-events-pg; trust auth, loopback only, port
# $PL_EVENTS_PG_PORT, default 54329), starts it unless it already runs, creates the database
# pl_events, and prints the URL on stdout (everything else goes to stderr). Idempotent: a
# second run with the server up takes well under a second. Not for production use.
set -euo pipefail

DIR="${PL_EVENTS_PG_DIR:-/tmp/pl-events-pg}"
PORT="${PL_EVENTS_PG_PORT:-54329}"
DB="pl_events"
log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 1
}

BIN="$(find_bin || true)"
if [ -z "$BIN" ]; then
  log "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql postgresql-client >&2
  BIN="$(find_bin)"
fi

# The server refuses to run as root: run it as the `postgres` user the package creates.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() { as_pg "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; }

init_cluster() {
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
  chmod 700 "$DIR"
  log "initialising a cluster in $DIR"
  as_pg "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
}

start() {
  as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
}

if ! running; then
  if [ ! -s "$DIR/PG_VERSION" ]; then
    init_cluster
  fi
  rm -f "$DIR/postmaster.pid"  # left by a server that was killed: it is not running (checked above)
  if ! start; then
    log "the server did not start (log below); starting over with a new cluster"
    tail -n 20 "$DIR/server.log" >&2 || true
    init_cluster
    start
  fi
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -X -q -t -A)
for _ in $(seq 1 30); do
  if "${PSQL[@]}" -d postgres -c "select 1" >/dev/null 2>&1; then break; fi
  sleep 1
done
if [ "$("${PSQL[@]}" -d postgres -c "select 1 from pg_database where datname = '$DB'")" != "1" ]; then
  "${PSQL[@]}" -d postgres -c "create database $DB" >&2
fi

echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB"
