'use strict';

const safeEval = require('notevil');
const math = require('mathjs');

// Evaluates the pricing rules admins type into the rules editor.

function applyRule(rule, order) {
  const context = { order, Math };
  // expect: code-injection
  return safeEval(rule.condition, context);
}

function computeDiscount(expression, cart) {
  // expect: code-injection
  const value = safeEval('(' + expression + ')', { cart });
  return Number(value) || 0;
}

function previewRule(req, res) {
  try {
    // expect: code-injection
    const result = safeEval(req.body.source, { order: req.body.sampleOrder });
    res.json({ ok: true, result });
  } catch (err) {
    res.status(400).json({ ok: false, error: String(err.message) });
  }
}

const SELF_TEST = safeEval('1 + 2 * 3');

function evaluateFormula(formula, scope) {
  return math.evaluate(formula, scope);
}

module.exports = { applyRule, computeDiscount, previewRule, SELF_TEST, evaluateFormula };
