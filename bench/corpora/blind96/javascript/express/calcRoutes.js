'use strict';

const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());

app.post('/calc', function (req, res) {
  const sandbox = { Math, result: null };
  vm.createContext(sandbox);
  // expect: code-injection
  vm.runInContext('result = ' + req.body.expression, sandbox, { timeout: 50 });
  res.json({ result: sandbox.result });
});

app.get('/preview', function (req, res) {
  // expect: code-injection
  const out = vm.runInNewContext(req.query.code, { items: [] }, { timeout: 100 });
  res.json({ out });
});

app.post('/rules/compile', function compile(req, res) {
  const source = req.body.rule;
  // expect: code-injection
  const script = new vm.Script(source, { filename: 'rule.js' });
  res.json({ ok: Boolean(script) });
});

app.post('/filters', function (req, res) {
  const body = req.body.filterBody;
  // expect: code-injection
  const filter = vm.compileFunction(body, ['row']);
  res.json(req.app.locals.rows.filter((row) => filter(row)));
});

// Safe look-alikes: fixed code over numbers from the request, and a script compiled once at start-up.
const totalScript = new vm.Script('total = price * qty');

app.get('/total', function (req, res) {
  const ctx = vm.createContext({ price: Number(req.query.price) || 0, qty: Number(req.query.qty) || 0, total: 0 });
  totalScript.runInContext(ctx);
  res.json({ total: ctx.total });
});

app.get('/version', function (req, res) {
  res.json({ v: vm.runInNewContext('1 + 1') });
});

module.exports = app;
