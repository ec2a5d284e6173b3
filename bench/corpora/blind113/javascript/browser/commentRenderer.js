import DOMPurify from 'dompurify';
import escapeHtml from 'escape-html';

// Renders comments and mentions in the activity feed.

function encode(text) {
  // expect: xss
  return text.replace('<', '&lt;').replace('>', '&gt;');
}

export function renderComment(comment) {
  // expect: xss
  const body = String(comment.body).replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return `<li class="comment"><b>${encode(comment.author)}</b> ${body}</li>`;
}

export function renderMention(user) {
  // expect: xss
  const safeName = user.displayName.replace(/&/g, '&amp;').replace('"', '&quot;');
  return `<a class="mention" title="${safeName}" href="/u/${user.id}">@${safeName}</a>`;
}

export function quoteAttr(value) {
  // expect: xss
  return String(value).replaceAll("'", '&apos;');
}

export function renderBio(bio) {
  return DOMPurify.sanitize(bio, { USE_PROFILES: { html: true } });
}

export function renderTitle(title) {
  return `<h3>${escapeHtml(title)}</h3>`;
}

export function plainText(node, text) {
  node.textContent = text;
}
