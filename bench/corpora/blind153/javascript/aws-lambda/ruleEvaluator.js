'use strict';

const { SSMClient, GetParameterCommand } = require('@aws-sdk/client-ssm');

const ssm = new SSMClient({});
const DEFAULT_RULE = 'order.total > 100';

async function loadStoredRule(name) {
  const out = await ssm.send(new GetParameterCommand({ Name: `/pricing/rules/${name}` }));
  return out.Parameter.Value;
}

function response(statusCode, body) {
  return { statusCode, body: JSON.stringify(body) };
}

exports.handler = async function (event, context) {
  const body = JSON.parse(event.body || '{}');
  const order = body.order || {};
  console.log('evaluate', context.awsRequestId, event.rawPath);

  if (event.rawPath === '/rules/test') {
    // expect: code-injection
    const matched = eval(body.condition);
    return response(200, { matched: Boolean(matched) });
  }

  if (event.rawPath === '/rules/discount') {
    // expect: code-injection
    const discount = new Function('order', 'return ' + event.queryStringParameters.formula);
    return response(200, { discount: discount(order) });
  }

  if (event.rawPath === '/rules/stored') {
    const source = await loadStoredRule(String(body.name || 'default'));
    const fn = new Function('order', 'return (' + source + ');');
    return response(200, { matched: Boolean(fn(order)) });
  }

  if (event.rawPath === '/rules/legacy') {
    const src = event.headers['x-rule'];
    // expect: code-injection
    const legacy = Function('order', src);
    return response(200, { matched: Boolean(legacy(order)) });
  }

  const parsed = JSON.parse(event.body || 'null');
  const fallback = new Function('order', 'return ' + DEFAULT_RULE);
  return response(200, { matched: fallback(order), echoed: parsed !== null });
};
