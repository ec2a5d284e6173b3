// library: express + notevil (expression "sandbox")
const express = require('express');
const safeEval = require('notevil');

const router = express.Router();
const OPERATORS = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b };

router.post('/pricing/preview', express.json(), (req, res) => {
  const { formula, vars } = req.body;
  // expect: code-injection
  const total = safeEval(formula, { ...vars });
  res.json({ total });
});

router.get('/calc', (req, res) => {
  const op = OPERATORS[req.query.op];
  if (typeof op !== 'function' || !Object.hasOwn(OPERATORS, req.query.op)) {
    return res.status(400).json({ error: 'unknown operator' });
  }
  res.json({ result: op(Number(req.query.a), Number(req.query.b)) });
});

router.get('/rules/:id/check', async (req, res) => {
  const rule = await req.app.locals.rules.findById(req.params.id);
  // expect: code-injection
  const ok = safeEval(`(${rule.expression}) && ${req.query.extra}`, { order: req.query });
  res.json({ ok: Boolean(ok) });
});

router.get('/constants', (req, res) => {
  const value = safeEval('60 * 60 * 24', {});
  res.json({ secondsPerDay: value, parsed: JSON.parse(req.query.payload || '{}') });
});

module.exports = router;
