// Comment rendering for the knowledge-base pages (no framework, server-rendered shell).
import { renderMarkdownSafe } from './markdown.js';

// Full escape, used everywhere new.
export function escapeHtml(str) {
  return String(str)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// Older helper, still called by the comment list below.
function cleanComment(text) {
  // String#replace with a string pattern only touches the first match
  // expect: xss
  return text.replace('<', '&lt;').replace('>', '&gt;');
}

function commentItem(comment) {
  const li = document.createElement('li');
  li.className = 'comment';
  li.innerHTML =
    '<span class="author">' + escapeHtml(comment.author) + '</span>' +
    '<div class="text">' + cleanComment(comment.text) + '</div>';
  return li;
}

function articleBody(article) {
  const div = document.createElement('div');
  div.className = 'article-body';
  div.innerHTML = renderMarkdownSafe(article.markdown);
  return div;
}

export function renderComments(list, comments) {
  list.textContent = '';
  comments.forEach((c) => list.appendChild(commentItem(c)));
  const count = document.querySelector('.comment-count');
  count.textContent = comments.length + ' comments';
}

export function renderArticle(root, article) {
  root.textContent = '';
  const h1 = document.createElement('h1');
  h1.textContent = article.title;
  root.appendChild(h1);
  root.appendChild(articleBody(article));
}
