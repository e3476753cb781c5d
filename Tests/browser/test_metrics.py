"""Issue 16, item 8: `ro serve --metrics-port` serves Prometheus metrics on a listener of its own; requests are counted
per route pattern, never per address, so no case id reaches the metrics."""
import re
import socket

import requests

from conftest import Server, ro


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_metrics_are_served_apart_and_name_no_case(data_dir):
    assert ro("users", "create", "--username", "claire", "--name", "Claire Test (fictional)", "--role", "coordinator",
              "--password-stdin", data_dir=data_dir, stdin="coordinator metrics passphrase\n").returncode == 0
    token = ro("tokens", "create", "--user", "claire", "--name", "metrics test", "--days", "1", "--scope", "read-write", data_dir=data_dir)
    secret = re.search(r"(ro_\S+)", token.stdout).group(1)
    headers = {"Authorization": f"Bearer {secret}"}
    port = free_port()
    server = Server("--metrics-port", str(port), data_dir=data_dir).start()
    try:
        case = requests.post(f"{server.url}/api/cases", headers=headers, json={
            "requesterType": "registeredVictim", "channel": "phone", "region": "quebec", "language": "fr"}).json()["id"]
        for _ in range(3):
            assert requests.get(f"{server.url}/api/cases/{case}", headers=headers).status_code == 200

        assert requests.get(f"{server.url}/metrics").status_code == 404, "the public listener has no metrics"
        metrics = requests.get(f"http://127.0.0.1:{port}/metrics")
        assert metrics.status_code == 200 and metrics.headers["Content-Type"].startswith("text/plain")
        text = metrics.text
        def value(name, *labels):
            """The sample of `name` whose labels include each of `labels`, or None."""
            for line in text.splitlines():
                if line.startswith(name + "{") and all(label in line for label in labels):
                    return float(line.rsplit(" ", 1)[1])
            return None

        route = 'http_route="/api/cases/{id}"'
        assert value("hb_requests", route, 'http_request_method="GET"') == 3, text
        assert value("http_server_request_duration_count", route) == 3, text
        assert re.search(r"^ro_store_transaction_duration_count \d+", text, re.M)
        assert re.search(r"^ro_audit_append_duration_count [1-9]\d*", text, re.M), "every read appends an audit entry"
        assert case not in text
    finally:
        server.kill()
