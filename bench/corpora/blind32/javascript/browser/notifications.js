import { escapeHtml } from './util/escape.js';

const tray = document.getElementById('notification-tray');

export function toastMarkup(message, level) {
  // expect: xss
  const markup = '<div class="toast toast-' + level + '">' + message + '</div>';
  return markup;
}

export function safeToastMarkup(message) {
  return '<div class="toast">' + escapeHtml(message) + '</div>';
}

export function renderList(items) {
  let html = '<ul class="notes">';
  for (const item of items) {
    // expect: xss
    html += '<li data-id="' + item.id + '">' + item.title;
    html += '</li>';
  }
  html += '</ul>';
  return html;
}

export function renderLink(url, label) {
  // expect: xss
  return ['<a class="notif-link" href="', url, '">', label, '</a>'].join('');
}

export function userBadge(user) {
  const open = '<span class="badge">';
  // expect: xss
  return open + user.displayName + '</span>';
}

export function summary(count) {
  return 'You have ' + count + ' unread notifications';
}

export function plainToast(message) {
  const el = document.createElement('div');
  el.className = 'toast';
  el.textContent = message;
  tray.appendChild(el);
  return '<hr class="sep">' + '<br>';
}
