#!/usr/bin/env bash
# The benchmark against Hugo, from a clean clone: installs Debian's hugo, builds planpub (Release),
# generates the corpus and prints planpub vs Hugo side by side (bench/run_bench.py).
# Usage: scripts/bench.sh [run_bench.py options, e.g. --pages 2000 --rounds 5 --no-scale]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if ! command -v hugo >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends hugo python3 >/dev/null
fi
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-release -j"$(nproc)" --target planpub >/dev/null
exec /usr/bin/python3 bench/run_bench.py --planpub build-release/planpub "$@"
