// Open data read by JavaScript consumers, as a portal's tools would:
// - rdf-validate-shacl checks opendata/catalog.ttl (parsed by N3.js) against the DCAT-AP 3 shapes
//   in dcat-ap-3-shapes.ttl; each violation is printed as `FAIL: shacl: …`;
// - Frictionless' JavaScript reader (npm `datapackage`) reads every table of datapackage.json;
//   each is printed as `ROWS <path> <n>` (check_opendata.py compares the counts with the CSVs),
//   a table it cannot read as `FAIL: frictionless: …`.
// Usage: node js_readers.mjs SITE_DIR SHAPES_TTL
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import rdf from '@zazuko/env';
import N3 from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const require = createRequire(import.meta.url);
const { Package } = require('datapackage');
const [site, shapesFile] = process.argv.slice(2);

function load(file, base) {
  const dataset = rdf.dataset();
  for (const q of new N3.Parser({ baseIRI: base }).parse(fs.readFileSync(file, 'utf8'))) dataset.add(q);
  return dataset;
}

const shapes = load(shapesFile, 'https://planpub.example/shapes');
const data = load(path.join(site, 'opendata', 'catalog.ttl'), 'https://planpub.example/');
const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
let violations = 0;
for (const r of report.results) {
  violations++;
  const message = r.message.map((m) => m.value).join(' ');
  console.log(`FAIL: shacl: ${r.focusNode?.value} ${r.path?.value ?? ''}: ${message}`);
}
console.log(`SHACL ${data.size} triples, ${violations} violation(s)`);

const pkg = await Package.load(path.join(site, 'opendata', 'datapackage.json'));
if (!pkg.valid) for (const e of pkg.errors) console.log(`FAIL: frictionless: datapackage.json: ${e.message}`);
for (const r of pkg.resources) {
  if (!r.tabular) continue;
  // The evaluation sheet (.xlsx) counts as tabular by its extension, but datapackage-js cannot read
  // xlsx and the sheet is a printed layout; its figures are the evaluation CSV's, a declared table.
  if (r.descriptor.type !== 'table') {
    console.log(`NOT READ ${r.descriptor.path} (${r.descriptor.format}, not a declared table)`);
    continue;
  }
  try {
    const rows = await r.read({ keyed: true });
    const first = Object.keys(rows[0] ?? {})[0] ?? '';
    if (rows.length && first.charCodeAt(0) === 0xfeff) console.log(`FAIL: frictionless: ${r.descriptor.path}: first header keeps the BOM`);
    console.log(`ROWS ${r.descriptor.path} ${rows.length}`);
  } catch (e) {
    const details = (e.errors ?? []).slice(0, 2).map((x) => x.message).join('; ');
    console.log(`FAIL: frictionless: ${r.descriptor.path}: ${e.message} ${details}`);
  }
}
