#!/usr/bin/env python3
"""Runs bad-input cases against planpub.

Usage: run.py PLANPUB CASE.sh [CASE.sh ...]

Each case is a bash script that changes a copy of base/ (the content folder), run in a fresh
folder that holds content/ and public/ (a successful build of base/). Its header says what
planpub must do, one `# key: value` per line:

  expect-exit: 1            exit status (default 1)
  expect-stderr: TEXT       TEXT appears in stderr (repeatable); see "Diagnostics" below
  reject-stderr: TEXT       TEXT does not appear in stderr (repeatable)
  reject-output: TEXT       no page (.html, .xml) under public/ contains TEXT, ignoring case
                            (repeatable; checked whatever the exit status: after a failed build
                            public/ is the previous site, which must not carry it either)
  output-count: PAGE N TEXT the page PAGE (a path under public/) holds TEXT exactly N times
                            (repeatable; TEXT is the rest of the line, case-sensitive)
  args: ...                 planpub's arguments (default: build --content content --out public);
                            `import word FILE --plan ID` cases run the import the same way: a
                            failed import must leave everything as it was
  env: NAME=VALUE           an environment variable for planpub (repeatable), e.g.
                            PLANPUB_PANDOC=/nonexistent to run import word without pandoc
  timeout: SECONDS          longer than this is a hang (default 60)
  max-rss-mb: N             planpub's peak memory
  unreadable: PATH          chmod 000 PATH and run planpub as a user who may not read it: as
                            `nobody` (65534) when run.py runs as root, as itself otherwise
  may-write: PATH           planpub may create or change files under PATH (relative to the case's
                            folder) when it exits 0 (`planpub import` writes into the content
                            folder); on a non-zero exit nothing there may change (repeatable)

The header is the leading comment block: every line from line 1 that starts with '#'. The first
line that does not (a blank line or a command) ends it. In the header, a line `# word: ...` (word:
a letter, then letters, digits, '-' or '_') is a key and must be one of the keys above; any other
such word (a misspelt key, or prose such as "# link: all ...") fails the case, naming it. Other
header lines are prose. A known key below the header (where it would be ignored) fails the case
too; other comments there belong to the script. Keys other than the repeatable ones appear once.

Diagnostics: an expect-stderr that names a diagnostic says which one and where, as planpub prints
it: `LOCATION: error[area.code]` or `LOCATION: warning[area.code]`, optionally followed by the
start of the message, where LOCATION is FILE:LINE:COL, FILE:SHEET!A1 (a cell of a workbook) or,
for a diagnostic about a whole file or folder, FILE alone. Any other expect-stderr is free text (a hint, a message fragment, the
summary) and may not look like part of a diagnostic: no `error[` or `warning[` and no `FILE:LINE:`.
A case that expects a non-zero exit names at least one error this way.

Every case also checks: no crash or sanitizer report; each diagnostic has a hint line; nothing
outside public/ changed (but planpub's previous-build folder, page cache and lock file beside it); on
failure public/ and the page cache are exactly as before.
A case that cannot run as written (a header error, a script that fails, a file that stays readable
after chmod 000) fails; nothing is skipped.
Exit status: 0 all passed, 1 a case failed.
"""
import hashlib
import os
import re
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NOBODY = 65534
CRASH_SIGNS = ["(stderr is not valid UTF-8)", "Sanitizer", "runtime error:", "terminate called", "Segmentation fault", "core dumped", "Assertion"]


SINGLE = {"expect-exit": "1", "args": "build --content content --out public", "timeout": "60",
          "max-rss-mb": None, "unreadable": None}
MULTI = ("expect-stderr", "reject-stderr", "reject-output", "output-count", "env", "may-write")
KEY_LINE = re.compile(r"#\s*([A-Za-z][A-Za-z0-9_-]*):(.*)")
CODE = r"(?:error|warning)\[[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*\]"
# LOCATION: error[area.code] -- FILE:LINE:COL or FILE alone (no ':' in FILE), then the code.
# FILE:SHEET!A1 names a cell of a workbook (planpub import; a sheet name never holds ':').
DIAGNOSTIC = re.compile(r"[^\s:][^:]*(?::[0-9]+:[0-9]+|:[^:]+![A-Z]{1,3}[0-9]+)?: " + CODE + r"(?::|$)")
PART_OF_DIAGNOSTIC = re.compile(r"(?:error|warning)\[|[^\s:]+:[0-9]+:")


def parse_header(path):
    """Returns (spec, errors): the case's expectations, and what is wrong with its header."""
    spec = {k: v for k, v in SINGLE.items() if v is not None}
    spec.update({k: [] for k in MULTI})
    errors, seen, in_header = [], set(), True
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            in_header = in_header and line.startswith("#")
            m = KEY_LINE.match(line)
            if not m:
                continue
            key, value = m.group(1), m.group(2).rstrip()
            value = value[1:] if value.startswith(" ") else value
            known = key in SINGLE or key in MULTI
            if not in_header:
                if known:
                    errors.append("line %d: key %r below the header (which ends at the first line without '#'), "
                                  "where it would be ignored" % (n, key))
                continue
            if not known:
                errors.append("line %d: unknown header key %r (known: %s)" % (n, key, ", ".join(sorted([*SINGLE, *MULTI]))))
            elif not value:
                errors.append("line %d: key %r has no value" % (n, key))
            elif key in MULTI:
                spec[key].append(value)
            elif key in seen:
                errors.append("line %d: key %r given twice" % (n, key))
            else:
                seen.add(key)
                spec[key] = value
    errors += check_values(spec)
    return spec, errors


def check_values(spec):
    errors = []
    for key, convert in (("expect-exit", int), ("timeout", float), ("max-rss-mb", float)):
        try:
            convert(spec.get(key, "0"))
        except ValueError:
            errors.append("%s: %r is not a number" % (key, spec[key]))
    for value in spec["output-count"]:
        parts = value.split(" ", 2)
        if len(parts) < 3 or not parts[1].isdigit() or not parts[2]:
            errors.append("output-count: %r is not PAGE N TEXT" % value)
    for value in spec["env"]:
        if not re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", value):
            errors.append("env: %r is not NAME=VALUE" % value)
    for text in spec["expect-stderr"]:
        if not DIAGNOSTIC.match(text) and PART_OF_DIAGNOSTIC.search(text):
            errors.append("expect-stderr: %r is part of a diagnostic: write LOCATION: error[area.code] "
                          "(LOCATION = FILE:LINE:COL, or FILE for a whole file)" % text)
    if spec["expect-exit"] != "0" and not any(DIAGNOSTIC.match(t) and "error[" in t for t in spec["expect-stderr"]):
        errors.append("expect-exit %s without an expect-stderr naming the error (LOCATION: error[area.code])"
                      % spec["expect-exit"])
    return errors


def snapshot(root, skip=()):
    """Every entry below root: kind, mode and content hash (or link target)."""
    state = {}
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        dirnames[:] = [d for d in dirnames if os.path.normpath(os.path.join(rel_dir, d)) not in skip]
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            rel = os.path.normpath(os.path.join(rel_dir, name))
            st = os.lstat(p)
            if stat.S_ISLNK(st.st_mode):
                state[rel] = ("link", os.readlink(p))
            elif stat.S_ISDIR(st.st_mode):
                state[rel] = ("dir", st.st_mode)
            elif not stat.S_ISREG(st.st_mode):  # a FIFO: opening it would wait for a writer
                state[rel] = ("other", st.st_mode)
            else:
                h = hashlib.sha256()
                if st.st_mode & 0o444:
                    with open(p, "rb") as f:
                        for chunk in iter(lambda: f.read(1 << 20), b""):
                            h.update(chunk)
                state[rel] = ("file", st.st_mode, st.st_size, h.hexdigest())
    return state


def drop_root():
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def run_measured(argv, cwd, timeout, preexec, env=None):
    """Runs argv; returns (exit status or None on timeout, output, peak RSS in MiB)."""
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, preexec_fn=preexec,
                             start_new_session=True, env=env)
        deadline = time.monotonic() + timeout
        status, rss = None, 0
        while True:
            pid, wstatus, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(wstatus)
                rss = usage.ru_maxrss / 1024
                p.returncode = status  # reaped here, so that Popen does not wait again
                break
            if time.monotonic() > deadline:
                os.killpg(p.pid, signal.SIGKILL)
                os.wait4(p.pid, 0)
                p.returncode = -9
                break
            time.sleep(0.02)
        out.seek(0)
        raw = out.read()
        try:
            return status, raw.decode("utf-8"), rss
        except UnicodeDecodeError:
            return status, "(stderr is not valid UTF-8)\n" + raw.decode("utf-8", "replace"), rss


def check_diagnostic_lines(stderr):
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if ": error[" in line or ": warning[" in line:
            if i + 1 >= len(lines) or not lines[i + 1].startswith("  hint: "):
                return "diagnostic without a hint: " + line
    return None


def run_case(planpub, case):
    spec, errors = parse_header(case)
    if errors:
        return "FAIL", "the case's header is wrong:\n" + "\n".join(errors)
    root = tempfile.mkdtemp(prefix="planpub-bad-input-")
    try:
        return run_in(planpub, case, spec, root)
    finally:
        for dirpath, dirnames, filenames in os.walk(root):  # undo chmod 000 so that everything can go
            for name in dirnames + filenames:
                p = os.path.join(dirpath, name)
                if not os.path.islink(p):
                    os.chmod(p, 0o755)
        shutil.rmtree(root, ignore_errors=True)


def run_in(planpub, case, spec, root):
    os.chmod(root, 0o755)
    shutil.copytree(os.path.join(HERE, "base"), os.path.join(root, "content"), symlinks=True)
    base = subprocess.run([planpub, "build", "--content", "content", "--out", "public"], cwd=root,
                          capture_output=True, text=True)
    if base.returncode != 0:
        return "FAIL", "the base site does not build:\n" + base.stderr
    gen = subprocess.run(["bash", "-eu", case], cwd=root, capture_output=True, text=True, timeout=300)
    if gen.returncode != 0:
        return "FAIL", "the case's script failed:\n" + gen.stderr
    argv = [planpub] + shlex.split(spec["args"])
    preexec = None
    if "unreadable" in spec:
        target = os.path.join(root, spec["unreadable"])
        if not os.path.lexists(target):
            return "FAIL", "unreadable: %s does not exist, so the case cannot run" % spec["unreadable"]
        os.chmod(target, 0)
        if os.geteuid() == 0:  # root reads everything: run planpub as nobody (a copy it may execute)
            os.makedirs(os.path.join(root, "bin"))
            argv[0] = shutil.copy(planpub, os.path.join(root, "bin", "planpub"))
            os.chmod(argv[0], 0o755)
            preexec = drop_root
        probe = subprocess.run(["cat", target], capture_output=True, preexec_fn=preexec)
        if probe.returncode == 0:  # e.g. CAP_DAC_READ_SEARCH kept: the case cannot run, which is a failure
            return "FAIL", "%s stays readable after chmod 000 for uid %d (capabilities?), so the case cannot run" % (
                target, NOBODY if preexec else os.geteuid())
    before = snapshot(root)
    env = dict(os.environ, **dict(v.split("=", 1) for v in spec["env"]))
    status, output, rss = run_measured(argv, root, float(spec["timeout"]), preexec, env)
    after = snapshot(root, skip=("public",))
    problems = []
    if status is None:
        problems.append("hang: no exit within %s s" % spec["timeout"])
    elif status != int(spec["expect-exit"]):
        problems.append("exit status %s, expected %s" % (status, spec["expect-exit"]))
    problems += ["stderr lacks: " + t for t in spec["expect-stderr"] if t not in output]
    problems += ["stderr has: " + t for t in spec["reject-stderr"] + CRASH_SIGNS if t in output]
    if (bad := check_diagnostic_lines(output)):
        problems.append(bad)
    # planpub's own beside --out: the previous build it updates and exchanges, its page cache and its lock file.
    own = ("public", ".public.planpub-prev", ".public.planpub-cache", ".public.planpub-lock")
    # What the case lets planpub write, when it succeeds (planpub import into content/).
    allowed = [os.path.normpath(p) for p in spec["may-write"]] if status == 0 else []
    mine = lambda k: k.split("/")[0] in own or any(k == a or k.startswith(a + "/") for a in allowed)
    outside_before = {k: v for k, v in before.items() if not mine(k)}
    outside_after = {k: v for k, v in after.items() if not mine(k)}
    if (changed := sorted(set(outside_before.items()) ^ set(outside_after.items()))):
        problems.append("changed outside public/: " + ", ".join(sorted({c[0] for c in changed}))[:500])
    if status != 0 and snapshot(os.path.join(root, "public")) != snapshot_of(before, "public"):
        problems.append("public/ changed although the build failed")
    if status != 0 and before.get(".public.planpub-cache") != after.get(".public.planpub-cache"):
        problems.append("the page cache changed although the build failed")
    # Sanitizer builds need more memory for the same work; their ctest sets the factor.
    rss_limit = float(spec.get("max-rss-mb", "inf")) * float(os.environ.get("BAD_INPUT_RSS_FACTOR", "1"))
    if rss > rss_limit:
        problems.append("peak memory %.0f MiB, limit %.0f MiB" % (rss, rss_limit))
    for text in spec["reject-output"]:  # whatever the exit: after a failure public/ is the previous site
        hits = grep_tree(os.path.join(root, "public"), text.encode())
        if hits:
            problems.append("output contains %r: %s" % (text, ", ".join(hits[:5])))
    for value in spec["output-count"]:
        page, n, text = value.split(" ", 2)
        path = os.path.join(root, "public", page)
        if not os.path.isfile(path):
            problems.append("output-count: public/%s does not exist" % page)
            continue
        with open(path, "rb") as f:
            got = f.read().count(text.encode())
        if got != int(n):
            problems.append("public/%s holds %r %d times, expected %s" % (page, text, got, n))
    detail = "exit %s, %.0f MiB\n%s" % (status, rss, output[-3000:])
    return ("FAIL" if problems else "PASS"), ("\n".join(problems) + "\n" + detail if problems else detail)


def snapshot_of(state, prefix):
    return {os.path.relpath(k, prefix): v for k, v in state.items() if k.startswith(prefix + "/")}


def grep_tree(root, needle):
    """Pages that contain needle. Open data (CSV, JSON, Turtle) carries the input's text as data."""
    hits = []
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            if not name.endswith((".html", ".xml")):
                continue
            p = os.path.join(dirpath, name)
            with open(p, "rb") as f:
                if needle.lower() in f.read().lower():
                    hits.append(os.path.relpath(p, root))
    return hits


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    planpub = os.path.abspath(sys.argv[1])
    verdicts = set()
    for case in map(os.path.abspath, sys.argv[2:]):
        verdict, detail = run_case(planpub, case)
        verdicts.add(verdict)
        print("%s %s" % (verdict, os.path.splitext(os.path.basename(case))[0]), flush=True)
        if verdict != "PASS" or len(sys.argv) == 3:  # one case (as ctest runs them): show what it did
            print("  " + detail.replace("\n", "\n  ").rstrip(), flush=True)
    sys.exit(1 if "FAIL" in verdicts else 0)


if __name__ == "__main__":
    main()
