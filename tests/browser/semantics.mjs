// What a screen reader announces and what a phone or paper shows, measured in the browser
// (issue 17 items 1, 6, 8 and 10): matrix cells announced with their row headers (Chromium's
// accessibility tree), KPI tables and matrices without sideways scrolling at 320 px, one Tab stop
// per glossary term, one accessible name per chart with no repeated text, region landmarks only
// where they help, and external link targets in print.
// Returns [{check, page, ok, detail}].
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openPage } from './lib.mjs';

// The page's accessibility tree as Chromium gives it to screen readers (CDP), ignored nodes left out.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const role = (n) => n.role?.value || '';
  const name = (n) => (n.name?.value || '').trim();
  const desc = (n) => (n.description?.value || '').trim();
  // Children as a screen reader sees them: ignored (generic, presentational) nodes are looked through.
  const kids = (n) => (n.childIds || []).map((id) => byId.get(id)).filter(Boolean)
    .flatMap((c) => (c.ignored || role(c) === 'generic' || role(c) === 'none') ? kids(c) : [c]);
  return { nodes: nodes.filter((n) => !n.ignored), role, name, desc, kids };
}

// Every row of a matrix (a table with a cell announced 該当) has a named row header, so moving
// down a column the cell is announced with its row's label.
async function matrixRowHeaders(page, p, label, out) {
  const ax = await axTree(page);
  const rows = ax.nodes.filter((n) => ax.role(n) === 'row');
  const marked = rows.filter((r) => ax.kids(r).some((c) => /cell/.test(ax.role(c)) && ax.name(c).includes('該当')));
  if (marked.length === 0) return;
  const bare = marked.filter((r) => !ax.kids(r).some((c) => ax.role(c) === 'rowheader' && ax.name(c).length > 0))
    .map((r) => ax.kids(r).map((c) => `${ax.role(c)}「${ax.name(c).slice(0, 20)}」`).join(' '));
  out.push({ check: `matrix cells announced with a row header (accessibility tree) at ${label}`, page: p, ok: bare.length === 0,
    detail: { rows: marked.length, withoutRowHeader: bare.length, first: bare.slice(0, 2) } });
}

// In the page: the tables a phone must show without a sideways swipe (KPI tables and matrices):
// neither the table nor any of its containers up to main may scroll sideways.
function tableOverflow() {
  const tables = [...document.querySelectorAll('main table')].filter((t) =>
    t.closest('.kpi, .kpi-table') || t.classList.contains('kpi-table') || t.querySelector('td .visually-hidden'));
  const bad = [];
  for (const t of tables) {
    for (let e = t; e && e.tagName !== 'MAIN'; e = e.parentElement)
      if (e.scrollWidth > e.clientWidth + 1) {
        bad.push({ table: (t.caption?.textContent || '(no caption)').slice(0, 40), el: e.tagName.toLowerCase() + '.' + e.className,
          scrollWidth: e.scrollWidth, clientWidth: e.clientWidth });
        break;
      }
  }
  const d = document.documentElement;
  return { tables: tables.length, bad, page: { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth } };
}

// In the page: Tab stops that belong to a glossary term (the link, a toggle, or the term button).
function termTabStops() {
  const tabbable = (el) => el.tabIndex >= 0 && !el.disabled && el.checkVisibility({ visibilityProperty: true });
  return [...document.querySelectorAll('a.term, .term-toggle, button.term')].filter(tabbable).length;
}

// Each chart (svg role=img): a name, a description, and neither repeating the other.
async function chartNames(page, p, out) {
  const ax = await axTree(page);
  const charts = ax.nodes.filter((n) => /^(image|img)$/.test(ax.role(n)) && ax.name(n).length > 0);
  const ids = await page.evaluate(() => document.querySelectorAll('svg.kpi-chart').length);
  if (ids === 0) return;
  const bad = charts.map((n) => ({ name: ax.name(n), description: ax.desc(n) }))
    .filter((c) => !c.description || c.name.includes(c.description) || c.description.includes(c.name));
  out.push({ check: 'each chart: one accessible name and a description, no text repeated', page: p,
    ok: charts.length >= ids && bad.length === 0, detail: { charts: ids, inTree: charts.length, bad: bad.slice(0, 2) } });
}

// Region landmarks: only where they help a reader find a place (not one per table that does not scroll).
async function regions(page, p, out) {
  const ax = await axTree(page);
  const list = ax.nodes.filter((n) => ax.role(n) === 'region').map((n) => ax.name(n));
  out.push({ check: 'KPI page: at most 2 region landmarks', page: p, ok: list.length <= 2, detail: { regions: list.length, names: list.slice(0, 5) } });
}

// In the page: table scroll containers that are a Tab stop or a named region although their table
// fits (nothing to scroll to).
function idleRegions() {
  return [...document.querySelectorAll('.table-scroll')].filter((b) => b.scrollWidth <= b.clientWidth + 1
    && (b.hasAttribute('tabindex') || b.getAttribute('role') === 'region'))
    .map((b) => `${b.getAttribute('role') || ''} ${b.getAttribute('aria-label') || ''}`.trim().slice(0, 60));
}

// In print: every shown external link either shows its address as its text or prints it after.
function printedTargets() {
  const links = [...document.querySelectorAll('a[href^="http://"], a[href^="https://"]')].filter((a) => a.checkVisibility());
  const missing = links.filter((a) => {
    const after = getComputedStyle(a, '::after').content;
    return !a.textContent.includes(a.getAttribute('href')) && !after.includes(a.getAttribute('href'));
  });
  return { links: links.length, missing: missing.map((a) => a.outerHTML.slice(0, 100)) };
}

export async function runSemantics(browser, base, site, pages) {
  const out = [];
  const desk = await openPage(browser, site, { viewport: { width: 1280, height: 900 } });
  const narrow = await openPage(browser, site, { viewport: { width: 320, height: 800 } });
  for (const p of pages) {
    const url = base + p;
    const html = readFileSync(path.join(site, p), 'utf8');
    const isKpi = /(^|\/)kpi\/index\.html$/.test(p);
    const hasMatrix = html.includes('<span class="visually-hidden">該当</span>');
    await desk.goto(url);
    if (hasMatrix) await matrixRowHeaders(desk, p, '1280px', out);
    const terms = (html.match(/<a class="term"/g) || []).length;
    if (terms > 0) {
      const stops = await desk.evaluate(termTabStops);
      out.push({ check: 'one Tab stop per glossary term', page: p, ok: stops === terms, detail: { terms, tabStops: stops } });
    }
    await chartNames(desk, p, out);
    const idle = await desk.evaluate(idleRegions);
    const idleNarrow = await narrow.goto(url).then(() => narrow.evaluate(idleRegions));
    if (html.includes('class="table-scroll"'))
      out.push({ check: 'a table container is a Tab stop and region only while it scrolls (1280px, 320px)', page: p,
        ok: idle.length === 0 && idleNarrow.length === 0, detail: { at1280: idle.slice(0, 3), at320: idleNarrow.slice(0, 3) } });
    if (isKpi) await regions(desk, p, out);
    await desk.emulateMedia({ media: 'print' });
    const pr = await desk.evaluate(printedTargets);
    await desk.emulateMedia({ media: 'screen' });
    if (pr.links > 0) out.push({ check: 'print: external link targets shown', page: p, ok: pr.missing.length === 0, detail: pr });
    if (isKpi || hasMatrix) {
      await narrow.goto(url);
      if (hasMatrix) await matrixRowHeaders(narrow, p, '320px', out);
      const o = await narrow.evaluate(tableOverflow);
      out.push({ check: 'KPI tables and matrices: no page or table sideways scroll at 320px', page: p,
        ok: o.bad.length === 0 && o.page.scrollWidth <= o.page.clientWidth, detail: o });
    }
  }
  for (const pg of [desk, narrow]) await pg.close();
  return out;
}
