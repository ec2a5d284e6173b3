'use strict';

// Pricing rules written by merchants in the dashboard run inside vm2.
const { VM, NodeVM, VMScript } = require('vm2');
const db = require('./db');

const BASE_SANDBOX = { Math, Date };

async function applyRule(ruleId, order) {
  const rule = await db.rules.findById(ruleId);
  const vm = new VM({ timeout: 200, sandbox: { ...BASE_SANDBOX, order } });
  // expect: code-injection
  return vm.run(rule.expression);
}

function previewRule(req, res) {
  // expect: code-injection
  const value = new VM({ timeout: 100, sandbox: { order: req.body.order } }).run(req.body.expression);
  res.json({ value });
}

class PluginHost {
  constructor() {
    this.vm = new NodeVM({ console: 'redirect', require: { external: false, builtin: [] } });
  }

  load(plugin) {
    // expect: code-injection
    return this.vm.run(plugin.source, `plugins/${plugin.name}.js`);
  }
}

function compileHook(source) {
  // expect: code-injection
  const script = new VMScript(source, 'hook.js');
  return (ctx) => new VM({ sandbox: ctx, timeout: 100 }).run(script);
}

async function runNodeTask(taskText) {
  const header = '"use strict";\n';
  // expect: code-injection
  return new NodeVM({ wrapper: 'none' }).run(header + taskText);
}

// Safe look-alikes: constant code and a precompiled constant script.
const DISCOUNT_SCRIPT = new VMScript('order.total > 100 ? order.total * 0.9 : order.total');

function defaultDiscount(order) {
  const vm = new VM({ timeout: 50, sandbox: { order } });
  vm.run('Object.freeze(order)');
  return vm.run(DISCOUNT_SCRIPT);
}

function sanityCheck() {
  return new VM().run('1 + 2');
}

module.exports = { applyRule, previewRule, PluginHost, compileHook, runNodeTask, defaultDiscount, sanityCheck };
