#!/usr/bin/env bash
# `make bench-scale` (issue 16, item 6): one database grown from 1,000 cases to 100,000 and 10 million audit
# entries, the queue, a case page and searches measured at both sizes. See Tests/bench/bench_scale.py.
set -euo pipefail
cd "$(dirname "$0")/.."
. ci/bench-setup.sh ro ro-bench-seed
echo "== growing and measuring (BENCH_SCALE_BACKENDS=${BENCH_SCALE_BACKENDS:-sqlite}, BENCH_SCALE_CASES=${BENCH_SCALE_CASES:-100000}, BENCH_SCALE_AUDIT=${BENCH_SCALE_AUDIT:-10000000}, BENCH_SECONDS=${BENCH_SECONDS:-10})"
python3 Tests/bench/bench_scale.py "$bin/ro" "$bin/ro-bench-seed" "$bench_url"
