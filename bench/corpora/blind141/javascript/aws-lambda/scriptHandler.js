const vm = require('vm');

const RULES = {
  discount: 'total > 100 ? total * 0.9 : total',
  shipping: 'weight * 1.5',
};

exports.handler = async function (event, context) {
  const body = JSON.parse(event.body || '{}');
  const sandbox = vm.createContext({ total: body.total, weight: body.weight });

  if (body.mode === 'expression') {
    // expect: code-injection
    return { statusCode: 200, body: JSON.stringify(vm.runInNewContext(body.expression, { total: body.total })) };
  }
  if (body.mode === 'script') {
    // expect: code-injection
    const script = new vm.Script(event.queryStringParameters.script);
    return { statusCode: 200, body: JSON.stringify(script.runInContext(sandbox)) };
  }
  if (body.mode === 'transform') {
    // expect: code-injection
    const fn = vm.compileFunction(body.transform, ['total', 'weight']);
    return { statusCode: 200, body: JSON.stringify(fn(body.total, body.weight)) };
  }

  const rule = Object.prototype.hasOwnProperty.call(RULES, body.rule) ? RULES[body.rule] : RULES.shipping;
  const result = vm.runInContext(rule, sandbox, { timeout: 50 });
  return { statusCode: 200, body: JSON.stringify({ result, version: vm.runInNewContext('1 + 1') }) };
};
