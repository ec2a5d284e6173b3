/* Embeddable widget loader (browser bundle). */
(function (window, document) {
  'use strict';

  var script = document.currentScript;
  var settings = {};

  // Inline options in a data attribute: data-options="{ color: 'red' }"
  var raw = script.getAttribute('data-options');
  if (raw) {
    // expect: code-injection
    settings = eval('(' + raw + ')');
  }

  // JSONP-style callback named in the page URL.
  var params = new URLSearchParams(window.location.search);
  var cb = params.get('callback');
  function deliver(data) {
    // expect: code-injection
    eval(cb + '(' + JSON.stringify(data) + ')');
  }

  // Messages from the host page run small snippets.
  window.addEventListener('message', function (event) {
    if (event.data && event.data.type === 'widget:exec') {
      // expect: code-injection
      window.eval(event.data.code);
    }
  });

  function applyTheme(theme) {
    var hook = localStorage.getItem('widget.themeHook');
    if (hook) {
      // expect: code-injection
      eval(hook);
    }
    document.body.className = 'theme-' + theme;
  }

  // Safe: JSON.parse of the options, a literal eval for feature detection.
  function readJsonOptions() {
    var json = script.getAttribute('data-json');
    return json ? JSON.parse(json) : {};
  }
  var supportsArrow = (function () {
    try { eval("(() => 1)"); return true; } catch (e) { return false; }
  })();

  window.Widget = { settings: settings, deliver: deliver, applyTheme: applyTheme, readJsonOptions: readJsonOptions, supportsArrow: supportsArrow };
})(window, document);
