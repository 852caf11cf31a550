#!/usr/bin/python3
"""planpub pdf on the bundled plans, read back with Debian's poppler-utils (issue 21, docs/print.md).

For each plan's PDF: pdfinfo says Tagged: yes, a Title (the print edition's <title>) and a page
count between the number of parts and a sane maximum; the catalog says /Lang (ja) and has an
outline (bookmarks) and no link to a file: address; pdftotext holds every heading of the print edition and every KPI figure of its
tables. pdftoppm pictures of the cover, the contents, the first KPI table page and the glossary
appendix go to --pictures for a person to look at. The PDF is a distribution in datapackage.json (with
its size) and catalog.jsonld.

usage: check_pdf.py PLANPUB CONTENT_DIR [--pictures DIR]
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def text_of(fragment):
    # Text for screen readers only (visually-hidden) is not drawn, so not in pdftotext's output.
    fragment = re.sub(r'<span class="visually-hidden">(?:[^<]|<span[^>]*>[^<]*</span>)*</span>', '', fragment)
    return html.unescape(re.sub(r'<[^>]+>', '', fragment))


def squash(s):
    # pdftotext -raw (content stream order: a table cell's lines stay together) breaks lines and pads with spaces where the layout did: compare without whitespace.
    return re.sub(r'\s+', '', s)


def main():
    planpub, content = sys.argv[1], sys.argv[2]
    pictures = sys.argv[sys.argv.index('--pictures') + 1] if '--pictures' in sys.argv else None
    failures = []
    with tempfile.TemporaryDirectory(prefix='planpub-pdf-test-') as tmp:
        out = os.path.join(tmp, 'public')
        r = subprocess.run([planpub, 'pdf', '--content', content, '--out', out], capture_output=True, text=True,
                           timeout=600)
        if r.returncode != 0:
            print(r.stderr)
            return 1
        pdfs = []
        for root, _, files in os.walk(os.path.join(out, 'opendata')):
            pdfs += [os.path.join(root, f) for f in files if f.endswith('.pdf')]
        plans = sorted(d for d in os.listdir(out) if os.path.isfile(os.path.join(out, d, 'print', 'index.html')))
        if len(pdfs) != len(plans) or not plans:
            failures.append(f'{len(pdfs)} PDF(s) for {len(plans)} plan(s)')
        for plan in plans:
            pdf = next((p for p in pdfs if p.endswith(f'_{plan}.pdf')), None)
            if not pdf:
                failures.append(f'{plan}: no PDF')
                continue
            page = open(os.path.join(out, plan, 'print', 'index.html'), encoding='utf-8').read()
            info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True, check=True).stdout
            fields = dict(line.split(':', 1) for line in info.splitlines() if ':' in line)
            title = text_of(re.search(r'<title>(.*?)</title>', page).group(1))
            pages = int(fields['Pages'])
            parts = page.count('class="print-part')
            print(f'{plan}: {pages} pages, {parts} parts, Tagged {fields["Tagged"].strip()}, '
                  f'Title {fields.get("Title", "").strip()[:40]}…')
            if fields['Tagged'].strip() != 'yes':
                failures.append(f'{plan}: not tagged')
            if fields.get('Title', '').strip() != title:
                failures.append(f'{plan}: title {fields.get("Title")!r}, expected {title!r}')
            if not parts + 2 <= pages <= 40 * (parts + 2):  # cover, contents, each part from a new page
                failures.append(f'{plan}: {pages} pages for {parts} parts')
            raw = open(pdf, 'rb').read()
            # Listed as a distribution of the plan's dataset, with its true size (DCAT and datapackage).
            rel = os.path.relpath(pdf, os.path.join(out, 'opendata'))
            package = json.load(open(os.path.join(out, 'opendata', 'datapackage.json'), encoding='utf-8'))
            listed = [r for r in package['resources'] if r['path'] == rel]
            if not listed or listed[0].get('bytes') != len(raw) or listed[0].get('mediatype') != 'application/pdf':
                failures.append(f'{plan}: datapackage.json lists {listed} for {rel} ({len(raw)} bytes)')
            catalog = open(os.path.join(out, 'opendata', 'catalog.jsonld'), encoding='utf-8').read()
            if rel + '#distribution' not in catalog:
                failures.append(f'{plan}: {rel} is not a distribution in catalog.jsonld')
            if b'/Lang (ja)' not in raw:
                failures.append(f'{plan}: no /Lang (ja)')
            if b'/URI (file:' in raw:
                failures.append(f'{plan}: a link to the printing machine\'s files')
            if b'/Outlines' not in raw:
                failures.append(f'{plan}: no outline (bookmarks)')
            body = squash(subprocess.run(['pdftotext', '-raw', pdf, '-'], capture_output=True, text=True, check=True).stdout)
            main_html = page[page.index('<main'):page.index('</main>')]
            headings = [text_of(h) for h in re.findall(r'<h[1-6][^>]*>(.*?)</h[1-6]>', main_html, re.S)]
            figures = [text_of(c) for c in re.findall(r'<td[^>]*>(.*?)</td>', main_html, re.S)]
            missing = [h for h in headings if squash(h) not in body]
            missing += [f for f in figures if squash(f) and squash(f) not in body]
            print(f'  {len(headings)} headings, {len(figures)} table cells (KPI figures): {len(missing)} missing')
            failures += [f'{plan}: not in the PDF: {m}' for m in missing[:10]]
            if pictures:
                os.makedirs(pictures, exist_ok=True)
                wanted = {'cover': 1, 'contents': 2}
                for name, needle in (('kpi', '重要業績評価指標（KPI）一覧'), ('glossary', '付録用語の説明')):
                    for n in range(3, pages + 1):  # after the contents, which name every part
                        t = subprocess.run(['pdftotext', '-f', str(n), '-l', str(n), pdf, '-'], capture_output=True,
                                           text=True).stdout
                        if needle in squash(t):
                            wanted[name] = n
                            break
                for name, n in wanted.items():
                    subprocess.run(['pdftoppm', '-r', '60', '-png', '-singlefile', '-f', str(n), '-l', str(n), pdf,
                                    os.path.join(pictures, f'{plan}-{name}')], check=True)
    for f in failures:
        print('FAIL', f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
