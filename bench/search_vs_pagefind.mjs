// planpub's search and Pagefind on the same built site and the same queries, in Debian's chromium
// over a 127.0.0.1 server (bench/search_vs_pagefind.sh prepares the sites; see docs/search.md).
// For each engine: recall@5 judged as tests/search/query_check.mjs does (the wanted URL, with its
// #anchor, among the first five results; for Pagefind, whose results are pages, the page among the
// first five and the anchor among that page's sub-results), also per page (anchor ignored); bytes
// fetched per query with a cold cache (a new browser context per query); and
// whether a query works from file://.
// Usage: node search_vs_pagefind.mjs ENGINE SITE QUERIES.tsv OUT.json   (ENGINE: planpub | pagefind)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { launch, serve } from '../tests/browser/lib.mjs';

const [engine, siteArg, queriesFile, outFile] = process.argv.slice(2);
const site = path.resolve(siteArg);
const rows = fs.readFileSync(queriesFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'));
// The page a query opens: planpub's own search page; for Pagefind a bare page that imports
// pagefind.js and calls search() then data() on the first five (what its UI does), written by the .sh.
const searchPage = engine === 'planpub' ? 'search/index.html' : 'pagefind-search.html';
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;

// Runs one query in `page` (already on the search page's URL base); returns the ranked URLs
// (site-relative) and, for Pagefind, each page's sub-result URLs.
async function runQuery(page, base, q) {
  if (engine === 'planpub') {
    await page.goto(base + searchPage + '?q=' + encodeURIComponent(q));
    await page.waitForFunction(() => /検索結果|見つかりません|読み込めません/.test(
      document.getElementById('search-status').textContent), null, { timeout: 30000 });
    const hrefs = await page.$$eval('#search-results li > a', (as) => as.map((a) => a.getAttribute('href')));
    return hrefs.slice(0, 5).map((h) => ({ url: decodeURI(h.replace(/^\.\.\//, '')), subs: [] }));
  }
  await page.goto(base + searchPage);
  return page.evaluate(async (query) => {
    const pagefind = await import('./pagefind/pagefind.js');
    const found = await pagefind.search(query);
    const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
    const rel = (u) => decodeURI(u.replace(/^\//, ''));
    return data.map((d) => ({ url: rel(d.url), subs: (d.sub_results || []).map((s) => rel(s.url)) }));
  }, q);
}

const browser = await launch();
const server = await serve(site);
const out = { engine, site: siteArg, queries: rows.length, top1: 0, top5: 0, page5: 0, perQuery: [] };
try {
  for (const [q, want] of rows) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let raw = 0, gzip = 0;
    const pending = [];
    // Counted: every file of the engine the query fetches, cold cache — planpub: assets/search.js
    // and search/*.js (docs, shards, texts); Pagefind: pagefind/* (pagefind.js, its worker and wasm,
    // entry, meta, index chunks, fragments). Not counted: the HTML page and its stylesheet.
    page.on('response', (r) => {
      const rel = new URL(r.url()).pathname;
      const ours = engine === 'planpub' ? /^\/(assets\/search\.js|search\/[^/]+\.js)$/.test(rel)
                                        : rel.startsWith('/pagefind/');
      if (ours) pending.push(r.body().then((b) => { raw += b.length; gzip += gz(b); }, () => {}));
    });
    let results = [];
    let error = null;
    try {
      results = await runQuery(page, server.url, q);
    } catch (e) {
      error = String(e.message || e).split('\n')[0];
    }
    await Promise.all(pending);
    await context.close();
    const [wantPage, anchor] = want.split('#');
    let rank = 0, pageRank = 0;
    results.forEach((r, i) => {
      const [p] = r.url.split('#');
      if (!pageRank && p === wantPage) pageRank = i + 1;
      const hit = r.url === want || (anchor !== undefined && p === wantPage && r.subs.includes(want));
      if (!rank && hit) rank = i + 1;
    });
    if (rank === 1) ++out.top1;
    if (rank) ++out.top5;
    if (pageRank) ++out.page5;
    out.perQuery.push({ q, want, rank, pageRank, raw, gzip, got: results.map((r) => r.url), error });
  }
  // From file://: the same search page, one query, the first result or the error it gave.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message).split('\n')[0]));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text().split('\n')[0]); });
  try {
    const res = await runQuery(page, pathToFileURL(site).href + '/', rows[0][0]);
    out.fileUrl = res.length ? { works: true, why: `「${rows[0][0]}」 → ${res[0].url}` }
                             : { works: false, why: `no results; ${errors[0] || 'no error shown'}` };
  } catch (e) {
    out.fileUrl = { works: false, why: (errors[0] || String(e.message || e)).split('\n')[0].slice(0, 160) };
  }
  await context.close();
} finally {
  await server.close();
  await browser.close();
}
fs.writeFileSync(outFile, JSON.stringify(out, null, 1));
console.log(`${engine} ${siteArg}: recall@5 ${(out.top5 / out.queries).toFixed(3)} (${out.top5}/${out.queries})`);
