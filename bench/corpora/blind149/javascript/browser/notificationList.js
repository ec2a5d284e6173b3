// Renders the notification dropdown from the /api/notifications feed.
const list = document.getElementById('notifications');

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function renderItem(n) {
  // expect: xss
  return ['<li class="note">', n.message, '</li>'].join('');
}

function renderLink(n) {
  // expect: xss
  return ['<a class="note-link" href="', n.url, '">', n.title, '</a>'].join('');
}

function renderSender(n) {
  // expect: xss
  return ['<span class="sender">', n.sender.displayName, '</span>'].join(' ');
}

// Look-alikes: escaped parts, a CSV line, a class list.
function renderSafeItem(n) {
  return ['<li class="note">', escapeHtml(n.message), '</li>'].join('');
}

function csvLine(n) {
  return [n.id, n.createdAt, n.kind].join(',');
}

function classesFor(n) {
  return ['note', n.read ? 'read' : 'unread'].join(' ');
}

async function load() {
  const res = await fetch('/api/notifications', { credentials: 'same-origin' });
  const items = await res.json();
  list.innerHTML = items.map((n) => (n.kind === 'link' ? renderLink(n) : renderItem(n) + renderSender(n))).join('');
  list.className = classesFor(items[0] || { read: true });
  console.debug(items.map(csvLine).join('\n'), items.map(renderSafeItem).length);
}

load().catch((err) => console.error('notifications failed', err));
