// planpub: optional enhancement. Each glossary term becomes one button that shows its
// definition in place (Enter/Space open, Escape closes and returns focus); the definition ends
// with the link to the term's glossary entry. One Tab stop per term (issue 17 item 6): before, the
// link and a separate button after it were two, and a screen reader heard the term twice.
// Without JavaScript the term stays a link to the glossary page.
(function () {
  'use strict';
  var count = 0;
  function close(button, panel) {
    button.setAttribute('aria-expanded', 'false');
    panel.hidden = true;
  }
  document.querySelectorAll('a.term[data-definition]').forEach(function (link) {
    var id = 'term-def-' + (++count);
    var term = link.getAttribute('data-term') || link.textContent;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'term';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', id);
    // The link's own content: the visible term, then its hidden 「（…、用語の説明）」 with any
    // lang on the expansion, so the name starts with the visible text (WCAG 2.5.3).
    while (link.firstChild) button.appendChild(link.firstChild);
    var panel = document.createElement('span');
    panel.id = id;
    panel.className = 'term-definition';
    panel.setAttribute('role', 'status');
    panel.hidden = true;
    panel.appendChild(document.createTextNode(term + '：' + link.getAttribute('data-definition') + ' '));
    var entry = document.createElement('a');
    entry.href = link.getAttribute('href');
    entry.textContent = '用語集の「' + term + '」へ';
    panel.appendChild(entry);
    link.replaceWith(button);
    button.insertAdjacentElement('afterend', panel);
    button.addEventListener('click', function () {
      if (panel.hidden) {
        panel.hidden = false;
        button.setAttribute('aria-expanded', 'true');
      } else {
        close(button, panel);
      }
    });
    button.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { close(button, panel); button.focus(); }
    });
    panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { close(button, panel); button.focus(); }
    });
  });
})();

// Table scroll containers (.table-scroll) are focusable, named regions in the HTML so that a
// keyboard can scroll a table wider than the screen. Where the table fits (wide screens, matrices
// stacked on phones) the container is neither: no Tab stop and no landmark that leads nowhere
// (issue 17 item 6). Checked again whenever a container or the window changes size.
(function () {
  'use strict';
  var boxes = document.querySelectorAll('.table-scroll');
  var ATTRS = ['tabindex', 'role', 'aria-label'];
  boxes.forEach(function (box) {
    ATTRS.forEach(function (a) { if (box.hasAttribute(a)) box.setAttribute('data-pp-' + a, box.getAttribute(a)); });
  });
  function update() {
    boxes.forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (!scrolls && box === document.activeElement) return;  // never pull focus from under a reader
      ATTRS.forEach(function (a) {
        var saved = box.getAttribute('data-pp-' + a);
        if (saved === null) return;
        if (scrolls) box.setAttribute(a, saved);
        else box.removeAttribute(a);
      });
    });
  }
  update();
  window.addEventListener('resize', update);
  if (window.ResizeObserver) {
    var ro = new ResizeObserver(update);
    boxes.forEach(function (box) { ro.observe(box); });
  }
})();

// Print: closed <details> print open (style.css does it where ::details-content is supported);
// the ones opened for printing close again afterwards.
(function () {
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
// The header's search field works only with JavaScript (search/index.html runs the search), so
// it is shown only here.
document.querySelectorAll('form.site-search[hidden]').forEach(function (form) {
  form.hidden = false;
});
