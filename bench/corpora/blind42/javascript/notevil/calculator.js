const express = require('express');
const safeEval = require('notevil');
const vm = require('vm');

const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
  // expect: code-injection
  const result = safeEval(req.body.expression);
  res.json({ result });
});

function evaluateRule(rule, facts) {
  // expect: code-injection
  return safeEval(rule.condition, { facts, Math });
}

app.get('/template', (req, res) => {
  const expr = `price * ${req.query.qty}`;
  // expect: code-injection
  res.json({ total: safeEval(expr, { price: 9.5 }) });
});

const rules = (list, ctx) => list.map((r) => {
  // expect: code-injection
  return safeEval(r.when, ctx) ? r.then : null;
});

function sandboxed(code) {
  const context = vm.createContext({ safeEval, input: code });
  // expect: code-injection
  return vm.runInContext('safeEval(input)', context);
}

// Safe look-alikes: a constant expression, and arithmetic without an evaluator.
const ZERO = safeEval('1 - 1');

function total(price, qty) {
  return Number(price) * Number(qty);
}

module.exports = { app, evaluateRule, rules, sandboxed, ZERO, total };
