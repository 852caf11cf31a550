// The query side folds as the index side: runs search.js's tokenizer over fold_corpus.txt and
// compares with fold_expected.txt, which the C++ unit test "[search]" checks against src/search.
// Usage: node fold_check.mjs [--write]   (--write regenerates the expected file from JS)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSearch } from './search_node.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { api } = openSearch(here);
const unescape = (s) => s.replace(/\\u\{([0-9A-Fa-f]+)\}|\\u([0-9A-Fa-f]{4})|\\t/g,
  (m, a, b) => (m === '\\t' ? '\t' : String.fromCodePoint(parseInt(a || b, 16))));
const lines = fs.readFileSync(path.join(here, 'fold_corpus.txt'), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map(unescape);
const got = lines.map((l) => api.tokenize(l, false).join('|') + '\t' + api.tokenize(l, true).join('|')).join('\n') + '\n';
const file = path.join(here, 'fold_expected.txt');
if (process.argv.includes('--write')) {
  fs.writeFileSync(file, got);
  console.log(`wrote ${lines.length} lines`);
} else {
  const want = fs.readFileSync(file, 'utf8');
  if (want !== got) {
    const w = want.split('\n'), g = got.split('\n');
    for (let i = 0; i < g.length; ++i) if (w[i] !== g[i]) console.error(`line ${i + 1}: ${JSON.stringify(lines[i])}\n  want ${w[i]}\n  got  ${g[i]}`);
    process.exit(1);
  }
  console.log(`fold_check: ${lines.length} strings fold and tokenize as fold_expected.txt`);
}
