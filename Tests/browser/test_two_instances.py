"""Issue 16, item 7: two `ro serve` processes on one PostgreSQL database, started at once, with requests alternating
between them, as a program with several instances behind one address runs."""
import concurrent.futures
import os
import re
import shutil
import subprocess
import tempfile
import uuid

import pytest
import requests

from conftest import RO_BIN, SQLITE_ENV, Server, sign_in_session

DATABASE_URL = os.environ.get("DATABASE_URL")
PASSWORD = "coordinator two-instance passphrase"


def psql(url, sql):
    """One statement through psql (the server `make test` started), its rows as text."""
    done = subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-tAc", sql], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def shared_database():
    """A database of its own on the run's PostgreSQL server, dropped afterwards."""
    if not DATABASE_URL:
        message = "DATABASE_URL is not set (make test starts a PostgreSQL server and sets it)"
        if os.environ.get("RO_REQUIRE_BROWSER"):
            pytest.fail(message)  # under make test the two-instance test runs, never skips
        pytest.skip(message)
    name = f"ro_two_{uuid.uuid4().hex[:12]}"
    psql(DATABASE_URL, f"CREATE DATABASE {name}")
    yield re.sub(r"/[^/?]+(\?|$)", rf"/{name}\1", DATABASE_URL, count=1)
    psql(DATABASE_URL, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def ro_on(url, key_file, *args, stdin=None):
    """`ro` as an operator runs it against the shared database."""
    command = [RO_BIN, *args, "--database-url", url, "--key-file", key_file]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=120, env=SQLITE_ENV)


def test_two_instances_share_one_database(shared_database):
    folders = [tempfile.mkdtemp(prefix="ro-instance-") for _ in range(3)]  # one for each server, one for the key
    key_file = os.path.join(folders[2], "master.key")
    assert subprocess.run([RO_BIN, "keys", "init", "--key-file", key_file], capture_output=True, env=SQLITE_ENV).returncode == 0
    # Both start at once on a database with no tables: one migrates, the other waits for it, neither fails.
    servers = [Server("--database-url", shared_database, "--key-file", key_file, data_dir=folder).launch() for folder in folders[:2]]
    try:
        for server in servers:
            server.wait_until_listening()
        first, second = (server.url for server in servers)
        assert all(requests.get(f"{url}/readyz").json() == {"status": "ready"} for url in (first, second))
        assert "up to date" in ro_on(shared_database, key_file, "migrate").stdout
        assert psql(shared_database, "SELECT COUNT(*) = COUNT(DISTINCT id) FROM schema_migrations") == "t"

        created = ro_on(shared_database, key_file, "users", "create", "--username", "claire", "--name", "Claire Test (fictional)",
                        "--role", "coordinator", "--password-stdin", stdin=PASSWORD + "\n")
        assert created.returncode == 0, created.stderr
        token = ro_on(shared_database, key_file, "tokens", "create", "--user", "claire", "--name", "two instances", "--days", "1",
                      "--scope", "read-write")
        secret = re.search(r"(ro_\S+)", token.stdout).group(1)
        headers = {"Authorization": f"Bearer {secret}", "Accept-Language": "en"}

        a_session_on_one_works_on_the_other(first, second)
        concurrent_edits_of_one_case_conflict(first, second, headers)
        concurrent_creates_are_never_refused(first, second, headers)
        for server in servers:
            server.kill()
        verified = ro_on(shared_database, key_file, "audit", "verify")
        assert verified.returncode == 0, verified.stderr
        assert int(re.search(r"intact: (\d+) entries", verified.stdout).group(1)) > 100, "both instances appended to one chain"
    finally:
        for server in servers:
            server.kill()
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)


def a_session_on_one_works_on_the_other(first, second):
    """A session made on one instance is honoured by the other; signing out on either ends it on both."""
    session = sign_in_session(first, "claire", PASSWORD)
    assert session.get(f"{second}/cases", allow_redirects=False).status_code == 200
    page = session.get(f"{first}/home").text  # the form's token comes from the first instance
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    assert session.post(f"{second}/sign-out", data={"csrf": csrf}, allow_redirects=False).status_code == 303
    assert session.get(f"{first}/cases", allow_redirects=False).status_code == 303, "signed out on both"


def new_case(base, headers, region="pacific"):
    return requests.post(f"{base}/api/cases", headers=headers, timeout=60, json={
        "requesterType": "registeredVictim", "channel": "phone", "region": region, "language": "en"})


def concurrent_edits_of_one_case_conflict(first, second, headers):
    """Two edits of one case from the same version, one on each instance at the same moment: one is saved, the other
    answers 409 `stale-write`, and no saved edit is lost."""
    opened = new_case(first, headers)
    assert opened.status_code == 201, opened.text
    case, version = opened.json()["id"], opened.json()["version"]
    saved = 0
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for round in range(10):
            def write(base):
                return requests.post(f"{base}/api/cases/{case}/steps/write-note", headers=headers, timeout=60, json={
                    "version": version, "fields": {"note": f"Round {round} (fictional)."}})
            answers = list(pool.map(write, (first, second)))
            statuses = sorted(answer.status_code for answer in answers)
            assert statuses == [200, 409], [answer.text for answer in answers]
            refused = next(answer for answer in answers if answer.status_code == 409)
            assert refused.headers["Content-Type"].startswith("application/problem+json")
            assert refused.json()["code"] == "stale-write", refused.text
            version = next(answer for answer in answers if answer.status_code == 200).json()["version"]
            saved += 1
    read = requests.get(f"{second}/api/cases/{case}", headers=headers, timeout=60).json()
    assert read["version"] == version
    assert sum(1 for event in read["timeline"] if event["kind"] == "noteWritten") == saved


def concurrent_creates_are_never_refused(first, second, headers):
    """Forty new requests at once, alternating between the instances: each is recorded, each with its own reference."""
    regions = ["atlantic", "quebec", "ontario", "prairie", "pacific"]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda i: new_case((first, second)[i % 2], headers, regions[i % 5]), range(40)))
    assert [answer.status_code for answer in answers] == [201] * 40, [answer.text for answer in answers if answer.status_code != 201]
    references = [answer.json()["reference"] for answer in answers]
    assert len(set(references)) == 40
