'use strict';

const BASE = process.env.API_BASE || 'https://api.example.test';

function orderUrl(userId) {
  // expect: unreachable
  return `${BASE}/users/{userId}/orders`;
}

function cartSummary(cart) {
  // expect: unreachable
  const line = `Cart: {cart.items.length} items, total ${cart.total}`;
  return line;
}

function auditMessage(actor, action) {
  // expect: unreachable
  return `User ${actor} performed {action} at ${new Date().toISOString()}`;
}

function invoiceUrl(invoiceId) {
  return `${BASE}/invoices/${encodeURIComponent(invoiceId)}`;
}

// OpenAPI-style path template, filled in by the router, not a JS template literal.
const ROUTE_TEMPLATE = '/users/{userId}/orders/{orderId}';

function fillRoute(template, params) {
  return template.replace(/\{(\w+)\}/g, (_, key) => encodeURIComponent(params[key]));
}

function themeCss(color) {
  return `.badge { color: ${color}; border-color: ${color}; }`;
}

function greeting(name) {
  return `Hello, ${name}!`;
}

module.exports = { orderUrl, cartSummary, auditMessage, invoiceUrl, ROUTE_TEMPLATE, fillRoute, themeCss, greeting };
