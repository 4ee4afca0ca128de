#!/usr/bin/env bash
# Makes sure the programs the kit runs are installed, without downloading a browser build:
#   - Chromium (required): CHROMIUM_PATH or a system Chromium/Chrome is used as is; otherwise
#     Debian's/Ubuntu's package is installed with apt.
#   - MuPDF's mutool (recommended): draws the PNG images from the slides PDF, which makes the
#     export about twice as fast; without it the export takes Chromium screenshots instead.
#   - poppler-utils (optional): pdftoppm and pdfinfo, for looking at the exported PDFs.
set -euo pipefail

missing=()
has_chromium=false
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2; exit 1; }
  has_chromium=true
fi
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null 2>&1; then
    has_chromium=true
  fi
done
$has_chromium || missing+=(chromium)
[ -n "${MUTOOL_PATH:-}" ] || command -v mutool >/dev/null 2>&1 || missing+=(mupdf-tools)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  if $has_chromium; then
    echo "Not installed: ${missing[*]} (optional here; on macOS: brew install mupdf-tools poppler)." >&2
    exit 0
  fi
  echo "No Chromium found and no apt-get to install one: install Chromium or Chrome, or set CHROMIUM_PATH." >&2
  exit 1
fi
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "Installing ${missing[*]} with apt (a one-time step)..."
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
command -v chromium >/dev/null 2>&1 || $has_chromium
