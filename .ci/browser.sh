#!/usr/bin/env bash
# Install what the review-page browser test needs, idempotently: Debian's chromium and
# the playwright Python package (no `playwright install`: we drive the system chromium).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK=1

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

if [ ! -x /usr/bin/chromium ]; then
  $SUDO apt-get update -q >&2
  $SUDO apt-get install -y -q chromium >&2
fi
if ! python3 -c "import playwright.sync_api" >/dev/null 2>&1; then
  python3 -m pip install -q "playwright>=1.45" >&2
fi
/usr/bin/chromium --version >&2 || true
