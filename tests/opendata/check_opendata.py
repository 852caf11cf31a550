#!/usr/bin/python3
"""Reads a built site's open data as a portal would, with real consumers:
JSON Schema (python3-jsonschema, draft 2020-12), RDF (rapper from raptor2-utils, python3-rdflib),
CSV (Python's csv module, as Excel would: BOM, CRLF), CSVW and Frictionless descriptors.

Every file SPEC "Output (open data)" lists is required: the site-wide files, the glossary's
(glossary.json, .csv with its CSVW, .ttl) when the site has a glossary page, and each plan's under
opendata/<code>/<plan>/ for every plan page of the site (site.yaml requires a local government
code, so every plan has its open data). A missing file is a failed check; the catalogue holds
exactly one dcat:Dataset per plan and one for the glossary.

Usage: check_opendata.py SITE_DIR BASE_URL [--content CONTENT_DIR] [--schemas REPO_SCHEMAS_DIR]
Prints one line per failure and ends with 'N checks, N failed'; exits 1 on any failure.
"""
import csv
import glob
import io
import json
import os
import re
import subprocess
import sys

import jsonschema
import rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF, SKOS, XSD

site, base = sys.argv[1], sys.argv[2]
opts = dict(zip(sys.argv[3::2], sys.argv[4::2]))
od = os.path.join(site, "opendata")
checks = failures = 0


def build_day_absent():
    """SPEC: open-data dates come from the content, never from the day of the build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return
    import datetime
    day = datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).strftime("%Y-%m-%d").encode()
    for path in sorted(glob.glob(os.path.join(od, "**", "*"), recursive=True)):
        if os.path.isfile(path):
            check(day not in open(path, "rb").read(), f"{path} does not carry the build day {day.decode()}")


def check(ok, what):
    global checks, failures
    checks += 1
    if not ok:
        failures += 1
        print("FAIL:", what)
    return ok


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validate(instance, schema, what):
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(v.iter_errors(instance), key=lambda e: list(e.path))
    for e in errors[:5]:
        print("  ", what, "/".join(map(str, e.path)), e.message[:200])
    check(not errors, f"{what} is valid against its schema")


def read_csv(path):
    """Returns the header and rows, checking the bytes as Excel and RFC 4180 expect them."""
    raw = open(path, "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), f"{path} starts with a UTF-8 BOM")
    check(raw.endswith(b"\r\n"), f"{path} ends with CRLF")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    # Every record ends in CRLF: remove quoted fields, then no bare LF may remain.
    unquoted = re.sub(r'"(?:[^"]|"")*"', "", text)
    check("\n" not in unquoted.replace("\r\n", ""), f"{path} uses CRLF between records")
    header = rows[0]
    check(all(len(r) == len(header) for r in rows[1:]), f"{path} rows all have {len(header)} fields")
    check(header[:3] == ["全国地方公共団体コード", "ID", "地方公共団体名"], f"{path} leads with the municipal columns")
    ids = [r[1] for r in rows[1:]]
    check(len(ids) == len(set(ids)), f"{path} IDs are unique")
    for r in rows[1:]:
        check(re.fullmatch(r"[0-9]{6}", r[0]) is not None, f"{path} code {r[0]!r} is 6 digits")
    return header, rows[1:]


def check_digit_ok(code):
    d = [int(c) for c in code]
    return (11 - (6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]) % 11) % 10 == d[5]


# Schemas: published copies equal the repository's, and each is a valid 2020-12 schema.
schemas = {os.path.basename(p): load_json(p) for p in glob.glob(os.path.join(od, "schemas", "*.json"))}
check("plan.schema.json" in schemas and "glossary.schema.json" in schemas, "opendata/schemas/ has plan and glossary schemas")
for name, s in schemas.items():
    jsonschema.Draft202012Validator.check_schema(s)
    if "--schemas" in opts:
        check(open(os.path.join(opts["--schemas"], name), "rb").read() == open(os.path.join(od, "schemas", name), "rb").read(),
              f"published {name} equals the repository's")

# Required files. Plans are the site's top-level folders with a page, but the site's own folders.
RESERVED = {"glossary", "opendata", "accessibility", "assets", "search"}
plan_ids = sorted(d for d in os.listdir(site) if d not in RESERVED and os.path.isfile(os.path.join(site, d, "index.html")))
check(len(plan_ids) > 0, "the site has plan pages")
has_glossary = os.path.isfile(os.path.join(site, "glossary", "index.html"))
if "--content" in opts:
    content_plans = sorted(d for d in os.listdir(os.path.join(opts["--content"], "plans"))
                           if os.path.isfile(os.path.join(opts["--content"], "plans", d, "index.md")))
    check(plan_ids == content_plans, f"the site has a page for every plan of the content ({plan_ids} vs {content_plans})")
    glossaries = glob.glob(os.path.join(opts["--content"], "glossary.yaml")) + glob.glob(os.path.join(opts["--content"], "plans", "*", "glossary.yaml"))
    check(has_glossary == bool(glossaries), f"a glossary page exactly when the content has a glossary ({glossaries})")
site_wide = ["catalog.jsonld", "catalog.ttl", "datapackage.json", "open_data_list.csv", "open_data_list.csv-metadata.json",
             "schemas/plan.schema.json", "schemas/glossary.schema.json"]
glossary_files = ["glossary.json", "glossary.csv", "glossary.csv-metadata.json", "glossary.ttl"] if has_glossary else []
plan_files_required = []
for pid in plan_ids:
    folders = [os.path.relpath(f, od) for f in glob.glob(os.path.join(od, "*", pid)) if os.path.isdir(f)]
    if check(len(folders) == 1 and re.fullmatch(r"[0-9]{6}/" + re.escape(pid), folders[0]) is not None,
             f"plan {pid} has one open-data folder opendata/<code>/{pid}/ ({folders})"):
        code = folders[0].split("/")[0]
        for name in ["kpi.csv", "kpi_definitions.csv", "structure.csv"]:
            plan_files_required += [f"{folders[0]}/{code}_{pid}_{name}", f"{folders[0]}/{code}_{pid}_{name}-metadata.json"]
        plan_files_required.append(f"{folders[0]}/{code}_{pid}_plan.json")
required = site_wide + glossary_files + plan_files_required
for rel in required:
    check(os.path.isfile(os.path.join(od, rel)), f"required open-data file opendata/{rel} exists")
if not all(os.path.isfile(os.path.join(od, rel)) for rel in site_wide):  # the checks below read them
    print(f"{checks} checks, {failures} failed")
    sys.exit(1)

# Every CSV: bytes, CSVW metadata beside it with the same columns.
headers = {}
nobom = os.path.join(od, "nobom")
for path in sorted(glob.glob(os.path.join(od, "**", "*.csv"), recursive=True)):
    if path.startswith(nobom + os.sep):
        continue  # the BOM-less copies, checked against their originals below
    header, rows = read_csv(path)
    headers[os.path.relpath(path, od)] = (header, rows)
    for r in rows:
        check(check_digit_ok(r[0]), f"{path}: {r[0]} has a correct check digit")
    meta_path = path + "-metadata.json"
    if check(os.path.exists(meta_path), f"{meta_path} exists"):
        meta = load_json(meta_path)
        check(meta["url"] == os.path.basename(path), f"{meta_path} url names its CSV")
        check([c["titles"] for c in meta["tableSchema"]["columns"]] == header, f"{meta_path} columns equal the CSV header")
        check(meta["dialect"]["encoding"] == "utf-8" and meta["dialect"]["lineTerminators"] == ["\r\n"], f"{meta_path} states UTF-8 and CRLF")
        check(meta["dialect"].get("header") is True, f"{meta_path} says the CSV has a header row")
        check(meta.get("dc:license", {}).get("@id", "").startswith("http"), f"{meta_path} carries a licence URI")
        # CSV injection (OWASP): no text cell a spreadsheet would run as a formula — one starting with
        # = + - @, tab or CR carries a leading apostrophe; numeric columns hold plain numbers.
        types = [c.get("datatype", "string") for c in meta["tableSchema"]["columns"]]
        if len(types) == len(header):
            for r in rows:
                for t, cell, title in zip(types, r, header):
                    if t == "string":
                        check(cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), f"{path}: text cell {title} {cell[:40]!r} cannot run as a formula")
                    elif t in ("integer", "decimal"):
                        check(cell == "" or re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", cell) is not None, f"{path}: {t} cell {title} {cell!r} is a plain number")

# KPI CSVs: bare numbers in 値, 西暦 in 年度.
for rel, (header, rows) in headers.items():
    if not rel.endswith("_kpi.csv"):
        continue
    col = {h: i for i, h in enumerate(header)}
    for name in ["値区分", "年度", "年区分", "年度_和暦", "値", "単位", "備考"]:
        check(name in col, f"{rel} has column {name}")
    for r in rows:
        check(r[col["値"]] == "" or re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", r[col["値"]]) is not None, f"{rel}: 値 {r[col['値']]!r} is a bare number")
        check(r[col["年度"]] == "" or re.fullmatch(r"(18|19|20|21)[0-9]{2}", r[col["年度"]]) is not None, f"{rel}: 年度 {r[col['年度']]!r} is 西暦")
        check(r[col["値区分"]] in ("基準値", "目標値", "実績値"), f"{rel}: 値区分 {r[col['値区分']]!r}")

# KPI definitions: each year with its 年区分 and 和暦, as in the KPI values.
for rel, (header, rows) in headers.items():
    if not rel.endswith("_kpi_definitions.csv"):
        continue
    col = {h: i for i, h in enumerate(header)}
    for y in ["基準年度", "目標年度"]:
        if check(all(n in col for n in [y, y + "_年区分", y + "_和暦"]), f"{rel} has {y} with its 年区分 and 和暦"):
            for r in rows:
                check((r[col[y]] == "") == (r[col[y + "_年区分"]] == "") and r[col[y + "_年区分"]] in ("", "年度", "年"),
                      f"{rel}: {y}_年区分 {r[col[y + '_年区分']]!r} goes with {y} {r[col[y]]!r}")

# plan.json and glossary.json against their schemas.
plan_files = sorted(glob.glob(os.path.join(od, "*", "*", "*_plan.json")))
check(len(plan_files) > 0, "at least one plan.json")
for p in plan_files:
    validate(load_json(p), schemas["plan.schema.json"], p)
glossary = None
if has_glossary and os.path.isfile(os.path.join(od, "glossary.json")):
    glossary = load_json(os.path.join(od, "glossary.json"))
    validate(glossary, schemas["glossary.schema.json"], "glossary.json")
# glossary.csv: one row per term of glossary.json, with its id and term.
if glossary is not None and "glossary.csv" in headers:
    header, rows = headers["glossary.csv"]
    for name in ["用語", "読み", "定義", "URL"]:
        check(name in header, f"glossary.csv has column {name}")
    if all(n in header for n in ["用語", "ID"]):
        got = sorted((r[header.index("ID")], r[header.index("用語")]) for r in rows)
        want = sorted((t["id"], t["term"]) for t in glossary["terms"])
        check(got == want, f"glossary.csv has one row per term of glossary.json ({len(got)} rows, {len(want)} terms)")

# Every URL in plan.json and glossary.json is an RFC 3986 URI (python jsonschema skips "format": "uri"
# without rfc3987): ASCII only, one '#', every '%' starting an escape — a glossary anchor such as
# t-C# or t-100%再生 must reach the data percent-encoded, as the page's href has it.
URI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]*")
def uri_ok(u):
    return (URI_RE.fullmatch(u) is not None and u.count("#") <= 1
            and re.search(r"%(?![0-9A-Fa-f]{2})", u) is None)
def json_urls(node, key=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from json_urls(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from json_urls(v, key)
    elif isinstance(node, str) and (key.lower().endswith(("url", "uri")) or key in ("$schema", "@id")):
        yield node
for p in plan_files + [os.path.join(od, "glossary.json")]:
    if os.path.exists(p):
        for u in json_urls(load_json(p)):
            check(uri_ok(u), f"{os.path.relpath(p, od)}: {u!r} is an RFC 3986 URI (percent-encoded)")

# RDF: rapper parses the Turtle; rdflib reads Turtle and JSON-LD to the same graph.
for ttl in ["catalog.ttl", "glossary.ttl"]:
    path = os.path.join(od, ttl)
    if not os.path.exists(path):  # reported above if required
        continue
    r = subprocess.run(["rapper", "-i", "turtle", "-c", path, base], capture_output=True, text=True)
    m = re.search(r"returned (\d+) triples", r.stderr)
    check(r.returncode == 0 and m and int(m.group(1)) > 0, f"rapper parses {ttl}: {r.stderr.strip()[-200:]}")
def parse_rdf(path, fmt):
    try:
        return rdflib.Graph().parse(path, format=fmt)
    except Exception as e:  # a parse error is a finding, reported like any other
        check(False, f"rdflib parses {path}: {e}")
        print(f"{checks} checks, {failures} failed")
        sys.exit(1)


ttl_graph = parse_rdf(os.path.join(od, "catalog.ttl"), "turtle")
jsonld_graph = parse_rdf(os.path.join(od, "catalog.jsonld"), "json-ld")
from rdflib.compare import isomorphic
check(isomorphic(ttl_graph, jsonld_graph), "catalog.ttl and catalog.jsonld hold the same triples")
datasets = set(jsonld_graph.subjects(RDF.type, DCAT.Dataset))
check(len(datasets) == len(plan_ids) + (1 if has_glossary else 0),
      f"one dcat:Dataset per plan and one for the glossary ({len(datasets)} for {len(plan_ids)} plans, glossary: {has_glossary})")
FOAF_NAME = rdflib.URIRef("http://xmlns.com/foaf/0.1/name")
downloads = set()
for ds in datasets:
    for p in [DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCTERMS.license, DCAT.keyword]:
        check(jsonld_graph.value(ds, p) is not None, f"{ds} has {p}")
    # Dates are optional (DCAT-AP 3) and come from the content only: typed xsd:date, issued <= modified.
    dates = {p: jsonld_graph.value(ds, p) for p in [DCTERMS.issued, DCTERMS.modified]}
    for p, v in dates.items():
        check(v is None or (v.datatype == XSD.date and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", str(v))), f"{ds} {p} is an xsd:date")
    if None not in dates.values():
        check(str(dates[DCTERMS.issued]) <= str(dates[DCTERMS.modified]), f"{ds} is not modified before it was issued")
    pub = jsonld_graph.value(ds, DCTERMS.publisher)
    code = str(jsonld_graph.value(pub, DCTERMS.identifier))
    check(re.fullmatch(r"[0-9]{6}", code) is not None and check_digit_ok(code), f"{ds} publisher carries the local government code ({code})")
    check(jsonld_graph.value(pub, FOAF_NAME) is not None, f"{ds} publisher has a name")
    dists = list(jsonld_graph.objects(ds, DCAT.distribution))
    check(len(dists) > 0, f"{ds} has distributions")
    for d in dists:
        url = jsonld_graph.value(d, DCAT.downloadURL)
        check(url is not None and str(url).startswith(base), f"{d} has an absolute dcat:downloadURL under {base}")
        check(jsonld_graph.value(d, DCAT.mediaType) is not None, f"{d} has dcat:mediaType")
        if url is not None:
            downloads.add(str(url))
            check(os.path.exists(os.path.join(site, str(url)[len(base):])), f"{url} exists in the site")
for ds in datasets:
    if "glossary" in str(ds):
        continue
    t = jsonld_graph.value(ds, DCTERMS.temporal)
    check(t is not None and jsonld_graph.value(t, DCAT.startDate) is not None and jsonld_graph.value(t, DCAT.endDate) is not None,
          f"{ds} has dct:temporal with start and end")
# Every required data file (not the CSVW metadata or schemas) is a download of the catalogue.
for rel in glossary_files + plan_files_required:
    if not rel.endswith("-metadata.json"):
        check(base + "opendata/" + rel in downloads, f"the catalogue offers opendata/{rel} for download")
if glossary is not None and os.path.exists(os.path.join(od, "glossary.ttl")):
    g = parse_rdf(os.path.join(od, "glossary.ttl"), "turtle")
    schemes = list(g.subjects(RDF.type, SKOS.ConceptScheme))
    concepts = list(g.subjects(RDF.type, SKOS.Concept))
    check(len(schemes) == 1, "glossary.ttl has one skos:ConceptScheme")
    check(len(concepts) == len(glossary["terms"]), f"glossary.ttl has a skos:Concept per term ({len(concepts)})")
    for c in concepts:
        check(g.value(c, SKOS.prefLabel) is not None and g.value(c, SKOS.definition) is not None, f"{c} has prefLabel and definition")
        check((c, SKOS.inScheme, schemes[0]) in g, f"{c} is in the scheme")

# Every CSV has a BOM-less copy under opendata/nobom/ with the same bytes after the BOM, for
# readers that keep a BOM in the first header; datapackage.json describes those copies.
for rel in headers:
    copy = os.path.join(nobom, rel)
    if check(os.path.isfile(copy), f"opendata/nobom/{rel} exists"):
        check(open(copy, "rb").read() == open(os.path.join(od, rel), "rb").read()[3:], f"opendata/nobom/{rel} is {rel} without its BOM")
for path in glob.glob(os.path.join(nobom, "**", "*"), recursive=True):
    if os.path.isfile(path):
        check(os.path.relpath(path, nobom) in headers, f"{path} is the copy of a published CSV")

# Frictionless datapackage: resources exist; table fields equal CSV headers; JSON has a schema it validates against.
pkg = load_json(os.path.join(od, "datapackage.json"))
check(pkg.get("$schema", "").startswith("https://datapackage.org/profiles/2.0/"), "datapackage.json declares Data Package v2")
for res in pkg["resources"]:
    path = os.path.join(od, res["path"])
    check(os.path.exists(path), f"datapackage resource {res['path']} exists")
    check(re.fullmatch(r"[a-z0-9._-]+", res["name"]) is not None, f"datapackage resource name {res['name']} is lower case")
    if not os.path.exists(path):
        continue
    if res.get("type") == "table":
        check(res["path"].startswith("nobom/"), f"datapackage table {res['path']} is the BOM-less copy")
        original = res["path"][len("nobom/"):]
        check([f["name"] for f in res["schema"]["fields"]] == headers.get(original, [None])[0], f"datapackage fields of {res['path']} equal its header")
        check(res.get("bytes") == os.path.getsize(path), f"datapackage bytes of {res['path']} are its size")
    elif res.get("format") == "xlsx":  # the evaluation sheet: a printed layout, its figures the evaluation CSV's
        check(res.get("mediatype") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              f"datapackage {res['path']} has the XLSX media type")
        check(res.get("bytes") == os.path.getsize(path), f"datapackage bytes of {res['path']} are its size")
    elif res.get("format") == "pdf":  # the plan printed by `planpub pdf`: a document, not data
        check(res.get("mediatype") == "application/pdf", f"datapackage {res['path']} has the PDF media type")
        check(res.get("bytes") == os.path.getsize(path), f"datapackage bytes of {res['path']} are its size")
        check(open(path, "rb").read(5) == b"%PDF-", f"{res['path']} is a PDF")
    else:
        check("jsonSchema" in res, f"{res['path']} has its JSON Schema")
        validate(load_json(path), load_json(os.path.join(od, res["jsonSchema"])), f"datapackage {res['path']}")
for rel in glossary_files + plan_files_required:
    if rel.endswith((".csv", ".json")) and not rel.endswith("-metadata.json") and rel != "glossary.ttl":
        check(any(r["path"] in (rel, "nobom/" + rel) for r in pkg["resources"]), f"datapackage lists {rel}")
csv_count = sum(1 for rel in headers)
check(sum(1 for r in pkg["resources"] if r.get("type") == "table") == csv_count, "every CSV is a datapackage resource")

# JavaScript consumers (js_readers.mjs): the DCAT-AP 3 SHACL shapes on catalog.ttl, and
# Frictionless' JavaScript reader reading every table with as many rows as the CSV has.
here = os.path.dirname(os.path.abspath(__file__))
r = subprocess.run(["node", os.path.join(here, "js_readers.mjs"), site, os.path.join(here, "dcat-ap-3-shapes.ttl")],
                   capture_output=True, text=True, cwd=os.path.join(here, "..", ".."))
check(r.returncode == 0, f"js_readers.mjs ran: {r.stderr.strip()[-300:]}")
print("  " + "\n  ".join(l for l in r.stdout.splitlines() if l.startswith("SHACL")))
for line in r.stdout.splitlines():
    if line.startswith("FAIL: "):
        check(False, line[len("FAIL: "):])
read_rows = {l.split()[1]: int(l.split()[2]) for l in r.stdout.splitlines() if l.startswith("ROWS ")}
for rel, (header, rows) in headers.items():
    check(read_rows.get("nobom/" + rel) == len(rows), f"Frictionless JS reads {len(rows)} rows of {rel} (read {read_rows.get('nobom/' + rel)})")

# Licences are nodes with titles: CKAN (ckanext-dcat) matches a distribution's dct:license by
# its URI against the licence register's URLs, then by its dct:title against the titles; its
# default register (ckan/model/license.py) has these.
CKAN_REGISTER = {"http://www.opendefinition.org/licenses/cc-by": "cc-by", "Creative Commons Attribution": "cc-by",
                 "http://www.opendefinition.org/licenses/cc-zero": "cc-zero", "Creative Commons CCZero": "cc-zero"}
for d in jsonld_graph.subjects(RDF.type, DCAT.Distribution):
    lic = jsonld_graph.value(d, DCTERMS.license)
    titles = {str(t) for t in jsonld_graph.objects(lic, DCTERMS.title)} if lic is not None else set()
    check(lic is not None and (lic, RDF.type, DCTERMS.LicenseDocument) in jsonld_graph and titles,
          f"{d} has a licence node with a title")
    if lic is not None and "creativecommons.org" in str(lic):
        check(any(CKAN_REGISTER.get(x) for x in [str(lic)] + sorted(titles)), f"CKAN's licence register matches the licence of {d}")

# The municipal open-data list: the Digital Agency's columns, one row per distribution.
header, rows = headers["open_data_list.csv"]
for name in ["データセット_ID", "データセット_タイトル", "データセット_概要", "データセット_キーワード", "データセット_公開日",
             "データセット_最終更新日", "データセット_URL", "データセット_更新頻度", "データセット_対象期間", "データセット_作成者",
             "データセット_準拠する標準", "データセット_連絡先名称", "データセット_連絡先メールアドレス",
             "ファイル_ID", "ファイル_タイトル", "ファイル_説明", "ファイル_形式", "ファイル_ライセンス", "ファイル_アクセスURL",
             "ファイル_ダウンロードURL", "ファイル_公開日", "ファイル_最終更新日"]:
    check(name in header, f"open_data_list.csv has {name}")
col = {h: i for i, h in enumerate(header)}
check({r[col["ファイル_ダウンロードURL"]] for r in rows} == downloads, "open_data_list.csv lists exactly the catalogue's files")
ja_titles = {str(t) for t in jsonld_graph.objects(None, DCTERMS.title) if getattr(t, "language", None) == "ja"}
for r in rows:
    check(r[col["ファイル_ライセンス"]] in ja_titles, f"open_data_list.csv licence {r[col['ファイル_ライセンス']]!r} is the licence node's title")

# schema.org Dataset on each plan page.
for p in plan_files:
    plan = load_json(p)
    html = open(os.path.join(site, plan["id"], "index.html"), encoding="utf-8").read()
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    if check(m is not None, f"{plan['id']}/index.html carries JSON-LD"):
        j = json.loads(m.group(1))
        check(j["@type"] == "Dataset" and j["name"] == plan["title"] and len(j["distribution"]) >= 4, f"{plan['id']} JSON-LD is a schema.org Dataset")

# Content files read as data validate against the content schemas.
if "--content" in opts:
    import yaml

    class Loader(yaml.SafeLoader):
        pass
    # Dates stay strings, as planpub reads them.
    Loader.yaml_implicit_resolvers = {k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
                                      for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    content = opts["--content"]
    fm = schemas["front-matter.schema.json"]
    validate(yaml.load(open(os.path.join(content, "site.yaml"), encoding="utf-8"), Loader), schemas["site.schema.json"], "site.yaml")
    for g in [os.path.join(content, "glossary.yaml")] + glob.glob(os.path.join(content, "plans", "*", "glossary.yaml")):
        if os.path.exists(g):
            validate(yaml.load(open(g, encoding="utf-8"), Loader), schemas["glossary-yaml.schema.json"], g)
    for md in sorted(glob.glob(os.path.join(content, "plans", "*", "*.md"))):
        text = open(md, encoding="utf-8-sig").read()
        m = re.match(r"---\r?\n(.*?)\r?\n---", text, re.S)
        if m:
            which = "plan" if os.path.basename(md) == "index.md" else "page"
            validate(yaml.load(m.group(1), Loader), {**fm, "$ref": f"#/$defs/{which}"}, md)

build_day_absent()
print(f"{checks} checks, {failures} failed")
sys.exit(1 if failures else 0)
