#!/usr/bin/env bash
# A local PostgreSQL for OFBiz (idempotent): installs Debian's postgresql (15 on Debian 12) when missing,
# starts its cluster on localhost, creates the role and the database.
#
#   scripts/postgres-setup.sh [start]       install if missing, start, create role and database
#   scripts/postgres-setup.sh drop          drop and recreate the database (a fresh, empty one)
#   scripts/postgres-setup.sh stop          stop the cluster (PostgreSQL costs CPU while it runs)
#   scripts/postgres-setup.sh status
#
# Environment: PG_DB (default ofbiz), PG_USER (default ofbiz), PG_PASSWORD (default ofbiz),
# PG_PORT (default 5432), PG_MAX_CONNECTIONS (default 300: two OFBiz nodes with their pools and a test run).
# Needs root (apt-get, and su to the postgres user) or a user that may run pg_ctlcluster and psql as postgres.
set -euo pipefail
CMD="${1:-start}"
DB="${PG_DB:-ofbiz}"
ROLE="${PG_USER:-ofbiz}"
PASSWORD="${PG_PASSWORD:-ofbiz}"
PORT="${PG_PORT:-5432}"
MAX_CONN="${PG_MAX_CONNECTIONS:-300}"

as_pg() { if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; fi; }
psql_pg() { as_pg psql -p "$PORT" -v ON_ERROR_STOP=1 -qAt "$@"; }

if ! command -v pg_lsclusters >/dev/null; then
    [ "$CMD" = stop ] && { echo "[pg] postgresql is not installed"; exit 0; }
    [ "$CMD" = status ] && { echo "[pg] postgresql is not installed"; exit 1; }
    echo "[pg] installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql > /dev/null
fi
# the cluster serving PG_PORT (Debian creates 15/main on 5432 at install)
read -r VER NAME STATUS < <(pg_lsclusters -h | awk -v p="$PORT" '$3 == p {print $1, $2, $4; exit}') || true
if [ -z "${VER:-}" ]; then
    VER=$(ls /usr/lib/postgresql | sort -n | tail -1); NAME=ofbiz
    echo "[pg] creating cluster $VER/$NAME on port $PORT"
    pg_createcluster -p "$PORT" "$VER" "$NAME" > /dev/null
    STATUS=down
fi

case "$CMD" in
stop)
    if [ "$STATUS" = online ]; then pg_ctlcluster "$VER" "$NAME" stop; echo "[pg] $VER/$NAME stopped"; else echo "[pg] $VER/$NAME not running"; fi
    exit 0 ;;
status)
    pg_lsclusters | awk -v p="$PORT" 'NR == 1 || $3 == p'; [ "$STATUS" = online ]; exit ;;
start|drop) ;;
*) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac

if [ "$STATUS" != online ]; then
    pg_ctlcluster "$VER" "$NAME" start
    echo "[pg] $VER/$NAME started on port $PORT"
fi
for _ in $(seq 1 30); do as_pg pg_isready -q -p "$PORT" && break; sleep 1; done
if [ "$(psql_pg -c 'SHOW max_connections')" -lt "$MAX_CONN" ]; then
    psql_pg -c "ALTER SYSTEM SET max_connections = $MAX_CONN"
    pg_ctlcluster "$VER" "$NAME" restart
    for _ in $(seq 1 30); do as_pg pg_isready -q -p "$PORT" && break; sleep 1; done
    echo "[pg] max_connections set to $MAX_CONN"
fi
if [ "$(psql_pg -c "SELECT count(*) FROM pg_roles WHERE rolname = '$ROLE'")" = 0 ]; then
    psql_pg -c "CREATE ROLE \"$ROLE\" LOGIN PASSWORD '$PASSWORD'"
    echo "[pg] role $ROLE created"
fi
if [ "$CMD" = drop ]; then
    psql_pg -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)"
    echo "[pg] database $DB dropped"
fi
if [ "$(psql_pg -c "SELECT count(*) FROM pg_database WHERE datname = '$DB'")" = 0 ]; then
    # LC_COLLATE C: text compared by code point, as Derby (UCS_BASIC) and Java do; the leaderboard's rank keys
    # end with the partner id, and a linguistic collation (en_US.UTF-8 skips '-' and '_') would order ties
    # differently from the engine
    psql_pg -c "CREATE DATABASE \"$DB\" OWNER \"$ROLE\" ENCODING 'UTF8' LC_COLLATE 'C' TEMPLATE template0"
    echo "[pg] database $DB created"
fi
echo "[pg] ready: jdbc:postgresql://127.0.0.1:$PORT/$DB (user $ROLE)"
