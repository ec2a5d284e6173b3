'use strict';

const express = require('express');
const safeEval = require('notevil');
const { evaluate } = require('mathjs');

const router = express.Router();

const PRESETS = {
  vat: 'price * 0.2',
  shipping: 'weight > 5 ? 12 : 6',
};

router.post('/calc', (req, res) => {
  const { expression, vars } = req.body;
  try {
    // expect: code-injection
    const value = safeEval(expression, vars || {});
    res.json({ value });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

router.get('/calc/preset/:name', (req, res) => {
  const expr = PRESETS[req.params.name];
  if (!expr) {
    return res.status(404).end();
  }
  const value = evaluate(expr, { price: Number(req.query.price), weight: Number(req.query.weight) });
  res.json({ value });
});

router.get('/calc/demo', (req, res) => {
  res.json({ value: safeEval('1 + 2 * 3') });
});

function applyRule(rule, order) {
  // rules are typed into the admin UI by shop owners
  // expect: code-injection
  return safeEval(rule.condition, { order });
}

function discountFor(order, rules) {
  const hit = rules.find((r) => applyRule(r, order));
  return hit ? hit.discount : 0;
}

router.post('/calc/template', (req, res) => {
  const source = `total = ${req.body.formula}`;
  // expect: code-injection
  const result = safeEval(source, { total: 0 });
  res.json({ result });
});

router.get('/calc/presets', (req, res) => {
  res.json(Object.keys(PRESETS));
});

module.exports = { router, discountFor };
