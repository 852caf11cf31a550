#!/usr/bin/env bash
# Installs everything planpub needs on Debian 12, from Debian's packages only. Idempotent.
# Usage: scripts/setup.sh [--test]   (--test adds what the test suite needs)
set -euo pipefail
want=(build-essential cmake pkg-config
      libcmark-gfm-dev libcmark-gfm-extensions-dev libpugixml-dev libboost-filesystem-dev
      nlohmann-json3-dev catch2 libyaml-cpp-dev libkainjow-mustache-dev libcli11-dev
      libcpp-httplib-dev libutf8proc-dev libcsv-dev)
if [ "${1:-}" = "--test" ]; then
  want+=(python3 python3-jsonschema python3-rdflib python3-yaml raptor2-utils)
  want+=(clang-14 libclang-rt-14-dev)  # libFuzzer for fuzz/run.sh
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
