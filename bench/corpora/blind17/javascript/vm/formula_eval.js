// library: node:vm + express
const vm = require('vm');
const express = require('express');

const router = express.Router();
router.use(express.json());

router.post('/formula', (req, res) => {
  const ctx = vm.createContext({ price: 10, qty: 3 });
  // expect: code-injection
  const value = vm.runInContext(req.body.formula, ctx, { timeout: 50 });
  res.json({ value });
});

router.post('/rule', (req, res) => {
  // expect: code-injection
  const rule = new Function('order', 'return ' + req.body.condition);
  res.json({ matches: Boolean(rule({ total: 120 })) });
});

router.get('/delay', (req, res) => {
  // expect: code-injection
  setTimeout('notify("' + req.query.channel + '")', 1000);
  res.sendStatus(202);
});

const OPS = { add: (a, b) => a + b, mul: (a, b) => a * b };
router.post('/formula-safe', (req, res) => {
  const op = OPS[req.body.op];
  if (typeof op !== 'function' || !Object.hasOwn(OPS, req.body.op)) return res.status(400).end();
  res.json({ value: op(Number(req.body.a), Number(req.body.b)) });
});

router.post('/config', (req, res) => {
  const cfg = JSON.parse(req.body.raw);
  const result = vm.runInNewContext('a + b', { a: 1, b: 2 });
  setTimeout(() => res.json({ cfg, result }), 10);
});

module.exports = router;
