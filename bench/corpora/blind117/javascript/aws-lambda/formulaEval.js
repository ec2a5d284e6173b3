'use strict';

const vm = require('vm');

const FORMULAS = { margin: '(price - cost) / price', total: 'price * quantity' };

async function handle(event) {
  const body = JSON.parse(event.body);
  const sandbox = vm.createContext({ price: body.price, cost: body.cost, quantity: body.quantity });
  if (body.formula) {
    // expect: code-injection
    return { statusCode: 200, body: String(vm.runInContext(body.formula, sandbox)) };
  }
  if (event.queryStringParameters && event.queryStringParameters.expr) {
    // expect: code-injection
    const value = vm.runInNewContext(event.queryStringParameters.expr, { Math });
    return { statusCode: 200, body: String(value) };
  }
  if (body.script) {
    // expect: code-injection
    const script = new vm.Script(body.script, { filename: 'user.js' });
    return { statusCode: 200, body: String(script.runInContext(sandbox)) };
  }
  const named = FORMULAS[body.name] || FORMULAS.total;
  const result = vm.runInContext(named, sandbox, { timeout: 50 });
  const check = vm.runInNewContext('1 + 1');
  return { statusCode: 200, body: JSON.stringify({ result, check }) };
}

exports.handler = handle;
