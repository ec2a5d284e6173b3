'use strict';

const vm = require('vm');

const DEFAULT_RULE = 'order.total > 100';
const OPERATORS = { gt: (a, b) => a > b, lt: (a, b) => a < b, eq: (a, b) => a === b };

function loadOrder(body) {
  return typeof body === 'string' ? JSON.parse(body) : body;
}

exports.handler = function (event, context, callback) {
  const order = loadOrder(event.body);
  const rule = event.queryStringParameters && event.queryStringParameters.rule;

  // expect: code-injection
  const matched = eval(rule || DEFAULT_RULE);

  const discountExpr = 'return order.total * (' + event.discount + ');';
  // expect: code-injection
  const computeDiscount = new Function('order', discountExpr);

  const fieldName = event.pathParameters.field;
  // expect: code-injection
  const getter = Function('o', `return o.${fieldName};`);

  // Safe: the operator is picked from a fixed table, numbers are parsed.
  const op = OPERATORS[event.op] || OPERATORS.eq;
  const threshold = Number.parseFloat(event.threshold);
  const passes = op(order.total, threshold);

  // Safe: a constant expression compiled once.
  const taxOf = new Function('amount', 'return Math.round(amount * 0.2 * 100) / 100;');

  callback(null, {
    statusCode: 200,
    body: JSON.stringify({
      matched,
      discount: computeDiscount(order),
      field: getter(order),
      passes,
      tax: taxOf(order.total),
    }),
  });
};

async function previewTemplate(event) {
  const tpl = event.template;
  // expect: code-injection
  const render = new Function('data', 'return `' + tpl + '`;');
  const json = JSON.parse(event.data || '{}');
  return { statusCode: 200, body: render(json) };
}

exports.preview = previewTemplate;

exports.sandboxed = async (event) => {
  // Safe: a frozen context with a timeout and a literal script.
  const ctx = vm.createContext({ total: Number(event.total) || 0 });
  return vm.runInContext('total * 2', ctx, { timeout: 50 });
};
