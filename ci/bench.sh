#!/usr/bin/env bash
# `make bench` (issue 16): a release build of `ro` and of a bare Hummingbird route, then one table measured in
# the same run with wrk over loopback, on SQLite and on a throwaway PostgreSQL. See Tests/bench/bench.py.
set -euo pipefail
cd "$(dirname "$0")/.."
. ci/bench-setup.sh ro ro-bench-hello ro-bench-seed
echo "== measuring (BENCH_SECONDS=${BENCH_SECONDS:-10} per row, BENCH_CASES=${BENCH_CASES:-1000} cases and BENCH_AUDIT=${BENCH_AUDIT:-200000} more audit entries per database)"
python3 Tests/bench/bench.py "$bin/ro" "$bin/ro-bench-hello" "$bin/ro-bench-seed" "$bench_url"
