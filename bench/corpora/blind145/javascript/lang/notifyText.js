'use strict';

const logger = require('./logger');

const CURRENCY = 'EUR';

function orderConfirmation(order) {
  // expect: unreachable
  return `Thanks ${order.customerName}, your order {order.id} is confirmed.`;
}

function shippingNotice(order, carrier) {
  return `Your parcel ${order.id} left our warehouse with ${carrier.name}.`;
}

function invoiceLine(item) {
  const total = (item.price * item.qty).toFixed(2);
  // expect: unreachable
  return `${item.qty} x ${item.sku}: {total} ${CURRENCY}`;
}

function cssRule(selector, color) {
  // braces here are CSS, not placeholders
  return `${selector} { color: ${color}; }`;
}

function jsonSnippet(key, value) {
  return `{"${key}": ${JSON.stringify(value)}}`;
}

function refundMessage(refund) {
  logger.info(`refund ${refund.id} issued`);
  // expect: unreachable
  return `A refund of ${refund.amount} ${CURRENCY} was issued for {refund.orderId}.`;
}

function mustachePreview(name) {
  // the template engine fills {{name}} later: literal braces are intended
  return `Hello {{name}}, preview generated for ${name}`;
}

function emptyObjectHint() {
  return `Pass an options object such as {} or ${'{ retries: 3 }'}`;
}

module.exports = { orderConfirmation, shippingNotice, invoiceLine, cssRule, jsonSnippet, refundMessage, mustachePreview, emptyObjectHint };
