"""schemathesis against a running server: every documented operation, random inputs, no server error and
no response outside the OpenAPI document."""
import os
import re
import subprocess
import sys

import pytest

from conftest import Server, ro

SCHEMATHESIS = os.path.join(os.path.dirname(sys.executable), "schemathesis")
CONFIG = os.path.join(os.path.dirname(__file__), "schemathesis.toml")


def token_for(data_dir, username, role):
    created = ro("users", "create", "--username", username, "--name", f"API test {role} (fictional)", "--role", role,
                 "--password-stdin", data_dir=data_dir, stdin="api test passphrase\n")
    assert created.returncode == 0, created.stderr
    issued = ro("tokens", "create", "--user", username, "--name", "schemathesis", "--days", "1", "--scope", "read-write", data_dir=data_dir)
    return re.search(r"(ro_\S+)", issued.stdout).group(1)


@pytest.mark.parametrize("role", ["admin", "coordinator", "referrer", "siteLiaison", "auditor"])
def test_the_api_conforms_to_its_openapi_document(data_dir, role):
    """One role a test, each with its own database and server, so that the workers share them."""
    token = token_for(data_dir, f"api-{role}", role)
    server = Server(data_dir=data_dir).start()
    try:
        result = subprocess.run(
            [SCHEMATHESIS, "--config-file", CONFIG, "run", f"{server.url}/api/openapi.yaml", "--url", f"{server.url}/api",
             "--header", f"Authorization: Bearer {token}", "--max-examples", "10", "--seed", "1", "--generation-database", "none", "--no-color"],
            capture_output=True, text=True, timeout=600,
        )
        with open(os.path.join("test-output", f"schemathesis-{role}.log"), "w") as log:
            log.write(result.stdout + result.stderr)
        assert result.returncode == 0, f"schemathesis as {role}:\n{result.stdout[-4000:]}"
    finally:
        server.kill()
