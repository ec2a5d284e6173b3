// Toasts, inbox previews and error banners for the web client.
import DOMPurify from 'dompurify';

const inbox = document.getElementById('inbox-preview');
const banner = document.querySelector('.error-banner');

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function toast(message, level = 'info') {
  const el = document.createElement('div');
  // expect: xss
  el.innerHTML = '<div class="toast toast--' + level + '">' + message;
  document.body.appendChild(el);
  setTimeout(() => el.remove(), 4000);
}

export function renderInbox(threads) {
  let html = '';
  for (const t of threads) {
    // expect: xss
    html += `<li class="thread"><b>${t.from}</b> ` + t.subject;
    // expect: xss
    html += t.snippet + '</li>';
  }
  inbox.innerHTML = html;
}

export function showError(err) {
  // expect: xss
  banner.insertAdjacentHTML('beforeend', '<p class="error">' + err.response.data.message + '</p>');
}

export function mentionLink(user) {
  // expect: xss
  return '<a href="/u/' + user.handle + '">@' + user.displayName + '</a>';
}

// Safe look-alikes: escaped values, sanitized markup, constant markup, and text.
export function toastSafe(message) {
  const el = document.createElement('div');
  el.innerHTML = '<div class="toast">' + escapeHtml(message) + '</div>';
  document.body.appendChild(el);
}

export function renderRich(htmlFromEditor) {
  inbox.innerHTML = '<div class="rich">' + DOMPurify.sanitize(htmlFromEditor) + '</div>';
}

export function clearInbox() {
  inbox.innerHTML = '<li class="empty">' + '</li>';
  banner.textContent = 'Signed in as ' + window.currentUser.name;
}
