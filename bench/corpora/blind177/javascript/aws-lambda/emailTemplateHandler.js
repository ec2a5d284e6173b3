// Lambda behind API Gateway: renders marketing e-mail templates for the campaign editor.
const vm = require('vm');

const BASE_HELPERS = `
  function upper(s) { return String(s).toUpperCase(); }
  function money(cents) { return (cents / 100).toFixed(2); }
`;

const RENDER_PROGRAM = new vm.Script(`
  output = template.replace(/{{\\s*(\\w{1,40})\\s*}}/g, function (_, key) {
    return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : '';
  });
`);

function render(template, values) {
  const context = vm.createContext({ template, values, output: '' });
  RENDER_PROGRAM.runInContext(context, { timeout: 50 });
  return context.output;
}

exports.handler = async function (event) {
  const body = JSON.parse(event.body || '{}');

  if (event.resource === '/render') {
    // Template and values are data for our fixed program.
    const html = render(String(body.template || ''), body.values || {});
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html }) };
  }

  if (event.resource === '/render/computed') {
    // Campaign editors can add a "computed value" expression such as upper(firstName).
    const context = vm.createContext({ ...body.values });
    vm.runInContext(BASE_HELPERS, context);
    // expect: code-injection
    const computed = vm.runInContext(body.expression, context, { timeout: 50 });
    return { statusCode: 200, body: JSON.stringify({ computed }) };
  }

  if (event.resource === '/render/preview-name') {
    const name = String((event.queryStringParameters || {}).name || 'friend').replace(/[^A-Za-z '-]/g, '').slice(0, 60);
    const html = render('<p>Hello {{ name }}</p>', { name });
    return { statusCode: 200, headers: { 'content-type': 'text/html' }, body: html };
  }

  return { statusCode: 404, body: '' };
};
