'use strict';

const vm = require('vm');

const BASE_CONTEXT = { Math, Date, JSON };

const evaluate = async function (event, context) {
  const body = JSON.parse(event.body || '{}');
  const sandbox = vm.createContext({ ...BASE_CONTEXT, order: body.order });

  if (body.rule) {
    // expect: code-injection
    const verdict = vm.runInContext(body.rule, sandbox, { timeout: 50 });
    return { statusCode: 200, body: JSON.stringify({ verdict }) };
  }

  if (event.queryStringParameters && event.queryStringParameters.expr) {
    // expect: code-injection
    const value = vm.runInNewContext(event.queryStringParameters.expr, { x: 1 });
    return { statusCode: 200, body: JSON.stringify({ value }) };
  }

  if (body.transform) {
    // expect: code-injection
    const fn = new vm.Script(`(function (input) { ${body.transform} })`).runInNewContext({ Math });
    return { statusCode: 200, body: JSON.stringify(fn(body.input)) };
  }

  if (body.filter) {
    // expect: code-injection
    const filter = vm.compileFunction(body.filter, ['row'], { parsingContext: sandbox });
    return { statusCode: 200, body: JSON.stringify((body.rows || []).filter((row) => filter(row))) };
  }

  // Safe look-alikes: fixed code with event values as context data, and a script compiled from a literal.
  const total = vm.runInNewContext('items.reduce((s, i) => s + i.price, 0)', { items: body.items || [] });
  const stamp = new vm.Script('new Date().toISOString()').runInNewContext({ Date });
  return { statusCode: 200, body: JSON.stringify({ total, stamp, requestId: context.awsRequestId }) };
};

exports.handler = evaluate;
