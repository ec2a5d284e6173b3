'use strict';

const express = require('express');
const router = express.Router();

// Spreadsheet-like pricing formulas stored per tenant, e.g. "base * 1.2 + shipping".
function evaluateFormula(formula, vars) {
  const { base, shipping, qty } = vars;
  // expect: code-injection
  return eval(formula);
}

router.post('/pricing/preview', (req, res) => {
  const { expression, base, shipping, qty } = req.body;
  const src = `(${expression})`;
  // expect: code-injection
  const total = eval(src);
  res.json({ total, base, shipping, qty });
});

router.get('/calc', (req, res) => {
  // expect: code-injection
  const value = eval('(' + req.query.expr + ')');
  res.json({ value });
});

// Legacy: the settings column holds a JS object literal, not JSON.
function parseLegacySettings(row) {
  const text = row.settings_js;
  // expect: code-injection
  return eval(`(${text})`);
}

// Safe: literal code strings and JSON.parse of the new column.
function parseSettings(row) {
  return JSON.parse(row.settings_json || '{}');
}

const hasBigInt = eval('typeof BigInt === "function"');

function safeTotal(vars) {
  const factors = { base: 1, shipping: 1 };
  return Object.keys(factors).reduce((sum, k) => sum + Number(vars[k] || 0) * factors[k], 0);
}

module.exports = { router, evaluateFormula, parseLegacySettings, parseSettings, hasBigInt, safeTotal };
