'use strict';

const escapeHtml = require('escape-html');

const BRAND = 'Acme Outdoor';

function header() {
  return `<header><img src="/static/logo.png" alt="${BRAND}"></header>`;
}

function greeting(user) {
  // expect: xss
  return `<p>Hi ${user.firstName},</p>`;
}

function greetingEscaped(user) {
  return `<p>Hi ${escapeHtml(user.firstName)},</p>`;
}

function orderRow(item) {
  // expect: xss
  return `<tr><td>${item.name}</td><td>${item.qty}</td></tr>`;
}

function plainSubject(order) {
  return `Your order ${order.number} has shipped`;
}

function trackingLink(order) {
  const url = `https://track.example.com/?id=${encodeURIComponent(order.trackingId)}`;
  return `<a href="${escapeHtml(url)}">Track your parcel</a>`;
}

function reviewQuote(review) {
  // expect: xss
  return `<blockquote>${review.text}</blockquote><cite>${escapeHtml(review.author)}</cite>`;
}

function logLine(order) {
  return `order=${order.number} items=${order.items.length}`;
}

function build(user, order, review) {
  return [header(), greetingEscaped(user), ...order.items.map(orderRow), reviewQuote(review)].join('\n');
}

module.exports = { header, greeting, greetingEscaped, orderRow, plainSubject, trackingLink, reviewQuote, logLine, build };
