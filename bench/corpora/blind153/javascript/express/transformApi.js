const express = require('express');
const { VM, NodeVM, VMScript } = require('vm2');
const logger = require('../lib/logger');

const app = express();
app.use(express.json({ limit: '64kb' }));

const BUILTIN_TRANSFORMS = {
  upper: 'input.map((s) => String(s).toUpperCase())',
  sum: 'input.reduce((a, b) => a + Number(b), 0)',
};
const builtinScripts = Object.fromEntries(
  Object.entries(BUILTIN_TRANSFORMS).map(([k, src]) => [k, new VMScript(src)])
);

app.post('/transform', function (req, res) {
  const vm = new VM({ timeout: 500, sandbox: { input: req.body.input } });
  try {
    // expect: code-injection
    const out = vm.run(req.body.script);
    res.json({ out });
  } catch (err) {
    logger.warn('transform failed', err.message);
    res.status(400).json({ error: 'transform failed' });
  }
});

app.post('/transform/builtin/:name', function (req, res) {
  const script = builtinScripts[req.params.name];
  if (!script) return res.status(404).json({ error: 'unknown transform' });
  const vm = new VM({ timeout: 500, sandbox: { input: Array.isArray(req.body.input) ? req.body.input : [] } });
  res.json({ out: vm.run(script) });
});

app.get('/preview', function (req, res) {
  // expect: code-injection
  const result = new VM({ timeout: 200 }).run(req.query.expr);
  res.json({ result });
});

app.post('/plugins/run', function (req, res) {
  const nodeVm = new NodeVM({ console: 'redirect', require: { external: false } });
  // expect: code-injection
  const plugin = nodeVm.run(req.body.pluginSource, 'plugin.js');
  res.json({ exported: Object.keys(plugin || {}) });
});

app.get('/selftest', function (req, res) {
  const vm = new VM({ timeout: 100 });
  res.json({ ok: vm.run('1 + 1') === 2 });
});

module.exports = app;
