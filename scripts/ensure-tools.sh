#!/usr/bin/env bash
# Makes sure the programs the kit runs are installed, without downloading a browser build:
#   - Chromium (required): CHROMIUM_PATH or a system Chromium/Chrome is used as is; otherwise
#     Debian's/Ubuntu's package is installed with apt.
#   - MuPDF's mutool (recommended): draws the PNG images from the slides PDF, which makes the
#     export about twice as fast; without it the export takes Chromium screenshots instead.
#   - poppler-utils (optional): pdftoppm and pdfinfo, for looking at the exported PDFs.
# With --for-tests (what CI and the README's test command use), also:
#   - LibreOffice Impress (headless): the tests open the exported PowerPoint file with it.
set -euo pipefail

for_tests=false
for arg in "$@"; do
  case "$arg" in
    --for-tests) for_tests=true ;;
    *) echo "ensure-tools.sh: unknown option $arg (it takes --for-tests)" >&2; exit 2 ;;
  esac
done

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
optional=()
[ -n "${MUTOOL_PATH:-}" ] || command -v mutool >/dev/null 2>&1 || optional+=(mupdf-tools)
command -v pdftoppm >/dev/null 2>&1 || optional+=(poppler-utils)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
updated=false
install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  echo "Installing $* with apt (a one-time step)..."
  $updated || as_root apt-get update -qq || return 1
  updated=true
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! $has_chromium; then
  # Required: without a browser nothing renders.
  install chromium || true
  if ! command -v chromium >/dev/null 2>&1; then
    echo "No Chromium found and it could not be installed with apt: install Chromium or Chrome, or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
if $for_tests && ! command -v soffice >/dev/null 2>&1; then
  # Required for the tests: they open the PowerPoint export as a hall's computer would.
  install libreoffice-impress-nogui || true
  if ! command -v soffice >/dev/null 2>&1; then
    echo "LibreOffice (soffice) could not be installed with apt; the tests need it to open the PowerPoint export: install LibreOffice Impress." >&2
    exit 1
  fi
fi
if [ ${#optional[@]} -gt 0 ] && ! install "${optional[@]}"; then
  # Optional: the export takes Chromium screenshots without mutool; pdftoppm is for people.
  echo "Not installed: ${optional[*]} (optional: the export works without them, more slowly; on macOS: brew install mupdf-tools poppler)." >&2
fi
