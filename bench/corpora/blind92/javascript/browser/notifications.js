// Notification drawer for the support console (vanilla JS, no framework).
import { fetchJson } from './http';
import { formatRelative } from './time';

const drawer = document.getElementById('notification-drawer');
const badge = document.querySelector('.notif-badge');

function renderItem(item) {
  const li = document.createElement('li');
  li.className = 'notif notif--' + item.kind;
  // expect: xss
  li.innerHTML = `<strong>${item.actorName}</strong> ${item.summary}`;
  const when = document.createElement('time');
  when.textContent = formatRelative(item.createdAt);
  li.appendChild(when);
  return li;
}

export async function refreshDrawer() {
  const { items, unread } = await fetchJson('/api/notifications');
  drawer.innerHTML = '';
  items.forEach((item) => drawer.appendChild(renderItem(item)));
  badge.textContent = String(unread);
}

export function showTicketPreview(ticket) {
  const panel = document.querySelector('#ticket-preview');
  // expect: xss
  panel.innerHTML = ticket.lastReplyHtml;
}

export function replaceRow(rowId, rendered) {
  const row = document.getElementById('row-' + rowId);
  if (!row) return;
  // expect: xss
  row.outerHTML = rendered;
}

export function printableView(ticket) {
  const w = window.open('', '_blank');
  w.document.write('<!doctype html><title>Ticket</title>');
  // expect: xss
  w.document.write(ticket.bodyHtml);
  w.document.close();
}

export function showEmptyState() {
  drawer.innerHTML = '<li class="notif notif--empty">You are all caught up</li>';
}

export function setStatus(text) {
  document.getElementById('status-line').textContent = text;
}
