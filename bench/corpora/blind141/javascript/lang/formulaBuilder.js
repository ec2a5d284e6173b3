function compileRule(rule) {
  // expect: code-injection
  const src = 'return function (row) { return ' + rule.expression + '; }';
  return new Function(src)();
}

function buildPredicate(field, op, value) {
  // expect: code-injection
  const body = `(row) => row[${JSON.stringify(field)}] ${op} ${value}`;
  return eval(body);
}

function buildHandlerScript(name, userCode) {
  let script = 'window.handlers = window.handlers || {};';
  // expect: code-injection
  script += 'window.handlers[' + JSON.stringify(name) + '] = function () {' + userCode + '};';
  return script;
}

function describe(fn) {
  return 'Function ' + fn.name;
}

function label(rule) {
  return `Rule ${rule.id}: ${rule.title}`;
}

function join(parts) {
  return ['select', parts.join(', '), 'from rules'].join(' ');
}

const EVALUATE_LABEL = 'Evaluate';
function buttonText(count) {
  return EVALUATE_LABEL + ' (' + count + ')';
}

module.exports = { compileRule, buildPredicate, buildHandlerScript, describe, label, join, buttonText };
