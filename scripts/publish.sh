#!/usr/bin/env bash
# Installs what planpub needs (Debian packages), builds it, and publishes content/ into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
./build/planpub build --content content --out public "$@"
echo "Published to public/. Open public/index.html in a browser (it works from file://),"
echo "or serve the folder: python3 -m http.server -d public 8000 --bind 127.0.0.1"
