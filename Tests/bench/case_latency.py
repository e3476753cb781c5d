"""Latency of a case page and of a write (a new victim request), measured one request at a time over loopback
against a server started from the given binary: its own demo, or DATA_DIR [KEY_FILE USER PASSWORD]. Prints p50 and
p95 in milliseconds. Usage: case_latency.py RO_BINARY LABEL [DATA_DIR KEY_FILE USER PASSWORD] (issue 14 note)."""
import urllib.error, http.cookiejar, os, re, statistics, subprocess, sys, tempfile, time, urllib.parse, urllib.request

binary, label = sys.argv[1], sys.argv[2]
data = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="ro-lat-")
key = sys.argv[4] if len(sys.argv) > 4 else None
user, password = (sys.argv[5], sys.argv[6]) if len(sys.argv) > 6 else ("demo-coordinator", "demo-coordinator-password")
port = "18931"
env = dict(os.environ, RO_PORT=port)
arguments = [binary, "serve", "--data-dir", data, "--port", port] + (["--key-file", key] if key else []) + ([] if len(sys.argv) > 3 else ["--demo"])
server = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
base = f"http://127.0.0.1:{port}"
for _ in range(600):
    try:
        urllib.request.urlopen(base + "/healthz", timeout=1)
        break
    except Exception:
        time.sleep(0.1)
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
def get(path):
    return opener.open(base + path).read().decode()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
bare = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
def post(path, fields, follow=True):
    try:
        return (opener if follow else bare).open(base + path, urllib.parse.urlencode(fields).encode()).read().decode()
    except urllib.error.HTTPError as redirect:
        assert redirect.code == 303, redirect.code
        return ""
page = get("/sign-in")
csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
post("/sign-in", {"csrf": csrf, "username": user, "password": password})
cases = get("/cases")
case_paths = list(dict.fromkeys(re.findall(r'href="(/cases/[0-9a-f-]{36})"', cases)))
csrf = re.search(r'name="csrf" value="([^"]+)"', get("/cases/new")).group(1)
def timed(action, count):
    times = []
    for i in range(count):
        start = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]
for _ in range(20):
    get(case_paths[0])
read = timed(lambda i: get(case_paths[i % len(case_paths)]), 300)
fields = {"csrf": csrf, "requesterType": "registeredVictim", "channel": "phone", "region": "quebec", "language": "fr"}
write = timed(lambda i: post("/cases", fields, follow=False), 200)
print(f"{label}: case page p50 {read[0]:.2f} ms p95 {read[1]:.2f} ms over {len(case_paths)} cases; "
      f"new request (write) p50 {write[0]:.2f} ms p95 {write[1]:.2f} ms")
server.terminate()
server.wait()
