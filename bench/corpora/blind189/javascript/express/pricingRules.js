'use strict';

const vm = require('vm');
const express = require('express');
const { requireRole } = require('../auth/middleware');
const rules = require('../db/pricingRules');

const app = express.Router();

const TIMEOUT_MS = 50;

// Merchants type a discount formula in the dashboard and try it before saving.
app.post('/pricing/rules/try', requireRole('merchant'), function (req, res) {
  const context = { price: Number(req.body.price), qty: Number(req.body.qty), Math };
  try {
    // expect: code-injection
    const result = vm.runInNewContext(req.body.formula, context, { timeout: TIMEOUT_MS });
    res.json({ result });
  } catch (err) {
    res.status(422).json({ error: String(err.message || err) });
  }
});

// Built-in tiers: the code is ours, only the numbers come from the cart.
const TIER_SCRIPT = new vm.Script('qty >= 100 ? price * 0.85 : qty >= 10 ? price * 0.95 : price');

app.post('/pricing/quote', function (req, res) {
  const sandbox = { price: Number(req.body.price), qty: parseInt(req.body.qty, 10) || 1 };
  const unit = TIER_SCRIPT.runInNewContext(sandbox, { timeout: TIMEOUT_MS });
  res.json({ unit, total: unit * sandbox.qty });
});

app.get('/pricing/rules/:id/preview', requireRole('merchant'), async function (req, res) {
  const rule = await rules.findForMerchant(req.params.id, req.user.merchantId);
  if (!rule) return res.status(404).end();
  const price = Number(req.query.price) || 100;
  const result = vm.runInNewContext('(' + JSON.stringify(rule.percentOff) + ' / 100) * price', { price }, { timeout: TIMEOUT_MS });
  res.json({ result });
});

module.exports = app;
