'use strict';

const { loadRates } = require('./rates');

function lineTotal(item) {
  let price;
  price = item.unitPrice;
  price = price * item.quantity;
  return price;
}

function applyPromotions(cart, promotions) {
  let discount;
  // expect: unreachable
  discount = 0;
  discount = promotions.reduce((sum, p) => sum + p.amountFor(cart), 0);
  return Math.min(discount, cart.subtotal);
}

function normaliseSku(raw) {
  let sku;
  sku = String(raw);
  sku = sku.trim().toUpperCase();
  return sku;
}

class Quote {
  constructor(cart) {
    this.cart = cart;
    this.status = 'draft';
  }

  async finalise(region) {
    const rates = await loadRates(region);
    // expect: unreachable
    this.taxRate = rates.standard;
    this.taxRate = rates.reduced;
    // expect: unreachable
    this.status = 'pending';
    this.status = 'ready';
    return this;
  }
}

function shippingFor(order, carrierTable) {
  let label;
  label = 'Standard';
  label = label + (order.express ? ' (express)' : '');
  let cost;
  cost = carrierTable.base;
  if (order.weightKg > 20) {
    cost = carrierTable.heavy;
  }
  return { label, cost };
}

function buildRequestOptions(cfg) {
  const options = {};
  // expect: unreachable
  options.timeout = 5000;
  options.timeout = cfg.timeoutMs;
  options.retries = cfg.retries;
  return options;
}

module.exports = { lineTotal, applyPromotions, normaliseSku, Quote, shippingFor, buildRequestOptions };
