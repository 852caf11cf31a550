// What a person sees, measured in the browser (issue 17): the focus indicator's contrast on every
// Tab stop, charts under forced colours (Windows high contrast), chart labels that do not run
// together and follow the text size, and a legend that names only what is drawn.
// Returns [{check, page, ok, detail}].
import { openPage } from './lib.mjs';

// In the page: contrast of the focused element's indicator against what is around it. The box
// shadow covers [0, spread] outside the border edge, the outline [offset, offset + width] on top
// of it; a ring passes when a visible band of it of 1 px or more has 3:1 or more against the
// background it sits on (WCAG 1.4.11).
function focusRing() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  let bg = [255, 255, 255];
  for (let e = el.parentElement; e; e = e.parentElement) {
    const c = rgb(getComputedStyle(e).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0)) { bg = c.slice(0, 3); break; }
  }
  const s = getComputedStyle(el);
  const bands = [];
  const shadow = s.boxShadow.match(/rgba?\([^)]*\)\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px/);
  const oStart = parseFloat(s.outlineOffset), oEnd = oStart + parseFloat(s.outlineWidth);
  const hasOutline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  if (hasOutline) bands.push({ from: oStart, to: oEnd, color: rgb(s.outlineColor).slice(0, 3), what: 'outline' });
  if (shadow) {
    const spread = parseFloat(shadow[4]), color = rgb(shadow[0]).slice(0, 3);
    // The part of the shadow the outline does not paint over.
    const parts = hasOutline ? [[0, Math.min(spread, oStart)], [Math.max(0, oEnd), spread]] : [[0, spread]];
    for (const [from, to] of parts) if (to - from >= 1) bands.push({ from, to, color, what: 'shadow' });
  }
  const best = Math.max(0, ...bands.filter((b) => b.to - b.from >= 1).map((b) => ratio(b.color, bg)));
  return { atSkipLink: el.matches('a.skip-link'),
    tag: el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''), best: +best.toFixed(2),
    bands: bands.map((b) => `${b.what} ${b.from}-${b.to}px rgb(${b.color})`), bg: `rgb(${bg})` };
}

async function focusContrast(page, url, p, out) {
  await page.goto(url);
  const seen = new Map();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(focusRing);
    if (!r) break;
    const key = r.tag;
    if (!seen.has(key) || seen.get(key).best > r.best) seen.set(key, r);
    if (i > 0 && r.atSkipLink) break;  // round again
  }
  const weak = [...seen.values()].filter((r) => r.best < 3);
  out.push({ check: 'focus indicator 3:1 against its background on every kind of Tab stop', page: p, ok: seen.size > 0 && weak.length === 0,
    detail: weak.length ? weak : [...seen.keys()] });
}

// In the page: every chart's strokes and labels against the page background, and its year labels.
function charts() {
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number).slice(0, 3);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const bg = rgb(getComputedStyle(document.body).backgroundColor);
  const res = [];
  for (const svg of document.querySelectorAll('svg.kpi-chart')) {
    const worst = {};
    for (const [sel, prop] of [['.axis', 'stroke'], ['.series-actual', 'stroke'], ['.series-target', 'stroke'], ['.tick', 'fill'],
      ['.marker-actual', 'fill'], ['.marker-target', 'fill']]) {
      for (const e of svg.querySelectorAll(sel)) {
        const r = ratio(rgb(getComputedStyle(e)[prop]), bg);
        worst[sel] = Math.min(worst[sel] ?? 99, +r.toFixed(2));
      }
    }
    const years = [...svg.querySelectorAll('text.tick[text-anchor="middle"]')].map((t) => t.getBoundingClientRect());
    const overlaps = years.filter((b, i) => i > 0 && b.left < years[i - 1].right + 2).length;
    const tick = svg.querySelector('text.tick');
    // The label's size on screen: its font size in user units times the chart's scale.
    const tickPx = tick ? parseFloat(getComputedStyle(tick).fontSize) * svg.getScreenCTM().a : 0;
    const fig = svg.closest('figure');
    const legend = fig ? fig.querySelector('.kpi-legend')?.textContent || '' : '';
    const lines = { actual: svg.querySelectorAll('polyline.series-actual').length, target: svg.querySelectorAll('polyline.series-target').length };
    const legendOk = (!legend.includes('実線') || lines.actual > 0) && (!legend.includes('破線') || lines.target > 0);
    res.push({ id: svg.id || svg.getAttribute('aria-labelledby'), worst, overlaps, tickPx: +tickPx.toFixed(1), legendOk, legend, lines,
      bodyPx: parseFloat(getComputedStyle(document.body).fontSize) });
  }
  return res;
}

export async function runVisual(browser, base, site, pages) {
  const out = [];
  const desk = await openPage(browser, site, { viewport: { width: 1280, height: 900 } });
  const phone = await openPage(browser, site, { viewport: { width: 360, height: 800 } });
  const forced = await openPage(browser, site, { viewport: { width: 1280, height: 900 }, forcedColors: 'active', colorScheme: 'dark' });
  for (const p of pages) {
    const url = base + p;
    await focusContrast(desk, url, p, out);
    for (const [label, view] of [['360px', phone], ['1280px', desk]]) {
      await view.goto(url);
      const cs = await view.evaluate(charts);
      if (cs.length === 0) break;
      const bad = cs.filter((c) => c.overlaps > 0);
      out.push({ check: `chart year labels do not overlap at ${label}`, page: p, ok: bad.length === 0, detail: bad.slice(0, 3) });
      // Labels as large as the text around them (on a phone, less the page's padding: 0.85 or more).
      const small = cs.filter((c) => c.tickPx < (label === '1280px' ? 0.95 : 0.85) * c.bodyPx);
      out.push({ check: `chart labels follow the text size at ${label}`, page: p, ok: small.length === 0, detail: small.slice(0, 3) });
      if (label === '1280px') {
        const lying = cs.filter((c) => !c.legendOk);
        out.push({ check: 'chart legend names only the lines drawn', page: p, ok: lying.length === 0, detail: lying.slice(0, 3) });
      }
    }
    await forced.goto(url);
    const fc = await forced.evaluate(charts);
    if (fc.length) {
      const faint = fc.filter((c) => Object.values(c.worst).some((r) => r < 3));
      out.push({ check: 'charts under forced colours (dark): strokes, markers and labels 3:1', page: p, ok: faint.length === 0,
        detail: faint.slice(0, 3).map((c) => ({ id: c.id, worst: c.worst })) });
    }
  }
  for (const pg of [desk, phone, forced]) await pg.close();
  return out;
}
