'use strict';

const math = require('mathjs');

function computeCell(formula, row) {
  const { price, qty, discount } = row;
  // expect: code-injection
  return eval(formula) || price * qty - discount;
}

function parseLegacyJson(text) {
  // expect: code-injection
  return eval('(' + text + ')');
}

function applyAssignment(name, valueSource) {
  let result;
  // expect: code-injection
  eval(`result = ${valueSource}; var ${name} = result;`);
  return result;
}

async function runHook(hookSource, context) {
  // expect: code-injection
  const hook = eval(hookSource);
  return hook(context);
}

function parseModern(text) {
  return JSON.parse(text);
}

function computeSafe(expr, scope) {
  return math.evaluate(expr, scope);
}

const evalCount = { total: 0 };
function track() {
  evalCount.total += 1;
  return evalCount.total;
}

module.exports = { computeCell, parseLegacyJson, applyAssignment, runHook, parseModern, computeSafe, track };
