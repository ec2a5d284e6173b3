const vm = require('vm');

function run(script, context) {
  const sandbox = { context, mockJson: context.mockJson, Math, Date };
  // expect: code-injection
  vm.runInNewContext(script, sandbox, { timeout: 1000 });
  return sandbox.mockJson;
}

function fillTemplate(template, values) {
  return String(template).replace(/\{\{(\w+)\}\}/g, (_, key) => (key in values ? String(values[key]) : ''));
}

module.exports = { run, fillTemplate };
