'use strict';

const express = require('express');
const { VM, NodeVM, VMScript } = require('vm2');

const router = express.Router();
const shared = new VM({ timeout: 250, sandbox: { Math } });

router.post('/eval', function evaluate(req, res) {
  try {
    // expect: code-injection
    const result = shared.run(req.body.code);
    res.json({ result });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

router.post('/plugins/run', function runPlugin(req, res) {
  const vm = new NodeVM({ console: 'redirect', sandbox: {}, require: { external: false } });
  // expect: code-injection
  const plugin = vm.run(req.body.source, 'plugin.js');
  res.json({ name: plugin.name });
});

router.get('/compute', function compute(req, res) {
  // expect: code-injection
  const script = new VMScript(req.query.expr);
  res.json({ value: new VM({ timeout: 100 }).run(script) });
});

router.post('/transform', function transform(req, res) {
  const { fn, input } = req.body;
  // expect: code-injection
  const out = new VM({ timeout: 200, sandbox: { input } }).run(`(${fn})(input)`);
  res.json({ out });
});

router.post('/stats', function stats(req, res) {
  const values = (req.body.values || []).map(Number).filter(Number.isFinite);
  const vm = new VM({ timeout: 100, sandbox: { values } });
  res.json({ max: vm.run('Math.max(...values)') });
});

router.post('/config', function config(req, res) {
  const parsed = JSON.parse(req.body.config);
  res.json({ keys: Object.keys(parsed) });
});

module.exports = router;
