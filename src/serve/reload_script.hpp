// planpub serve: the script injected into served HTML (never into built files).
#pragma once

namespace planpub {

// Polls the server; reloads the tab after a good rebuild, shows the errors of a failed one.
inline const char* const kReloadScript = R"JS((function () {
  var seen = null;
  function show(errors) {
    var box = document.getElementById('planpub-serve-errors');
    if (!errors) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement('div');
      box.id = 'planpub-serve-errors';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;background:#fff0f0;' +
        'color:#000;border-top:4px solid #c00;padding:1rem;font:14px/1.5 monospace;white-space:pre-wrap;z-index:9999';
      document.body.appendChild(box);
    }
    box.textContent = 'planpub serve: 再生成に失敗しました。前回の結果を表示しています。\n\n' + errors;
  }
  function poll() {
    fetch('/__planpub/status', {cache: 'no-store'}).then(function (r) { return r.json(); }).then(function (s) {
      if (seen !== null && s.version !== seen && !s.errors) { location.reload(); return; }
      seen = s.version;
      show(s.errors);
    }).catch(function () {}).then(function () { setTimeout(poll, 300); });
  }
  poll();
})();
)JS";

}  // namespace planpub
