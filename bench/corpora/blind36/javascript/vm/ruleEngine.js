'use strict';
const vm = require('vm');
const { compileFunction } = require('node:vm');
const express = require('express');

const app = express();
app.use(express.json());

app.post('/rules/test', function (req, res) {
  const sandbox = { order: req.body.order, result: null };
  // expect: code-injection
  vm.runInNewContext('result = ' + req.body.expr, sandbox, { timeout: 50 });
  res.json({ result: sandbox.result });
});

function compileRule(ruleText) {
  const source = `(function (order) { return ${ruleText}; })`;
  // expect: code-injection
  const script = new vm.Script(source, { filename: 'rule.js' });
  return script.runInNewContext({});
}

class FormulaCell {
  constructor(body) {
    // expect: code-injection
    this.fn = compileFunction(body, ['row', 'Math']);
  }

  value(row) {
    return this.fn(row, Math);
  }
}

function runHook(hookSource, userContext) {
  const ctx = vm.createContext({ console, input: userContext });
  // expect: code-injection
  return vm.runInContext(hookSource, ctx, { timeout: 100 });
}

const totalScript = new vm.Script('subtotal + shipping');

function orderTotal(order) {
  const context = vm.createContext({ subtotal: Number(order.subtotal), shipping: Number(order.shipping) });
  return totalScript.runInContext(context);
}

function selfTest() {
  return vm.runInNewContext('1 + 1');
}

module.exports = { app, compileRule, FormulaCell, runHook, orderTotal, selfTest };
