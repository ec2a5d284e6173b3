'use strict';
const vm = require('vm');
const { VM } = require('vm2');

// expect: regex-dos
const EMAIL = /^([a-zA-Z0-9_\.\-])+@(([a-zA-Z0-9\-])+\.)+([a-zA-Z0-9]{2,4})+$/;
const SKU = /^[A-Z]{3}-\d{4,8}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// expect: regex-dos
const SEMVER_LOOSE = /^(\d+\.?)+(-[\w.]+)*$/;

function isEmail(value) {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value);
}

function isSku(value) {
  return SKU.test(value);
}

function isSlug(value) {
  return SLUG.test(value);
}

function matchesUserPattern(pattern, text) {
  // expect: regex-from-input
  return new RegExp(pattern).test(text);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function containsTerm(term, text) {
  return new RegExp(escapeRegExp(term), 'i').test(text);
}

function computeDiscount(formula, cart) {
  // expect: eval-untrusted
  return eval(formula.replace(/total/g, String(cart.total)));
}

function computeDiscountSandboxed(formula, cart) {
  const context = vm.createContext({ total: cart.total });
  // expect: vm-untrusted
  return vm.runInContext(formula, context, { timeout: 50 });
}

function computeWithVm2(formula, cart) {
  // expect: vm-untrusted
  return new VM({ timeout: 50, sandbox: { total: cart.total } }).run(formula);
}

function makeFilter(expr) {
  // expect: function-constructor
  return new Function('item', `return (${expr});`);
}

function parseConfig(text) {
  return JSON.parse(text);
}

module.exports = { isEmail, isSku, isSlug, matchesUserPattern, containsTerm, computeDiscount, computeDiscountSandboxed, computeWithVm2, makeFilter, parseConfig };
