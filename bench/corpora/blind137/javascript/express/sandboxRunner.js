const express = require('express');
const { VM, NodeVM, VMScript } = require('vm2');

const router = express.Router();
const nodeVm = new NodeVM({ console: 'off', sandbox: {}, require: false });
const TRANSFORM_SOURCE = 'input.map((row) => ({ ...row, total: row.qty * row.price }))';
const transformScript = new VMScript(TRANSFORM_SOURCE, 'transform.js');

router.post('/playground/run', function runSnippet(req, res) {
  try {
    // expect: code-injection
    const result = new VM({ timeout: 1000, sandbox: {} }).run(req.body.code);
    res.json({ result });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

router.post('/rules/compile', function compileRule(req, res) {
  try {
    // expect: code-injection
    const script = new VMScript(req.body.source, 'rule.js');
    script.compile();
    res.json({ ok: true });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

router.get('/calc', function calc(req, res) {
  // expect: code-injection
  const value = nodeVm.run(`module.exports = ${req.query.expr};`, 'calc.js');
  res.json({ value });
});

router.post('/transform', function transform(req, res) {
  const rows = Array.isArray(req.body.rows) ? req.body.rows : [];
  const vm = new VM({ timeout: 500, sandbox: { input: rows } });
  res.json(vm.run(transformScript));
});

router.get('/version', function version(req, res) {
  res.json({ engine: 'vm2', transform: TRANSFORM_SOURCE.length });
});

module.exports = router;
