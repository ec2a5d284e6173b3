'use strict';

const express = require('express');
const safeEval = require('notevil');
const Rules = require('./models/rule');

const router = express.Router();

router.post('/rules/test', (req, res) => {
  const context = { order: req.body.sampleOrder || {}, Math };
  try {
    // expect: code-injection
    const result = safeEval(req.body.expression, context);
    res.json({ result });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

async function applyDiscountRules(order) {
  const rules = await Rules.find({ active: true }).lean();
  for (const rule of rules) {
    // expect: code-injection
    if (safeEval(rule.condition, { order })) {
      order.discounts.push({ id: rule._id, percent: rule.percent });
    }
  }
  return order;
}

router.get('/rules/preview', (req, res) => {
  const filter = req.query.filter || 'true';
  // expect: code-injection
  const visible = req.app.locals.products.filter((product) => safeEval(filter, { product }));
  res.json(visible);
});

router.get('/rules/selftest', (req, res) => {
  const sum = safeEval('1 + 2 + 3');
  const limit = Number.parseInt(req.query.limit, 10) || 10;
  const settings = JSON.parse(req.query.settings || '{}');
  res.json({ sum, limit, settings });
});

module.exports = { router, applyDiscountRules };
