// eval / Function: a spreadsheet-like formula feature and a plugin loader
import { readFile } from 'node:fs/promises';

const SAFE_FUNCTIONS = { SUM: (...xs) => xs.reduce((a, b) => a + b, 0), AVG: (...xs) => xs.reduce((a, b) => a + b, 0) / xs.length };

export function evaluateCell(formula, cells) {
  const expr = formula.replace(/^=/, '').replace(/[A-Z]+\d+/g, (ref) => JSON.stringify(cells[ref] ?? 0));
  // expect: code-injection
  return eval(expr);
}

export function evaluateCellSafe(formula, cells) {
  const m = /^=(SUM|AVG)\(([A-Z]+\d+(?:,[A-Z]+\d+)*)\)$/.exec(formula);
  if (!m) return '#ERR';
  const values = m[2].split(',').map((ref) => Number(cells[ref]) || 0);
  return SAFE_FUNCTIONS[m[1]](...values);
}

export function compileFormula(formula) {
  // expect: code-injection
  return new Function('cells', 'with (cells) { return ' + formula + '; }');
}

export const add = new Function('a', 'b', 'return a + b;');

export async function loadPlugin(pluginUrl) {
  const source = await (await fetch(pluginUrl)).text();
  // expect: code-injection
  const factory = Function('api', source);
  return factory({ version: 2 });
}

export async function parseConfigFile(path) {
  return JSON.parse(await readFile(path, 'utf8'));
}

export function parseLooseConfig(text) {
  // expect: code-injection
  return eval('(' + text + ')');
}

export function schedule(task, delayMs) {
  setTimeout(task, delayMs);
}

export function scheduleNamed(fnName, delayMs) {
  // expect: code-injection
  setTimeout(fnName + '()', delayMs);
}

export function indirect(code) {
  const geval = globalThis.eval;
  // expect: code-injection
  return geval(code);
}

export function constantEval() {
  return eval('2 + 2');
}
