#!/usr/bin/env bash
# Installs everything planpub needs on Debian 12, from Debian's packages only. Idempotent, and
# fast when all is there (dpkg-query only; apt-get runs only when something is missing).
# Usage: scripts/setup.sh [--test]   (--test adds what the test suite needs, browser checks too)
set -euo pipefail
cd "$(dirname "$0")/.."
want=(build-essential cmake pkg-config
      libcmark-gfm-dev libcmark-gfm-extensions-dev libpugixml-dev libboost-filesystem-dev
      nlohmann-json3-dev catch2 libyaml-cpp-dev libkainjow-mustache-dev libcli11-dev
      libcpp-httplib-dev libutf8proc-dev libcsv-dev libjemalloc-dev libxlsxwriter-dev libzip-dev libxxhash-dev)
test_mode=0
if [ "${1:-}" = "--test" ]; then
  test_mode=1
  # Browser checks: Debian's chromium (never a browser download), CJK fonts so screenshots and
  # layout checks measure real Japanese glyphs, Java for the Nu HTML Checker (vnu.jar).
  want+=(python3 python3-jsonschema python3-openpyxl python3-rdflib python3-yaml raptor2-utils
         chromium fonts-noto-cjk default-jre-headless)
  want+=(clang-14 libclang-rt-14-dev)  # libFuzzer for fuzz/run.sh
  # The Excel evaluation sheet read back by real readers (tests/opendata/evaluation_sheet_test.py):
  # openpyxl, LibreOffice converting it to CSV and PDF, poppler for the PDF's pages and text.
  want+=(python3-openpyxl libreoffice-calc-nogui poppler-utils)
  # planpub import word reads .docx through pandoc (the build never needs it); the tests write their
  # Word fixtures with python3-docx.
  want+=(pandoc python3-docx)
  want+=(clang-format)  # the house style of src/ (.clang-format), checked by ctest `format`
  # Node and npm by command, not package name: a machine may carry another build of Node.js that
  # bundles npm and conflicts with Debian's npm package.
  command -v node >/dev/null || want+=(nodejs)
  command -v npm >/dev/null || want+=(npm)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# npm packages for the browser checks, exactly as package-lock.json pins them; only when
# node_modules is missing or older than the lockfile. Playwright never downloads a browser here.
if [ $test_mode = 1 ] && { [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "setup: npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
