#!/usr/bin/env bash
# `make bench` (issue 16): a release build of `ro` and of a bare Hummingbird route, then one table measured in
# the same run with wrk over loopback, on SQLite and on a throwaway PostgreSQL. See Tests/bench/bench.py.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
{ command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; } || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== release build"
build_started=$SECONDS
swift build -c release --product ro 2>&1 | tail -n 1
swift build -c release --product ro-bench-hello 2>&1 | tail -n 1
swift build -c release --product ro-bench-seed 2>&1 | tail -n 1
echo "build took $((SECONDS - build_started)) s"
bin=$(swift build -c release --show-bin-path)

RO_PG_FSYNC=on . ci/start-postgres.sh   # exports DATABASE_URL; stops the server when this script exits
bench_db="ro_bench_$$"
psql "$DATABASE_URL" -qc "CREATE DATABASE $bench_db"
echo "== measuring (BENCH_SECONDS=${BENCH_SECONDS:-10} per row, BENCH_CASES=${BENCH_CASES:-1000} cases and BENCH_AUDIT=${BENCH_AUDIT:-200000} more audit entries per database)"
python3 Tests/bench/bench.py "$bin/ro" "$bin/ro-bench-hello" "$bin/ro-bench-seed" "${DATABASE_URL/\/postgres\?//$bench_db?}"
