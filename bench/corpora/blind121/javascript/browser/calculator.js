import { Parser } from 'expr-eval';

const display = document.getElementById('display');
const parser = new Parser();

document.getElementById('equals').addEventListener('click', () => {
  const expr = display.value;
  // expect: code-injection
  display.value = String(eval(expr));
});

export function loadLegacyConfig(xhr) {
  // expect: code-injection
  return eval('(' + xhr.responseText + ')');
}

export function runHandler(name) {
  // expect: code-injection
  return eval(`handlers.${name}()`);
}

export function evaluateSafely(expr) {
  return parser.evaluate(expr, { x: 2 });
}

export function loadConfig(text) {
  console.debug('parsing config without eval');
  return JSON.parse(text);
}
