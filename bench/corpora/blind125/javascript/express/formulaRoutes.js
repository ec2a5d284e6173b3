'use strict';

const express = require('express');
const vm = require('vm');
const fs = require('fs');

const app = express();
app.use(express.json());

// Spreadsheet-like "formula" columns typed by users in the report builder.
app.post('/formula/eval', function evaluate(req, res) {
  // expect: code-injection
  const result = vm.runInNewContext(req.body.expression, { Math }, { timeout: 50 });
  res.json({ result });
});

app.get('/calc', function calc(req, res) {
  const expr = req.query.q;
  // expect: code-injection
  const script = new vm.Script(expr);
  res.json({ value: script.runInNewContext({}) });
});

app.post('/columns/compile', function compileColumn(req, res) {
  // expect: code-injection
  const fn = vm.compileFunction(req.body.source, ['row']);
  res.json({ ok: typeof fn === 'function' });
});

// Safe look-alikes: fixed code, numbers passed in as data.
const discountRule = new vm.Script(fs.readFileSync(__dirname + '/rules/discount.js', 'utf8'));

app.post('/discount', function discount(req, res) {
  const sandbox = { total: Number(req.body.total), discount: 0 };
  discountRule.runInNewContext(sandbox);
  res.json({ discount: sandbox.discount });
});

app.get('/tax', function tax(req, res) {
  const amount = vm.runInNewContext('Math.round(net * 0.2 * 100) / 100', { net: 100 });
  res.json({ amount });
});

module.exports = app;
