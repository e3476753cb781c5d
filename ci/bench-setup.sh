# Sourced by ci/bench.sh and ci/bench-scale.sh: installs wrk and PostgreSQL if missing, builds the release binaries
# named as arguments, sets `bin` to their folder, and starts a throwaway PostgreSQL with fsync on (exports
# DATABASE_URL and `bench_url`, a database of its own; the server stops when the calling script exits).
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
for product in "$@"; do
    swift build -c release --product "$product" 2>&1 | tail -n 1
done
echo "build took $((SECONDS - build_started)) s"
bin=$(swift build -c release --show-bin-path)

RO_PG_FSYNC=on . ci/start-postgres.sh
bench_db="ro_bench_$$"
psql "$DATABASE_URL" -qc "CREATE DATABASE $bench_db"
bench_url="${DATABASE_URL/\/postgres\?//$bench_db?}"
