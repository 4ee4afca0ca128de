#!/usr/bin/env bash
# Makes sure a Chromium is there for the tests and exports, without downloading a browser build:
# CHROMIUM_PATH or a system Chromium/Chrome is used as is; otherwise Debian's/Ubuntu's package is
# installed with apt (poppler-utils too, for looking at PDFs as images).
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2; exit 1; }
  exit 0
fi
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null 2>&1; then
    exit 0
  fi
done
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found and no apt-get to install one: install Chromium or Chrome, or set CHROMIUM_PATH." >&2
  exit 1
fi
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "Installing Chromium with apt (a one-time step)..."
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
command -v chromium >/dev/null 2>&1
