// Runs themes/default/assets/search.js in node against a built site's search/ folder, loading the
// index files as the browser's <script> elements would (the same folding and ranking code).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const searchJs = path.join(here, '../../themes/default/assets/search.js');

// A fresh search over the site built in `site`; `loaded` lists the index files it read.
export function openSearch(site) {
  const loaded = [];
  const ctx = { URLSearchParams, Promise, Math, Array, Set, String, Object, Number };
  ctx.globalThis = ctx;
  ctx.__planpubSearch = {
    load(name) {
      loaded.push(name);
      vm.runInContext(fs.readFileSync(path.join(site, 'search', name), 'utf8'), ctx, { filename: name });
      return Promise.resolve();
    },
  };
  ctx.window = ctx;
  vm.createContext(ctx);
  vm.runInContext(fs.readFileSync(searchJs, 'utf8'), ctx, { filename: 'search.js' });
  return { api: ctx.__planpubSearch, loaded };
}
