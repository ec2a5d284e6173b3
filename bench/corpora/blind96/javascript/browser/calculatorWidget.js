// Formula box on the pricing page and a couple of legacy helpers.
(function () {
  var input = document.getElementById('formula');
  var output = document.getElementById('formula-result');

  function calculate() {
    // expect: code-injection
    output.textContent = String(eval(input.value));
  }

  function runStoredMacro(name) {
    var macro = localStorage.getItem('macro:' + name);
    // expect: code-injection
    return eval(macro);
  }

  function parseLegacyJson(text) {
    // expect: code-injection
    return eval('(' + text + ')');
  }

  function applyHashConfig() {
    var cfg = decodeURIComponent(location.hash.slice(1));
    // expect: code-injection
    window.eval(cfg);
  }

  // Safe look-alikes: JSON.parse, a literal eval used for feature detection, and Number parsing.
  function parseConfig(text) {
    return JSON.parse(text);
  }

  var supportsArrow = (function () {
    try { eval("(() => 1)"); return true; } catch (e) { return false; }
  })();

  function toNumber(v) {
    return Number.parseFloat(v);
  }

  document.getElementById('calc').addEventListener('click', calculate);
  window.pricingTools = { runStoredMacro: runStoredMacro, parseLegacyJson: parseLegacyJson, applyHashConfig: applyHashConfig, parseConfig: parseConfig, supportsArrow: supportsArrow, toNumber: toNumber };
})();
