import DOMPurify from 'dompurify';
import { marked } from 'marked';

const AMP = '&';
const ENTITY_AMP = '&amp;';

export function escapeText(input) {
  let s = String(input);
  // expect: xss
  s = s.replace(AMP, ENTITY_AMP);
  // expect: xss
  s = s.replaceAll('<', '&lt;');
  // expect: xss
  s = s.replace('>', '&gt;');
  return s;
}

export function escapeAttr(value) {
  const text = escapeText(value);
  // expect: xss
  const quoted = text.replace('"', '&quot;');
  // expect: xss
  return quoted.replace("'", '&apos;');
}

export function renderPreview(container, comment) {
  const header = document.createElement('strong');
  header.textContent = comment.author;
  const body = document.createElement('div');
  // Safe: the Markdown output goes through DOMPurify.
  body.innerHTML = DOMPurify.sanitize(marked.parse(comment.body));
  container.replaceChildren(header, body);
}

export function toSlug(title) {
  // Safe: not HTML escaping, a URL slug.
  return title.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-');
}

export function renderMention(el, user) {
  const name = user.displayName;
  // Safe: text is written as text.
  el.textContent = '@' + name;
}
