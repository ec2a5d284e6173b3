'use strict';

const { zoneRate, pickCarrier } = require('./rates');

class QuoteRequest {
  constructor(opts) {
    // expect: dead-store
    this.retries = 3;
    this.retries = opts.retries;
    this.timeoutMs = opts.timeoutMs || 5000;
  }
}

function quote(order, customer) {
  const result = {};
  let discount;
  let total;

  // expect: dead-store
  result.carrier = 'ups';
  result.carrier = pickCarrier(order.zone, order.weightKg);

  // expect: dead-store
  discount = 0;
  discount = customer.tier === 'gold' ? 0.1 : 0.05;

  total = zoneRate(order.zone) * order.weightKg;
  total = total * (1 - discount);

  return { ...result, total, discount };
}

function requestHeaders(currency, locale) {
  const headers = { Accept: 'application/json' };
  // expect: dead-store
  headers['X-Currency'] = 'USD';
  headers['X-Currency'] = currency;
  headers['Accept-Language'] = locale;
  return headers;
}

function retryDelays(count) {
  const delays = [];
  let delay = 250;
  for (let i = 0; i < count; i++) {
    delays.push(delay);
    delay = delay * 2;
  }
  let last = delays[delays.length - 1];
  console.debug('last delay', last);
  last = Math.min(last, 8000);
  return { delays, cap: last };
}

module.exports = { QuoteRequest, quote, requestHeaders, retryDelays };
