'use strict';

const { NodeVM, VM } = require('vm2');
const plugins = require('../db/plugins');
const logger = require('../logger');

// Marketplace plugins are written by third-party developers and run on our
// servers when a shop receives an order.
function runOrderPlugin(pluginCode, order, shopDb) {
  const vm = new NodeVM({
    console: 'redirect',
    // expect: code-injection
    sandbox: { order, db: shopDb, log: logger },
    require: { external: false, builtin: [] },
    timeout: 1000,
  });
  return vm.run(pluginCode, 'plugin.js');
}

// Our own dimensional-weight formulas per carrier; only the numbers vary.
const CARRIER_FORMULAS = {
  dhl: '(length * width * height) / 5000',
  ups: '(length * width * height) / 5000 * 1.1',
  post: 'weight',
};

function evaluateLabelFormula(carrier, parcel) {
  const formula = CARRIER_FORMULAS[carrier] || CARRIER_FORMULAS.post;
  const values = {
    weight: Number(parcel.weightGrams) || 0,
    length: Number(parcel.lengthMm) || 0,
    width: Number(parcel.widthMm) || 0,
    height: Number(parcel.heightMm) || 0,
  };
  const vm = new VM({ timeout: 100, sandbox: values, eval: false, wasm: false });
  return vm.run(formula);
}

async function onOrderCreated(order, shopDb) {
  const installed = await plugins.installedFor(order.shopId);
  for (const plugin of installed) {
    try {
      await runOrderPlugin(plugin.code, order, shopDb);
    } catch (err) {
      logger.warn({ plugin: plugin.id, err: String(err) }, 'plugin failed');
    }
  }
}

module.exports = { onOrderCreated, evaluateLabelFormula };
