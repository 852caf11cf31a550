#!/usr/bin/env bash
# Installs what planpub needs (Debian packages), builds it, and publishes a content folder.
#   scripts/publish.sh                          the bundled content/ into public/
#   scripts/publish.sh ~/mycity/content ~/mycity/public [--base-url URL …]
#                                               your own content folder (see docs/content-format.md)
# Options after the folders go to `planpub build` as they are (--base-url, --strict, --jobs N).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
content=content out=public
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then content=$1; shift; fi
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then out=$1; shift; fi
# The folders are the caller's, relative to where the command was typed; the bundled ones to the repo.
if [ "$content" = content ] && [ "$out" = public ] && [ ! -d content ]; then content=$here/content out=$here/public; fi
[ -d "$content" ] || { echo "publish: no content folder '$content' (give the folder that holds site.yaml)" >&2; exit 2; }
(cd "$here" && scripts/setup.sh && cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null &&
 cmake --build build -j"$(nproc)" >/dev/null)
"$here/build/planpub" build --content "$content" --out "$out" "$@"
echo "Published to $out/. Open $out/index.html in a browser (it works from file://),"
echo "or serve the folder: python3 -m http.server -d $out 8000 --bind 127.0.0.1"
