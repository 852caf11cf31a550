// Accessibility checks of a built site, run by ctest (tests/browser/CMakeLists.txt).
// Usage: node tests/browser/check.mjs SUITE SITE_DIR [--screenshots DIR] [--results-json FILE --content DIR]
//   SUITE: axe | vnu | behaviour | visual | semantics | all (behaviour.mjs's three parts are separate
//   suites so that ctest runs each in its own time limit)
// Any violation or error fails (exit 1) and is printed with its page and rule. --results-json
// writes the figures for the site's accessibility/results page (see docs/accessibility.md).
import path from 'node:path';
import { findPages, serve, launch, runAxe, runVnu, report, WIDTHS } from './lib.mjs';
import { runBehaviour, PARTS } from './behaviour.mjs';
import { writeResults } from './results.mjs';

const [suite, siteArg, ...rest] = process.argv.slice(2);
const opt = (name) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : undefined; };
if (!['axe', 'vnu', ...PARTS, 'all'].includes(suite) || !siteArg) {
  console.error(`usage: check.mjs axe|vnu|${PARTS.join('|')}|all SITE_DIR [--screenshots DIR] [--results-json FILE --content DIR]`);
  process.exit(2);
}
const site = path.resolve(siteArg);
const pages = findPages(site);
const want = (s) => suite === s || suite === 'all';
let failed = 0;
const figures = { site, pages };

if (want('vnu')) {
  const errors = runVnu(site, pages);
  failed += report('vnu', errors);
  figures.vnuErrors = errors.length;
  console.log(`vnu: ${errors.length} error(s) in ${pages.length} pages`);
}
const parts = PARTS.filter(want);
if (want('axe') || parts.length) {
  const server = await serve(site);
  const browser = await launch();
  figures.browserVersion = browser.version();  // for the results file's tool list
  try {
    if (want('axe')) {
      const { violations, rules } = await runAxe(browser, server.url, site, pages);
      failed += report('axe', violations);
      Object.assign(figures, { axeViolations: violations.length, axeRules: rules });
      console.log(`axe: ${violations.length} violation(s) in ${pages.length} pages × ${WIDTHS.join('px, ')}px`);
    }
    if (parts.length) {
      const results = await runBehaviour(browser, server.url, site, pages, { screenshots: opt('--screenshots'), parts });
      const bad = results.filter((r) => !r.ok);
      failed += report(parts.join('+'), bad);
      figures.behaviour = results;
      console.log(`${parts.join(' + ')}: ${results.length - bad.length} passed, ${bad.length} failed`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
if (opt('--results-json')) {
  if (suite !== 'all') throw new Error('--results-json needs the suite "all"');
  writeResults(opt('--results-json'), opt('--content') || 'content', figures);
}
console.log(failed ? `${failed} problem(s)` : 'no problems');
process.exit(failed ? 1 : 0);
