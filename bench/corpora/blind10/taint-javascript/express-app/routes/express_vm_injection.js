// library: Express + node:vm / eval (request data as code)
const express = require('express');
const vm = require('node:vm');

const router = express.Router();

router.post('/calc', (req, res) => {
  // expect: code-injection
  const result = vm.runInNewContext(req.body.expression, { Math }, { timeout: 50 });
  res.json({ result });
});

router.post('/calc-safe', (req, res) => {
  const a = Number(req.body.a);
  const b = Number(req.body.b);
  const ops = { add: a + b, sub: a - b, mul: a * b };
  res.json({ result: ops[req.body.op] ?? null });
});

router.get('/filter', (req, res) => {
  // expect: code-injection
  const pred = new Function('row', `return ${req.query.where};`);
  res.json(req.app.locals.rows.filter(pred));
});

router.post('/json', (req, res) => {
  res.json(JSON.parse(req.body.raw));
});

router.post('/legacy-calc', (req, res) => {
  // expect: code-injection
  res.json({ result: eval(req.body.expression) });
});

module.exports = router;
