#!/usr/bin/python3
"""planpub serve under attack (issue 14): each check names the defect it guards.
- Host other than 127.0.0.1 / localhost / [::1] (DNS rebinding) is refused with 421;
- attachments are streamed: 4 downloads of a 300 MB file at once keep serve's peak memory small,
  and a Range request gets its bytes;
- 50 sockets trickling a header byte every 2 s (slowloris) do not stop normal requests;
- files/ swapped for a symlink to a folder outside the content, before the rebuild notices, does
  not serve the outside file; an attachment replaced by a FIFO answers at once (404);
- the content folder replaced (rm -rf + cp -r, and mv into place) is watched again: a later edit
  is served;
- Ctrl-C (SIGINT) stops serve within 5 s.
Every wait is bounded; the server listens on 127.0.0.1 only. Prints one line per check.

Usage: serve_attack_test.py PLANPUB_BINARY SOURCE_DIR WORK_DIR
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

planpub, src, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
content = os.path.join(work, "content")
shutil.copytree(os.path.join(src, "tests", "opendata", "unseen"), content)
files = os.path.join(content, "plans", "green-city", "files")
os.makedirs(files)
with open(os.path.join(files, "doc.pdf"), "wb") as f:
    f.write(b"%PDF-1.4 inside the content\n")
with open(os.path.join(files, "swap.pdf"), "wb") as f:
    f.write(b"%PDF-1.4 will become a FIFO\n")
BIG = 300 * 1024 * 1024
with open(os.path.join(files, "big.bin"), "wb") as f:  # sparse: no disk used
    f.truncate(BIG)
    f.seek(BIG - 5)
    f.write(b"last!")
outside = os.path.join(work, "outside")
os.makedirs(outside)
with open(os.path.join(outside, "doc.pdf"), "wb") as f:
    f.write(b"SECRET FROM OUTSIDE THE CONTENT\n")
backup = os.path.join(work, "backup")
shutil.copytree(content, backup, symlinks=True)
failures = 0


def check(ok, what):
    global failures
    print(("ok: " if ok else "FAIL: ") + what, flush=True)
    failures += 0 if ok else 1
    return ok


def get(path, timeout=5, host=None, headers=None):
    """(status, body bytes, seconds); status -1 when no answer came in time."""
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers or {})
    if host:
        req.add_unredirected_header("Host", host)
    start = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read(), time.monotonic() - start
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.monotonic() - start
    except OSError:
        return -1, b"", time.monotonic() - start


def raw_host(host_line):
    """The status for a GET / whose header block is sent as is (Host lines urllib would fix)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
            c.sendall(b"GET /__planpub/status HTTP/1.1\r\n" + host_line + b"Connection: close\r\n\r\n")
            head = c.recv(64).split(b"\r\n")[0].split()
            return int(head[1]) if len(head) > 1 and head[1].isdigit() else -1
    except OSError:
        return -1


def vm_hwm_mb():
    for line in open(f"/proc/{proc.pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return -1


def wait_for(predicate, what, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return check(True, what)
        time.sleep(0.1)
    return check(False, f"{what} (not within {seconds} s)")


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
log = open(os.path.join(work, "serve.log"), "w")
proc = subprocess.Popen([planpub, "serve", "--content", content, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
try:
    deadline = time.monotonic() + 30
    while proc.poll() is None and get("/__planpub/status", 1)[0] != 200 and time.monotonic() < deadline:
        time.sleep(0.1)
    check(get("/__planpub/status")[0] == 200, "serve starts")
    page = "/green-city/index.html"

    # DNS rebinding: only the loopback names, with our port or none.
    for host, want in [(b"127.0.0.1", 200), (f"127.0.0.1:{port}".encode(), 200), (f"localhost:{port}".encode(), 200),
                       (b"LOCALHOST", 200), (f"[::1]:{port}".encode(), 200), (b"evil.example", 421),
                       (f"evil.example:{port}".encode(), 421), (f"127.0.0.1.evil.example:{port}".encode(), 421),
                       (f"localhost:{port + 1}".encode(), 421), (b"localhost.", 421), (b"0.0.0.0", 421)]:
        got = raw_host(b"Host: " + host + b"\r\n")
        check(got == want, f"Host: {host.decode()!r} answers {want} (got {got})")

    # Streaming: 4 downloads of 300 MB at once; a Range request.
    sizes = []
    def download():
        st, body, _ = get("/green-city/files/big.bin", timeout=120)
        sizes.append((st, len(body), body[-5:]))
    threads = [threading.Thread(target=download) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(150)
    check(sorted(sizes) == [(200, BIG, b"last!")] * 4, f"4 concurrent downloads of a 300 MB attachment are whole ({[s[:2] for s in sizes]})")
    hwm = vm_hwm_mb()
    check(0 < hwm < 150, f"serve's peak memory stays under 150 MB while they run (VmHWM {hwm} MB)")
    st, body, _ = get("/green-city/files/big.bin", headers={"Range": f"bytes={BIG - 5}-{BIG - 1}"})
    check(st == 206 and body == b"last!", f"a Range request gets its bytes ({st}, {body!r})")

    # Slowloris: 50 sockets trickling a header, normal requests still answered.
    slow = []
    for _ in range(50):
        try:
            c = socket.create_connection(("127.0.0.1", port), timeout=5)
            c.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            slow.append(c)
        except OSError:
            break
    stop = threading.Event()
    def trickle():
        while not stop.wait(2):
            for c in slow:
                try:
                    c.send(b"X")
                except OSError:
                    pass
    trickler = threading.Thread(target=trickle)
    trickler.start()
    time.sleep(1)
    times = [get(page, timeout=2) for _ in range(5)]
    stop.set()
    trickler.join()
    for c in slow:
        c.close()
    check(all(t[0] == 200 and t[2] < 2 for t in times),
          f"with {len(slow)} slow sockets open, normal GETs answer within 2 s ({[(t[0], round(t[2], 2)) for t in times]})")

    # files/ swapped for a symlink to a folder outside, requested before the rebuild notices.
    os.rename(files, files + ".moved")
    os.symlink(outside, files)
    st, body, _ = get("/green-city/files/doc.pdf")
    check(b"SECRET" not in body and st == 404, f"a symlink planted after the build is not followed ({st}, {body[:40]!r})")
    os.remove(files)
    os.rename(files + ".moved", files)

    # An attachment replaced by a FIFO: answered at once, never read.
    os.remove(os.path.join(files, "swap.pdf"))
    os.mkfifo(os.path.join(files, "swap.pdf"))
    st, _, secs = get("/green-city/files/swap.pdf", timeout=3)
    check(st == 404 and secs < 2, f"an attachment replaced by a FIFO answers 404 at once ({st} in {secs:.2f} s)")
    check(get(page, timeout=3)[0] == 200, "serve still answers after the FIFO")
    log.flush()
    served_log = open(os.path.join(work, "serve.log"), encoding="utf-8", errors="replace").read()
    check("warning[serve.attachment-changed]" in served_log, "the refused attachments are reported as warning[serve.attachment-changed]")
    os.remove(os.path.join(files, "swap.pdf"))

    # The content folder replaced: rm -rf + cp -r, then an edit is served.
    def replace_then_edit(how, marker):
        if how == "rm+cp":
            shutil.rmtree(content)
            shutil.copytree(backup, content, symlinks=True)
        else:
            other = os.path.join(work, "other")
            shutil.rmtree(other, ignore_errors=True)
            shutil.copytree(backup, other, symlinks=True)
            os.rename(content, content + ".old")
            os.rename(other, content)
            shutil.rmtree(content + ".old")
        time.sleep(1.5)  # the rebuild of the replaced folder
        md = os.path.join(content, "plans", "green-city", "01-mamoru.md")
        text = open(md, encoding="utf-8").read()
        with open(md, "w", encoding="utf-8") as f:
            f.write(text + "\n" + marker + "\n")
        wait_for(lambda: marker.encode() in get("/green-city/mamoru/index.html")[1],
                 f"after the content folder is replaced ({how}), an edit is served")
    replace_then_edit("rm+cp", "置き換え後の編集その一")
    replace_then_edit("mv", "置き換え後の編集その二")
finally:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(5)
            check(True, "Ctrl-C (SIGINT) stops serve within 5 s")
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            check(False, "Ctrl-C (SIGINT) stops serve within 5 s")
    else:
        check(False, f"serve was still running at the end (exit {proc.returncode})")
    log.close()
if failures:
    print(open(os.path.join(work, "serve.log"), encoding="utf-8", errors="replace").read()[-3000:])
print(f"{failures} failure(s)")
sys.exit(1 if failures else 0)
