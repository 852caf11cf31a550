#!/usr/bin/python3
"""planpub import kpi end to end: .xlsx fixtures made at run time (make_kpi_fixtures.py) import to
exactly the kpi.csv and kpi-values.csv a person writes by hand from the same sheet (expected/, byte
for byte), the imported plan builds with planpub build, and a second import changes nothing.

Usage: import_kpi_test.py PLANPUB SOURCE_DIR WORK_DIR
"""
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# fixture → warnings planpub must print (each at its sheet!A1)
CASES = {
    "merged": [
        "sheet.xlsx:KPI一覧!A7: warning[import.hidden]: row 7 is hidden in Excel",
        "sheet.xlsx:KPI一覧!K4: warning[import.cell-error]: the cell shows the error value #DIV/0!",
        "sheet.xlsx:KPI一覧!J9: warning[kpi.not-a-number]: value \"増加\" is not a number",
    ],
    "matsudo": [],
    "targets": [
        "sheet.xlsx:施策KPI!D1: warning[import.unused-column]: column \"目標値 / 中間 / R6\" is not imported: it is an "
        "interim target",
    ],
    "document-style": [
        "sheet.xlsx:KPI!A5: warning[import.row-skipped]: row 5 is one cell across the table (\"出典：市調べ\")",
    ],
}


def run(argv, cwd):
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def check_case(planpub, name, warnings, work):
    failures = []
    root = os.path.join(work, name)
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "site"), os.path.join(root, "content"))
    subprocess.run(["/usr/bin/python3", os.path.join(HERE, "make_kpi_fixtures.py"), name, "sheet.xlsx"],
                   cwd=root, check=True)
    r = run([planpub, "import", "kpi", "sheet.xlsx", "--plan", "beta", "--content", "content"], root)
    if r.returncode != 0:
        return ["%s: import exit %d\n%s" % (name, r.returncode, r.stderr)]
    for w in warnings:
        if w not in r.stderr:
            failures.append("%s: stderr lacks %r\n%s" % (name, w, r.stderr))
    if r.stderr.count("warning[") != len(warnings):
        failures.append("%s: %d warnings, expected %d\n%s" % (name, r.stderr.count("warning["), len(warnings),
                                                              r.stderr))
    plan = os.path.join(root, "content", "plans", "beta")
    for f in ("kpi.csv", "kpi-values.csv"):
        got, want = read(os.path.join(plan, f)), read(os.path.join(HERE, "expected", name, f))
        if got != want:
            failures.append("%s: %s differs from expected/%s/%s:\n%s" % (name, f, name, f, got.decode()))
    report = read(os.path.join(plan, "import-report.md")).decode()
    for w in warnings:
        if w.split(": ", 1)[0] not in report:
            failures.append("%s: import-report.md does not list %s" % (name, w.split(": ", 1)[0]))
    b = run([planpub, "build", "--content", "content", "--out", "public"], root)
    if b.returncode != 0:
        failures.append("%s: the imported plan does not build (exit %d)\n%s" % (name, b.returncode, b.stderr))
    elif "import-report" in "".join(os.listdir(os.path.join(root, "public", "beta"))):
        failures.append("%s: import-report.md was published" % name)
    else:
        kpi_page = read(os.path.join(root, "public", "beta", "kpi", "index.html")).decode()
        first = read(os.path.join(HERE, "expected", name, "kpi.csv")).decode().splitlines()[1].split(",")[3]
        if first not in kpi_page:
            failures.append("%s: the KPI page lacks %s" % (name, first))
    before = read(os.path.join(plan, "kpi.csv"))
    again = run([planpub, "import", "kpi", "sheet.xlsx", "--plan", "beta", "--content", "content"], root)
    if again.returncode != 1 or "content/plans/beta/kpi.csv: error[import.file-exists]" not in again.stderr:
        failures.append("%s: a second import did not refuse (exit %d)\n%s" % (name, again.returncode, again.stderr))
    if read(os.path.join(plan, "kpi.csv")) != before:
        failures.append("%s: a second import changed kpi.csv" % name)
    return failures


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    planpub, _, work = os.path.abspath(sys.argv[1]), sys.argv[2], os.path.abspath(sys.argv[3])
    os.makedirs(work, exist_ok=True)
    failures = []
    for name, warnings in CASES.items():
        failures += check_case(planpub, name, warnings, work)
        print("%s %s" % ("FAIL" if failures else "ok  ", name))
    for f in failures:
        print(f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
