// library: DOM (HTML strings assembled with Array.join / concatenation)
import DOMPurify from 'dompurify';

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function renderComments(list, comments) {
  // expect: xss
  list.innerHTML = comments.map((c) => ['<li><b>', c.author, '</b> ', c.text, '</li>'].join('')).join('');
}

export function renderCommentsSafe(list, comments) {
  list.innerHTML = comments.map((c) => ['<li><b>', escapeHtml(c.author), '</b> ', escapeHtml(c.text), '</li>'].join('')).join('');
}

export function renderTags(container, tags) {
  const html = ['<span class="tag">', tags.join('</span><span class="tag">'), '</span>'].join('');
  // expect: xss
  container.insertAdjacentHTML('beforeend', html);
}

export function renderBio(el, user) {
  el.innerHTML = DOMPurify.sanitize(['<p>', user.bio, '</p>'].join(''));
}

export function renderLegend(el) {
  el.innerHTML = ['<dl>', '<dt>Open</dt><dd>Accepting</dd>', '<dt>Closed</dt><dd>Archived</dd>', '</dl>'].join('');
}

export function renderSearchTitle(el) {
  const q = new URLSearchParams(location.search).get('q');
  // expect: xss
  el.innerHTML = '<h2>' + ['Results for', q].join(' ') + '</h2>';
}

export function renderSearchTitleText(el) {
  el.textContent = ['Results for', new URLSearchParams(location.search).get('q')].join(' ');
}
