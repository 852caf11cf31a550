#!/usr/bin/env python3
"""Every diagnostic code planpub can emit must be expected by at least one test.

Usage: diag_coverage.py [REPO_ROOT] [--verbose]

Codes planpub can emit (src/, comments removed):
  - a string literal that is a whole code, "area.name" (kebab-case, one dot): the code argument of
    diags.error(...)/warning(...), and codes kept in tables or helpers (FigureProblem{"kpi.x", ...});
    literals of that shape that are file names (index.html, kpi.csv) are left out;
  - "error[area.name]" / "warning[area.name]" inside a literal: codes printed directly (CLI, serve).
  Cross-check, printed so that a reviewer can see the list is complete: every error/warning call site
  in src/ is listed as either passing a code literal or passing a code held in a variable (those
  codes come from the literal sweep above).

A code counts as tested only where a test expects planpub to print it, i.e. "error[code]" or
"warning[code]" (the severity that output carries):
  - tests/bad-input/cases/*.sh: an `# expect-stderr:` header line;
  - tests/e2e, tests/unit (*.cpp): inside a CHECK/REQUIRE assertion that is not negated
    (CHECK_FALSE/REQUIRE_FALSE, `== npos`, `== nullptr`, `!x.find(...)` do not count);
  - tests/serve, tests/opendata (*.py, *.sh): a line that asserts (assert, expect, check, in ...);
    a bare mention does not count.
Codes no input can reach are listed in UNREACHABLE below with the reason (printed on every run).
Exit status: 0 when every code has a test or is listed unreachable, 1 otherwise (the codes without
a test are listed).
"""
import glob
import os
import re
import sys

CODE = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
LITERAL_CODE = re.compile(r'"(' + CODE + r')"')
PRINTED_CODE = re.compile(r"(?:error|warning)\[(" + CODE + r")\]")
# Literals of the code's shape that are file names, not codes.
FILE_SUFFIXES = {"html", "css", "js", "mjs", "json", "jsonld", "csv", "ttl", "xml", "txt", "yaml", "yml", "md",
                 "svg", "png", "jpg", "jpeg", "gif", "webp", "ico", "pdf", "gz", "hpp", "cpp", "rdf", "xsd",
                 "webmanifest", "tmp", "lock", "prev", "woff", "woff2"}
# Codes no input can reach, each with the reason; the list is printed on every run. A code here must
# still be in src/ (else the entry is stale and the run fails), and the reason must say what test
# keeps it unreachable.
UNREACHABLE = {
    "theme.template-missing": "the built-in theme is loaded first and a theme folder can only override its "
                              "templates (tests/e2e/diag_codes_test.cpp: the built-in theme has every template)",
}
CALL = re.compile(r"\b(?:error|warning)\s*\(")


def strip_comments(text):
    """C++ text with comments blanked (newlines kept, so line numbers stay right); strings kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif c == '"' or c == "'":
            if c == '"' and i > 0 and text[i - 1] == "R":  # raw string R"d(...)d"
                k = text.find("(", i)
                delim = ")" + text[i + 1:k] + '"'
                j = text.find(delim, k)
                j = n if j < 0 else j + len(delim)
            else:
                j = i + 1
                while j < n and text[j] != c:
                    j += 2 if text[j] == "\\" else 1
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def balanced(text, start):
    """text[start] is '('; the text up to its matching ')', strings skipped."""
    depth, i, n = 0, start, len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
        i += 1
    return text[start:]


def split_args(args):
    """'(a, f(b, c), "d,e")' -> ['a', 'f(b, c)', '"d,e"'] (top level only)."""
    parts, depth, cur, i, body = [], 0, [], 0, args[1:-1]
    while i < len(body):
        c = body[i]
        if c in "\"'":
            j = i + 1
            while j < len(body) and body[j] != c:
                j += 2 if body[j] == "\\" else 1
            cur.append(body[i:j + 1])
            i = j + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if c == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur).strip())
    return parts


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def source_codes(root):
    """{code: [where, ...]}, [call sites passing a code literal], [call sites passing a variable]."""
    codes, literal_calls, variable_calls = {}, [], []
    files = sorted(glob.glob(os.path.join(root, "src", "**", "*.[ch]pp"), recursive=True))
    for path in files:
        rel = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as f:
            text = strip_comments(f.read())
        for m in LITERAL_CODE.finditer(text):
            code = m.group(1)
            if code.rsplit(".", 1)[1] in FILE_SUFFIXES:
                continue
            codes.setdefault(code, []).append("%s:%d" % (rel, line_of(text, m.start())))
        for m in PRINTED_CODE.finditer(text):
            codes.setdefault(m.group(1), []).append("%s:%d (printed)" % (rel, line_of(text, m.start())))
        for m in CALL.finditer(text):
            before = text[max(0, m.start() - 2):m.start()]
            if not (before.endswith(".") or before.endswith("->")):
                continue  # a declaration or another function named error
            args = split_args(balanced(text, m.end() - 1))
            if len(args) < 3:
                continue  # not Diagnostics::error(where, code, message, ...)
            where = "%s:%d" % (rel, line_of(text, m.start()))
            lit = LITERAL_CODE.fullmatch(args[1])
            (literal_calls if lit else variable_calls).append((where, lit.group(1) if lit else args[1]))
    return codes, literal_calls, variable_calls


NEGATED = re.compile(r"==\s*(?:std::string::)?npos|==\s*nullptr|!\s*[\w.>-]*find\s*\(")
ASSERT_MACRO = re.compile(r"\b(CHECK|REQUIRE)(_FALSE|_NOTHROW|_THAT)?\s*\(")


def cpp_expectations(path):
    """Codes a Catch2 file expects in planpub's output, each with its line."""
    with open(path, encoding="utf-8") as f:
        text = strip_comments(f.read())
    found = []
    for m in ASSERT_MACRO.finditer(text):
        if m.group(2) == "_FALSE":
            continue
        expr = balanced(text, m.end() - 1)
        if NEGATED.search(expr):
            continue
        for c in PRINTED_CODE.finditer(expr):
            found.append((c.group(1), line_of(text, m.start())))
    return found


def script_expectations(path):
    """Codes a Python or shell test asserts: on a line that asserts or fails, not a bare mention."""
    found = []
    asserting = re.compile(r"\bassert\b|\bexpect|\bcheck|\brequire|\bfail|\bgrep\b|\bin\b")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            body = line.split("#", 1)[0] if path.endswith(".py") else line
            if "not in" in body or "grep -v" in body or "! grep" in body:
                continue
            if asserting.search(body):
                found += [(c, n) for c in PRINTED_CODE.findall(body)]
    return found


def bad_input_expectations(path):
    found = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.startswith("#"):
                break
            if line.startswith("# expect-stderr: "):
                found += [(c, n) for c in PRINTED_CODE.findall(line)]
    return found


def tested_codes(root):
    tested = {}

    def add(path, pairs):
        for code, line in pairs:
            tested.setdefault(code, []).append("%s:%d" % (os.path.relpath(path, root), line))

    t = os.path.join(root, "tests")
    for path in sorted(glob.glob(os.path.join(t, "bad-input", "cases", "*.sh"))):
        add(path, bad_input_expectations(path))
    for sub in ("e2e", "unit"):
        for path in sorted(glob.glob(os.path.join(t, sub, "*.[ch]pp"))):
            add(path, cpp_expectations(path))
    for sub in ("serve", "opendata"):
        for path in sorted(glob.glob(os.path.join(t, sub, "**", "*.py"), recursive=True) +
                           glob.glob(os.path.join(t, sub, "**", "*.sh"), recursive=True)):
            add(path, script_expectations(path))
    return tested


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "--verbose" in sys.argv or "-v" in sys.argv
    root = os.path.abspath(args[0] if args else os.path.join(os.path.dirname(__file__), ".."))
    codes, literal_calls, variable_calls = source_codes(root)
    tested = tested_codes(root)
    at_calls = {c for _, c in literal_calls}
    elsewhere = sorted(c for c in codes if c not in at_calls)

    print("call sites: %d pass a code literal, %d pass a code held in a variable:" % (len(literal_calls), len(variable_calls)))
    for where, expr in variable_calls:
        print("  %s: %s" % (where, expr))
    print("codes not at an error/warning call site (tables, helpers, printed directly): %d" % len(elsewhere))
    for c in elsewhere:
        print("  %-32s %s" % (c, ", ".join(codes[c])))
    if verbose:
        print("all codes in src, with the tests that expect them:")
        for c in sorted(codes):
            print("  %-32s %s" % (c, ", ".join(tested.get(c, ["-"])[:3])))
    stale = sorted(c for c in tested if c not in codes)
    if stale:
        print("expected by tests but not in src (a test of a code planpub no longer has?): " + ", ".join(stale))
    for c in sorted(UNREACHABLE):
        print("unreachable by any input: %-22s %s" % (c, UNREACHABLE[c]))
    stale_unreachable = sorted(c for c in UNREACHABLE if c not in codes or c in tested)
    for c in stale_unreachable:
        print("stale UNREACHABLE entry (no longer in src, or now tested: remove it): " + c)
    missing = sorted(c for c in codes if c not in tested and c not in UNREACHABLE)
    for c in missing:
        print("without a test: %-32s (%s)" % (c, ", ".join(codes[c])))
    n_tested = sum(1 for c in codes if c in tested)
    print("diagnostic codes: %d in src, %d tested, %d unreachable (listed above), %d without a test" %
          (len(codes), n_tested, len(UNREACHABLE) - len(stale_unreachable), len(missing)))
    return 1 if missing or stale_unreachable else 0


if __name__ == "__main__":
    sys.exit(main())
