// Takes screenshots of key pages at 360 px and 1280 px in Debian's chromium (no browser download).
// Usage: node tests/browser/screenshots.mjs SITE_DIR OUT_DIR
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const site = path.resolve(process.argv[2] || 'public');
const out = path.resolve(process.argv[3] || 'tests/browser/screenshots');
mkdirSync(out, { recursive: true });
const pages = process.argv.slice(4).length ? process.argv.slice(4) : [
  'index.html', 'izunokuni/index.html', 'izunokuni/goal1/index.html', 'ashibetsu/kpi/index.html',
  'chita/relationship/index.html',
];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of pages) {
    await page.goto(pathToFileURL(path.join(site, p)).href);
    const name = p.replace(/\//g, '_').replace(/\.html$/, '') + `-${width}.png`;
    await page.screenshot({ path: path.join(out, name), fullPage: true });
    console.log(path.join(out, name));
  }
  await page.close();
}
await browser.close();
