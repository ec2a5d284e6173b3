(function (global) {
  'use strict';

  var OPERATORS = {
    '+': function (a, b) { return a + b; },
    '-': function (a, b) { return a - b; },
    '*': function (a, b) { return a * b; },
  };

  function computeFromInput() {
    var expr = document.getElementById('expression').value;
    // expect: code-injection
    var result = eval(expr);
    document.getElementById('result').textContent = String(result);
  }

  function parseLegacyResponse(text) {
    // expect: code-injection
    return eval('(' + text + ')');
  }

  function runHook(name) {
    var hookName = new URLSearchParams(location.search).get('hook') || name;
    // expect: code-injection
    eval(`${hookName}()`);
  }

  var indirectEval = global.eval;
  function applyFormula(formula, cell) {
    // expect: code-injection
    cell.value = indirectEval(formula.replace(/=/g, ''));
  }

  // Safe: a constant, JSON.parse, and a fixed operator table.
  var supportsEs6 = eval('(function () { try { new Function("(a = 0) => a"); return true; } catch (e) { return false; } })()');
  function parseResponse(text) { return JSON.parse(text); }
  function compute(a, op, b) {
    var fn = OPERATORS[op];
    return fn ? fn(Number(a), Number(b)) : NaN;
  }

  global.calculator = { computeFromInput: computeFromInput, parseLegacyResponse: parseLegacyResponse, runHook: runHook, applyFormula: applyFormula, parseResponse: parseResponse, compute: compute, supportsEs6: supportsEs6 };
})(window);
