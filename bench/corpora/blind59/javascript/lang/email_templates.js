'use strict';

const escapeHtml = require('escape-html');

const BRAND = 'Example Store';

function greeting(user) {
  // expect: xss
  return `<p class="greeting">Hi ${user.firstName},</p>`;
}

function orderLink(order, baseUrl) {
  const url = baseUrl + '/orders/' + order.id;
  // expect: xss
  return `<a href="${url}" class="button">${order.reference}</a>`;
}

function itemRows(items) {
  let rows = '';
  for (const item of items) {
    // expect: xss
    rows += `<tr><td>${item.name}</td><td>${item.quantity}</td></tr>`;
  }
  return rows;
}

function itemsTable(items) {
  const rows = itemRows(items);
  // expect: xss
  return `<table class="items"><tbody>${rows}</tbody></table>`;
}

function giftNote(note) {
  if (!note) return '';
  // expect: xss
  return `${note.message}<br><em>${note.from}</em>`;
}

function orderConfirmation(user, order, baseUrl) {
  return [
    '<html><body>',
    greeting(user),
    orderLink(order, baseUrl),
    itemsTable(order.items),
    giftNote(order.giftNote),
    `<hr/><small>${BRAND}</small>`,
    '</body></html>',
  ].join('\n');
}

// Look-alikes: escaped values, a plain-text part, and a log line.
function safeGreeting(user) {
  return `<p class="greeting">Hi ${escapeHtml(user.firstName)},</p>`;
}

function textVersion(user, order) {
  return `Hi ${user.firstName},\nyour order ${order.reference} is on its way.`;
}

function logSent(order, count) {
  console.info(`confirmation for ${order.reference} sent to ${count} recipient(s)`);
}

module.exports = { orderConfirmation, safeGreeting, textVersion, logSent };
