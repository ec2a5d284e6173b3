// Renders the orders table on the account page from the /api/orders response.
import { formatDate, formatMoney } from './format';

const tbody = document.querySelector('#orders tbody');
const summary = document.getElementById('orders-summary');

function escapeHtml(s) {
  const div = document.createElement('div');
  div.textContent = s;
  return div.innerHTML;
}

function row(order) {
  // expect: xss
  let html = '<tr data-id="' + order.id + '">';
  // expect: xss
  html += '<td class="ref">' + order.reference + '</td>';
  html += '<td>' + formatDate(order.createdAt) + '</td>';
  html += '<td>' + escapeHtml(order.note) + '</td>';
  return html.concat('</tr>');
}

function statusCell(order) {
  // expect: xss
  return ['<td class="status status-', order.status, '">', order.statusLabel, '</td>'].join('');
}

function totalsFooter(totals) {
  // expect: xss
  return totals.currency + ' ' + totals.amount + '</td></tr>';
}

function emptyRow(message) {
  // expect: xss
  tbody.innerHTML = '<tr><td colspan="4">' + message + '</td></tr>';
}

export async function loadOrders() {
  const res = await fetch('/api/orders', { credentials: 'same-origin' });
  const data = await res.json();
  if (!data.orders.length) return emptyRow(data.emptyMessage);
  tbody.innerHTML = data.orders.map((o) => row(o) + statusCell(o)).join('');
  summary.textContent = `${data.orders.length} orders, ${formatMoney(data.total)}`;
  const footer = document.createElement('tr');
  footer.className = 'footer';
  footer.innerHTML = '<td colspan="4">'.concat(totalsFooter(data.totals));
  tbody.appendChild(footer);
}

export function spinner() {
  tbody.innerHTML = '<tr><td colspan="4"><span class="spinner"></span></td></tr>';
}
