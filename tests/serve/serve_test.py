#!/usr/bin/python3
"""planpub serve end to end: start on a free port (127.0.0.1 only), fetch a page, refuse paths
that escape the site (with the status serve.cpp gives, and still answering afterwards), edit a page
and see the new text (in the page, its print edition and the search index), change a title (a full
rebuild), change a theme file, site.yaml, kpi.csv and glossary.yaml and see each change served
(SPEC: serve rebuilds on change), break a file and see the error while the last good site stays
served, fix it, then stop with Ctrl-C (SIGINT). A connection error once serve has started is a
failure (a crashed server must not pass), and the process must still be running before Ctrl-C.
Every wait is bounded (REBUILD_SECONDS).
Prints one line per check; exits 1 on failure.

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
# A content-folder theme (docs/theme.md) that overrides the stylesheet and the page frame.
theme = os.path.join(content, "theme")
os.makedirs(os.path.join(theme, "assets"))
os.makedirs(os.path.join(theme, "templates"))
shutil.copy(os.path.join(src, "themes", "default", "assets", "style.css"), os.path.join(theme, "assets", "style.css"))
shutil.copy(os.path.join(src, "themes", "default", "templates", "base.mustache"), os.path.join(theme, "templates", "base.mustache"))
with open(os.path.join(content, "site.yaml"), "a", encoding="utf-8") as f:
    f.write("theme: theme\n")
failures = 0
REBUILD_SECONDS = 10  # a change must be served within this


def check(ok, what):
    global failures
    print(("ok: " if ok else "FAIL: ") + what, flush=True)
    failures += 0 if ok else 1
    return ok


class ServerGone(Exception):
    """serve stopped answering: every check after it would be meaningless."""


def search_texts():
    """The text files of the site search (search/text-000.js, -001, … until a 404), joined."""
    texts = []
    for i in range(1000):
        status, body = get(f"/search/text-{i:03d}.js")
        if status != 200:
            break
        texts.append(body)
    return "".join(texts)


def get(path):
    """(status, body) of a GET; a connection error is a failure of the whole test (ServerGone)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except OSError as e:
        raise ServerGone(f"GET {path}: {e} (serve {'exited with ' + str(proc.poll()) if proc.poll() is not None else 'is running but does not answer'})")


def raw_status(request_line):
    """The status code serve answers to a request line sent as is (urllib would not send it)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
            c.sendall(request_line.encode() + b"\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            head = c.recv(64).split(b"\r\n")[0].split()
            return int(head[1]) if len(head) > 1 and head[1].isdigit() else -1
    except OSError as e:
        raise ServerGone(f"{request_line}: {e}")


def listening():
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def wait_for(predicate, what, seconds=REBUILD_SECONDS):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            check(True, what)
            return True
        time.sleep(0.05)
    check(False, f"{what} (not within {seconds} s)")
    return False


def edit(path, old, new):
    text = open(path, encoding="utf-8").read()
    if not check(old in text, f"{os.path.relpath(path, content)} holds {old!r} to change"):
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
log = open(os.path.join(work, "serve.log"), "w")
proc = subprocess.Popen([planpub, "serve", "--content", content, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
try:
    deadline = time.monotonic() + 30
    while proc.poll() is None and not listening() and time.monotonic() < deadline:
        time.sleep(0.05)
    if not check(proc.poll() is None and listening(), "serve starts and listens on 127.0.0.1"):
        raise ServerGone("serve did not start")
    check(get("/__planpub/status")[0] == 200, "serve answers its status")
    page = "/green-city/mamoru/index.html"
    status, html = get(page)
    check(status == 200 and "基本目標1 みどりを守る" in html, "a page is served")
    check('/__planpub/reload.js' in html, "served HTML carries the reload script")
    check(get("/")[0] == 200 and get("/green-city/")[0] == 200, "folders answer with their index.html")
    check(get("/no/such/page.html")[0] == 404, "an unknown path is 404")
    # serve.cpp answers 400 to a path with a '..' segment (also percent-encoded: the path is decoded
    # first); other odd spellings name no file of the site: 404. Each time serve keeps answering.
    for path, want in [("/../../etc/passwd", 400), ("/%2e%2e/%2e%2e/etc/passwd", 400), ("/assets/../../etc/passwd", 400),
                       ("/assets/..%2f..%2fetc/passwd", 400), ("/..", 400), ("/..%5c..%5cetc/passwd", 404), ("//etc/passwd", 404)]:
        status, body = get(path)
        check(status == want and "root:" not in body, f"{path} is refused with {want} (got {status})")
        check(get(page)[0] == 200, f"serve still answers a normal request after {path}")
    for line, want in [("GET /a/../../etc/passwd HTTP/1.1", 400), ("GET ../etc/passwd HTTP/1.1", 404)]:
        got = raw_status(line)
        check(got == want, f"raw {line!r} is refused with {want} (got {got})")
        check(get(page)[0] == 200, f"serve still answers a normal request after raw {line!r}")
    status, csv = get("/opendata/202029/green-city/202029_green-city_kpi.csv")
    check(status == 200 and csv.startswith("\ufeff全国地方公共団体コード"), "open data is served too")

    # One page's body: that page changes.
    f = os.path.join(content, "plans", "green-city", "01-mamoru.md")
    text = open(f, encoding="utf-8").read()
    open(f, "w", encoding="utf-8").write(text + "\n本文に一文を加えました。\n")
    wait_for(lambda: "本文に一文を加えました。" in get(page)[1], "an edited page shows its new text")
    wait_for(lambda: "本文に一文を加えました。" in get("/green-city/print/index.html")[1],
             "the plan's print edition shows the edited page's new text")
    wait_for(lambda: "本文に一文を加えました。" in search_texts(),
             "the search index (search/text-*.js) has the edited page's new text")

    # A title: other pages list it, so the whole site is rebuilt.
    open(f, "w", encoding="utf-8").write(text.replace("title: 基本目標1 みどりを守る", "title: 基本目標1 みどりを守り育てる"))
    wait_for(lambda: "みどりを守り育てる" in get("/green-city/index.html")[1], "a changed title reaches the plan's overview")

    # A theme file (content/theme/, docs/theme.md): the stylesheet and the page frame. Each new text
    # is absent before its change, so only a rebuild can bring it.
    check(not any(m in get(u)[1] for m in ["theme-edit-7d1f", "theme-frame-91c2", "改訂版", "保全協定の面積, 合計", "再生可能エネルギー中心"]
                  for u in ["/assets/style.css", page, "/", "/green-city/kpi/index.html", "/glossary/index.html"]),
          "the texts the next changes bring are not served yet")
    edit(os.path.join(theme, "assets", "style.css"), "", "/* theme-edit-7d1f */\n")
    wait_for(lambda: "theme-edit-7d1f" in get("/assets/style.css")[1], "a changed theme stylesheet is served")
    edit(os.path.join(theme, "templates", "base.mustache"), "</footer>", "<p>theme-frame-91c2</p>\n</footer>")
    wait_for(lambda: "theme-frame-91c2" in get(page)[1] and "theme-frame-91c2" in get("/")[1],
             "a changed theme template reaches every page")

    # site.yaml: the site's title is on every page.
    edit(os.path.join(content, "site.yaml"), "試行版", "改訂版")
    wait_for(lambda: "信州「みどり」計画ポータル, 改訂版" in get("/")[1] and "改訂版" in get(page)[1],
             "a changed site.yaml title reaches the pages")

    # kpi.csv: a KPI's name on the KPI page and in its open data.
    edit(os.path.join(content, "plans", "green-city", "kpi.csv"), "保全協定の面積, 累計", "保全協定の面積, 合計")
    wait_for(lambda: "保全協定の面積, 合計" in get("/green-city/kpi/index.html")[1]
             and "保全協定の面積, 合計" in get("/opendata/202029/green-city/202029_green-city_kpi.csv")[1],
             "a changed kpi.csv reaches the KPI page and its open data")

    # glossary.yaml: a definition on the glossary page.
    edit(os.path.join(content, "glossary.yaml"), "クリーンエネルギー中心へ転換する取組。", "再生可能エネルギー中心へ転換する取組。")
    wait_for(lambda: "再生可能エネルギー中心へ転換する取組。" in get("/glossary/index.html")[1],
             "a changed glossary.yaml definition reaches the glossary page")

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
except ServerGone as e:
    check(False, f"serve answers every request: {e}")
finally:
    try:  # a process that is dying right now is not running: give it a moment, then ask it
        proc.wait(0.5)
    except subprocess.TimeoutExpired:
        pass
    try:
        alive = proc.poll() is None and get("/__planpub/status")[0] == 200
    except ServerGone:
        alive = False
    check(alive, f"serve is still running and answering at the end (exit {proc.poll()})")
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
