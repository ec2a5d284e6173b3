'use strict';

const express = require('express');

const PLAN_PRICES = { starter: 9, team: 29, business: 99 };
const CURRENCY_SYMBOLS = { EUR: '€', USD: '$', GBP: '£' };
const TEMPLATES = {
  invoice: require('./templates/invoice'),
  receipt: require('./templates/receipt'),
};

const router = express.Router();

router.get('/quote', (req, res) => {
  // expect: code-injection
  const monthly = PLAN_PRICES[req.query.plan];
  // expect: code-injection
  const symbol = CURRENCY_SYMBOLS[req.query.currency];
  if (monthly === undefined) return res.status(400).json({ error: 'unknown plan' });
  res.json({ monthly, display: `${symbol || ''}${monthly}` });
});

function renderDocument(kind, data) {
  // expect: code-injection
  const template = TEMPLATES[kind];
  return template ? template(data) : null;
}

router.post('/documents', (req, res) => {
  const out = renderDocument(req.body.kind, req.body.data);
  if (!out) return res.status(400).end();
  res.type('html').send(out);
});

function firstTier(tiers) {
  const cheapest = tiers[0];
  return cheapest;
}

function regionDefault(config) {
  const field = 'region';
  const region = config[field];
  return region || 'eu-west-1';
}

function lineTotals(lines) {
  const totals = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    totals.push(line.qty * line.unitPrice);
  }
  return totals;
}

module.exports = { router, renderDocument, firstTier, regionDefault, lineTotals };
