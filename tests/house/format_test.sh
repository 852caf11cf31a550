#!/usr/bin/env bash
# src/ is formatted as .clang-format says (the code as it is written: 4 spaces, 120 columns), and
# the check fails on a file that is not.
set -euo pipefail
src=$1
cd "$src/.."
command -v clang-format >/dev/null || { echo "FAIL: clang-format is not installed (scripts/setup.sh --test)"; exit 1; }
clang-format --dry-run --Werror src/*/*.cpp src/*/*.hpp || { echo "FAIL: run clang-format -i src/*/*.cpp src/*/*.hpp"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp .clang-format "$work/"
printf 'int  f( int x ){return x;}\n' >"$work/bad.cpp"
if (cd "$work" && clang-format --dry-run --Werror bad.cpp 2>/dev/null); then echo "FAIL: a badly formatted file passed"; exit 1; fi
echo "format: src/ as .clang-format says; a badly formatted file is reported"
