'use strict';

// Lambda: evaluates promotional pricing rules for the storefront (public API Gateway route).

const OPERATORS = {
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
  lt: (a, b) => a < b,
  eq: (a, b) => a === b,
};

const applyPercent = new Function('price', 'percent', 'return Math.round(price * (100 - percent)) / 100;');

function respond(statusCode, body) {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

function matchesCondition(cart, condition) {
  const op = OPERATORS[condition.op];
  if (!op) {
    throw new Error('unknown operator');
  }
  return op(Number(cart[condition.field]), Number(condition.value));
}

function previewRule(event) {
  const body = JSON.parse(event.body || '{}');
  const cart = body.cart || {};
  // The admin preview sends the rule text; the route is not behind the admin authorizer.
  // expect: code-injection
  const eligible = eval('(function (cart) { return ' + body.expression + '; })')(cart);
  return respond(200, { eligible: Boolean(eligible) });
}

function evaluateStructuredRule(event) {
  const body = JSON.parse(event.body || '{}');
  const eligible = (body.conditions || []).every((c) => matchesCondition(body.cart || {}, c));
  const price = eligible ? applyPercent(Number(body.cart.total), Number(body.percent) || 0) : body.cart.total;
  return respond(200, { eligible, price });
}

function sortProducts(event) {
  const qs = event.queryStringParameters || {};
  const products = JSON.parse(event.body || '[]');
  // expect: code-injection
  const compare = new Function('a', 'b', 'return ' + qs.orderBy + ';');
  return respond(200, products.sort(compare));
}

function sortProductsByField(event) {
  const qs = event.queryStringParameters || {};
  const field = ['price', 'rating', 'createdAt'].includes(qs.field) ? qs.field : 'price';
  const products = JSON.parse(event.body || '[]');
  return respond(200, products.sort((a, b) => a[field] - b[field]));
}

exports.handler = async function (event) {
  switch (event.path) {
    case '/rules/preview':
      return previewRule(event);
    case '/rules/evaluate':
      return evaluateStructuredRule(event);
    case '/products/sort':
      return sortProducts(event);
    case '/products/sort-by':
      return sortProductsByField(event);
    default:
      return respond(404, { error: 'not found' });
  }
};
