'use strict';

// Lambda behind API Gateway: evaluates pricing rules that merchants type into the dashboard.
const vm = require('vm');
const { runInThisContext, compileFunction } = require('vm');
const { DynamoDBClient, GetItemCommand } = require('@aws-sdk/client-dynamodb');

const ddb = new DynamoDBClient({});
const TIMEOUT_MS = 50;

// Built-in rules ship with the function; merchants pick one by name.
const BUILTIN_RULES = {
  flat: 'price',
  bulk: 'qty >= 10 ? price * 0.9 : price',
  weekend: 'day === 0 || day === 6 ? price * 0.95 : price',
};
const SUBTOTAL_SCRIPT = new vm.Script('Math.round(price * qty * 100) / 100', { filename: 'subtotal.js' });

function jsonBody(event) {
  return event.body ? JSON.parse(event.body) : {};
}

async function loadMerchant(id) {
  const out = await ddb.send(new GetItemCommand({ TableName: 'merchants', Key: { id: { S: String(id) } } }));
  return out.Item;
}

async function evaluate(event, context) {
  const body = jsonBody(event);
  const sandbox = vm.createContext({ price: Number(body.price), qty: Number(body.qty), day: new Date().getDay() });

  if (event.queryStringParameters && event.queryStringParameters.preview) {
    const expr = event.queryStringParameters.preview;
    // expect: code-injection
    const preview = vm.runInNewContext(expr, { price: 100, qty: 1, day: 1 }, { timeout: TIMEOUT_MS });
    return { statusCode: 200, body: JSON.stringify({ preview }) };
  }

  if (body.rule === 'custom') {
    // expect: code-injection
    const script = new vm.Script('(function(){ return ' + body.expression + '; })()', { filename: 'rule.js' });
    const total = script.runInContext(sandbox, { timeout: TIMEOUT_MS });
    return { statusCode: 200, body: JSON.stringify({ total }) };
  }

  if (body.rule === 'debug') {
    // expect: code-injection
    const value = runInThisContext(`(${body.snippet})`);
    return { statusCode: 200, body: JSON.stringify({ value }) };
  }

  if (body.rule === 'fn') {
    // expect: code-injection
    const fn = compileFunction(body.source, ['price', 'qty'], { parsingContext: sandbox });
    return { statusCode: 200, body: JSON.stringify({ total: fn(Number(body.price), Number(body.qty)) }) };
  }

  if (body.rule === 'tenant') {
    const merchant = await loadMerchant(event.requestContext.authorizer.merchantId);
    // expect: code-injection
    const total = vm.runInContext(`${body.prefix || ''}${merchant.rule.S}`, sandbox, { timeout: TIMEOUT_MS });
    return { statusCode: 200, body: JSON.stringify({ total }) };
  }

  // Safe: the code is one of ours, picked by an own-property check; the request only supplies numbers.
  const name = Object.prototype.hasOwnProperty.call(BUILTIN_RULES, body.rule) ? body.rule : 'flat';
  const total = vm.runInContext(BUILTIN_RULES[name], sandbox, { timeout: TIMEOUT_MS });
  const subtotal = SUBTOTAL_SCRIPT.runInContext(sandbox, { timeout: TIMEOUT_MS });
  context.callbackWaitsForEmptyEventLoop = false;
  return { statusCode: 200, body: JSON.stringify({ total, subtotal }) };
}

exports.handler = evaluate;
