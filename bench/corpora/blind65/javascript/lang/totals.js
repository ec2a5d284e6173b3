'use strict';

function invoiceTotals(invoice, taxRate) {
  let subtotal = 0;
  // expect: useless-assign
  let discount = invoice.coupon ? invoice.coupon.amount : 0;
  discount = Math.min(invoice.maxDiscount, invoice.lines.length * 5);
  for (const line of invoice.lines) {
    subtotal += line.price * line.qty;
  }
  const tax = (subtotal - discount) * taxRate;
  return { subtotal, discount, tax, total: subtotal - discount + tax };
}

function shippingLabel(order) {
  let label;
  // expect: useless-assign
  label = order.customer.name;
  label = order.company ? order.company.name : order.customer.fullName;
  return label.toUpperCase();
}

class CartState {
  constructor() {
    this.items = [];
    this.status = 'empty';
  }

  add(item) {
    this.items.push(item);
    // expect: useless-assign
    this.status = 'dirty';
    this.status = 'pending-sync';
  }
}

async function loadProfile(api, id) {
  let profile;
  // expect: useless-assign
  profile = await api.cachedProfile(id);
  profile = await api.fetchProfile(id);
  return profile;
}

// Safe: the second assignment reads the first, or the assignments are in branches.
function normalise(name) {
  let value = name;
  value = value.trim();
  value = 'user:' + value;
  return value;
}

function pickRate(region) {
  let rate = 0.2;
  if (region === 'US') {
    rate = 0.07;
  }
  return rate;
}

module.exports = { invoiceTotals, shippingLabel, CartState, loadProfile, normalise, pickRate };
