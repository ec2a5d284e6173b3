// Markdown preview pane for the help-desk reply editor.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const BASE_CONFIG = { USE_PROFILES: { html: true } };

export function renderPreview(el, markdown) {
  el.innerHTML = DOMPurify.sanitize(marked.parse(markdown), BASE_CONFIG);
}

export function renderPreviewFragment(el, markdown) {
  const fragment = DOMPurify.sanitize(marked.parse(markdown), { RETURN_DOM_FRAGMENT: true });
  el.replaceChildren(fragment);
}

export function renderTemplate(el, templateHtml, customer) {
  // expect: xss
  el.innerHTML = DOMPurify.sanitize(templateHtml).replace(/{{name}}/g, customer.displayName);
}

export function renderEmbed(el, embedHtml) {
  // expect: xss
  el.innerHTML = DOMPurify.sanitize(embedHtml, { ADD_TAGS: ['iframe', 'script'], ADD_ATTR: ['onload', 'allow'] });
}

export function renderLinks(el, html) {
  // expect: xss
  el.innerHTML = DOMPurify.sanitize(html, { ALLOWED_URI_REGEXP: /.*/ });
}

export function renderSignature(el, html) {
  el.innerHTML = DOMPurify.sanitize(html, { ALLOWED_TAGS: ['b', 'i', 'br', 'a'], ALLOWED_ATTR: ['href'] });
}

export function plainSummary(el, text) {
  el.textContent = text.slice(0, 140);
}
