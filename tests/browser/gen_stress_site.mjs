// Writes a content tree the team did not write by hand, built to strain the theme: a very long plan
// title, 400+ character Japanese runs with no spaces, a 20-column table, 100 glossary terms that all
// occur in the text (linked at every occurrence), KPIs with and without figures, ```kpi blocks.
// Usage: node tests/browser/gen_stress_site.mjs OUT_DIR   (format: docs/content-format.md, kpi.md, glossary.md)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const put = (root, rel, text) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};
const q = (s) => JSON.stringify(s);  // a JSON string is a valid YAML double-quoted scalar

// 100 terms: 90 Japanese (10 × 9 kanji compounds), 10 Latin abbreviations with expansions.
// Readings walk the 50音 rows, so the glossary's index bar fills up.
const heads = ['地域', '市民', '行政', '防災', '観光', '福祉', '農業', '教育', '交通', '環境'];
const tails = ['連携推進計画', '支援基金制度', '基盤整備事業', '人材育成拠点', '情報共有基盤', '協働推進会議', '相談窓口体制', '広域調整機構', '評価指標体系'];
const rows = ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ'];
const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわを';
export const terms = [];
heads.forEach((h, i) => tails.forEach((t, j) => terms.push({
  term: `${h}${t}`, reading: rows[(i + j) % 10] + kana[(i * 9 + j) % kana.length] + 'ようご',
  definition: `${h}${t}とは、試験のために作った用語である。`.repeat(1 + (j % 4)) + '**強調**を含む定義。',
})));
['EBPM', 'RPA', 'GIS', 'BPR', 'LGWAN', 'SaaS', 'PoC', 'OCR', 'NPO', 'PDCA'].forEach((t, i) => terms.push({
  term: t, reading: rows[i] + 'えーびーしー', expansion: { text: `Expansion of ${t}`, lang: 'en' },
  definition: `${t}（Expansion of ${t}）の略。英字の略語の試験用の定義。`,
}));

// A run of n characters with no spaces and no punctuation (a PDF paste).
const run = (n, seed) => {
  const chars = 'まちづくりの将来像を実現するため市民と行政が協働して取り組む施策体系を構築し持続可能な地域社会を形成する';
  let s = '';
  for (let i = 0; s.length < n; i++) s += chars[(i * 7 + seed) % chars.length];
  return s;
};

export function generate(root) {
  put(root, 'site.yaml', [
    'title: 島田市ストレス試験サイト', 'base_url: https://stress.example.jp/plans/', 'language: ja',
    'publisher:', '  name: 島田市', '  prefecture: 静岡県', '  local_government_code: "222097"',
    'license: CC-BY-4.0', 'contact:', '  department: 企画政策課（試験用）', '  phone: 0547-00-0000',
    '  mail: test@stress.example.jp', '  url: https://stress.example.jp/contact/', 'link: all',
    'accessibility:', '  departments: 企画政策課（試験用）', '  established: 2025-04-01', '  level: AA', '  conformance: 準拠',
    '  deadline: 2027-03-31', '',
  ].join('\n'));
  put(root, 'glossary.yaml', terms.map((t) => [
    `- term: ${q(t.term)}`, `  reading: ${t.reading}`, `  definition: ${q(t.definition)}`,
    ...(t.expansion ? ['  expansion:', `    text: ${q(t.expansion.text)}`, `    lang: ${t.expansion.lang}`] : []),
  ].join('\n')).join('\n') + '\n');

  const longTitle = '第9期島田市まち・ひと・しごと・デジタル田園都市国家構想総合戦略及び人口ビジョン並びに' +
    'デジタルトランスフォーメーション推進計画兼地域公共交通計画兼環境基本計画（令和8年度から令和12年度までの5か年計画・改訂第3版・パブリックコメント反映後の最終案）';
  const goals = [1, 2, 3].map((n) => [
    `  - number: ${n}`, `    title: ${q(`基本目標${n}の${run(60, n)}`)}`, '    pillars:',
    `      - ${q(run(80, n + 10))}`, `      - title: ${q(`政策${n}-2 ${run(30, n)}`)}`,
    `        measures: [${q(run(40, n))}, ${q('短い施策')}]`,
  ].join('\n')).join('\n');
  put(root, 'plans/stress/index.md', [
    '---', `title: ${q(longTitle)}`, `short_title: ${q(longTitle.slice(0, 60))}`, 'status: adopted',
    'period:', '  from: 令和8年度', '  to: R12', 'published: 2026-03-31', 'updated: 2026-04-15',
    'revisions:', '  - date: 2026-04-15', `    summary: ${q(run(120, 3))}`, 'goals:', goals, '---',
    run(420, 1), '', `[長い本文へ](01-long-runs.md)・[20列の表へ](02-wide-table.md)`, '',
  ].join('\n'));

  // Every term occurs in running text: inside long runs, list items and table cells.
  const jp = terms.filter((t) => !t.expansion).map((t) => t.term);
  const latin = terms.filter((t) => t.expansion).map((t) => t.term);
  const paras = [];
  for (let i = 0; i < jp.length; i += 15) paras.push(run(200, i) + jp.slice(i, i + 15).join('と') + run(220, i + 1));
  put(root, 'plans/stress/01-long-runs.md', [
    '---', 'title: 長い段落と用語', 'goal: 1', '---', `## ${run(90, 5)}`, '', ...paras.flatMap((p) => [p, '']),
    `英字の略語：${latin.join('、')}。`, '', '### 一覧', '', ...jp.slice(0, 10).map((t, i) => `- ${t}${run(40 + i * 20, i)}`), '',
    `長い英数字：${'A1B2C3D4E5'.repeat(45)}`, '', `長いアドレス：https://stress.example.jp/${'very-long-path-segment/'.repeat(12)}end`, '',
    '<ruby>島田<rp>（</rp><rt>しまだ</rt><rp>）</rp></ruby>市の例。', '',
  ].join('\n'));

  const cols = Array.from({ length: 20 }, (_, i) => `列${i + 1}（単位：件）`);
  const rowsMd = Array.from({ length: 12 }, (_, r) => '| ' + cols.map((_, c) =>
    c === 0 ? `項目${r + 1}${jp[(r * 7) % jp.length]}` : c % 5 === 0 ? run(60, r + c) : c % 3 === 0 ? '○' : String((r + 1) * (c + 1) * 137)).join(' | ') + ' |');
  put(root, 'plans/stress/02-wide-table.md', [
    '---', 'title: 20列の表', 'goal: 2', '---', '## 広い表', '', '表：20列ある横に広い表（○は該当）', '',
    '| ' + cols.join(' | ') + ' |', '|' + cols.map((_, i) => (i % 3 === 0 && i ? ':-:' : '---')).join('|') + '|', ...rowsMd, '',
    '## KPI', '', '```kpi', 'goal: 2', '```', '', '```kpi', 'id: s-g1-1', '```', '',
  ].join('\n'));

  // KPIs: figures with values, direction and maintain targets, qualitative, and drafts without any figures.
  put(root, 'plans/stress/kpi.csv', [
    'id,goal,measure,name,unit,baseline,baseline_year,target,target_year,target_kind,direction,description,source',
    `s-g1-1,1,${run(50, 2)},${run(70, 4)},件,120,R6,200,R11,level,increase,${run(300, 6)},試験`,
    's-g1-2,1,,転出超過数,人,350,R6,↓,R11,direction,decrease,減らす指標。,',
    's-g2-1,2,,満足度,%,62.5,R6,基準値を維持,R11,maintain,maintain,維持する指標。,',
    's-g2-2,2,,計画の策定状況,,未策定,R6,策定,R9,qualitative,,文章の目標。,',
    's-g2-3,2,,まだ数値のない指標,,,,,,,,数値のない下書きの指標。,',
    's-g2-4,2,,単位も年度もない指標,,,,,,,,,',
    's-g3-1,3,,累計参加者数,人,0,R6,5年間で2500人,R11,cumulative,increase,,',
    '',
  ].join('\n'));
  put(root, 'plans/stress/kpi-values.csv', 'kpi,year,value,note\ns-g1-1,R7,150,\ns-g1-1,R8,171,\ns-g1-2,R7,320,\ns-g2-1,R7,63.1,\ns-g2-1,R8,,未測定\ns-g3-1,R7,600,\n');
  put(root, 'plans/stress/03-kpi-only.md', ['---', 'title: KPIだけのページ', 'goal: 3', '---', '```kpi', 'goal: 3', '```', ''].join('\n'));
  return { terms: terms.length, longTitle };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  if (!process.argv[2]) { console.error('usage: gen_stress_site.mjs OUT_DIR'); process.exit(2); }
  console.log(generate(process.argv[2]));
}
