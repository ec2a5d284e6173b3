// Builds the text of e-mail and push notifications.
const { formatMoney } = require('./money');

const API_BASE = process.env.API_BASE || 'https://api.example.com';

// Safe: CSS inside a template literal; these braces are rules, not placeholders.
const EMAIL_CSS = `
  .btn { background: #1a73e8; color: #fff; }
  .muted { color: #777; }
`;

function greeting(user) {
  // expect: missing-interpolation
  return `Hi {user.firstName}, your weekly summary is ready.`;
}

function orderUrl(order) {
  // expect: missing-interpolation
  return `${API_BASE}/orders/{order.id}/receipt`;
}

function shippedBody(order, carrier) {
  return [
    `Good news! Order #${order.number} has shipped with ${carrier.name}.`,
    // expect: missing-interpolation
    `Track it here: ${carrier.trackingUrl}?ref={order.number}`,
    `Total charged: ${formatMoney(order.total, order.currency)}`,
  ].join('\n');
}

function reminderPush(cart) {
  const count = cart.items.length;
  const title = count === 1 ? 'You left something behind' : `You left ${count} items behind`;
  // expect: missing-interpolation
  const body = `Your cart worth {formatMoney(cart.total, cart.currency)} is waiting`;
  return { title, body };
}

function digestSubject(stats) {
  // Safe: every placeholder has its dollar sign.
  return `${stats.newFollowers} new followers and ${stats.mentions} mentions this week`;
}

function emailStyles() {
  return `<style>${EMAIL_CSS}</style>`;
}

// Safe: an i18n message with ICU placeholders, filled in by the translator library (a plain string, not a template).
const MESSAGES = { lowStock: 'Only {count} left of {product}' };

module.exports = { greeting, orderUrl, shippedBody, reminderPush, digestSubject, emailStyles, MESSAGES };
