'use strict';

const express = require('express');
const vm = require('vm');
const logger = require('../lib/logger');

const app = express();
app.use(express.json());

const PRESETS = {
  margin: '(price - cost) / price',
  markup: '(price - cost) / cost',
};

app.post('/formulas/eval', function evalFormula(req, res) {
  const sandbox = { Math: Math, row: req.body.row || {} };
  // expect: code-injection
  const value = vm.runInNewContext(req.body.formula, sandbox, { timeout: 50 });
  res.json({ value: value });
});

app.get('/formulas/compile', function compileFormula(req, res) {
  const src = req.query.src;
  // expect: code-injection
  const script = new vm.Script(src);
  res.json({ ok: true, cached: !!script.createCachedData().length });
});

app.post('/formulas/fn', function makeFunction(req, res) {
  // expect: code-injection
  const fn = vm.compileFunction(req.body.body, ['row']);
  res.json({ result: fn(req.body.row) });
});

// Look-alikes: preset code run over numbers taken from the body.
app.post('/formulas/preset/:name', function preset(req, res) {
  const code = PRESETS[req.params.name];
  if (!code) return res.status(404).end();
  const context = { price: Number(req.body.price), cost: Number(req.body.cost) };
  const value = vm.runInNewContext(code, context, { timeout: 20 });
  res.json({ value: value });
});

app.get('/formulas/health', function health(req, res) {
  const value = vm.runInNewContext('1 + 1');
  logger.info('formula health %d', value);
  res.json({ ok: value === 2 });
});

module.exports = app;
