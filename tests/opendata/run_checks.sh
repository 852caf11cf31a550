#!/usr/bin/env bash
# Open data read by real consumers (tests/opendata/check_opendata.py), on the bundled plans and
# on tests/opendata/unseen (a plan the team did not write); then proof the checker can fail, and
# what a wrong check digit in a plan's own publisher gets.
# Usage: run_checks.sh PLANPUB_BINARY SOURCE_DIR WORK_DIR CASE   (CASE: bundled | unseen | evaluation | printed-pdf | faults | bad-code | schema-agrees)
set -uo pipefail
planpub=$1 src=$2 work=$3 case=$4
check="/usr/bin/python3 $src/tests/opendata/check_opendata.py"
export SOURCE_DATE_EPOCH=1764028800  # dates in the data must not depend on the day the test runs
rm -rf "$work" && mkdir -p "$work"
die() { echo "FAILED: $*"; exit 1; }

case $case in
bundled)
  "$planpub" build --content "$src/content" --out "$work/site" || die "build of content/"
  $check "$work/site" https://plans.example.jp/ --content "$src/content" --schemas "$src/schemas" || die "checks on content/"
  # Built on another day, the open data is byte-identical (its dates come from the content).
  SOURCE_DATE_EPOCH=1795564800 "$planpub" build --content "$src/content" --out "$work/later" 2>/dev/null || die "build on another day"
  diff -r "$work/site/opendata" "$work/later/opendata" || die "opendata/ changed with the day of the build"
  echo "opendata/ byte-identical when built on another day ($(find "$work/site/opendata" -type f | wc -l) files)"
  ;;
evaluation)
  # A plan with a yearly evaluation (tests/data/evaluation): evaluation.csv is read by every consumer.
  "$planpub" build --content "$src/tests/data/evaluation" --out "$work/site" || die "build of the evaluation plan"
  $check "$work/site" https://example.jp/plans/ --content "$src/tests/data/evaluation" --schemas "$src/schemas" \
    || die "checks on the evaluation plan"
  rows=$(/usr/bin/python3 -c "import csv,sys; print(len(list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')))))" \
    "$work/site/opendata/222097/beta/222097_beta_evaluation.csv")
  [ "$rows" = 14 ] || die "evaluation.csv has $rows rows, not the 14 of evaluation.csv"
  echo "evaluation.csv: $rows rows"
  ;;
printed-pdf)
  # After `planpub pdf` each plan's PDF is a distribution: the catalogue, datapackage and list must
  # still pass every consumer. A stand-in for chromium writes the PDFs (tests/print prints real ones).
  printf '#!/bin/sh\nfor a; do case "$a" in --print-to-pdf=*) printf "%%%%PDF-1.7 stand-in" > "${a#--print-to-pdf=}";; esac; done\n' \
    >"$work/chromium" && chmod +x "$work/chromium"
  PLANPUB_CHROMIUM="$work/chromium" "$planpub" pdf --content "$src/content" --out "$work/site" || die "planpub pdf"
  pdfs=$(find "$work/site/opendata" -name '*.pdf' | wc -l)
  [ "$pdfs" -gt 0 ] || die "no PDF written"
  $check "$work/site" https://plans.example.jp/ --content "$src/content" --schemas "$src/schemas" || die "checks with PDFs"
  listed=$(grep -c 'application/pdf' "$work/site/opendata/datapackage.json")
  [ "$listed" = "$pdfs" ] || die "$pdfs PDFs, $listed in datapackage.json"
  echo "$pdfs PDFs, each a distribution that every consumer read"
  ;;
unseen)
  "$planpub" build --content "$src/tests/opendata/unseen" --out "$work/site" || die "build of the unseen plans"
  $check "$work/site" https://data.example.org/shinshu/plans/ --content "$src/tests/opendata/unseen" --schemas "$src/schemas" \
    || die "checks on the unseen plans"
  ;;
faults)
  # Each fault must be caught; a checker that passes broken data proves nothing.
  "$planpub" build --content "$src/tests/opendata/unseen" --out "$work/site" || die "build"
  base=https://data.example.org/shinshu/plans/
  break_and_expect_failure() {  # $1: what, $2: a python statement run with `p` = the copy's opendata folder,
                                # $3 (optional): a text one FAIL line must hold (caught for the right reason)
    rm -rf "$work/broken" && cp -r "$work/site" "$work/broken"
    /usr/bin/python3 -c "import json,os,re; p='$work/broken/opendata'; $2" || die "could not break: $1"
    if $check "$work/broken" "$base" >"$work/out.txt" 2>&1; then cat "$work/out.txt"; die "checker missed: $1"; fi
    grep -q "^FAIL:" "$work/out.txt" || { cat "$work/out.txt"; die "checker crashed instead of reporting: $1"; }
    grep -q "Traceback" "$work/out.txt" && { cat "$work/out.txt"; die "checker crashed after reporting: $1"; }
    [ -z "${3:-}" ] || grep "^FAIL:" "$work/out.txt" | grep -qF -- "$3" || { cat "$work/out.txt"; die "$1 not reported as: $3"; }
    echo "caught: $1 ($(grep -c '^FAIL:' "$work/out.txt") failures)"
  }
  plan="p+'/202029/green-city/202029_green-city_plan.json'"
  kpi="p+'/202029/green-city/202029_green-city_kpi.csv'"
  break_and_expect_failure "plan.json without kpis" "f=$plan; d=json.load(open(f)); del d['kpis']; json.dump(d, open(f,'w'))"
  break_and_expect_failure "a unit inside 値" "f=$kpi; b=open(f,'rb').read(); open(f,'wb').write(b.replace(b',1301,', b',1301ha,'))"
  break_and_expect_failure "LF instead of CRLF" "f=$kpi; b=open(f,'rb').read(); open(f,'wb').write(b.replace(b'\r\n', b'\n'))"
  break_and_expect_failure "no BOM" "f=$kpi; b=open(f,'rb').read(); open(f,'wb').write(b[3:])"
  break_and_expect_failure "CSVW column renamed" "f=$kpi+'-metadata.json'; d=json.load(open(f)); d['tableSchema']['columns'][4]['titles']='x'; json.dump(d, open(f,'w'))"
  break_and_expect_failure "Turtle syntax error" "f=p+'/catalog.ttl'; open(f,'a').write('<broken')"
  break_and_expect_failure "JSON-LD and Turtle disagree" "f=p+'/catalog.ttl'; s=open(f).read(); open(f,'w').write(s.replace('dcat:downloadURL', 'dcat:accessURL', 1))"
  break_and_expect_failure "relative downloadURL" "f=p+'/catalog.jsonld'; s=open(f).read(); open(f,'w').write(s.replace('https://data.example.org/shinshu/plans/opendata/202029', 'opendata/202029'))"
  break_and_expect_failure "wrong check digit in a CSV" "f=$kpi; b=open(f,'rb').read(); open(f,'wb').write(b.replace(b'\n202029,', b'\n202028,'))"
  break_and_expect_failure "a raw glossary anchor in a URL" "f=p+'/glossary.json'; d=json.load(open(f)); t=[t for t in d['terms'] if not t['id'].isascii()][0]; t['url']=t['url'].split('#')[0]+'#'+t['id']; json.dump(d, open(f,'w'))"
  break_and_expect_failure "a formula in a CSV text cell" "f=$kpi; b=open(f,'rb').read(); open(f,'wb').write(b.replace(b',green-city,', b',=green-city,', 1))"
  break_and_expect_failure "datapackage field renamed" "f=p+'/datapackage.json'; d=json.load(open(f)); d['resources'][0]['schema']['fields'][5]['name']='x'; json.dump(d, open(f,'w'))"
  # DCAT-AP 3 (SHACL shapes), Frictionless' JavaScript reader, licence nodes.
  break_and_expect_failure "the catalogue without its description" "f=p+'/catalog.ttl'; s=open(f).read(); open(f,'w').write(re.sub(r'dct:description \"[^\"]*\"@ja ;', '', s, count=1))" "shacl: https://data.example.org/shinshu/plans/opendata/index.html#catalog http://purl.org/dc/terms/description"
  break_and_expect_failure "a format as a literal, not an EU file type" "f=p+'/catalog.ttl'; s=open(f).read(); open(f,'w').write(s.replace('dct:format <http://publications.europa.eu/resource/authority/file-type/CSV>', 'dct:format \"CSV\"', 1))" "file-type"
  break_and_expect_failure "a BOM in the Frictionless copy" "f=p+'/nobom/glossary.csv'; b=open(f,'rb').read(); open(f,'wb').write(b'\xef\xbb\xbf'+b)" "frictionless: nobom/glossary.csv"
  break_and_expect_failure "a licence without its title" "f=p+'/catalog.jsonld'; d=json.load(open(f)); [n.pop('dct:title') for n in d['@graph'] if 'dct:LicenseDocument' in n.get('@type', [])]; json.dump(d, open(f,'w'))" "has a licence node with a title"
  # Required files: each one deleted must be caught (they were optional once).
  break_and_expect_failure "glossary.json deleted" "os.remove(p+'/glossary.json')" "required open-data file opendata/glossary.json exists"
  break_and_expect_failure "glossary.ttl deleted" "os.remove(p+'/glossary.ttl')" "required open-data file opendata/glossary.ttl exists"
  break_and_expect_failure "glossary.csv deleted" "os.remove(p+'/glossary.csv')" "required open-data file opendata/glossary.csv exists"
  break_and_expect_failure "all four glossary files deleted" "[os.remove(p+'/glossary.'+e) for e in ['json','ttl','csv','csv-metadata.json']]" "required open-data file opendata/glossary.csv-metadata.json exists"
  break_and_expect_failure "a plan's kpi.csv deleted" "os.remove($kpi)" "required open-data file opendata/202029/green-city/202029_green-city_kpi.csv exists"
  break_and_expect_failure "a plan's structure.csv and its CSVW deleted" "f=p+'/202029/green-city/202029_green-city_structure.csv'; os.remove(f); os.remove(f+'-metadata.json')" "202029_green-city_structure.csv-metadata.json exists"
  break_and_expect_failure "a plan's whole open-data folder deleted" "import shutil; shutil.rmtree(p+'/202207')" "plan azumino-dx has one open-data folder"
  break_and_expect_failure "glossary.csv without its BOM" "f=p+'/glossary.csv'; b=open(f,'rb').read(); open(f,'wb').write(b[3:])" "glossary.csv starts with a UTF-8 BOM"
  break_and_expect_failure "glossary.csv with LF line ends" "f=p+'/glossary.csv'; b=open(f,'rb').read(); open(f,'wb').write(b.replace(b'\\r\\n', b'\\n'))" "glossary.csv uses CRLF between records"
  break_and_expect_failure "glossary.csv columns unlike its CSVW" "f=p+'/glossary.csv-metadata.json'; d=json.load(open(f)); d['tableSchema']['columns'][3]['titles']='x'; json.dump(d, open(f,'w'))" "glossary.csv-metadata.json columns equal the CSV header"
  break_and_expect_failure "glossary.csv missing a term's row" "f=p+'/glossary.csv'; b=open(f,'rb').read(); open(f,'wb').write(b[:b.rindex(b'\\r\\n', 0, len(b)-2)+2])" "glossary.csv has one row per term of glossary.json"
  # The glossary's dataset and distributions dropped from catalog.jsonld, catalog.ttl rewritten to
  # match (so only the dataset count and the downloads can notice).
  break_and_expect_failure "the glossary's dataset missing from the catalogue" "import rdflib; f=p+'/catalog.jsonld'; d=json.load(open(f)); d['@graph']=[n for n in d['@graph'] if 'glossary' not in n['@id']]; [n.__setitem__('dcat:dataset', [x for x in n['dcat:dataset'] if 'glossary' not in x['@id']]) for n in d['@graph'] if 'dcat:dataset' in n]; json.dump(d, open(f,'w')); rdflib.Graph().parse(f, format='json-ld').serialize(p+'/catalog.ttl', format='turtle')" "one dcat:Dataset per plan and one for the glossary"
  ;;
schema-agrees)
  # A plan planpub check accepts validates against schemas/front-matter.schema.json: a plan's own
  # publisher without its prefecture (site.yaml's is used), and every plan of the content folders.
  cp -r "$src/tests/opendata/unseen" "$work/content"
  grep -q "^  prefecture:" "$work/content/plans/azumino-dx/index.md" || die "the plan has no prefecture to leave out"
  sed -i '/^  prefecture:/d' "$work/content/plans/azumino-dx/index.md"
  "$planpub" check --content "$work/content" || die "planpub check refused the plan"
  /usr/bin/python3 "$src/tests/opendata/check_front_matter_schema.py" "${SCHEMA:-$src/schemas/front-matter.schema.json}" \
    "$work/content" "$src/content" "$src/tests/bad-input/base" "$src/tests/data/evaluation" \
    "$src/tests/data/evaluation-etajima" || die "a plan planpub accepts fails the schema"
  ;;
bad-code)
  cp -r "$src/tests/opendata/unseen" "$work/content"
  "$planpub" build --content "$work/content" --out "$work/out" || die "the good build"
  before=$(cd "$work/out" && find . -type f -exec md5sum {} + | sort)
  sed -i 's/"202207"/"202208"/' "$work/content/plans/azumino-dx/index.md"
  "$planpub" build --content "$work/content" --out "$work/out" >"$work/err.txt" 2>&1
  code=$?
  cat "$work/err.txt"
  [ $code -eq 1 ] || die "expected exit 1, got $code"
  grep -q "plans/azumino-dx/index.md:10:26: error\[publisher.bad-code\]" "$work/err.txt" || die "no file:line:col error for the code"
  grep -q "hint:" "$work/err.txt" || die "no hint"
  [ "$(cd "$work/out" && find . -type f -exec md5sum {} + | sort)" = "$before" ] || die "the previous output was touched"
  ;;
*) die "unknown case $case" ;;
esac
echo "ok: $case"
