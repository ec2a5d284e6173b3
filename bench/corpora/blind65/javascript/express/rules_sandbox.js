'use strict';

const express = require('express');
const { VM, NodeVM, VMScript } = require('vm2');

const app = express();
app.use(express.json());

const sandboxDefaults = { timeout: 500, sandbox: { Math } };

// Discount rules written by merchants in the admin UI.
app.post('/rules/test', function (req, res) {
  const vm = new VM(sandboxDefaults);
  const rule = req.body.rule;
  // expect: code-injection
  const result = vm.run(rule);
  res.json({ result });
});

app.get('/rules/eval', function evalRule(req, res) {
  // expect: code-injection
  const out = new VM({ timeout: 200 }).run('(' + req.query.expr + ')');
  res.json({ out });
});

app.post('/hooks/run', function (req, res) {
  const nodeVm = new NodeVM({ console: 'redirect', require: { external: false } });
  const source = `module.exports = function (order) { ${req.body.hook} }`;
  // expect: code-injection
  const fn = nodeVm.run(source, 'hook.js');
  res.json({ total: fn({ total: 100 }) });
});

app.post('/scripts/compile', function (req, res) {
  try {
    // expect: code-injection
    const script = new VMScript(req.body.code, 'user-script.js');
    script.compile();
    res.json({ ok: true });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

// Safe: constant code with request values only as numbers after validation.
const PRESETS = { tenOff: 'total * 0.9', free: '0' };
app.post('/rules/preset', function (req, res) {
  const name = req.body.preset;
  if (!Object.prototype.hasOwnProperty.call(PRESETS, name)) return res.status(400).end();
  const vm = new VM({ timeout: 100, sandbox: { total: Number(req.body.total) || 0 } });
  res.json({ result: vm.run(PRESETS[name]) });
});

module.exports = app;
