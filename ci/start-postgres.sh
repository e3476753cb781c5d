# Source this: starts a throwaway PostgreSQL on a free local port, exports DATABASE_URL, and stops
# and deletes the server when the sourcing shell exits. Tests run it without fsync; `make bench` sets
# RO_PG_FSYNC=on, so its writes are as durable as a real server's.
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
PG_BIN=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
PG_DIR=$(mktemp -d /tmp/ro-pg.XXXXXX)   # short: a unix socket path must fit in 107 bytes
PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
AS_PG=""
if [ "$(id -u)" = 0 ]; then chown postgres: "$PG_DIR"; AS_PG="runuser -u postgres --"; fi   # initdb refuses root
as_pg() { (cd / && $AS_PG "$@"); }   # from /: the postgres user may not enter the current folder

as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=${RO_PG_FSYNC:-off} -c max_connections=200" start >/dev/null

export PGHOST="$PG_DIR" PGPORT="$PG_PORT" PGUSER=postgres
export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres?sslmode=disable"
stop_postgres() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1; rm -rf "$PG_DIR"; }
trap stop_postgres EXIT
