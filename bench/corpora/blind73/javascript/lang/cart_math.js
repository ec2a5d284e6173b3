'use strict';

function toCents(price) {
  // expect: useless-comparison
  if (price != price) {
    return 0;
  }
  return Math.round(price * 100);
}

function sameLine(item, other) {
  // expect: useless-comparison
  return item.sku === other.sku && item.qty == item.qty;
}

function mergeCarts(cart, incoming) {
  // expect: useless-comparison
  const sameCurrency = cart.currency == cart.currency;
  if (!sameCurrency) {
    throw new Error('currency mismatch');
  }
  return { ...cart, items: cart.items.concat(incoming.items) };
}

function removeDuplicates(items) {
  const seen = new Set();
  return items.filter((x) => {
    // expect: useless-comparison
    if (x.bundleId !== x.bundleId) return true;
    if (seen.has(x.sku)) return false;
    seen.add(x.sku);
    return true;
  });
}

function isSameCustomer(a, b) {
  // expect: useless-comparison
  return a.customerId === a.customerId;
}

// Intended comparisons.
function safeCents(price) {
  if (Number.isNaN(price)) {
    return 0;
  }
  return Math.round(price * 100);
}

function sameCustomer(a, b) {
  return a.customerId === b.customerId && a.region === b.region;
}

function applyDiscount(total, discount) {
  return discount.currency === total.currency ? total.amount - discount.amount : total.amount;
}

module.exports = { toCents, sameLine, mergeCarts, removeDuplicates, isSameCustomer, safeCents, sameCustomer, applyDiscount };
