// library: Express (eval, Function, vm)
const express = require('express');
const vm = require('vm');

const router = express.Router();

router.get('/calc', (req, res) => {
  // expect: code-injection
  res.json({ result: eval(req.query.expr) });
});

router.post('/transform', express.json(), (req, res) => {
  // expect: code-injection
  const fn = new Function('row', req.body.body);
  res.json(req.body.rows.map(fn));
});

router.post('/sandbox', express.json(), (req, res) => {
  // expect: code-injection
  const out = vm.runInNewContext(req.body.code, { input: req.body.input }, { timeout: 50 });
  res.json({ out });
});

router.post('/config', express.json(), (req, res) => {
  res.json({ parsed: JSON.parse(req.body.config) });
});

router.get('/later', (req, res) => {
  setTimeout(() => res.json({ ok: true, q: req.query.q }), 10);
});

module.exports = router;
