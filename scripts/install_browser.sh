#!/usr/bin/env bash
# Install the browser that the dashboard test drives: Debian's chromium at /usr/bin/chromium.
#
# Idempotent: does nothing when /usr/bin/chromium is there. Otherwise installs Debian's
# package with apt-get, as root (directly, or through sudo when that needs no password).
# It never downloads a browser build of its own (Playwright's `playwright install` is not
# used): the test points Playwright at this chromium.
# Without root and without the browser it says so and exits 0: the browser tests are then
# skipped with that reason, and every other test still runs.
set -euo pipefail

BROWSER=/usr/bin/chromium

if [ -x "$BROWSER" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "install_browser.sh: $BROWSER is missing and this user cannot install it (not root, no sudo);" >&2
    echo "  the browser tests will be skipped. As root: apt-get install -y chromium" >&2
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_browser.sh: no apt-get here; install chromium so that $BROWSER exists" >&2
    exit 0
fi

echo "install_browser.sh: installing Debian's chromium (for the dashboard test)" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
test -x "$BROWSER"
