#!/usr/bin/env bash
# Installs what the test suites need when it is missing: Chromium and its driver, PostgreSQL, the
# sqlite3 shell, a QR decoder (zbarimg), and a Python virtual environment with Selenium, axe and pytest. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)  # reads the enrolment page's QR code back
{ command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; } || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

VENV=.venv-browser
if [ ! -x "$VENV/bin/pytest" ] || ! "$VENV/bin/python" -c 'import selenium, selenium_axe_python, requests, schemathesis, xdist' 2>/dev/null; then
    echo "Creating $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r Tests/browser/requirements.txt
fi
echo "setup took $SECONDS s"
