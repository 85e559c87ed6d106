#!/usr/bin/env bash
# Runs the browser tests: real Chromium (from Debian's packages, installed when
# missing and we are root), Selenium and axe-core in a Python virtual environment,
# against the built tandem binary.
set -euo pipefail

# LibreOffice (Writer, without its desktop) opens the Word reports the way a reader would.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! command -v soffice >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium, chromium-driver and libreoffice-writer-nogui for the browser tests ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver libreoffice-writer-nogui >/dev/null
  else
    echo "The browser tests need Chromium, its driver and LibreOffice Writer. Install them (Debian: apt-get install chromium chromium-driver libreoffice-writer-nogui) and run again." >&2
    exit 1
  fi
fi

venv=.venv
if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r Tests/browser/requirements.txt

export TANDEM_BINARY="${TANDEM_BINARY:-.build/debug/tandem}"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider Tests/browser "$@"
