#!/usr/bin/python3
"""planpub serve end to end: start on a free port, fetch a page, edit it and see the new text,
change a title (a full rebuild), break a file and see the error while the last good site stays
served, fix it, then stop with Ctrl-C (SIGINT). Prints one line per check; exits 1 on failure.

Usage: serve_test.py PLANPUB_BINARY SOURCE_DIR WORK_DIR
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

planpub, src, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
content = os.path.join(work, "content")
shutil.copytree(os.path.join(src, "tests", "opendata", "unseen"), content)
failures = 0


def check(ok, what):
    global failures
    print(("ok: " if ok else "FAIL: ") + what)
    failures += 0 if ok else 1


def get(path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except OSError:  # not listening yet, or stopped
        return 0, ""


def wait_for(predicate, what, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    check(False, what + " (timed out)")
    return False


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
log = open(os.path.join(work, "serve.log"), "w")
proc = subprocess.Popen([planpub, "serve", "--content", content, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
try:
    wait_for(lambda: get("/__planpub/status")[0] == 200 if proc.poll() is None else True, "serve starts")
    check(proc.poll() is None, "serve is running")
    page = "/green-city/mamoru/index.html"
    status, html = get(page)
    check(status == 200 and "基本目標1 みどりを守る" in html, "a page is served")
    check('/__planpub/reload.js' in html, "served HTML carries the reload script")
    check(get("/")[0] == 200 and get("/green-city/")[0] == 200, "folders answer with their index.html")
    check(get("/no/such/page.html")[0] == 404, "an unknown path is 404")
    check(get("/../../etc/passwd")[0] != 200, "no path escapes the site")
    status, csv = get("/opendata/202029/green-city/202029_green-city_kpi.csv")
    check(status == 200 and csv.startswith("\ufeff全国地方公共団体コード"), "open data is served too")

    # One page's body: that page changes.
    f = os.path.join(content, "plans", "green-city", "01-mamoru.md")
    text = open(f, encoding="utf-8").read()
    open(f, "w", encoding="utf-8").write(text + "\n本文に一文を加えました。\n")
    wait_for(lambda: "本文に一文を加えました。" in get(page)[1], "an edited page shows its new text")

    # A title: other pages list it, so the whole site is rebuilt.
    open(f, "w", encoding="utf-8").write(text.replace("title: 基本目標1 みどりを守る", "title: 基本目標1 みどりを守り育てる"))
    wait_for(lambda: "みどりを守り育てる" in get("/green-city/index.html")[1], "a changed title reaches the plan's overview")

    # A broken file: the error is reported; the last good site is still served.
    version = json.loads(get("/__planpub/status")[1])["version"]
    open(f, "w", encoding="utf-8").write("---\ntitle: [unclosed\n---\n本文\n")
    wait_for(lambda: json.loads(get("/__planpub/status")[1])["version"] != version, "the failed rebuild is published")
    errors = json.loads(get("/__planpub/status")[1])["errors"]
    check(re.search(r"01-mamoru\.md:\d+:\d+: error\[", errors) is not None, "the browser gets the error with file:line:col")
    status, html = get(page)
    check(status == 200 and "みどりを守り育てる" in html, "the last good page is still served")

    # Fixed again: errors clear.
    open(f, "w", encoding="utf-8").write(text)
    wait_for(lambda: json.loads(get("/__planpub/status")[1])["errors"] == "", "errors clear once the file is fixed")

    # The built site never carries the reload script.
    out = os.path.join(work, "built")
    subprocess.run([planpub, "build", "--content", content, "--out", out], check=True)
    carries = any("__planpub" in open(os.path.join(d, n), encoding="utf-8", errors="replace").read()
                  for d, _, names in os.walk(out) for n in names if n.endswith(".html"))
    check(not carries, "planpub build output has no reload script")
finally:
    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(10)
        check(code == 0, f"Ctrl-C stops serve cleanly (exit {code})")
    except subprocess.TimeoutExpired:
        proc.kill()
        check(False, "Ctrl-C stops serve within 10 s")
    log.close()
    print(open(os.path.join(work, "serve.log")).read()[-1500:])
sys.exit(1 if failures else 0)
