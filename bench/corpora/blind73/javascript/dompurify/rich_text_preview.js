import DOMPurify from 'dompurify';
import { marked } from 'marked';

const PURIFY_OPTS = {
  ALLOWED_TAGS: ['b', 'i', 'em', 'strong', 'a', 'p', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote'],
  ALLOWED_ATTR: ['href', 'title'],
};

export function renderComment(container, comment) {
  const body = document.createElement('div');
  body.className = 'comment-body';
  // expect: xss
  body.innerHTML = DOMPurify.sanitize(comment.html);
  container.appendChild(body);
}

export function renderMarkdownPreview(target, markdownSource) {
  const html = marked.parse(markdownSource);
  // expect: xss
  const clean = DOMPurify.sanitize(html, PURIFY_OPTS);
  target.innerHTML = clean;
}

export class SignatureEditor {
  constructor(root) {
    this.root = root;
    this.preview = root.querySelector('.signature-preview');
  }

  update(rawSignature) {
    // expect: xss
    this.preview.innerHTML = DOMPurify.sanitize(rawSignature, { USE_PROFILES: { html: true } });
  }
}

export async function loadAnnouncement(id) {
  const res = await fetch(`/api/announcements/${encodeURIComponent(id)}`);
  const { bodyHtml } = await res.json();
  return DOMPurify.sanitize(
    bodyHtml,
    // expect: xss
    { ADD_ATTR: ['target'], RETURN_DOM: false }
  );
}

// DOM fragments: the sanitised tree is inserted as nodes, never re-parsed from a string.
export function renderBio(el, bioHtml) {
  const fragment = DOMPurify.sanitize(bioHtml, { RETURN_DOM_FRAGMENT: true });
  el.replaceChildren(fragment);
}

export function renderNote(el, noteHtml) {
  const node = DOMPurify.sanitize(noteHtml, { RETURN_DOM: true });
  el.appendChild(node);
}

export function renderTitle(el, title) {
  el.textContent = title;
}
