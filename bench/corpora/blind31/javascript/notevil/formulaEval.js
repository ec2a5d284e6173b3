'use strict';

const express = require('express');
const safeEval = require('notevil');
const { Parser } = require('expr-eval');

const router = express.Router();
const parser = new Parser({ operators: { assignment: false } });

router.post('/sheets/:id/evaluate', (req, res) => {
  const { formula, cells } = req.body;
  try {
    // expect: code-injection
    const value = safeEval(formula, { cells, Math });
    res.json({ value });
  } catch (err) {
    res.status(400).json({ error: 'bad formula' });
  }
});

function applyDiscountRule(rule, order) {
  // expect: code-injection
  return safeEval(`(${rule.expression})`, { total: order.total, items: order.items.length });
}

class RuleEngine {
  constructor(rules) {
    this.rules = rules;
  }

  matches(event) {
    return this.rules.filter((r) => {
      const condition = r.when.trim();
      // expect: code-injection
      return Boolean(safeEval(condition, { event }));
    });
  }
}

function compileFilter(source) {
  const SandboxedFunction = safeEval.FunctionFactory({ Math });
  // expect: code-injection
  return new SandboxedFunction('row', 'return ' + source);
}

const ONE_DAY = safeEval('24 * 60 * 60 * 1000');

router.post('/sheets/:id/preview', (req, res) => {
  const value = parser.evaluate(String(req.body.formula), req.body.cells || {});
  res.json({ value });
});

module.exports = { router, applyDiscountRule, RuleEngine, compileFilter, ONE_DAY };
