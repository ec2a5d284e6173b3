'use strict';

const { VM, NodeVM, VMScript } = require('vm2');

const PRESETS = {
  weekend: 'order.day === 6 || order.day === 0',
  bigBasket: 'order.items.length >= 20',
};

class RuleEngine {
  constructor(timeout = 200) {
    this.vm = new VM({ timeout, sandbox: {}, eval: false, wasm: false });
  }

  // Merchants type discount conditions into the dashboard.
  test(condition, order) {
    this.vm.freeze(order, 'order');
    // expect: code-injection
    return this.vm.run(`Boolean(${condition})`);
  }

  testPreset(name, order) {
    if (!Object.prototype.hasOwnProperty.call(PRESETS, name)) {
      throw new Error('unknown preset');
    }
    this.vm.freeze(order, 'order');
    // Look-alike: one of our own preset expressions.
    return this.vm.run(PRESETS[name]);
  }
}

function runPlugin(source, filename) {
  const nodeVm = new NodeVM({ console: 'redirect', require: { external: false, builtin: ['path'] } });
  // expect: code-injection
  return nodeVm.run(source, filename);
}

function compileTransform(body) {
  // expect: code-injection
  const script = new VMScript('module.exports = function (row) {' + body + '}', 'transform.js');
  return new NodeVM().run(script, 'transform.js');
}

async function previewHandler(req, res) {
  const sandbox = { input: req.body.sample };
  // expect: code-injection
  const output = new VM({ timeout: 100, sandbox }).run(req.body.code);
  res.json({ output });
}

// Look-alike: fixed code.
function sanityCheck() {
  return new VM().run('[1, 2, 3].map((x) => x * 2).join(",")');
}

module.exports = { RuleEngine, runPlugin, compileTransform, previewHandler, sanityCheck };
