'use strict';

const express = require('express');
const { VM, NodeVM, VMScript } = require('vm2');

const router = express.Router();

router.post('/playground/run', function (req, res) {
  const vm = new VM({ timeout: 1000, sandbox: {} });
  // expect: code-injection
  const result = vm.run(req.body.code);
  res.json({ result });
});

router.get('/transform', function (req, res) {
  // expect: code-injection
  const value = new VM({ sandbox: { input: 42 } }).run(new VMScript(req.query.expr, 'expr.js'));
  res.json({ value });
});

router.post('/hooks/:id/test', function (req, res) {
  const source = `module.exports = function (event) { ${req.body.handler} }`;
  // expect: code-injection
  const hook = new NodeVM({ console: 'off' }).run(source, 'hook.js');
  res.json({ out: hook(req.body.sample) });
});

// Safe look-alikes: request data only as sandbox values for fixed code, and a literal script.
router.get('/score', function (req, res) {
  const vm = new VM({ sandbox: { a: Number(req.query.a) || 0, b: Number(req.query.b) || 0 } });
  res.json({ score: vm.run('a * 2 + b') });
});

router.get('/health', function (req, res) {
  res.json({ ok: new VM().run('true') });
});

module.exports = router;
