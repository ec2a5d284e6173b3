/* Loads dashboard widgets shipped by the plugin server (legacy, pre-bundler). */
(function (window, document) {
  var registry = {};

  function loadWidget(name, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', '/plugins/' + encodeURIComponent(name) + '.js');
    xhr.onload = function () {
      // expect: code-injection
      eval(xhr.responseText);
      done(registry[name]);
    };
    xhr.send();
  }

  function parseSettings(text) {
    // expect: code-injection
    return eval('(' + text + ')');
  }

  function parseSettingsSafely(text) {
    return JSON.parse(text);
  }

  function runHashCommand() {
    var cmd = decodeURIComponent(window.location.hash.slice(1));
    if (cmd) {
      // expect: code-injection
      window.eval(cmd);
    }
  }

  function applyFormula(cell, formula) {
    var globalEval = eval;
    // expect: code-injection
    cell.value = globalEval(`with (Math) { ${formula} }`);
  }

  function evaluateRule(rule, ctx) {
    return rule.evaluate(ctx);
  }

  var ready = eval('typeof Promise !== "undefined"');

  window.Widgets = {
    register: function (name, factory) { registry[name] = factory; },
    load: loadWidget,
    parseSettings: parseSettings,
    parseSettingsSafely: parseSettingsSafely,
    applyFormula: applyFormula,
    evaluateRule: evaluateRule,
    ready: ready,
  };
  document.addEventListener('DOMContentLoaded', runHashCommand);
})(window, document);
