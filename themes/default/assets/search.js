// planpub site search (search/index.html). The index is search/*.js, written by the build
// (src/search): docs.js names the documents, shard-XX.js hold the postings of the tokens whose
// hash falls there, text-XXX.js the documents' text for phrase checks and snippets. All are loaded
// with <script>, never fetch, so search works from file:// too. The folding and tokenizing below
// must stay the same as src/search/search_index.cpp: tests/search/fold_agree.mjs checks a corpus.
(function (root) {
  'use strict';
  var S = root.__planpubSearch = root.__planpubSearch || {};
  var state = { shards: {}, texts: {}, docs: null, waiting: {} };

  var IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
  // One piece (no white space): NFKC, ASCII lower case, ignorables dropped, katakana → hiragana.
  function foldPiece(p) {
    return p.replace(IGNORABLE, '').normalize('NFKC').replace(IGNORABLE, '').replace(/[ \t\n\r\u3000]/g, '')
      .replace(/[A-Z]/g, function (c) { return c.toLowerCase(); })
      .replace(/[\u30A1-\u30F6]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0x60); });
  }
  function foldPieces(text) {
    return String(text).split(/\s+/).map(foldPiece).filter(function (p) { return p.length > 0; });
  }
  function kindOf(c) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7))
      return 1;
    if ((c >= 0x3041 && c <= 0x309f) || (c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb) || (c >= 0x3005 && c <= 0x3007) ||
        (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))
      return 2;
    return 0;
  }
  function tokenize(text, forQuery) {
    var tokens = [];
    foldPieces(text).forEach(function (piece) {
      var p = Array.from(piece), i = 0;
      while (i < p.length) {
        var k = kindOf(p[i].codePointAt(0)), j = i + 1;
        while (j < p.length && kindOf(p[j].codePointAt(0)) === k) ++j;
        if (k === 1) tokens.push(p.slice(i, Math.min(j, i + 40)).join(''));
        if (k === 2) {
          var q;
          if (!forQuery || j - i === 1) for (q = i; q < j; ++q) tokens.push(p[q]);
          for (q = i; q + 1 < j; ++q) tokens.push(p[q] + p[q + 1]);
        }
        i = j;
      }
    });
    return tokens;
  }
  function hash(token) {
    var h = 2166136261;
    for (var ch of token) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
    return h;
  }
  function hex(n, width) {
    var s = n.toString(16);
    while (s.length < width) s = '0' + s;
    return s;
  }

  // Callbacks of the index files.
  S.docs = function (shards, perText, plans, list) {
    state.n = shards;
    state.perText = perText;
    state.plans = plans;
    state.docs = list;
  };
  S.add = function (i, postings) { state.shards[i] = postings; };
  S.text = function (g, list) { state.texts[g] = list; };

  // How a file of search/ is loaded: a <script> element in the browser; node tests replace it.
  S.load = S.load || function (name) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = name;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error(name)); };
      document.head.appendChild(s);
    });
  };
  function need(name, have) {
    if (have) return Promise.resolve();
    if (!state.waiting[name]) state.waiting[name] = S.load(name);
    return state.waiting[name];
  }
  function textOf(d) {
    var g = Math.floor(d / state.perText);
    return state.texts[g] ? state.texts[g][d - g * state.perText] : [];
  }

  // A piece of text folded code point by code point, with where each folded character came from.
  function foldMapped(text) {
    var out = '', from = [], i = 0;
    for (var ch of text) {
      var f = /\s/.test(ch) ? '' : foldPiece(ch);
      for (var k = 0; k < f.length; ++k) from.push(i);
      out += f;
      i += ch.length;
    }
    from.push(i);
    return { text: out, from: from };
  }
  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }
  // About 100 characters around the first hit, every hit of a query piece in <mark>.
  function snippet(text, pieces) {
    var m = foldMapped(text), hits = [];
    pieces.forEach(function (p) {
      for (var at = m.text.indexOf(p); at >= 0 && p; at = m.text.indexOf(p, at + p.length))
        hits.push([m.from[at], m.from[at + p.length]]);
    });
    hits.sort(function (a, b) { return a[0] - b[0]; });
    var start = hits.length ? Math.max(0, hits[0][0] - 30) : 0, end = Math.min(text.length, start + 120);
    var html = start > 0 ? '…' : '', pos = start;
    hits.forEach(function (h) {
      if (h[0] < pos || h[1] > end) return;
      html += escapeHtml(text.slice(pos, h[0])) + '<mark>' + escapeHtml(text.slice(h[0], h[1])) + '</mark>';
      pos = h[1];
    });
    return html + escapeHtml(text.slice(pos, end)) + (end < text.length ? '…' : '');
  }

  // Results for a query: [{title, url, plan, snippet (HTML), score}], best first.
  S.query = function (q, limit) {
    var tokens = Array.from(new Set(tokenize(q, true))), pieces = foldPieces(q);
    if (!tokens.length) return Promise.resolve([]);
    return need('docs.js', state.docs).then(function () {
      var shards = Array.from(new Set(tokens.map(function (t) { return hash(t) % state.n; })));
      return Promise.all(shards.map(function (i) { return need('shard-' + hex(i, 2) + '.js', state.shards[i]); }));
    }).then(function () {
      var score = {}, matched = {}, N = state.docs.length;
      tokens.forEach(function (t) {
        var list = state.shards[hash(t) % state.n][t] || [], idf = Math.log(1 + N / Math.max(1, list.length / 2));
        for (var i = 0, d = 0; i < list.length; i += 2) {
          d += list[i];
          score[d] = (score[d] || 0) + list[i + 1] * idf;
          matched[d] = (matched[d] || 0) + 1;
        }
      });
      var ids = Object.keys(score).map(Number), best = 0;
      ids.forEach(function (d) { best = Math.max(best, matched[d]); });
      // All tokens where some document has them all; otherwise the most tokens any has (a typo).
      ids = ids.filter(function (d) { return matched[d] === best && best * 2 >= tokens.length; });
      // The title (in docs.js) counts before the cut, so an exact term is never cut off by
      // pages that merely repeat it; headings and body text (text files) only for the ones kept.
      ids.forEach(function (d) { score[d] *= titleFactor(d, pieces); });
      ids.sort(function (a, b) { return score[b] - score[a]; });
      var total = ids.length;
      ids = ids.slice(0, limit || 20);
      var groups = Array.from(new Set(ids.map(function (d) { return Math.floor(d / state.perText); })));
      return Promise.all(groups.map(function (g) { return need('text-' + hex(g, 3) + '.js', state.texts[g]); }))
        .then(function () {
          var results = rank(ids, score, pieces);
          results.total = total;
          return results;
        });
    });
  };

  function contains(text, pieces) {
    var f = foldPieces(text).join('');
    return pieces.every(function (p) { return f.indexOf(p) >= 0; });
  }
  // The phrase (each query piece whole) in the title, a heading or the body, and an exact
  // term (the title is the query) raise a document above one with scattered bigrams.
  function titleFactor(d, pieces) {
    var title = state.docs[d][0].replace(/（(用語集|KPI)）$/, '');
    var foldedTitle = foldPieces(title).join(''), q = pieces.join('');
    if (foldedTitle === q) return 11;  // the term itself: its glossary entry, the KPI, the page
    // The words in the title (or the plan's name): a shorter title is the closer match.
    if (contains(title + ' ' + state.plans[state.docs[d][2]], pieces)) return 3 + 2 * q.length / foldedTitle.length;
    return 1;
  }
  function rank(ids, score, pieces) {
    var results = ids.map(function (d) {
      var doc = state.docs[d], sections = textOf(d), factor = 1, inHeading = -1, inBody = -1;
      sections.forEach(function (s, i) {
        if (inHeading < 0 && contains(s[1], pieces)) inHeading = i;
        if (inBody < 0 && contains(s[2], pieces)) inBody = i;
      });
      if (inHeading >= 0) factor += 1;
      if (inBody >= 0) factor += 0.5;
      // Link to the section whose heading has the words, else the one whose text has them.
      var at = inHeading >= 0 ? inHeading : inBody;
      var sec = sections[inBody >= 0 ? inBody : Math.max(at, 0)] || ['', '', ''];
      var url = doc[1];
      if (url.indexOf('#') < 0 && at > 0 && sections[at][0]) url += '#' + sections[at][0];
      return { title: doc[0], url: url, plan: state.plans[doc[2]], score: score[d] * factor,
               snippet: snippet(sec[2] || sec[1], pieces) };
    });
    results.sort(function (a, b) { return b.score - a.score; });
    return results;
  }
  S.tokenize = tokenize;
  S.foldPieces = foldPieces;
  S.hash = hash;

  if (typeof document === 'undefined') return;
  var form = document.getElementById('search-form');
  if (!form) return;
  var input = document.getElementById('search-q'), status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  form.hidden = false;
  var latest = 0;  // a slower earlier search must not add its results after a later one's
  function run(q) {
    var mine = ++latest;
    list.innerHTML = '';
    if (!q.trim()) { status.textContent = ''; return; }
    S.query(q).then(function (results) {
      if (mine !== latest) return;
      var shown = results.total > results.length ? '（上位' + results.length + '件を表示）' : '';
      status.textContent = results.length ? '「' + q + '」の検索結果：' + results.total + '件' + shown
                                          : '「' + q + '」に一致するページは見つかりませんでした';
      results.forEach(function (r) {
        var li = document.createElement('li');
        li.innerHTML = '<a href="../' + escapeHtml(encodeURI(r.url)) + '">' + escapeHtml(r.title) + '</a>' +
          (r.plan ? '<p class="search-plan">' + escapeHtml(r.plan) + '</p>' : '') +
          '<p class="search-snippet">' + r.snippet + '</p>';
        list.appendChild(li);
      });
    }, function () { status.textContent = '検索の索引を読み込めませんでした'; });
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (err) { /* file:// */ }
    run(input.value);
  });
  var initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  run(initial);
})(typeof window !== 'undefined' ? window : globalThis);
