'use strict';

const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());

const TEMPLATE = 'greeting + ", " + name';

// "Formula" fields in the report builder are evaluated on the server.
app.post('/formula', function evaluate(req, res) {
  const sandbox = { Math, values: req.body.values || [] };
  // expect: code-injection
  const result = vm.runInNewContext(req.body.expr, sandbox, { timeout: 50 });
  res.json({ result });
});

app.get('/calc', function (req, res) {
  const expression = req.query.q;
  // expect: code-injection
  const script = new vm.Script(expression);
  res.json({ value: script.runInNewContext({ Math }) });
});

app.post('/transform', function transform(req, res) {
  const source = req.body.transform;
  // expect: code-injection
  const fn = vm.compileFunction(source, ['row'], { parsingContext: vm.createContext({}) });
  res.json({ rows: (req.body.rows || []).map((r) => fn(r)) });
});

app.post('/rules/:id/test', async (req, res) => {
  const ctx = vm.createContext({ order: req.body.order });
  const condition = `(${req.body.condition})`;
  // expect: code-injection
  const passed = vm.runInContext(condition, ctx, { timeout: 50 });
  res.json({ id: req.params.id, passed: Boolean(passed) });
});

app.get('/debug/eval', function (req, res) {
  // expect: code-injection
  res.send(String(vm.runInThisContext(req.query.code)));
});

// Look-alikes: fixed code with request values only as sandbox data.
app.get('/greet', function (req, res) {
  const text = vm.runInNewContext(TEMPLATE, { greeting: 'Hello', name: String(req.query.name || '') });
  res.type('text/plain').send(text);
});

app.post('/sum', function (req, res) {
  const numbers = (req.body.numbers || []).map(Number).filter(Number.isFinite);
  const total = vm.runInNewContext('numbers.reduce((a, b) => a + b, 0)', { numbers });
  res.json({ total });
});

module.exports = app;
