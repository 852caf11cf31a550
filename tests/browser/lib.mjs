// Shared pieces of the browser checks: page discovery, a loopback static server, Debian's chromium,
// axe-core and the Nu HTML Checker. Each suite launches chromium once and reuses its pages.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const WIDTHS = [360, 1280];

// Every *.html below the output folder, '/'-separated and sorted, so runs are comparable.
export function findPages(site) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(path.relative(site, full).split(path.sep).join('/'));
    }
  };
  walk(site);
  if (out.length === 0) throw new Error(`no *.html under ${site}: was the site built?`);
  return out;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml' };

// A static server on 127.0.0.1 and a free port (0 = the kernel picks). It is closed by the suite;
// the unref'd timer ends a stuck run after 8 minutes so nothing is left listening.
export async function serve(site) {
  const root = path.resolve(site);
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(root, rel.endsWith('/') ? rel + 'index.html' : rel);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  setTimeout(() => { console.error('timeout: stopping'); process.exit(3); }, 8 * 60e3).unref();
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

// Debian's chromium only: Playwright never downloads a browser here. The background-networking
// flags keep chromium from calling out (the machine has no network beyond the registries).
export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

// The site's base_url, read back from its sitemap (every <loc> starts with it).
function baseUrlOf(site) {
  const f = path.join(site, 'sitemap.xml');
  const m = existsSync(f) && readFileSync(f, 'utf8').match(/<loc>(https?:\/\/[^<]*?\/)index\.html<\/loc>/);
  return m ? m[1] : null;
}

// A page in its own context. Requests for the site's base_url (404.html links from it, as it is
// served at any address) are answered from the built folder, so no request leaves the machine and
// the 404 page is checked with its stylesheet, as a visitor would see it.
export async function openPage(browser, site, options = {}) {
  const context = await browser.newContext(options);
  const base = baseUrlOf(site);
  if (base) await context.route(base + '**', (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(base).pathname.length));
    const file = path.join(site, rel || 'index.html');
    if (!existsSync(file) || statSync(file).isDirectory()) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)], body: readFileSync(file) });
  });
  // Anything else off this machine is refused rather than attempted.
  await context.route((u) => u.hostname !== '127.0.0.1' && !(base && u.href.startsWith(base)) && /^https?:$/.test(u.protocol),
    (route) => route.abort());
  const page = await context.newPage();
  page.close = () => context.close();  // closing the page ends its context too
  // Chromium now and then aborts a navigation at its start (net::ERR_ABORTED, "frame was detached"):
  // 2 of 7 runs of browser_semantics on one day (stop 40), on pages whose bytes had not changed. The same
  // URL is asked for once more; a page that aborts every time still fails.
  const goto = page.goto.bind(page);
  page.goto = async (url, opts) => {
    try {
      return await goto(url, opts);
    } catch (e) {
      if (!/net::ERR_ABORTED/.test(String(e && e.message))) throw e;
      return goto(url, opts);
    }
  };
  return page;
}

// axe-core at each width on every page: returns [{page, width, rule, impact, help, targets}].
export async function runAxe(browser, base, site, pages, log = () => {}) {
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const violations = [];
  const rules = {};  // rule id -> {tags, passes, violations}: for the per-criterion results
  for (const width of WIDTHS) {
    const page = await openPage(browser, site, { viewport: { width, height: 800 } });
    for (const p of pages) {
      await page.goto(base + p, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const r = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
      for (const [kind, list] of [['passes', r.passes], ['violations', r.violations]])
        for (const x of list) (rules[x.id] ||= { tags: x.tags, passes: 0, violations: 0 })[kind] += 1;
      for (const v of r.violations)
        violations.push({ page: p, width, rule: v.id, impact: v.impact, help: v.help,
          targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' — ' + n.failureSummary.split('\n').slice(1, 2).join('').trim()) });
      log(`axe ${width}px ${p}: ${r.violations.length} violation(s)`);
    }
    await page.close();
  }
  return { violations, rules };
}

// The Nu HTML Checker on every page (errors only): returns [{page, line, message}].
export function runVnu(site, pages) {
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  const files = pages.map((p) => path.join(site, p));
  const r = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw new Error(`cannot run java: ${r.error.message} (install default-jre-headless)`);
  let report;
  try { report = JSON.parse(r.stderr || r.stdout); } catch {
    throw new Error(`vnu printed no JSON (exit ${r.status}):\n${r.stderr}${r.stdout}`);
  }
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({ page: m.url ? path.relative(site, new URL(m.url).pathname) : '(vnu)', line: m.lastLine, message: m.message }));
  // A failing checker with no messages would otherwise pass silently.
  if (r.status !== 0 && errors.length === 0) throw new Error(`vnu exited ${r.status}:\n${r.stderr}`);
  return errors;
}

export function report(name, failures) {
  for (const f of failures) console.log(`FAIL ${name}: ${JSON.stringify(f)}`);
  return failures.length;
}
