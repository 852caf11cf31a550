#!/usr/bin/env bash
# Installs what the tests need, builds planpub and runs every test. Ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
cd build
ctest --output-on-failure -j"$(nproc)"
