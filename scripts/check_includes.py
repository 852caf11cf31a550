#!/usr/bin/env python3
"""The house rules for src/, checked (ctest `include_rules`; docs/architecture.md explains them).

Each folder under src/ is one stage or helper, and may include only the folders listed for it
below (and itself), so the pipeline stays one-way: load → parse → link → render / opendata → emit,
with app wiring them and serve/cli on top. Open data never includes HTML code (render/), and the
HTML renderer never reads input (parse/, load/ but for the theme's templates).
Also: no source file longer than MAX_LINES lines, no line longer than MAX_WIDTH characters.

Usage: check_includes.py [SRC_DIR]   prints each violation as FILE:LINE: message; exit 1 if any.
"""
import os
import re
import sys

ALLOWED = {
    "model": set(),
    "util": set(),
    "text": {"model"},
    "diag": {"text"},
    "vocab": {"model", "text"},
    "load": {"model", "diag", "text", "util"},
    "parse": {"model", "diag", "text", "load"},
    "link": {"model", "diag", "text", "parse", "vocab"},
    "render": {"model", "diag", "text", "vocab", "link", "load", "opendata"},
    "opendata": {"model", "text", "vocab", "link", "util"},
    # the site search index: plain text in, index files out (no HTML rendering); util is the floor
    # without dependencies (StringTable)
    "search": {"text", "util"},
    "emit": {"model", "diag", "util"},
    "app": {"model", "diag", "text", "util", "vocab", "load", "parse", "link", "render", "opendata", "emit", "search"},
    "serve": {"model", "diag", "text", "util", "vocab", "load", "app", "emit"},
    "import": {"model", "diag", "text", "load", "parse"},
    "cli": {"model", "diag", "text", "util", "app", "serve", "import"},
}
MAX_LINES = 350
MAX_WIDTH = 120
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"')


def check(src):
    problems = []
    for folder in sorted(os.listdir(src)):
        path = os.path.join(src, folder)
        if not os.path.isdir(path):
            continue
        if folder not in ALLOWED:
            problems.append(f"{path}: folder not in the house rules (scripts/check_includes.py ALLOWED)")
            continue
        for name in sorted(os.listdir(path)):
            file = os.path.join(path, name)
            with open(file, encoding="utf-8") as f:
                lines = f.read().split("\n")
            if len(lines) > MAX_LINES:
                problems.append(f"{file}:1: {len(lines)} lines; split it (at most {MAX_LINES})")
            for n, line in enumerate(lines, 1):
                if len(line) > MAX_WIDTH:
                    problems.append(f"{file}:{n}: {len(line)} characters; at most {MAX_WIDTH} (clang-format wraps code)")
                m = INCLUDE.match(line)
                if m and m.group(1) != folder and m.group(1) not in ALLOWED[folder]:
                    problems.append(f"{file}:{n}: {folder}/ may not include {m.group(1)}/ "
                                    f"(allowed: {', '.join(sorted(ALLOWED[folder])) or 'nothing'})")
    return problems


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
    problems = check(src)
    for p in problems:
        print(p)
    print(f"check_includes: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
