"""Fixtures for the real-browser and command-line tests: the `ro` binary, running servers, Chromium."""
import base64
import hashlib
import hmac
import os
import re
import shutil
import signal
import struct
import subprocess
import tempfile
import time

import pytest
import requests

RO_BIN = os.environ.get("RO_BIN", ".build/debug/ro")
OUTPUT = os.path.abspath("test-output")
os.makedirs(OUTPUT, exist_ok=True)
os.environ["SE_AVOID_STATS"] = "true"  # keep Selenium Manager off the network


# `make test` exports DATABASE_URL for its PostgreSQL server; `ro` would pick it up over --data-dir.
# The master key that seals case content is made once for the run, the way an operator would (`ro keys init`).
KEY_FILE = os.path.join(OUTPUT, "master.key")
SQLITE_ENV = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "RO_DATABASE_URL")} | {"RO_KEY_FILE": KEY_FILE}


def ensure_master_key():
    """Makes the run's key once; test workers starting together may race to it, and the loser uses the winner's."""
    if not os.path.exists(KEY_FILE):
        made = subprocess.run([RO_BIN, "keys", "init", "--key-file", KEY_FILE], capture_output=True, text=True, timeout=60)
        if made.returncode != 0 and "already exists" not in made.stderr:
            raise RuntimeError(made.stderr)
    deadline = time.time() + 10
    while os.path.getsize(KEY_FILE) == 0 and time.time() < deadline:  # the winner may still be writing its one line
        time.sleep(0.05)


def ro(*args, data_dir=None, stdin=None, timeout=120):
    """Runs the `ro` command like an operator would and returns the finished process."""
    ensure_master_key()
    command = [RO_BIN, *args]
    if data_dir:
        command += ["--data-dir", data_dir]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=timeout, env=SQLITE_ENV)


class Server:
    """`ro serve` in the background on a free port; its URL is read from what it prints."""

    def __init__(self, *args, data_dir):
        self.args = args
        self.data_dir = data_dir
        self.process = None
        self.url = None
        self.output = []

    def start(self):
        return self.launch().wait_until_listening()

    def launch(self):
        """Starts the process without waiting for it (two instances started at once: launch both, then wait)."""
        ensure_master_key()
        log = open(os.path.join(OUTPUT, "serve.log"), "a")
        self.process = subprocess.Popen(
            [RO_BIN, "serve", "--port", "0", "--data-dir", self.data_dir, *self.args],
            stdout=subprocess.PIPE, stderr=log, text=True, env=SQLITE_ENV,
        )
        return self

    def wait_until_listening(self):
        deadline = time.time() + 90
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError(f"ro serve ended early: {self.process.wait()}")
            self.output.append(line)
            match = re.search(r"RO is running at (http://\S+?)/?$", line.strip())
            if match:
                self.url = match.group(1)
                break
        else:
            raise RuntimeError("ro serve did not announce its URL")
        if "--demo" in self.args:  # the demo sign-ins follow the URL
            for _ in range(12):  # "Data:", the heading, and ten accounts (two auditors)
                self.output.append(self.process.stdout.readline())
        return self

    def kill(self, sig=signal.SIGTERM):
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=30)


@pytest.fixture
def data_dir():
    path = tempfile.mkdtemp(prefix="ro-browser-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def demo():
    """One demo server for the whole browser session."""
    path = tempfile.mkdtemp(prefix="ro-demo-")
    server = Server("--demo", data_dir=path).start()
    yield server
    server.kill()
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        message = "Chromium or chromedriver is missing (make test installs them)"
        if os.environ.get("RO_REQUIRE_BROWSER"):
            pytest.fail(message)  # under make test a missing browser fails, never skips
        pytest.skip(message)
    options = Options()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    yield driver
    driver.quit()


def totp(key_text, step):
    """RFC 6238 as an authenticator app computes it: HMAC-SHA1 of the 30-second step, six digits."""
    key = base64.b32decode(key_text.replace(" ", "") + "=" * (-len(key_text.replace(" ", "")) % 8))
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


# What the tests' "authenticator app" holds: the key each account was set up with, and the last step it gave a code
# of (a code is accepted once, so the next sign-in waits for the next step).
APP_KEYS = {}
LAST_STEP = {}


def next_code(base, username):
    """The next code the app of an account set up in this run gives, waiting for a new step when needed."""
    key = APP_KEYS[(base, username)]
    while True:
        step = int(time.time()) // 30
        if step > LAST_STEP.get((base, username), 0):
            LAST_STEP[(base, username)] = step
            return totp(key, step)
        time.sleep(1)


DEMO_CODE = re.compile(r"<strong>(\d{6})</strong>")


def demo_code(read_page):
    """The code a demo database's page shows, reading the page again until one is free (a code signs in once)."""
    deadline = time.time() + 65
    while time.time() < deadline:
        match = DEMO_CODE.search(read_page())
        if match:
            return match.group(1)
        time.sleep(2)
    raise AssertionError("the demo's code page showed no code")


def sign_in_session(base, username, password):
    """Signs in with plain HTTP (no browser), password then second factor, and returns the requests session."""
    session = requests.Session()
    page = session.get(f"{base}/sign-in")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    response = session.post(f"{base}/sign-in", data={"csrf": csrf, "username": username, "password": password}, allow_redirects=False)
    assert response.status_code == 303, response.text
    step = response.headers["Location"]
    if step == "/sign-in/set-up":  # the first sign-in of an account that needs a second factor: set up the "app"
        page = session.get(f"{base}{step}").text
        APP_KEYS[(base, username)] = re.search(r'id="secret-key">([A-Z2-7 ]+)<', page).group(1)
        response = session.post(f"{base}{step}", data={"csrf": csrf, "code": next_code(base, username)}, allow_redirects=False)
        assert response.status_code == 200 and "ro_session" in session.cookies, response.text
    elif step == "/sign-in/code":
        if (base, username) in APP_KEYS:
            code = next_code(base, username)
        else:
            code = demo_code(lambda: session.get(f"{base}{step}").text)
        response = session.post(f"{base}{step}", data={"csrf": csrf, "code": code}, allow_redirects=False)
        assert response.status_code == 303 and response.headers["Location"] == "/home", response.text
    return session


def demo_code_in_browser(browser):
    """The code the demo's code page shows, reloading it until one is free."""
    def read_page():
        if not DEMO_CODE.search(browser.page_source):
            browser.refresh()
        return browser.page_source

    assert browser.current_url.endswith("/sign-in/code"), browser.current_url
    return demo_code(read_page)


@pytest.fixture
def fresh_demo(data_dir):
    """A demo server of one test's own, for journeys that change the demo's cases."""
    server = Server("--demo", data_dir=data_dir).start()
    yield server
    server.kill()
