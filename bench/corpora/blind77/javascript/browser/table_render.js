// Renders the orders table of the customer portal without a framework.
import { escapeHtml } from './escape.js';

const tbody = document.querySelector('#orders tbody');

export function renderRow(order) {
  // expect: xss
  return ['<tr data-id="', order.id, '"><td>', order.customerName, '</td><td>', order.status, '</td></tr>'].join('');
}

export function renderNotes(notes) {
  return notes
    // expect: xss
    .map((n) => ['<li class="note">', n.author, ': ', n.text, '</li>'].join(''))
    .join('');
}

export function renderLink(item) {
  const parts = [
    '<a class="tracking" href="',
    // expect: xss
    item.trackingUrl,
    '" target="_blank" rel="noopener">',
    item.carrier,
    '</a>',
  ];
  return parts.join('');
}

export function renderBadge(label) {
  // expect: xss
  return [`<span class="badge">`, label, `</span>`].join(' ');
}

export function renderTable(orders) {
  tbody.innerHTML = orders.map(renderRow).join('');
}

// Safe look-alikes: every value escaped before the join, a CSV line, and a
// join of constant markup.
export function renderRowSafe(order) {
  return ['<tr><td>', escapeHtml(order.customerName), '</td><td>', escapeHtml(order.status), '</td></tr>'].join('');
}

export function toCsv(order) {
  return [order.id, order.customerName, order.total].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(',');
}

export const SPINNER = ['<div class="spinner">', '<span></span>', '</div>'].join('');
