// library: marked + DOMPurify (browser)
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function renderComment(container, markdown) {
  // expect: xss
  container.innerHTML = marked.parse(markdown);
}

export function renderPreview(markdown) {
  const preview = document.getElementById('preview');
  const html = marked(markdown);
  // expect: xss
  preview.insertAdjacentHTML('beforeend', html);
}

export function renderCommentSafe(container, markdown) {
  container.innerHTML = DOMPurify.sanitize(marked.parse(markdown));
}

export function renderTitle(container, title) {
  container.textContent = title;
}

export function clear(container) {
  container.innerHTML = '';
}
