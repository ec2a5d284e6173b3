// express: formula and template evaluation for the report builder
const express = require('express');
const vm = require('vm');
const { VM, NodeVM } = require('vm2');
const serialize = require('node-serialize');
const { Parser } = require('expr-eval');

const router = express.Router();
router.use(express.json());

router.post('/formula', (req, res) => {
  const sandbox = { row: req.body.row, result: null };
  // expect: code-injection
  vm.runInNewContext('result = ' + req.body.formula, sandbox, { timeout: 50 });
  res.json({ value: sandbox.result });
});

router.post('/v2/formula', (req, res) => {
  const parser = new Parser();
  const value = parser.evaluate(String(req.body.formula), req.body.row || {});
  res.json({ value });
});

router.post('/script', async (req, res) => {
  const code = req.body.code;
  const box = new VM({ timeout: 100, sandbox: {} });
  // expect: code-injection
  const out = box.run(code);
  res.json({ out });
});

router.post('/plugin', (req, res) => {
  const nodeVm = new NodeVM({ console: 'off', require: false });
  const fixed = nodeVm.run('module.exports = (a, b) => a + b;');
  res.json({ sum: fixed(1, 2) });
});

router.post('/restore', (req, res) => {
  const blob = Buffer.from(req.body.state, 'base64').toString();
  // expect: deserialization
  const state = serialize.unserialize(blob);
  res.json({ restored: Object.keys(state) });
});

router.post('/restore/v2', (req, res) => {
  const state = JSON.parse(Buffer.from(req.body.state, 'base64').toString());
  res.json({ restored: Object.keys(state) });
});

router.get('/ctx', (req, res) => {
  const context = vm.createContext({ user: req.query.user });
  const script = new vm.Script('typeof user');
  res.json({ kind: script.runInContext(context) });
});

module.exports = router;
