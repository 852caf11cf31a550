// planpub: optional enhancement. After each glossary link, a small button shows the
// term's definition in place (Enter/Space open, Escape closes and returns focus).
// Without JavaScript the link itself leads to the glossary page.
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
    button.className = 'term-toggle';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', id);
    button.setAttribute('aria-label', term + 'の説明を表示');
    button.textContent = '?';
    var panel = document.createElement('span');
    panel.id = id;
    panel.className = 'term-definition';
    panel.setAttribute('role', 'status');
    panel.hidden = true;
    panel.textContent = term + '：' + link.getAttribute('data-definition');
    link.insertAdjacentElement('afterend', button);
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
