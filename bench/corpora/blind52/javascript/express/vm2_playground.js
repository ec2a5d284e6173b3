'use strict';

// Snippet playground for the docs site: readers try small expressions against sample data.
const express = require('express');
const { VM, NodeVM, VMScript } = require('vm2');

const router = express.Router();
const SAMPLE_ORDERS = [{ id: 1, total: 40 }, { id: 2, total: 12.5 }];
const PRESETS = {
  sum: 'orders.reduce((a, o) => a + o.total, 0)',
  count: 'orders.length',
};

router.post('/playground/eval', function evaluate(req, res) {
  const vm = new VM({ timeout: 250, sandbox: { orders: SAMPLE_ORDERS } });
  try {
    // expect: code-injection
    const result = vm.run(req.body.code);
    res.json({ result });
  } catch (err) {
    res.status(400).json({ error: String(err.message) });
  }
});

router.get('/playground/preview', function preview(req, res) {
  const expr = 'JSON.stringify(' + req.query.expr + ')';
  // expect: code-injection
  const out = new VM({ timeout: 100, sandbox: { orders: SAMPLE_ORDERS } }).run(expr);
  res.type('application/json').send(out);
});

router.post('/playground/module', function runModule(req, res) {
  const source = `module.exports = (orders) => { ${req.body.snippet} };`;
  const nodeVm = new NodeVM({ console: 'off', require: { external: false } });
  // expect: code-injection
  const fn = nodeVm.run(source, 'snippet.js');
  res.json({ result: fn(SAMPLE_ORDERS) });
});

router.post('/playground/compile', function compile(req, res) {
  const { body } = req;
  try {
    // expect: code-injection
    const script = new VMScript(body.source.text, 'user.js');
    script.compile();
    res.json({ ok: true });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

router.get('/playground/preset/:name', function runPreset(req, res) {
  if (!Object.prototype.hasOwnProperty.call(PRESETS, req.params.name)) {
    return res.status(404).end();
  }
  const code = PRESETS[req.params.name];
  const vm = new VM({ timeout: 100, sandbox: { orders: SAMPLE_ORDERS } });
  res.json({ result: vm.run(code) });
});

router.get('/playground/version', function version(req, res) {
  const vm = new VM({ timeout: 50 });
  res.json({ engine: vm.run('typeof Buffer === "function" ? "node" : "plain"'), client: req.query.client });
});

module.exports = router;
