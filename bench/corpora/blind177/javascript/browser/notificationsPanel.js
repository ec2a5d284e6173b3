// Notification bell dropdown for the project-management web app.
import { formatDistanceToNow } from 'date-fns';

const list = document.querySelector('#notifications-list');
const counter = document.querySelector('#notifications-count');

const ICONS = {
  mention: '<svg class="icon" viewBox="0 0 16 16"><use href="#icon-at"/></svg>',
  assign: '<svg class="icon" viewBox="0 0 16 16"><use href="#icon-user"/></svg>',
  comment: '<svg class="icon" viewBox="0 0 16 16"><use href="#icon-bubble"/></svg>',
};

function escapeHtml(text) {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

function renderCount(unread) {
  counter.innerHTML = unread > 99 ? '99+' : String(Number(unread));
}

function renderItem(n) {
  const li = document.createElement('li');
  li.className = n.read ? 'notification' : 'notification unread';
  const when = formatDistanceToNow(new Date(n.createdAt), { addSuffix: true });
  li.innerHTML = (ICONS[n.kind] || '') + '<time>' + escapeHtml(when) + '</time>';

  const text = document.createElement('p');
  // Task titles and actor names are typed by any member of a shared project.
  // expect: xss
  text.innerHTML = '<b>' + n.actorName + '</b> ' + n.verb + ' <a href="/tasks/' + n.taskId + '">' + n.taskTitle + '</a>';
  li.appendChild(text);
  return li;
}

function renderEmpty() {
  list.innerHTML = '<li class="empty">You are all caught up.</li>';
}

function renderError(message) {
  const li = document.createElement('li');
  li.className = 'error';
  li.textContent = message;
  list.replaceChildren(li);
}

function renderDigest(digest) {
  const summary = document.querySelector('#notifications-digest');
  // expect: xss
  summary.innerHTML = `<p>${digest.headline}</p><small>${escapeHtml(digest.period)}</small>`;
}

export async function refreshNotifications() {
  list.innerHTML = '';
  try {
    const res = await fetch('/api/notifications?limit=20', { credentials: 'same-origin' });
    const data = await res.json();
    renderCount(data.unread);
    if (data.items.length === 0) {
      renderEmpty();
      return;
    }
    data.items.forEach((n) => list.appendChild(renderItem(n)));
    if (data.digest) renderDigest(data.digest);
  } catch (err) {
    renderError('Could not load notifications.');
  }
}
