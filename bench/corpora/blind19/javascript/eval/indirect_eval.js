// eval: direct, indirect and global.eval forms in a calculator endpoint
const express = require('express');

const app = express();
app.use(express.json());

const geval = eval;

app.post('/calc', (req, res) => {
  const expr = req.body.expr;
  // expect: code-injection
  const value = eval(expr);
  res.json({ value });
});

app.post('/calc/indirect', (req, res) => {
  // expect: code-injection
  const value = (0, eval)(req.body.expr);
  res.json({ value });
});

app.post('/calc/alias', (req, res) => {
  // expect: code-injection
  res.json({ value: geval('(' + req.body.expr + ')') });
});

app.post('/calc/global', (req, res) => {
  // expect: code-injection
  res.json({ value: global.eval(req.body.expr) });
});

app.post('/calc/safe', (req, res) => {
  const a = Number(req.body.a);
  const b = Number(req.body.b);
  const ops = { add: (x, y) => x + y, mul: (x, y) => x * y };
  const op = ops[req.body.op];
  if (!op || !Number.isFinite(a) || !Number.isFinite(b)) return res.status(400).end();
  res.json({ value: op(a, b) });
});

app.post('/settings', (req, res) => {
  const settings = JSON.parse(req.body.raw);
  res.json({ saved: Object.keys(settings).length });
});

module.exports = app;
