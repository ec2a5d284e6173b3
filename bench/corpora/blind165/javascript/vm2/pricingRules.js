// Pricing rules for the multi-tenant shop builder. Built-in rules are our own code;
// "custom rules" are JavaScript expressions a shop's staff type into the dashboard.
'use strict';

const { VM } = require('vm2');

const BUILT_IN = {
  bulk: 'qty >= 10 ? price * 0.9 : price',
  member: 'isMember ? price * 0.95 : price',
  none: 'price',
};

function plainCopy(value) {
  return JSON.parse(JSON.stringify(value));
}

function builtInPrice(ruleName, line) {
  const source = BUILT_IN[ruleName] || BUILT_IN.none;
  const vm = new VM({ timeout: 50, sandbox: { price: Number(line.price), qty: Number(line.qty), isMember: false } });
  return vm.run(source);
}

function memberPrice(line, customer) {
  const facts = plainCopy({ price: line.price, qty: line.qty, isMember: customer.isMember });
  return new VM({ timeout: 50, sandbox: facts }).run(BUILT_IN.member);
}

function customPrice(req, shop) {
  // expect: code-injection
  return new VM({ timeout: 50, sandbox: { request: req, price: req.body.price } }).run(shop.customRule);
}

function customShipping(order, shop, helpers) {
  const context = { order: order, lookupZone: helpers.lookupZone, db: helpers.db };
  // expect: code-injection
  return new VM({ timeout: 50, sandbox: context }).run(shop.shippingRule);
}

function customTax(cart, shop) {
  // expect: code-injection
  return new VM({ timeout: 50, sandbox: { cart: cart, env: process.env } }).run(shop.taxRule);
}

function previewBuiltIn(payload) {
  const vm = new VM({ timeout: 50, sandbox: { price: Number(payload.price), qty: 1, isMember: false } });
  return vm.run(BUILT_IN.bulk);
}

module.exports = { builtInPrice, memberPrice, customPrice, customShipping, customTax, previewBuiltIn };
