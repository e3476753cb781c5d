"""The `ro` command driven as an operator would, and data surviving a hard kill."""
import os
import re
import signal
import subprocess

import requests

from conftest import RO_BIN, SQLITE_ENV, ro, Server, sign_in_session


def test_version():
    result = ro("--version")
    assert result.returncode == 0
    assert re.fullmatch(r"\d+\.\d+\.\d+", result.stdout.strip())


def test_an_unknown_flag_is_refused_and_nothing_is_created(data_dir):
    result = ro("serve", "--colour", "blue", data_dir=data_dir)
    assert result.returncode != 0
    assert "--colour" in result.stderr
    assert os.listdir(data_dir) == []


def test_bad_values_are_all_reported_before_touching_data(data_dir):
    result = ro("serve", "--port", "99999", "--database-url", "mysql://somewhere/ro", "--trusted-proxy", "proxy.example.org",
                "--metrics-port", "0", data_dir=data_dir)
    assert result.returncode != 0
    assert "--port must be a number from 0 to 65535" in result.stderr
    assert "--metrics-port must be a number from 1 to 65535, other than --port" in result.stderr
    assert "--database-url must be a postgres:// URL" in result.stderr
    assert "--trusted-proxy must be an IP address" in result.stderr, "issue 15, item 4: only addresses are trusted"
    assert os.listdir(data_dir) == []


def test_the_master_key_is_made_once_and_serving_needs_it(data_dir, tmp_path):
    """§7.2: case content is sealed with a master key kept apart from the database; ro serve refuses to start without it."""
    key_file = str(tmp_path / "keys" / "master.key")
    made = ro("keys", "init", "--key-file", key_file)
    assert made.returncode == 0, made.stderr
    assert oct(os.stat(key_file).st_mode & 0o777) == "0o600"
    again = ro("keys", "init", "--key-file", key_file)
    assert again.returncode != 0 and "already exists" in again.stderr

    env = {k: v for k, v in SQLITE_ENV.items() if k != "RO_KEY_FILE"}
    refused = subprocess.run([RO_BIN, "serve", "--port", "0", "--data-dir", data_dir], capture_output=True, text=True, timeout=60, env=env)
    assert refused.returncode != 0 and "ro keys init" in refused.stderr

    os.chmod(key_file, 0o644)
    too_open = ro("serve", "--port", "0", "--key-file", key_file, data_dir=data_dir)
    assert too_open.returncode != 0 and "chmod 600" in too_open.stderr
    os.chmod(key_file, 0o600)
    # A command that only reads a database refuses a folder without one, and creates nothing there.
    for command in (("keys", "status", "--key-file", key_file), ("audit", "verify")):
        missing = ro(*command, data_dir=data_dir)
        assert missing.returncode != 0 and "There is no RO database" in missing.stderr, command
        assert os.listdir(data_dir) == [], command
    assert ro("migrate", "--key-file", key_file, data_dir=data_dir).returncode == 0
    status = ro("keys", "status", "--key-file", key_file, data_dir=data_dir)
    assert status.returncode == 0 and "Cases sealed: 0" in status.stdout, status.stderr


def test_the_master_key_is_rotated_while_a_server_runs(data_dir, tmp_path):
    """§7.2: `ro keys rotate` re-wraps every case's key under a new master key; the running server goes on, the old key
    opens nothing."""
    key_file = str(tmp_path / "master.key")
    assert ro("keys", "init", "--key-file", key_file).returncode == 0
    with_key = ("--key-file", key_file)
    assert ro("users", "create", "--username", "claire", "--name", "Claire Test (fictional)", "--role", "coordinator", "--password-stdin",
              *with_key, data_dir=data_dir, stdin="coordinator test passphrase\n").returncode == 0
    token = ro("tokens", "create", "--user", "claire", "--name", "rotation test", "--days", "1", "--scope", "read-write", *with_key, data_dir=data_dir)
    secret = re.search(r"(ro_\S+)", token.stdout).group(1)
    headers = {"Authorization": f"Bearer {secret}"}

    server = Server(*with_key, data_dir=data_dir).start()
    try:
        opened = requests.post(f"{server.url}/api/cases", headers=headers, json={
            "requesterType": "registeredVictim", "channel": "phone", "region": "pacific", "language": "fr"})
        assert opened.status_code == 201, opened.text
        case = opened.json()["id"]

        rotated = ro("keys", "rotate", *with_key, data_dir=data_dir)
        assert rotated.returncode == 0, rotated.stderr
        assert "1 keys re-wrapped" in rotated.stdout
        retired = re.search(r"is in (\S+): it opens only backups", rotated.stdout).group(1)

        assert requests.get(f"{server.url}/api/cases/{case}", headers=headers).status_code == 200, "the running server follows"
        again = requests.post(f"{server.url}/api/cases", headers=headers, json={
            "requesterType": "registeredVictim", "channel": "mail", "region": "pacific", "language": "en"})
        assert again.status_code == 201, again.text
    finally:
        server.kill()
    status = ro("keys", "status", *with_key, data_dir=data_dir)
    assert status.returncode == 0 and "Cases sealed: 2" in status.stdout, status.stderr + status.stdout
    old = ro("keys", "status", "--key-file", retired, data_dir=data_dir)
    assert old.returncode != 0 and "another master key" in old.stderr


def test_an_unreachable_database_url_fails_clearly(data_dir):
    # One direct attempt names the reason at once, instead of the pool's retries for about a minute.
    result = ro("migrate", "--database-url", "postgres://nobody@127.0.0.1:1/none?sslmode=disable", timeout=20)
    assert result.returncode != 0
    assert "The database could not be opened: PostgreSQL at 127.0.0.1:1" in result.stderr
    assert "Connection refused" in result.stderr


def test_users_are_managed_from_the_command_line(data_dir):
    created = ro("users", "create", "--username", "claire", "--name", "Claire Test (fictional)", "--role", "coordinator",
                 "--password-stdin", data_dir=data_dir, stdin="a long enough passphrase\n")
    assert created.returncode == 0, created.stderr
    assert "a long enough passphrase" not in created.stdout

    weak = ro("users", "create", "--username", "martin", "--name", "Martin", "--role", "mediator", "--password-stdin",
              data_dir=data_dir, stdin="short\n")
    assert weak.returncode != 0
    assert "at least 12 characters" in weak.stderr

    taken = ro("users", "create", "--username", "claire", "--name", "Other", "--role", "mediator", "--last-day", "2099-03-31", data_dir=data_dir)
    assert taken.returncode != 0 and "already in use" in taken.stderr

    # N2: a mediator's account has the last day of their contract, given as a date.
    no_end = ro("users", "create", "--username", "martin", "--name", "Martin Test (fictional)", "--role", "mediator", data_dir=data_dir)
    assert no_end.returncode != 0 and "needs the last day of their contract" in no_end.stderr
    bad_day = ro("users", "create", "--username", "martin", "--name", "Martin Test (fictional)", "--role", "mediator",
                 "--last-day", "31/03/2099", data_dir=data_dir)
    assert bad_day.returncode != 0 and "is not a date" in bad_day.stderr

    generated = ro("users", "create", "--username", "martin", "--name", "Martin Test (fictional)", "--role", "mediator",
                   "--last-day", "2099-03-31", data_dir=data_dir)
    assert "Temporary password (shown once):" in generated.stdout, generated.stderr

    assert ro("users", "disable", "martin", data_dir=data_dir).returncode == 0
    listing = ro("users", "list", data_dir=data_dir).stdout
    assert re.search(r"claire\s+coordinator\s+active", listing)
    assert re.search(r"martin\s+mediator\s+disabled", listing)

    reset = ro("users", "reset-password", "claire", "--password-stdin", data_dir=data_dir, stdin="another long passphrase\n")
    assert reset.returncode == 0, reset.stderr


def test_the_operator_resets_a_lost_second_factor(data_dir):
    """Issue 15, item 1: a coordinator who lost their phone and recovery codes gets a new set-up at the next sign-in."""
    assert ro("users", "create", "--username", "claire", "--name", "Claire Test (fictional)", "--role", "coordinator", "--password-stdin",
              data_dir=data_dir, stdin="coordinator passphrase\n").returncode == 0
    server = Server(data_dir=data_dir).start()
    try:
        session = sign_in_session(server.url, "claire", "coordinator passphrase")  # sets up the app
        reset = ro("users", "reset-second-factor", "claire", data_dir=data_dir)
        assert reset.returncode == 0, reset.stderr
        assert "the next sign-in sets up a new one" in reset.stdout
        assert session.get(f"{server.url}/home", allow_redirects=False).headers["Location"] == "/sign-in"  # its session ended
        again = requests.Session()
        csrf = re.search(r'name="csrf" value="([^"]+)"', again.get(f"{server.url}/sign-in").text).group(1)
        answer = again.post(f"{server.url}/sign-in", data={"csrf": csrf, "username": "claire", "password": "coordinator passphrase"},
                            allow_redirects=False)
        assert answer.headers["Location"] == "/sign-in/set-up"
        unknown = ro("users", "reset-second-factor", "nobody", data_dir=data_dir)
        assert unknown.returncode != 0
    finally:
        server.kill()


def test_data_survives_a_hard_kill_and_the_audit_chain_catches_an_edit(data_dir):
    assert ro("users", "create", "--username", "adam", "--name", "Adam Test (fictional)", "--role", "admin", "--password-stdin",
              data_dir=data_dir, stdin="admin test passphrase\n").returncode == 0
    token = ro("tokens", "create", "--user", "adam", "--name", "restart test", "--days", "2", "--scope", "read-write", data_dir=data_dir)
    secret = re.search(r"(ro_\S+)", token.stdout).group(1)

    server = Server(data_dir=data_dir).start()
    session = sign_in_session(server.url, "adam", "admin test passphrase")
    assert session.get(f"{server.url}/admin/users").status_code == 200
    server.kill(signal.SIGKILL)  # no clean shutdown

    server = Server(data_dir=data_dir).start()
    try:
        home = session.get(f"{server.url}/home", allow_redirects=False)
        assert home.status_code == 200, "the session survived the kill"
        me = requests.get(f"{server.url}/api/me", headers={"Authorization": f"Bearer {secret}"})
        assert me.json()["username"] == "adam"
        assert requests.get(f"{server.url}/readyz").json() == {"status": "ready"}
    finally:
        server.kill(signal.SIGKILL)

    listed = ro("tokens", "list", data_dir=data_dir)
    assert "read-write" in listed.stdout and "last used 20" in listed.stdout, "issue 15, item 6: scope and last use shown"
    too_long = ro("tokens", "create", "--user", "adam", "--name", "a year", "--days", "365", data_dir=data_dir)
    assert too_long.returncode != 0 and "90" in too_long.stderr

    verified = ro("audit", "verify", data_dir=data_dir)
    assert verified.returncode == 0, verified.stderr
    entries = int(re.search(r"intact: (\d+) entries", verified.stdout).group(1))
    assert entries >= 4  # account created, token created, sign-in, account list

    edit = subprocess.run(["sqlite3", os.path.join(data_dir, "ro.sqlite"), "UPDATE audit_log SET outcome = 'failed' WHERE position = 3"])
    assert edit.returncode == 0
    broken = ro("audit", "verify", data_dir=data_dir)
    assert broken.returncode != 0
    assert "BROKEN at entry 3" in broken.stderr


def test_a_cut_tail_and_rewritten_head_are_caught_with_the_checkpoint_file(data_dir, tmp_path):
    """Issue 15, item 7: the server signs checkpoints of the audit chain into a file an operator copies elsewhere; whoever
    can write the database can cut the chain's tail and rewrite its head so that it holds on its own, but not against
    the copy."""
    assert ro("users", "create", "--username", "aude", "--name", "Aude Test (fictional)", "--role", "auditor", "--password-stdin",
              data_dir=data_dir, stdin="auditor test passphrase\n").returncode == 0
    server = Server(data_dir=data_dir).start()
    try:
        for _ in range(2):  # two wrong passwords: audited too
            page = requests.get(f"{server.url}/sign-in")
            csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
            requests.post(f"{server.url}/sign-in", cookies=page.cookies, data={"csrf": csrf, "username": "aude", "password": "not the passphrase"})
        session = sign_in_session(server.url, "aude", "auditor test passphrase")
        home = session.get(f"{server.url}/home")
        # Anchored at start (the account's creation), so the page checks from there, not from the first entry.
        assert "Checked from the signed checkpoint at entry 1 (" in home.text, home.text
    finally:
        server.kill(signal.SIGTERM)  # a clean stop anchors the last entries too

    checkpoints = os.path.join(data_dir, "audit-checkpoints")
    assert oct(os.stat(checkpoints).st_mode & 0o777) == "0o600"
    copy = str(tmp_path / "checkpoints-copy")
    with open(checkpoints) as source, open(copy, "w") as target:
        target.write(source.read())
    whole = ro("audit", "verify", "--checkpoints", copy, data_dir=data_dir)
    assert whole.returncode == 0, whole.stderr
    entries = int(re.search(r"intact: (\d+) entries", whole.stdout).group(1))
    assert entries == 5  # created, two wrong passwords, the second factor set up (issue 15, item 1), signed in
    assert "It holds every one of the" in whole.stdout

    database = os.path.join(data_dir, "ro.sqlite")
    cut = subprocess.run(["sqlite3", database, f"""
        DELETE FROM audit_log WHERE position > {entries - 2};
        UPDATE audit_head SET position = {entries - 2}, hash = (SELECT hash FROM audit_log WHERE position = {entries - 2});"""])
    assert cut.returncode == 0
    alone = ro("audit", "verify", data_dir=data_dir)
    assert alone.returncode == 0 and f"intact: {entries - 2} entries" in alone.stdout, "the database alone holds together"

    caught = ro("audit", "verify", "--checkpoints", copy, data_dir=data_dir)
    assert caught.returncode != 0
    assert f"BROKEN at entry {entries - 1} (tail-cut)" in caught.stderr, caught.stderr
    # Elsewhere, with the public key only (as `ro keys status` prints it).
    status = ro("keys", "status", data_dir=data_dir)
    public_key = re.search(r"Audit public key \(for ro audit verify --public-key\): (\S+)", status.stdout).group(1)
    elsewhere = {k: v for k, v in SQLITE_ENV.items() if k != "RO_KEY_FILE"}
    with_public_key = subprocess.run([RO_BIN, "audit", "verify", "--data-dir", data_dir, "--checkpoints", copy, "--public-key", public_key],
                                     capture_output=True, text=True, env=elsewhere)
    assert with_public_key.returncode != 0 and "(tail-cut)" in with_public_key.stderr, with_public_key.stderr

    # A copy altered to hide the cut no longer holds its signatures.
    lines = open(copy).read().splitlines()
    last = lines[-1].split(" ")
    last[1] = str(entries - 2)
    with open(copy, "w") as target:
        target.write("\n".join(lines[:-1] + [" ".join(last)]) + "\n")
    forged = ro("audit", "verify", "--checkpoints", copy, data_dir=data_dir)
    assert forged.returncode != 0 and f"Line {len(lines)} of the checkpoint file is not signed" in forged.stderr, forged.stderr


def test_demo_refuses_a_database_that_holds_real_accounts():
    name = "ro_demo_refusal_" + str(os.getpid())
    subprocess.run(["createdb", name], check=True)
    try:
        url = re.sub(r"/postgres\?", f"/{name}?", os.environ["DATABASE_URL"])
        created = ro("users", "create", "--username", "claire", "--name", "Claire Test (fictional)", "--role", "coordinator",
                     "--database-url", url)
        assert created.returncode == 0, created.stderr
        refused = ro("serve", "--demo", "--port", "0", "--database-url", url)
        assert refused.returncode != 0
        assert "--demo refuses this database" in refused.stderr
        listing = ro("users", "list", "--database-url", url).stdout
        assert "demo-" not in listing
    finally:
        subprocess.run(["dropdb", "--force", name], check=True)


def test_sites_and_their_liaisons_are_managed_from_the_command_line(data_dir):
    """R30, R31, R57: sites are configuration an operator adds; a bad time zone or region changes nothing."""
    created = ro("users", "create", "--username", "sam", "--name", "Sam Test (fictional)", "--role", "siteLiaison", "--password-stdin",
                 data_dir=data_dir, stdin="a long test passphrase\n")
    assert created.returncode == 0, created.stderr
    saved = ro("sites", "save", "--code", "FVI", "--name-en", "Fictional Valley", "--name-fr", "Vallée-Fictive", "--region", "pacific",
               "--time-zone", "America/Vancouver", data_dir=data_dir)
    assert saved.returncode == 0, saved.stderr
    bad = ro("sites", "save", "--code", "X", "--name-en", "X", "--name-fr", "X", "--region", "pacific", "--time-zone", "Mars/Olympus", data_dir=data_dir)
    assert bad.returncode != 0 and "time zone" in bad.stderr
    linked = ro("sites", "link", "--site", "FVI", "--user", "sam", data_dir=data_dir)
    assert linked.returncode == 0 and "sam now serves FVI" in linked.stdout, linked.stderr
    listing = ro("sites", "list", data_dir=data_dir).stdout
    assert "FVI" in listing and "America/Vancouver" in listing and "X " not in listing


def test_every_database_command_reaches_the_demo_database(demo):
    """Issue 15, item 7: `ro audit verify` and `ro tokens create` accept --demo and reach the demo's database."""
    verified = ro("audit", "verify", "--demo", data_dir=demo.data_dir)
    assert verified.returncode == 0 and "Audit log intact" in verified.stdout, verified.stdout + verified.stderr
    token = ro("tokens", "create", "--demo", "--user", "demo-coordinator", "--name", "demo import (fictional)", data_dir=demo.data_dir)
    assert token.returncode == 0, token.stderr
    assert re.search(r"[A-Za-z0-9_-]{20,}", token.stdout), "the token is printed once"
