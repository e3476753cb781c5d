"""Issue 16, item 6: what `make bench-scale` prints. One database grown from 1,000 cases to 100,000 (realistic
event counts, written through the store by ro-bench-seed) and 10 million audit entries; the queue, a case page and
two searches measured at both sizes in the same run, with the ratio of the large to the small; start-up time; peak
RSS; `ro audit verify` on the whole chain.

Usage: bench_scale.py RO_BINARY SEED_BINARY [POSTGRES_URL]. Environment: BENCH_SECONDS (per wrk run, default 10),
BENCH_SCALE_CASES (default 100000), BENCH_SCALE_AUDIT (default 10000000), BENCH_SCALE_BACKENDS (default "sqlite";
"sqlite,postgres" to grow a PostgreSQL database too, which takes about twice as long). Only the standard library
and wrk; the data is fictional."""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

import bench

SMALL = 1_000
LARGE = int(os.environ.get("BENCH_SCALE_CASES", "100000"))
AUDIT = int(os.environ.get("BENCH_SCALE_AUDIT", "10000000"))
BACKENDS = os.environ.get("BENCH_SCALE_BACKENDS", "sqlite").split(",")
MEDIATOR, MEDIATOR_PASSWORD = "bench-mediator", "bench mediator passphrase (fictional)"
# Names as ro-bench-seed writes them (Benchmarks/Seed/SeededCases.swift): given, family, then the case's number.
GIVEN = ["Amélie", "Bruno", "Chantal", "Dmitri", "Émile", "Farah", "Gilles", "Hana", "Isaac", "Joëlle", "Kwame", "Line"]
FAMILY = ["Tremblay-Fictif", "Nguyen-Fictif", "Okafor-Fictif", "Lavoie-Fictif", "Singh-Fictif", "Bouchard-Fictif", "Roy-Fictif"]


def seeded_name(i):
    return f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]} {i}"


def one_at_a_time(url, headers, count=40, data=None):
    """Median and slowest of `count` requests made one after another: the latency a single user sees."""
    timings = []
    for _ in range(count):
        request = urllib.request.Request(url, data=data, headers=headers)
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=60) as answer:
            answer.read()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), max(timings)


def measure(instance, folder, case_ids):
    """The four rows at the database's current size."""
    session, csrf = bench.sign_in(instance.base)
    cookie = {"Cookie": f"ro_session={session}"}
    rows = {}

    def search(label, script_name, text):
        form = urllib.parse.urlencode({"csrf": csrf, "q": text})
        script = bench.rotating(folder, script_name, ["/cases/search"], "POST", form, "application/x-www-form-urlencoded")
        alone = one_at_a_time(f"{instance.base}/cases/search", {**cookie, "Content-Type": "application/x-www-form-urlencoded"},
                              data=form.encode())
        rows[label] = {**bench.wrk(instance.base, [f"Cookie: ro_session={session}"], script), "alone": alone}

    queue = f"{instance.base}/cases"
    rows["GET /cases (queue)"] = {**bench.wrk(queue, [f"Cookie: ro_session={session}"]), "alone": one_at_a_time(queue, cookie)}
    pages = bench.rotating(folder, "pages", [f"/cases/{c}" for c in case_ids])
    rows["GET /cases/{id} (HTML)"] = {**bench.wrk(instance.base, [f"Cookie: ro_session={session}"], pages),
                                      "alone": one_at_a_time(f"{instance.base}/cases/{case_ids[len(case_ids) // 2]}", cookie)}
    search("POST /cases/search (one person)", "one-person", seeded_name(123))
    search("POST /cases/search (a surname)", "surname", FAMILY[2].split("-")[0])
    return rows


def grow(instance, seed_binary, cases, first, audit, ids_file):
    started = time.perf_counter()
    subprocess.run([seed_binary, "--cases", str(cases), "--from", str(first), "--audit-entries", str(audit),
                    "--ids-file", ids_file, *instance.where()], check=True, capture_output=True, env=bench.ENV)
    return time.perf_counter() - started


def run(label, ro_binary, seed_binary, database_url, folder):
    instance = bench.Instance(ro_binary, folder, database_url)
    instance.ro("users", "create", "--username", bench.USER, "--name", "Bench Coordinator (fictional)", "--role", "coordinator",
                "--password-stdin", stdin=bench.PASSWORD + "\n")
    instance.ro("users", "create", "--username", MEDIATOR, "--name", "Bench Mediator (fictional)", "--role", "mediator",
                "--last-day", "2099-12-31", "--password-stdin", stdin=MEDIATOR_PASSWORD + "\n")
    ids_file = os.path.join(folder, "case-ids")
    sizes = []
    for cases, first, audit in [(SMALL, 0, 0), (LARGE, SMALL, AUDIT)]:
        seeded = grow(instance, seed_binary, cases, first, audit, ids_file)
        with open(ids_file) as ids:
            case_ids = ids.read().split()
        startup = instance.start()
        try:
            rows = measure(instance, folder, case_ids[:: max(1, len(case_ids) // 100)])
            rss = bench.peak_rss_mb(instance.process.pid)
        finally:
            instance.stop()
        sizes.append({"cases": cases, "seeded": seeded, "audit": audit, "startup": startup, "rss": rss, "rows": rows})
    started = time.perf_counter()
    verified = instance.ro("audit", "verify").stdout
    verify_seconds = time.perf_counter() - started
    entries = int(re.search(r"intact: (\d+) entries", verified).group(1))
    size = sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder) if name.startswith("ro.sqlite"))
    return {"label": label, "sizes": sizes, "entries": entries, "verify_seconds": verify_seconds, "bytes": size}


def report(result):
    small, large = result["sizes"]
    print(f"\n{result['label']}: {small['cases']:,} cases, then {large['cases']:,} cases and {large['audit']:,} more audit entries")
    print(f"wrk -t{bench.THREADS} -c{bench.CONNECTIONS} -d{bench.SECONDS}s (req/s, p50, p99) and one request at a time "
          f"(median of 40); ratio: large ÷ small")
    print(f"{'what':<34} {'cases':>7} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'alone ms':>9}  {'p50 ratio':>9} {'alone ratio':>11}")
    for what in small["rows"]:
        for size in (small, large):
            r = size["rows"][what]
            ratio = ""
            if size is large:
                s = small["rows"][what]
                ratio = f"{r['p50'] / s['p50']:>9.2f}× {r['alone'][0] / s['alone'][0]:>10.2f}×"
            print(f"{what:<34} {size['cases']:>7} {r['rps']:>7.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} {r['alone'][0]:>9.2f}  {ratio}")
    for size in (small, large):
        print(f"{size['cases']:>7} cases: seeded in {size['seeded']:.0f} s; start-up {size['startup'] * 1000:.0f} ms; peak RSS {size['rss']:.0f} MB")
    if result["bytes"]:
        print(f"SQLite files: {result['bytes'] / 1e9:.2f} GB")
    print(f"ro audit verify: {result['entries']:,} entries in {result['verify_seconds']:.1f} s = "
          f"{result['entries'] / result['verify_seconds']:,.0f} entries/s (whole command, start included)")


def main():
    ro_binary, seed_binary = sys.argv[1], sys.argv[2]
    postgres_url = sys.argv[3] if len(sys.argv) > 3 else None
    if not shutil.which("wrk"):
        sys.exit("wrk is missing (make bench-scale installs it)")
    folder = tempfile.mkdtemp(prefix="ro-bench-scale-")
    results = []
    try:
        for label in BACKENDS:
            instance_folder = os.path.join(folder, label)
            os.makedirs(instance_folder)
            url = postgres_url if label == "postgres" else None
            if label == "postgres" and not url:
                sys.exit("BENCH_SCALE_BACKENDS names postgres but no PostgreSQL URL was given")
            results.append(run(label, ro_binary, seed_binary, url, instance_folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for result in results:
        report(result)


if __name__ == "__main__":
    main()
