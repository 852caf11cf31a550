// The stress site: generate a content tree (gen_stress_site.mjs), build it with planpub, run the
// Nu HTML Checker, axe-core and the behaviour checks on it, then write its accessibility results,
// rebuild, and check that the results page shows them (and is itself clean).
// Usage: node tests/browser/stress.mjs PLANPUB_BINARY [--screenshots DIR] [--keep DIR]
import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from './gen_stress_site.mjs';
import { findPages, serve, launch, runAxe, runVnu, report, WIDTHS } from './lib.mjs';
import { runBehaviour } from './behaviour.mjs';
import { writeResults } from './results.mjs';

const [planpub, ...rest] = process.argv.slice(2);
const opt = (name) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : undefined; };
if (!planpub) { console.error('usage: stress.mjs PLANPUB_BINARY [--screenshots DIR] [--keep DIR]'); process.exit(2); }
const dir = opt('--keep') || mkdtempSync(path.join(tmpdir(), 'planpub-stress-'));
const content = path.join(dir, 'content'), site = path.join(dir, 'site');
const build = () => {
  const r = spawnSync(planpub, ['build', '--strict', '--content', content, '--out', site], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`planpub build failed (${r.status}):\n${r.stderr}${r.stdout}`);
};
let failed = 0;
const check = (name, ok, detail) => { if (!ok) failed += report('stress', [{ check: name, detail }]); };
try {
  const made = generate(content);
  build();
  const pages = findPages(site);
  const html = (p) => readFileSync(path.join(site, p), 'utf8');
  // The generator's hazards must reach the output, or the checks below would prove little.
  const all = pages.map(html).join('\n');
  const linkedTerms = new Set([...all.matchAll(/data-term="([^"]*)"/g)].map((m) => m[1]));
  check(`all ${made.terms} glossary terms linked from the text`, linkedTerms.size === made.terms, { linked: linkedTerms.size });
  // Its ○ columns make it a matrix: stacked on phones, first column the row headers (issue 17 item 1).
  check('20-column table inside a named, focusable scroll region, a matrix',
    /<div class="table-scroll" role="region" tabindex="0" aria-label="20列[^"]*">\n<table class="matrix">\n<caption>/.test(all)
      && (html('stress/wide-table/index.html').match(/<th scope="col"/g) || []).length >= 20, {});
  check('very long plan title is the h1', html('stress/index.html').includes(`<h1>${made.longTitle}</h1>`), {});

  const figures = { site, pages, vnuErrors: 0 };
  const vnu = runVnu(site, pages);
  failed += report('vnu', vnu);
  figures.vnuErrors = vnu.length;
  const server = await serve(site);
  const browser = await launch();
  figures.browserVersion = browser.version();  // for the results file's tool list
  try {
    const { violations, rules } = await runAxe(browser, server.url, site, pages);
    failed += report('axe', violations);
    Object.assign(figures, { axeViolations: violations.length, axeRules: rules });
    const results = await runBehaviour(browser, server.url, site, pages, { screenshots: opt('--screenshots') });
    const bad = results.filter((r) => !r.ok);
    failed += report('behaviour', bad);
    figures.behaviour = results;
    console.log(`stress: ${pages.length} pages; vnu ${vnu.length} error(s); axe ${violations.length} violation(s) at ${WIDTHS.join('px, ')}px; behaviour ${results.length - bad.length} passed, ${bad.length} failed`);
    // The results page: written from these figures, rebuilt (the server reads files per request),
    // shown, and valid and clean itself.
    writeResults(path.join(content, 'accessibility-results.json'), content, figures);
    build();
    const resultsPage = 'accessibility/results/index.html';
    const shown = html(resultsPage);
    check('results page shows the figures', shown.includes(`axe-core 違反 ${figures.axeViolations}件`) && shown.includes('JIS X 8341-3:2016')
      && shown.includes('<caption>達成基準チェックリスト</caption>') && shown.includes(`<h2>試験したページ（${pages.length} ページ）</h2>`)
      && shown.includes('<td>未判定（人による確認が必要）</td>') && !shown.includes('まだ試験を実施していません'), {});
    failed += report('vnu', runVnu(site, [resultsPage]));
    failed += report('axe', (await runAxe(browser, server.url, site, [resultsPage])).violations);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  if (!opt('--keep') && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
console.log(failed ? `${failed} problem(s)` : 'no problems');
process.exit(failed ? 1 : 0);
