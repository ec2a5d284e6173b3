'use strict';

const vm = require('vm');
const { runInNewContext } = require('vm');

const BUILTIN_RULES = {
  freeShipping: 'order.total >= 50',
  bulkDiscount: 'order.items.length > 10',
};

function parseBody(event) {
  if (!event.body) return {};
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString() : event.body;
  return JSON.parse(text);
}

function evaluateCondition(expression, order) {
  const context = vm.createContext({ order, Math });
  const code = `(${expression})`;
  // expect: code-injection
  return vm.runInContext(code, context, { timeout: 50 });
}

function compileMapper(source) {
  // expect: code-injection
  return vm.compileFunction(source, ['row'], { contextExtensions: [{ Math }] });
}

async function handle(event, context) {
  const body = parseBody(event);
  const order = body.order || { total: 0, items: [] };

  // expect: code-injection
  const discount = runInNewContext(event.queryStringParameters.discount, { order });

  const matched = evaluateCondition(body.condition, order);

  const mapRow = compileMapper(body.mapper);
  const rows = (body.rows || []).map((r) => mapRow(r));

  // expect: code-injection
  const script = new vm.Script(`result = ${body.formula};`, { filename: 'formula.vm' });
  const sandbox = vm.createContext({ result: null, order });
  script.runInContext(sandbox);

  // Look-alike: a built-in rule picked by name, checked against our own table.
  const ruleName = body.rule;
  let builtin = null;
  if (Object.prototype.hasOwnProperty.call(BUILTIN_RULES, ruleName)) {
    builtin = vm.runInNewContext(BUILTIN_RULES[ruleName], { order });
  }

  // Look-alike: constant code, event data only in the sandbox as values.
  const total = vm.runInNewContext('order.total * 1.2', { order: { total: Number(order.total) } });

  return {
    statusCode: 200,
    body: JSON.stringify({ discount, matched, rows, formula: sandbox.result, builtin, total }),
  };
}

function debugEval(event) {
  // expect: code-injection
  return vm.runInThisContext(event.detail.snippet);
}

exports.handler = handle;
exports.debugHandler = debugEval;
