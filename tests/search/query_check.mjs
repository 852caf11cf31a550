// The search test set: each query of a queries_*.tsv, run through search.js in node against a
// built site, must have its page among the first five results (recall@5 ≥ 0.95 to pass).
// Usage: node query_check.mjs SITE QUERIES.tsv [--verbose]
import fs from 'node:fs';
import zlib from 'node:zlib';
import { openSearch } from './search_node.mjs';

const [site, file] = process.argv.slice(2);
const verbose = process.argv.includes('--verbose');
const rows = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
let top1 = 0, top5 = 0, bytes = 0, gz = 0;
for (const [q, want] of rows) {
  const { api, loaded } = openSearch(site);
  const results = await api.query(q, 5);
  for (const name of loaded) {
    const data = fs.readFileSync(`${site}/search/${name}`);
    bytes += data.length;
    gz += zlib.gzipSync(data, { level: 9 }).length;
  }
  const rank = results.findIndex((r) => r.url === want) + 1;
  if (rank === 1) ++top1;
  if (rank >= 1) ++top5;
  if (rank !== 1 || verbose)
    console.log(`${rank ? 'rank ' + rank : 'MISSED'}\t${q}\twant ${want}\tgot ${results.slice(0, 3).map((r) => r.url).join(' ')}`);
}
const recall = top5 / rows.length;
console.log(`${rows.length} queries: first ${top1}, recall@5 ${recall.toFixed(3)}; ` +
            `bytes loaded a query ${Math.round(bytes / rows.length)} raw, ${Math.round(gz / rows.length)} gzip (cold cache)`);
process.exit(recall >= 0.95 ? 0 : 1);
