// Behaviour a person relies on, checked in the browser on every page of a built site:
// keyboard (skip link, Tab order, visible focus), the in-place glossary definition, reflow at
// 320 px and at 200% zoom, print, the page without JavaScript, page structure, last update and contact;
// then, unless `parts` leaves them out, visual.mjs and semantics.mjs. Returns [{check, page, ok, detail}].
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { openPage } from './lib.mjs';
import { runVisual } from './visual.mjs';
import { runSemantics } from './semantics.mjs';

const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable], [tabindex]';

// In the page: the elements Tab should reach, with their style when not focused, kept on window.
function collectFocusables(selector) {
  const keep = (el) => !el.disabled && el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true })
    && !(el.getAttribute('tabindex') || '').startsWith('-');
  const els = [...document.querySelectorAll(selector)].filter(keep);
  const style = (el) => { const s = getComputedStyle(el); return { ow: s.outlineWidth, os: s.outlineStyle, bs: s.boxShadow }; };
  window.__pp = { els, rest: els.map(style), style };
  return els.length;
}

// In the page: which collected element has focus now, and does its focus show (A11Y item 8:
// an outline of 2 px or more that is not there unfocused, or a box-shadow that changed)?
function focusState() {
  const { els, rest, style } = window.__pp;
  const el = document.activeElement;
  const i = els.indexOf(el);
  if (i < 0) return { i, tag: el ? el.tagName : null };
  const now = style(el);
  const outline = now.os !== 'none' && parseFloat(now.ow) >= 2 && (now.os !== rest[i].os || now.ow !== rest[i].ow);
  const shadow = now.bs !== 'none' && now.bs !== rest[i].bs;
  return { i, visible: outline || shadow, desc: el.outerHTML.slice(0, 90) };
}

async function keyboard(page, url, p, out) {
  await page.goto(url);
  const n = await page.evaluate(collectFocusables, FOCUSABLE);
  // Skip link: the first Tab stop, on screen when focused; Enter moves focus to main.
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const el = document.activeElement, r = el.getBoundingClientRect();
    return { isSkip: el.matches('a.skip-link[href="#main"]'), onScreen: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width > 0 };
  });
  let inMain = false;  // Enter only on the skip link: on another link it would leave the page
  if (skip.isSkip) {
    await page.keyboard.press('Enter');
    inMain = await page.evaluate(() => document.activeElement === document.querySelector('main#main'));
  }
  out.push({ check: 'skip link first, visible, focuses main', page: p, ok: skip.isSkip && skip.onScreen && inMain, detail: { ...skip, inMain } });
  // Tab from the top through the whole page, until focus leaves the document or comes round again.
  await page.goto(url);
  await page.evaluate(collectFocusables, FOCUSABLE);
  const reached = new Set(), hidden = [];
  for (let step = 0; step < n + 5; step++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(focusState);
    if (s.i < 0 || reached.has(s.i)) break;
    reached.add(s.i);
    if (!s.visible) hidden.push(s.desc);
  }
  const missed = await page.evaluate((got) => window.__pp.els.filter((_, i) => !got.includes(i)).map((e) => e.outerHTML.slice(0, 90)), [...reached]);
  out.push({ check: `all ${n} focusable elements reached by Tab`, page: p, ok: n > 0 && missed.length === 0, detail: missed.slice(0, 5) });
  out.push({ check: 'visible focus indicator on each', page: p, ok: hidden.length === 0, detail: hidden.slice(0, 5) });
}

// The in-place definition (themes/default/assets/planpub.js): with JavaScript each linked term is
// one button (one Tab stop, issue 17 item 6) whose definition ends with the link to the glossary
// entry; Enter and Space open it, Escape closes it and leaves focus on the button. On every page
// with linked terms each must have become such a button (a term left a bare link fails); the keys
// are checked on the first. Returns whether the page has linked terms.
async function glossaryToggle(page, url, p, out) {
  await page.goto(url);
  const terms = await page.evaluate(() => {
    const buttons = [...document.querySelectorAll('button.term')];
    const bad = buttons.filter((b) => {
      const panel = document.getElementById(b.getAttribute('aria-controls'));
      // The glossary page's entry, or — in a plan's print edition — its own appendix entry (#g-…),
      // which must exist in the page.
      const inPage = panel && panel.querySelector('a[href^="#g-"]');
      return !panel || !(panel.querySelector('a[href*="glossary/"]') ||
        (inPage && document.getElementById(decodeURIComponent(inPage.getAttribute('href').slice(1)))));
    });
    return { count: buttons.length + document.querySelectorAll('a.term').length,
      bare: [...document.querySelectorAll('a.term')].map((a) => a.outerHTML.slice(0, 120)), noEntryLink: bad.map((b) => b.outerHTML.slice(0, 120)) };
  });
  if (terms.count === 0) return false;
  out.push({ check: 'each linked term a button whose definition links the glossary entry', page: p, ok: terms.bare.length === 0 && terms.noEntryLink.length === 0,
    detail: { terms: terms.count, bare: terms.bare.slice(0, 5), noEntryLink: terms.noEntryLink.slice(0, 5) } });
  const button = page.locator('button.term').first();
  if (await button.count() === 0) {
    out.push({ check: 'glossary definition: Enter/Space open, Escape closes, focus stays', page: p, ok: false, detail: 'no term button to try' });
    return true;
  }
  const state = () => button.evaluate((b) => {
    const panel = document.getElementById(b.getAttribute('aria-controls'));
    return { expanded: b.getAttribute('aria-expanded'), shown: !!panel && panel.checkVisibility(),
      text: panel ? panel.textContent : '', focused: document.activeElement === b, name: b.textContent };
  });
  const problems = [];
  const start = await state();
  if (start.expanded !== 'false' || start.shown || !/用語の説明）$/.test(start.name || '')) problems.push({ start });
  for (const key of ['Enter', ' ']) {
    await button.focus();
    await page.keyboard.press(key);
    const open = await state();
    if (open.expanded !== 'true' || !open.shown || open.text.length < 3) problems.push({ key, open });
    await page.keyboard.press('Escape');
    const closed = await state();
    if (closed.expanded !== 'false' || closed.shown || !closed.focused) problems.push({ key, closed });
  }
  out.push({ check: 'glossary definition: Enter/Space open, Escape closes, focus stays', page: p, ok: problems.length === 0, detail: problems });
  return true;
}

// Print (A11Y.md item 20): navigation, skip link, pager and toggles hidden; the content printed.
async function print(page, url, p, out) {
  await page.emulateMedia({ media: 'print' });
  const r = await page.evaluate(() => {
    const shown = (el) => el.checkVisibility();
    const nav = [...document.querySelectorAll('.skip-link, .site-nav, .breadcrumbs, .pager, .term-definition')].filter(shown);
    // Closed details print their text (CSS alone: no beforeprint event is fired by emulation).
    const closed = [...document.querySelectorAll('details:not([open])')];
    const hiddenDetails = closed.filter((d) => [...d.children].some((c) => c.tagName !== 'SUMMARY' && !shown(c)));
    return { navShown: nav.map((e) => e.className), main: shown(document.querySelector('main')) && document.querySelector('main').innerText.length > 0,
      details: closed.length, hiddenDetails: hiddenDetails.map((d) => d.querySelector('summary')?.textContent) };
  });
  await page.emulateMedia({ media: 'screen' });
  out.push({ check: 'print: navigation hidden, content shown', page: p, ok: r.navShown.length === 0 && r.main, detail: r });
  out.push({ check: 'print: closed details show their text', page: p, ok: r.hiddenDetails.length === 0, detail: r });
}

// Page structure (A11Y.md items 1, 5, 6): lang, one main, one h1, no skipped heading level, body
// text of 16 px or more with line-height 1.7 or more. The title is collected to check uniqueness.
function structure() {
  const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => +h.tagName[1]);
  const skipped = levels.filter((l, i) => i > 0 && l > levels[i - 1] + 1);
  const b = getComputedStyle(document.body);
  return { lang: document.documentElement.lang, mains: document.querySelectorAll('main').length,
    h1s: levels.filter((l) => l === 1).length, skipped, title: document.title,
    fontPx: parseFloat(b.fontSize), lineHeight: parseFloat(b.lineHeight) / parseFloat(b.fontSize) };
}

// Every page states its last update and a contact (A11Y.md item 22).
function updatedAndContact() {
  const time = document.querySelector('footer .updated time[datetime]');
  const contact = document.querySelector('footer #contact-heading + address');
  return { updated: !!time && /^\d{4}-\d{2}-\d{2}$/.test(time.getAttribute('datetime')), contact: !!contact && contact.innerText.trim().length > 0 };
}

const overflow = (page) => page.evaluate(() => {
  const d = document.documentElement;
  return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth };
});

// In the page, with JavaScript off: links, tables and charts, each rendered and not hidden.
function staticContent() {
  document.querySelectorAll('details').forEach((d) => { d.open = true; });  // closed ≠ missing
  const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
    && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
  const sets = { links: 'a[href]', tables: 'table', charts: 'svg[role="img"]' };
  const r = { toggles: document.querySelectorAll('button.term').length };
  for (const [k, sel] of Object.entries(sets)) {
    const els = [...document.querySelectorAll(sel)];
    r[k] = els.length;
    r[k + 'Hidden'] = els.filter((e) => !shown(e)).map((e) => e.outerHTML.slice(0, 80));
  }
  return r;
}

// The same counted in the HTML file itself, so "present" is checked against the source.
function countInHtml(html) {
  const n = (re) => (html.match(re) || []).length;
  return { links: n(/<a\s[^>]*\bhref=/g), tables: n(/<table[\s>]/g), charts: n(/<svg\s[^>]*\brole="img"/g) };
}

// Up to one of each kind of page: home, a plan overview, a goal page, a KPI page, the glossary.
function keyPages(site, pages) {
  const has = (p, s) => readFileSync(path.join(site, p), 'utf8').includes(s);
  const picks = {
    home: pages.find((p) => p === 'index.html'),
    plan: pages.find((p) => /^[^/]+\/index\.html$/.test(p) && has(p, 'class="structure')),
    goal: pages.find((p) => /^[^/]+\/[^/]+\/index\.html$/.test(p) && has(p, 'class="page-goal"')),
    kpi: pages.find((p) => /^[^/]+\/kpi\/index\.html$/.test(p)),
    glossary: pages.find((p) => p === 'glossary/index.html'),
  };
  return Object.entries(picks).filter(([, p]) => p);
}

// The three parts a ctest test can run alone, so each stays well inside its time limit.
export const PARTS = ['behaviour', 'visual', 'semantics'];

export async function runBehaviour(browser, base, site, pages, { screenshots, parts = PARTS } = {}) {
  const out = [];
  if (parts.includes('behaviour')) out.push(...await runCore(browser, base, site, pages, screenshots));
  if (parts.includes('visual')) out.push(...await runVisual(browser, base, site, pages));
  if (parts.includes('semantics')) out.push(...await runSemantics(browser, base, site, pages));
  return out;
}

async function runCore(browser, base, site, pages, screenshots) {
  const out = [];
  const page = await openPage(browser, site, { viewport: { width: 1280, height: 900 } });
  const narrow = await openPage(browser, site, { viewport: { width: 320, height: 800 } });
  // 200% zoom at a 1280 px window: Chromium's zoom divides the layout viewport by the zoom factor
  // and doubles devicePixelRatio, so layout and media queries see 640 CSS px at scale 2: the same
  // as this viewport. (CSS `zoom` on the root would not change the media queries the theme uses.)
  const zoomed = await openPage(browser, site, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const noJs = await openPage(browser, site, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const toggled = new Set();
  const titles = [];
  for (const p of pages) {
    const url = base + p;
    await keyboard(page, url, p, out);
    if (await glossaryToggle(page, url, p, out)) toggled.add(p);
    await print(page, url, p, out);
    for (const [label, view] of [['320px', narrow], ['1280px at 200% zoom', zoomed]]) {
      await view.goto(url);
      const o = await overflow(view);
      out.push({ check: `no horizontal page scroll at ${label}`, page: p, ok: o.scrollWidth <= o.clientWidth, detail: o });
    }
    await noJs.goto(url);
    const st = await noJs.evaluate(structure);
    titles.push(st.title);
    out.push({ check: 'lang ja, one main, one h1, no skipped heading level, body 16px/1.7', page: p,
      ok: st.lang === 'ja' && st.mains === 1 && st.h1s === 1 && st.skipped.length === 0 && st.fontPx >= 16 && st.lineHeight >= 1.7 - 1e-6, detail: st });
    const meta = await noJs.evaluate(updatedAndContact);
    // The open-data page shows the data's own date, never the build day (SPEC): a date exactly when
    // the catalogue has one (content without dates gets none); every other page shows one.
    const wantDate = p.startsWith('opendata/') ? /dct:modified/.test(readFileSync(path.join(site, 'opendata/catalog.ttl'), 'utf8')) : true;
    out.push({ check: 'last-updated date (where there is one) and contact shown', page: p, ok: meta.updated === wantDate && meta.contact, detail: { ...meta, wantDate } });
    const s = await noJs.evaluate(staticContent);
    const want = countInHtml(readFileSync(path.join(site, p), 'utf8'));
    const hidden = [...s.linksHidden, ...s.tablesHidden, ...s.chartsHidden];
    const same = s.links === want.links && s.tables === want.tables && s.charts === want.charts;
    out.push({ check: 'without JavaScript: every link, table and chart present and visible', page: p,
      ok: same && hidden.length === 0 && s.toggles === 0, detail: { html: want, dom: { links: s.links, tables: s.tables, charts: s.charts }, hidden: hidden.slice(0, 5) } });
  }
  const dup = titles.filter((t, i) => titles.indexOf(t) !== i);
  out.push({ check: 'every page title unique', page: '*', ok: dup.length === 0, detail: dup });
  // Every page whose HTML links a term had its toggles checked (none found its terms missing in the DOM).
  const linked = pages.filter((p) => /<a class="term"/.test(readFileSync(path.join(site, p), 'utf8')));
  const untested = linked.filter((p) => !toggled.has(p));
  out.push({ check: 'glossary toggles tested on every page with linked terms', page: '*', ok: untested.length === 0,
    detail: { linked: linked.length, toggled: toggled.size, untested: untested.slice(0, 5) } });
  if (screenshots) {
    mkdirSync(screenshots, { recursive: true });
    const phone = await openPage(browser, site, { viewport: { width: 360, height: 800 } });
    for (const [name, p] of keyPages(site, pages))
      for (const [width, view] of [[360, phone], [1280, page]]) {
        await view.goto(base + p);
        await view.screenshot({ path: path.join(screenshots, `${name}-${width}.png`), fullPage: true });
      }
    await phone.close();
  }
  for (const pg of [page, narrow, zoomed, noJs]) await pg.close();
  return out;
}
