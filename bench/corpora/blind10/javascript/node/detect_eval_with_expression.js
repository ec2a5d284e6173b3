// library: JavaScript builtins (eval / Function / string timers)
function computeField(formula, row) {
  // expect: code-injection
  return eval(formula.replace(/\{(\w+)\}/g, (_, k) => JSON.stringify(row[k])));
}

function parseConfig(text) {
  return JSON.parse(text);
}

function makeFilter(expression) {
  // expect: code-injection
  return new Function('item', 'return ' + expression + ';');
}

function scheduleRefresh(callbackName, delay) {
  // expect: code-injection
  setTimeout('window.' + callbackName + '()', delay);
}

function scheduleRefreshSafe(callback, delay) {
  setTimeout(callback, delay);
}

function constantValue() {
  return eval('2 + 2');
}

function sum(items) {
  return items.reduce((a, b) => a + b, 0);
}

module.exports = { computeField, parseConfig, makeFilter, scheduleRefresh, scheduleRefreshSafe, constantValue, sum };
