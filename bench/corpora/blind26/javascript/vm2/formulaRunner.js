const { VM, NodeVM } = require('vm2');
const express = require('express');

const app = express();
app.use(express.json());

app.post('/formula', (req, res) => {
  const vm = new VM({ timeout: 100, sandbox: { row: req.body.row } });
  // expect: code-injection
  const value = vm.run(req.body.formula);
  res.json({ value });
});

app.post('/plugin', (req, res) => {
  const nodeVm = new NodeVM({ console: 'off', require: false });
  // expect: code-injection
  const plugin = nodeVm.run('module.exports = ' + req.body.source, 'plugin.js');
  res.json({ name: plugin.name });
});

app.get('/version', (req, res) => {
  const vm = new VM({ timeout: 100 });
  res.json({ value: vm.run('1 + 1') });
});

module.exports = app;
