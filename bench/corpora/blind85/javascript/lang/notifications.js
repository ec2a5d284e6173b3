// Builds the notification dropdown markup for the top bar.
const MAX_ITEMS = 8;

function timeAgo(date) {
  const mins = Math.round((Date.now() - new Date(date)) / 60000);
  return mins < 60 ? `${mins}m` : `${Math.round(mins / 60)}h`;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function notificationItem(n) {
  // expect: xss
  return `<li class="notif"><a href="${n.link}">${n.message}</a>`
    + `<time>${timeAgo(n.createdAt)}</time></li>`;
}

export function badge(count, label) {
  // expect: xss
  return `<span class="badge" title="${label}">${count}</span>`;
}

export function emptyState(user) {
  // expect: xss
  const html = `<p class="empty">Nothing new, ${user.firstName}.`;
  return html + '</p>';
}

export function header(section) {
  // expect: xss
  return `${section.title}</h3>`;
}

export function render(list, user) {
  const items = list.slice(0, MAX_ITEMS).map(notificationItem).join('');
  return items || emptyState(user);
}

export function safeItem(n) {
  return `<li class="notif">${escapeHtml(n.message)}</li>`;
}

export function logLine(n) {
  return `notification ${n.id} delivered to ${n.userId}`;
}
