"""Issue 16, item 1: what `make bench` prints. Measures a release build of `ro serve` from outside, over loopback,
with wrk, on SQLite and on PostgreSQL, beside a bare Hummingbird route built from the same sources in the same run.

Usage: bench.py RO_BINARY HELLO_BINARY SEED_BINARY [POSTGRES_URL]. Environment: BENCH_SECONDS (per measurement,
default 10), BENCH_CASES (cases seeded per database, default 1000), BENCH_AUDIT (audit entries appended by the seed
binary before `ro audit verify` is timed, default 200000). Only the standard library and wrk; the data is fictional."""
import atexit
import base64
import concurrent.futures
import hashlib
import hmac
import http.cookiejar
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
# `ro` reads DATABASE_URL over --data-dir, and make bench exports one for PostgreSQL: each instance says its own.
ENV = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "RO_DATABASE_URL", "RO_KEY_FILE", "RO_DATA_DIR")}
CASES = int(os.environ.get("BENCH_CASES", "1000"))
AUDIT = int(os.environ.get("BENCH_AUDIT", "200000"))
CONNECTIONS, THREADS = 32, 2
USER, PASSWORD = "bench-coordinator", "bench coordinator passphrase (fictional)"
# Sign-in is measured with a referrer (CSC staff): a role without a second step, so each request is a whole sign-in.
# Four at a time: every attempt counts against the address until it succeeds, and 32 in flight would be throttled.
REFERRER, REFERRER_PASSWORD, SIGN_IN_CONNECTIONS = "bench-referrer", "bench referrer passphrase (fictional)", 4
REGIONS = ["atlantic", "quebec", "ontario", "prairie", "pacific"]
GIVEN = ["Amélie", "Bruno", "Chantal", "Dmitri", "Émile", "Farah", "Gilles", "Hana", "Isaac", "Joëlle"]
FAMILY = ["Tremblay-Fictif", "Nguyen-Fictif", "Okafor-Fictif", "Lavoie-Fictif", "Singh-Fictif", "Bouchard-Fictif"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, process, limit=120):
    """Seconds until `url` answers, polling every 10 ms."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} ended with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return time.perf_counter() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):  # not listening yet, or not answering yet
            time.sleep(0.01)
    raise RuntimeError(f"{url} did not answer")


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmHWM:\s+(\d+) kB", status.read()).group(1)) / 1024


def milliseconds(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url, headers=(), script=None, connections=CONNECTIONS):
    """One wrk run: requests per second, p50 and p99 in ms, and how many answers were not 2xx or 3xx."""
    threads = min(THREADS, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{SECONDS}s", "--latency", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", script]
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    if "Latency Distribution" not in output or "Requests/sec" not in output:
        raise RuntimeError(f"wrk printed no latencies for {url}:\n{output}")
    refused = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)),
        "p99": milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)),
        "refused": int(refused.group(1)) if refused else 0,
        "errors": errors.group(1).strip() if errors else "",
    }


def lua(folder, name, text):
    path = os.path.join(folder, name + ".lua")
    with open(path, "w") as file:
        file.write(text)
    return path


def rotating(folder, name, paths, method="GET", body=None, content_type=None):
    """A wrk script that asks for `paths` in turn, so no single row or page stays hot."""
    listed = ", ".join(json.dumps(path) for path in paths)
    extra = ""
    if body is not None:
        extra = f"wrk.body = {json.dumps(body)}\nwrk.headers[\"Content-Type\"] = {json.dumps(content_type)}\n"
    return lua(folder, name, f"""wrk.method = "{method}"
{extra}local paths = {{ {listed} }}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format(nil, paths[i])
end
""")


def totp(key_text, step):
    """RFC 6238, as the coordinator's authenticator app would compute it."""
    key = base64.b32decode(key_text.replace(" ", "") + "=" * (-len(key_text.replace(" ", "")) % 8))
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Instance:
    """One `ro` database (a data folder, or a PostgreSQL database) and the server on it."""

    def __init__(self, binary, folder, database_url=None):
        self.binary, self.folder, self.database_url = binary, folder, database_url
        self.key_file = os.path.join(folder, "master.key")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None
        subprocess.run([binary, "keys", "init", "--key-file", self.key_file], check=True, capture_output=True, env=ENV)

    def where(self):
        where = ["--data-dir", self.folder, "--key-file", self.key_file]
        return where + (["--database-url", self.database_url] if self.database_url else [])

    def ro(self, *args, stdin=None):
        return subprocess.run([self.binary, *args, *self.where()], input=stdin, capture_output=True, text=True, check=True, env=ENV)

    def start(self):
        """Starts the server; returns the seconds until it answered."""
        log = open(os.path.join(self.folder, "serve.log"), "a")
        self.process = subprocess.Popen([self.binary, "serve", "--port", str(self.port), *self.where()],
                                        stdout=subprocess.DEVNULL, stderr=log, env=ENV)
        atexit.register(lambda process=self.process: process.poll() is None and process.kill())  # should the bench fail
        return wait_for(f"{self.base}/healthz", self.process)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=60)


def api(base, token, method, path, body):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method=method, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json", "Accept-Language": "en"})
    return json.loads(urllib.request.urlopen(request, timeout=60).read())


def seed_case(base, token, i):
    """A victim's request taken through assessment with a named requester: seven events, as a case a month in."""
    case = api(base, token, "POST", "/api/cases", {"requesterType": "registeredVictim", "channel": "phone",
                                                   "region": REGIONS[i % 5], "language": "fr" if i % 3 else "en"})
    requester = case["participants"][0]["id"]
    name = f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]} {i}"
    for step, fields in [("start-assessment", {}), ("add-participant", {"role": "offender", "language": "en"}),
                         ("link-offender-record", {"fps": f"{i:07d}X"}), ("person", {"participant": requester, "usedName": name}),
                         ("review-safety", {})]:
        case = api(base, token, "POST", f"/api/cases/{case['id']}/steps/{step}", {"version": case["version"], "fields": fields})
    return case["id"]


AUTHENTICATOR = {}  # per server address: the coordinator's authenticator key and the last time step used


def sign_in(base):
    """Signs the coordinator in (password, then the authenticator app's code, after setting the app up the first
    time); returns the session cookie and the session's form token."""
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = browser.open(f"{base}/sign-in").read().decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    browser.open(f"{base}/sign-in", urllib.parse.urlencode({"csrf": csrf, "username": USER, "password": PASSWORD}).encode())
    if base in AUTHENTICATOR:
        key, used = AUTHENTICATOR[base]
        step = "code"
        while int(time.time()) // 30 <= used:  # a code is accepted once
            time.sleep(1)
    else:
        page = browser.open(f"{base}/sign-in/set-up").read().decode()
        key, step = re.search(r'id="secret-key">([A-Z2-7 ]+)<', page).group(1), "set-up"
    now = int(time.time()) // 30
    browser.open(f"{base}/sign-in/{step}", urllib.parse.urlencode({"csrf": csrf, "code": totp(key, now)}).encode())
    AUTHENTICATOR[base] = (key, now)
    session = next(cookie.value for cookie in jar if cookie.name == "ro_session")
    home = browser.open(f"{base}/home").read().decode()
    return session, re.search(r'name="csrf" value="([^"]+)"', home).group(1)


def measure(instance, folder, label, results, seed_binary):
    """Seeds the database, restarts the server on it, and runs every measurement; appends rows to `results`."""
    instance.ro("users", "create", "--username", USER, "--name", "Bench Coordinator (fictional)", "--role", "coordinator",
                "--password-stdin", stdin=PASSWORD + "\n")
    instance.ro("users", "create", "--username", REFERRER, "--name", "Bench Referrer (fictional)", "--role", "referrer",
                "--password-stdin", stdin=REFERRER_PASSWORD + "\n")
    token = re.search(r"(ro_\S+)", instance.ro("tokens", "create", "--user", USER, "--name", "bench", "--days", "1",
                                               "--scope", "read-write").stdout).group(1)
    instance.start()
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        case_ids = list(pool.map(lambda i: seed_case(instance.base, token, i), range(CASES)))
    seeded = time.perf_counter() - started
    instance.stop()
    startup = instance.start()
    session, csrf = sign_in(instance.base)
    cookie = f"Cookie: ro_session={session}"
    bearer = f"Authorization: Bearer {token}"
    sample = case_ids[:: max(1, len(case_ids) // 200)]

    def row(what, measured):
        results.append({"backend": label, "what": what, **measured})

    row("GET /healthz", wrk(f"{instance.base}/healthz"))
    row("GET /api/cases/{id} (bearer)", wrk(instance.base, [bearer], rotating(folder, "api", [f"/api/cases/{c}" for c in sample])))
    row("GET /cases/{id} (HTML)", wrk(instance.base, [cookie], rotating(folder, "page", [f"/cases/{c}" for c in sample])))
    row("GET /cases (queue)", wrk(f"{instance.base}/cases", [cookie]))
    search = urllib.parse.urlencode({"csrf": csrf, "q": f"{GIVEN[3]} {FAMILY[2]}"})
    row("POST /cases/search (a name)", wrk(instance.base, [cookie], rotating(folder, "search", ["/cases/search"], "POST", search,
                                                                            "application/x-www-form-urlencoded")))
    new_case = json.dumps({"requesterType": "registeredVictim", "channel": "phone", "region": "pacific", "language": "en"})
    row("POST /api/cases (write)", wrk(instance.base, [bearer], rotating(folder, "write", ["/api/cases"], "POST", new_case,
                                                                        "application/json")))
    form = urllib.parse.urlencode({"csrf": "bench", "username": REFERRER, "password": REFERRER_PASSWORD})
    row(f"POST /sign-in (-c{SIGN_IN_CONNECTIONS})", wrk(instance.base, ["Cookie: ro_signin=bench"],
                                             rotating(folder, "sign-in", ["/sign-in"], "POST", form, "application/x-www-form-urlencoded"),
                                             connections=SIGN_IN_CONNECTIONS))
    rss = peak_rss_mb(instance.process.pid)
    instance.stop()
    subprocess.run([seed_binary, "--audit-entries", str(AUDIT), *instance.where()], check=True, capture_output=True, env=ENV)
    started = time.perf_counter()
    verified = instance.ro("audit", "verify").stdout
    verify_seconds = time.perf_counter() - started
    entries = int(re.search(r"intact: (\d+) entries", verified).group(1))
    return {"backend": label, "seeded": f"{CASES} cases in {seeded:.1f} s", "startup": startup, "rss": rss,
            "entries": entries, "verify_seconds": verify_seconds}


def bare_route(hello_binary):
    port = free_port()
    process = subprocess.Popen([hello_binary, str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/", process)
        return wrk(f"http://127.0.0.1:{port}/")
    finally:
        process.terminate()
        process.wait(timeout=30)


def main():
    ro_binary, hello_binary, seed_binary = sys.argv[1], sys.argv[2], sys.argv[3]
    postgres_url = sys.argv[4] if len(sys.argv) > 4 else None
    if not shutil.which("wrk"):
        sys.exit("wrk is missing (make bench installs it)")
    folder = tempfile.mkdtemp(prefix="ro-bench-")
    results, facts = [], []
    baseline = bare_route(hello_binary)
    results.append({"backend": "-", "what": "bare Hummingbird GET /", **baseline})
    backends = [("sqlite", None)] + ([("postgres", postgres_url)] if postgres_url else [])
    for label, url in backends:
        instance_folder = os.path.join(folder, label)
        os.makedirs(instance_folder)
        facts.append(measure(Instance(ro_binary, instance_folder, url), instance_folder, label, results, seed_binary))
    again = bare_route(hello_binary)  # the baseline measured again after the rest, to show the machine's drift
    results.append({"backend": "-", "what": "bare Hummingbird GET / (again)", **again})

    print(f"\nwrk -t{THREADS} -c{CONNECTIONS} -d{SECONDS}s --latency, loopback, release build; ratio: req/s of the bare route's first run")
    print(f"{'backend':<9} {'what':<32} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'ratio':>7} {'non-2xx/3xx':>12}  errors")
    for r in results:
        ratio = r["rps"] / baseline["rps"]
        print(f"{r['backend']:<9} {r['what']:<32} {r['rps']:>9.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} {ratio:>7.1%} {r['refused']:>12}  {r['errors']}")
    print()
    for f in facts:
        print(f"{f['backend']:<9} seeded {f['seeded']}; start-up {f['startup'] * 1000:.0f} ms; peak RSS {f['rss']:.0f} MB; "
              f"ro audit verify: {f['entries']} entries in {f['verify_seconds']:.2f} s = {f['entries'] / f['verify_seconds']:,.0f} entries/s "
              f"(whole command, start included)")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
