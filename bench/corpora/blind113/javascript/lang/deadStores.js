'use strict';

// Pricing helpers for the quote builder.

function shippingFor(order) {
  let cost;
  // expect: unreachable
  cost = order.weightKg * 1.8;
  cost = order.express ? 25 : 9.5;
  return cost;
}

function discountFor(customer, total) {
  let rate = 0;
  if (customer.tier === 'gold') {
    rate = 0.1;
  }
  // expect: unreachable
  customer.lastQuotedAt = Date.now();
  customer.lastQuotedAt = new Date().toISOString();
  return total * rate;
}

function labelFor(order) {
  let label = order.sku;
  label = label + ' x' + order.qty;
  return label;
}

function roundTotal(total, currency) {
  let precision;
  // expect: unreachable
  precision = currency === 'JPY' ? 0 : 2;
  precision = 2;
  return Number(total.toFixed(precision));
}

function taxFor(order, rates) {
  let tax = 0;
  for (const line of order.lines) {
    tax = tax + line.amount * (rates[line.category] || 0);
  }
  return tax;
}

function headerFor(quote) {
  const header = {};
  // expect: unreachable
  header.title = 'Quote';
  header.title = `Quote #${quote.number}`;
  header.date = quote.date;
  return header;
}

module.exports = { shippingFor, discountFor, labelFor, roundTotal, taxFor, headerFor };
