#!/usr/bin/env bash
# Every suite, as `make test` and CI run it: unit, store tests on SQLite and PostgreSQL, in-process app
# tests, then real-browser tests with axe. A skipped PostgreSQL or browser suite fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-output

# Installing Chromium, PostgreSQL and the Python packages waits mostly on downloads, so it runs while
# the (CPU-bound) build does.
bash ci/setup.sh >test-output/setup.log 2>&1 &
setup_pid=$!

echo "== format (swift format lint, .swift-format: Hummingbird's settings)"
if ! swift format lint --strict -r Sources Tests Benchmarks Package.swift; then
    echo "swift format: run 'swift format -i -r Sources Tests Benchmarks Package.swift' and commit the result"; exit 1
fi

echo "== build (setup runs alongside: test-output/setup.log)"
build_started=$SECONDS
# No debug information: a clean build takes about a fifth less time (512 s against 630-700 s here), and a
# failing test reports its source line without it.
swift build --build-tests -debug-info-format none --explicit-target-dependency-import-check error 2>&1 | grep -v "CMakeLists.txt\|unhandled; explicitly declare" | tail -n 3
echo "build took $((SECONDS - build_started)) s"

if ! wait "$setup_pid"; then
    cat test-output/setup.log; echo "setup failed"; exit 1
fi
tail -n 1 test-output/setup.log
. ci/start-postgres.sh   # exports DATABASE_URL; stops the server when this script exits

echo "== swift test (unit, store on SQLite and PostgreSQL, in-process app)"
RO_REQUIRE_POSTGRES=1 swift test --skip-build 2>&1 | tee test-output/swift-test.log | grep -E "✘|Test run with|skipped" || true
swift_status=${PIPESTATUS[0]}
swift_line=$(grep -E "Test run with [0-9]+ tests" test-output/swift-test.log | tail -n 1 || true)
if [ "$swift_status" != 0 ] || ! grep -q "passed after" <<<"$swift_line"; then
    echo "swift test failed (see test-output/swift-test.log)"; exit 1
fi
if grep -q "skipped" test-output/swift-test.log; then
    echo "swift test skipped tests: every suite must run here"; exit 1
fi
swift_tests=$(sed -E 's/.*Test run with ([0-9]+) tests.*/\1/' <<<"$swift_line")

echo "== browser and command-line tests (pytest, Chromium, axe)"
RO_BIN="$(swift build --show-bin-path)/ro" RO_REQUIRE_BROWSER=1 \
    .venv-browser/bin/python -m pytest Tests/browser -q -p no:cacheprovider -rs -n 2 --durations=8 2>&1 | tee test-output/pytest.log
pytest_status=${PIPESTATUS[0]}
pytest_line=$(tail -n 1 test-output/pytest.log)
if [ "$pytest_status" != 0 ] || grep -qE "skipped|xfail" <<<"$pytest_line"; then
    echo "browser tests failed or skipped"; exit 1
fi
pytest_tests=$(grep -oE "[0-9]+ passed" <<<"$pytest_line" | grep -oE "[0-9]+")

echo "== summary ($SECONDS s in all)"
echo "swift test: $swift_tests tests passed (parameterised tests count once; each store test ran on SQLite and PostgreSQL)"
echo "pytest: $pytest_tests tests passed"
echo "$((swift_tests + pytest_tests)) passed, 0 failed"
