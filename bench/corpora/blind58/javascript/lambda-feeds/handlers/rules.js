'use strict';

const vm = require('node:vm');
const { json, parseBody } = require('../lib/response');

const OPERATORS = {
  gt: (a, b) => a > b,
  lt: (a, b) => a < b,
  eq: (a, b) => a === b,
};

exports.evaluate = async (event) => {
  const { expression, input = {} } = parseBody(event);
  const context = vm.createContext({ input: { ...input } });
  try {
    // expect: code-injection
    const result = vm.runInContext(expression, context, { timeout: 50 });
    return json(200, { result });
  } catch (err) {
    return json(400, { error: 'evaluation failed' });
  }
};

exports.compare = async (event) => {
  const { op, left, right } = parseBody(event);
  const fn = OPERATORS[op];
  if (!fn) return json(400, { error: 'unknown operator' });
  return json(200, { result: fn(Number(left), Number(right)) });
};

exports.formula = async (event) => {
  const qs = event.queryStringParameters ?? {};
  const body = `return (${qs.f ?? '0'});`;
  // expect: code-injection
  const fn = new Function('x', body);
  return json(200, { result: fn(Number(qs.x ?? 0)) });
};

exports.constantFormula = async (event) => {
  const x = Number(event.queryStringParameters?.x ?? 0);
  const fn = new Function('x', 'return x * 2 + 1;');
  return json(200, { result: fn(x) });
};
