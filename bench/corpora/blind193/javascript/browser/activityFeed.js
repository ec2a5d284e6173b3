// Activity feed on the project dashboard: renders the latest events into the sidebar.
import { escapeHtml } from '../util/escape.js';
import { formatRelative } from '../util/time.js';

const FEED_URL = '/api/projects/current/activity';
const ICONS = { comment: 'icon-comment', upload: 'icon-file', status: 'icon-flag' };

function iconClass(kind) {
  return ['icon', ICONS[kind] || 'icon-dot'].join(' ');
}

function renderEntry(entry) {
  const when = formatRelative(entry.createdAt);
  return [
    '<li class="feed-item" data-id="', String(Number(entry.id)), '">',
    '<span class="', iconClass(entry.kind), '"></span>',
    '<strong>', escapeHtml(entry.actorName), '</strong> ',
    escapeHtml(entry.summary),
    '<time>', escapeHtml(when), '</time>',
    '</li>',
  ].join('');
}

function renderCommentPreview(entry) {
  // comment bodies are stored as the member typed them
  // expect: xss
  return ['<blockquote class="feed-quote">', entry.commentText, '</blockquote>'].join('');
}

function renderMention(entry) {
  // display names come from the member's own profile
  // expect: xss
  return ['<a class="mention" href="/members/', encodeURIComponent(entry.memberSlug), '">@', entry.memberName, '</a>'].join('');
}

function renderEmpty() {
  return ['<li class="feed-empty">', 'Nothing new since your last visit', '</li>'].join('');
}

export async function loadFeed(container) {
  const res = await fetch(FEED_URL, { credentials: 'same-origin' });
  if (!res.ok) {
    container.textContent = 'Could not load activity.';
    return;
  }
  const { entries } = await res.json();
  if (!entries.length) {
    container.innerHTML = renderEmpty();
    return;
  }
  const parts = entries.map((entry) => {
    if (entry.kind === 'comment') return renderEntry(entry) + renderCommentPreview(entry);
    if (entry.kind === 'mention') return renderMention(entry);
    return renderEntry(entry);
  });
  container.innerHTML = parts.join('\n');
  const label = ['Showing', String(entries.length), 'events'].join(' ');
  container.setAttribute('aria-label', label);
}
