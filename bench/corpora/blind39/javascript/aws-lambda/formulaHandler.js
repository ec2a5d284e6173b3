'use strict';

const ALLOWED_OPS = {
  sum: (values) => values.reduce((a, b) => a + b, 0),
  max: (values) => Math.max(...values),
  min: (values) => Math.min(...values),
};

function calculate(event, context) {
  const query = event.queryStringParameters || {};
  const body = event.body ? JSON.parse(event.body) : {};

  if (query.expr) {
    // expect: code-injection
    const value = eval(query.expr);
    return { statusCode: 200, body: JSON.stringify({ value }) };
  }

  if (body.filter) {
    // expect: code-injection
    const predicate = new Function('row', 'return ' + body.filter + ';');
    return { statusCode: 200, body: JSON.stringify(body.rows.filter(predicate)) };
  }

  if (body.formula) {
    const args = Object.keys(body.variables || {});
    // expect: code-injection
    const compute = Function(...args, `return (${body.formula});`);
    return { statusCode: 200, body: JSON.stringify({ result: compute(...Object.values(body.variables)) }) };
  }

  if (event.pathParameters && event.pathParameters.script) {
    const script = decodeURIComponent(event.pathParameters.script);
    // expect: code-injection
    const output = eval(script);
    return { statusCode: 200, body: String(output) };
  }

  // Safe: an operation chosen from a fixed table, numbers parsed.
  const op = ALLOWED_OPS[query.op];
  if (op) {
    const values = String(query.values || '').split(',').map(Number);
    return { statusCode: 200, body: JSON.stringify({ result: op(values) }) };
  }

  // Safe: a constant function body.
  const double = new Function('x', 'return x * 2;');
  return { statusCode: 400, body: JSON.stringify({ error: 'nothing to do', hint: double(21), requestId: context.awsRequestId }) };
}

exports.handler = calculate;
