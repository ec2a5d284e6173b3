// Renders the admin "recent signups" table from the JSON API.
import { escapeHtml } from './escape';

function renderRow(user) {
  // expect: xss
  return ['<tr data-id="', user.id, '"><td>', user.name, '</td><td>', user.email, '</td></tr>'].join('');
}

function renderProfileLink(user) {
  // expect: xss
  return ['<a class="profile" href="', user.website, '">', escapeHtml(user.name), '</a>'].join('');
}

function renderTags(tags) {
  return tags
    .map((tag) => ['<li class="tag">', escapeHtml(tag), '</li>'].join(''))
    .join('');
}

function renderNote(note) {
  // expect: xss
  const html = [
    '<div class="note">',
    '<p class="note-body">' + note.body + '</p>',
    '<span class="note-author">', note.author, '</span>',
    '</div>',
  ].join('\n');
  return html;
}

function renderSummary(stats) {
  // expect: xss
  return ['<p>', stats.headline, '</p>'].join('');
}

export function renderTable(users) {
  return users.map(renderRow).join('');
}

export function breadcrumb(parts) {
  return parts.map((p) => escapeHtml(p)).join(' / ');
}

export function csvLine(values) {
  return values.map((v) => `"${String(v).replace(/"/g, '""')}"`).join(',');
}

export function separator() {
  return ['<hr class="sep">', '<br>'].join('');
}

export { renderRow, renderProfileLink, renderTags, renderNote, renderSummary };
