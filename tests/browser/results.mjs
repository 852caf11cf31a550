// Writes content/accessibility-results.json from a check run, for the site's 試験結果 page
// (accessibility/results/index.html: read by src/parse/accessibility_results.cpp, laid out by src/render/accessibility_pages.cpp). A11Y.md item 21:
// date, standard, level, what was tested, technologies, how pages were chosen, URLs, and per
// criterion whether it applies and its result, automated checks marked as such.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AXE_TAGS } from './lib.mjs';

const require = createRequire(import.meta.url);
const version = (pkg) => require(`${pkg}/package.json`).version;

// JIS X 8341-3:2016 (= WCAG 2.0) levels A and AA, then what WCAG 2.1/2.2 AA add that we test.
// `needs`: the kind of content without which the criterion does not apply.
const CRITERIA = [
  ['1.1.1', '非テキストコンテンツ', 'A'], ['1.2.1', '音声のみ及び映像のみ（収録済み）', 'A', 'media'],
  ['1.2.2', 'キャプション（収録済み）', 'A', 'media'], ['1.2.3', '音声解説、又はメディアに対する代替コンテンツ（収録済み）', 'A', 'media'],
  ['1.2.4', 'キャプション（ライブ）', 'AA', 'media'], ['1.2.5', '音声解説（収録済み）', 'AA', 'media'],
  ['1.3.1', '情報及び関係性', 'A'], ['1.3.2', '意味のある順序', 'A'], ['1.3.3', '感覚的な特徴', 'A'],
  ['1.4.1', '色の使用', 'A'], ['1.4.2', '音声の制御', 'A', 'media'], ['1.4.3', 'コントラスト（最低限レベル）', 'AA'],
  ['1.4.4', 'テキストのサイズ変更', 'AA'], ['1.4.5', '文字画像', 'AA', 'img'],
  ['2.1.1', 'キーボード', 'A'], ['2.1.2', 'キーボードトラップなし', 'A'], ['2.2.1', 'タイミング調整可能', 'A', 'timing'],
  ['2.2.2', '一時停止、停止及び非表示', 'A', 'timing'], ['2.3.1', '3回の閃光、又は閾値以下', 'A', 'timing'],
  ['2.4.1', 'ブロックスキップ', 'A'], ['2.4.2', 'ページタイトル', 'A'], ['2.4.3', 'フォーカス順序', 'A'],
  ['2.4.4', 'リンクの目的（コンテキスト内）', 'A'], ['2.4.5', '複数の手段', 'AA'], ['2.4.6', '見出し及びラベル', 'AA'],
  ['2.4.7', 'フォーカスの可視化', 'AA'], ['3.1.1', 'ページの言語', 'A'], ['3.1.2', '一部分の言語', 'AA'],
  ['3.2.1', 'フォーカス時', 'A'], ['3.2.2', '入力時', 'A', 'form'], ['3.2.3', '一貫したナビゲーション', 'AA'],
  ['3.2.4', '一貫した識別性', 'AA'], ['3.3.1', 'エラーの特定', 'A', 'form'], ['3.3.2', 'ラベル又は説明', 'A', 'form'],
  ['3.3.3', 'エラー修正の提案', 'AA', 'form'], ['3.3.4', 'エラー回避（法的、金融及びデータ）', 'AA', 'form'],
  ['4.1.1', '構文解析', 'A'], ['4.1.2', '名前（name）・役割（role）及び値（value）', 'A'],
  ['1.4.10', 'リフロー（WCAG 2.1）', 'AA'], ['1.4.11', '非テキストのコントラスト（WCAG 2.1）', 'AA'],
  ['2.5.8', 'ターゲットのサイズ（最低限）（WCAG 2.2）', 'AA'],
];
// Behaviour checks (behaviour.mjs) by the criterion they give evidence for.
const BEHAVIOUR = [[/^skip link/, ['2.4.1']], [/reached by Tab/, ['2.1.1', '2.1.2']], [/visible focus/, ['2.4.7']],
  [/^glossary definition/, ['2.1.1', '4.1.2']], [/200% zoom/, ['1.4.4', '1.4.10']], [/at 320px/, ['1.4.10']],
  [/^lang ja/, ['3.1.1', '1.3.1']], [/title unique/, ['2.4.2']]];
const NEEDS = { media: /<(audio|video|iframe|object|embed)[\s>]/, img: /<img[\s>]/, form: /<(form|input|select|textarea)[\s>]/,
  timing: /<(audio|video|marquee)[\s>]|http-equiv="refresh"|autoplay/ };
const NO_CONTENT = { media: '音声・映像がない', img: '画像がない', form: '入力欄がない', timing: '時間制限・自動で動く内容がない' };

// Criteria an automated check decides on its own: the HTML validator for 4.1.1 (構文解析), and a
// lang attribute with a valid tag on every page for 3.1.1. Every other criterion needs a person
// (is the alternative text right? is the order meaningful?), so an automated pass is 未判定, never
// 適合: the results page refuses 適合 without "judged_by": "human" for those.
const AUTOMATABLE = new Set(['4.1.1', '3.1.1']);

function criterionRows(figures, html) {
  return CRITERIA.map(([id, title, level, needs]) => {
    const row = { id, title, level };
    if (needs && !NEEDS[needs].test(html)) {
      return { ...row, applies: false, result: '該当なし', needs_human: false, judged_by: 'automated', method: `全ページの HTML を走査（${NO_CONTENT[needs]}）` };
    }
    const tag = 'wcag' + id.replace(/\./g, '');
    const rules = Object.entries(figures.axeRules || {}).filter(([, r]) => r.tags.includes(tag));
    const checks = (figures.behaviour || []).filter((b) => BEHAVIOUR.some(([re, ids]) => re.test(b.check) && ids.includes(id)));
    const how = [];
    if (rules.length) how.push(`axe-core（${rules.map(([k]) => k).slice(0, 4).join(', ')}${rules.length > 4 ? ' ほか' : ''}）`);
    if (id === '4.1.1') how.push('Nu HTML Checker');
    if (checks.length) how.push(`ブラウザでの操作の試験 ${checks.length}件`);
    const bad = rules.some(([, r]) => r.violations) || checks.some((c) => !c.ok) || (id === '4.1.1' && figures.vnuErrors);
    const tested = rules.some(([, r]) => r.passes) || checks.length > 0 || id === '4.1.1';
    const needsHuman = !AUTOMATABLE.has(id);
    const result = bad ? '不適合' : tested && !needsHuman ? '適合' : '未判定';
    const note = bad ? '自動試験で問題を検出' : tested && needsHuman ? '自動試験では問題なし' : '';
    // No method: no tool looks at this criterion (the page says a person must check it).
    return { ...row, applies: true, result, needs_human: needsHuman, judged_by: 'automated', ...(how.length ? { method: how.join('、') } : {}), ...(note ? { note } : {}) };
  });
}

function today() {
  try { return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date()); } catch { return new Date().toISOString().slice(0, 10); }
}

export function writeResults(file, contentDir, figures) {
  const siteYaml = path.join(contentDir, 'site.yaml');
  const base = (existsSync(siteYaml) && readFileSync(siteYaml, 'utf8').match(/^base_url:\s*["']?([^"'\s#]+)/m)?.[1]) || '';
  const html = figures.pages.map((p) => readFileSync(path.join(figures.site, p), 'utf8')).join('\n');
  const behaviour = figures.behaviour || [];
  const passed = behaviour.filter((b) => b.ok).length;
  const n = figures.pages.length;
  const clean = !figures.axeViolations && !figures.vnuErrors && passed === behaviour.length;
  const json = {
    date: today(),
    standard: 'JIS X 8341-3:2016',
    target_level: 'AA',
    // 対応度 (準拠・一部準拠・配慮) is a person's claim after the manual tests: left empty here.
    conformance: '',
    conformance_note: clean
      ? '自動試験の範囲では問題は見つかっていません。目視と支援技術による試験は未実施のため、対応度はまだ表記していません'
      : '自動試験で問題が見つかりました（チェックリストの「不適合」）。修正して試験し直します',
    result: `axe-core 違反 ${figures.axeViolations}件（${n} ページ × 360px・1280px）、Nu HTML Checker エラー ${figures.vnuErrors}件、ブラウザでの操作の試験 ${behaviour.length}件中 ${passed}件合格`,
    tools: [{ name: 'axe-core', version: version('axe-core') }, { name: 'Nu HTML Checker (vnu-jar)', version: version('vnu-jar') },
      { name: 'Playwright', version: version('playwright-core') }, { name: 'Chromium', version: figures.browserVersion || '不明' }],
    technologies: ['HTML', 'CSS', 'SVG', 'JavaScript（用語の説明をその場で開くボタンだけに使い、JavaScript がなくてもすべての内容とリンクを利用できます）'],
    method: `planpub の自動試験（tests/browser/check.mjs）。Chromium ですべてのページを開き、axe-core（${AXE_TAGS.join(', ')}）を幅 360px と 1280px で実行。` +
      'Nu HTML Checker で HTML を検証。キーボード操作（スキップリンク、Tab キーですべての操作対象に届くこと、フォーカスの表示）、用語の説明ボタン（Enter・Space で開き Escape で閉じる）、' +
      '幅 320px と 200% 拡大で横スクロールが出ないこと、JavaScript を無効にしてもリンク・表・グラフが表示されることを確認。目視と支援技術による試験は含みません。',
    page_selection: `サイトのすべてのページ（${n} ページ）。抽出はしていません。`,
    pages: figures.pages.map((p) => base + p),
    criteria: criterionRows(figures, html),
  };
  writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
  console.log(`wrote ${file}`);
}
