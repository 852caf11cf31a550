// The site search in Debian's chromium, from file:// (no server: the index loads as <script>s):
// the header field leads to search/index.html, results appear with a count in the live region,
// a result opens its page at the section; without JavaScript the field is hidden and the page
// says why; at 320 px nothing scrolls sideways; axe (with results shown) and vnu on the page.
// Usage: node browser_search.mjs SITE
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, serve, runAxe, runVnu, report } from '../browser/lib.mjs';

const site = path.resolve(process.argv[2]);
const file = (p) => pathToFileURL(path.join(site, p)).href;
const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };
const browser = await launch();
try {
  const page = await openPage(browser, site, { viewport: { width: 1280, height: 800 } });
  await page.goto(file('izunokuni/index.html'));
  await page.fill('#site-search-q', 'でじたる技術');  // hiragana for デジタル: kana folding
  await page.press('#site-search-q', 'Enter');
  await page.waitForSelector('#search-results li a', { timeout: 10000 });
  expect(page.url().startsWith(file('search/index.html')), `the header form opens the search page, not ${page.url()}`);
  const status = await page.textContent('#search-status');
  expect(/検索結果：\d+件/.test(status), `the live region counts the results: "${status}"`);
  expect(await page.$('#search-results mark') !== null, 'a snippet marks the matched text');
  const first = await page.getAttribute('#search-results li a', 'href');
  await page.click('#search-results li a');
  await page.waitForLoadState('load');
  expect(page.url().includes('izunokuni/goal4/index.html'), `the first result opens its page: ${first} → ${page.url()}`);
  // Search again on the search page itself, keyboard only.
  await page.goto(file('search/index.html'));
  const landmarks = await page.locator('[role=search]').count();
  expect(landmarks === 1, `the search page has one search landmark (its own form), not ${landmarks}`);
  await page.focus('#search-q');
  await page.keyboard.type('ＫＰＩ');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#search-results li a');
  const top = await page.textContent('#search-results li a');
  expect(top.startsWith('KPI'), `ＫＰＩ finds the glossary's KPI first: ${top}`);
  await page.close();

  const narrow = await openPage(browser, site, { viewport: { width: 320, height: 640 } });
  await narrow.goto(file('search/index.html') + '?q=' + encodeURIComponent('子育て応援アプリ'));
  await narrow.waitForSelector('#search-results li a');
  const wide = await narrow.evaluate(() => document.documentElement.scrollWidth);
  expect(wide <= 320, `at 320 px the search page scrolls sideways (${wide} px)`);
  await narrow.close();

  const nojs = await openPage(browser, site, { javaScriptEnabled: false });
  await nojs.goto(file('izunokuni/index.html'));
  expect(await nojs.locator('#site-search-q').count() === 1, 'a plan page has the header field');
  expect(!(await nojs.isVisible('#site-search-q')), 'without JavaScript the header field is hidden');
  await nojs.goto(file('search/index.html'));
  expect(!(await nojs.isVisible('#search-form')), 'without JavaScript the search form is hidden');
  expect((await nojs.textContent('main')).includes('JavaScript が必要です'), 'without JavaScript the page says why');
  await nojs.close();

  const server = await serve(site);
  try {
    const q = 'search/index.html?q=' + encodeURIComponent('移住');
    const { violations } = await runAxe(browser, server.url, site, ['search/index.html', q]);
    for (const v of violations) failures.push(v);
  } finally {
    await server.close();
  }
  for (const e of runVnu(site, ['search/index.html'])) failures.push(e);
} finally {
  await browser.close();
}
const n = report('search', failures);
console.log(`search in chromium from file://: ${n} failure(s)`);
process.exit(n ? 1 : 0);
