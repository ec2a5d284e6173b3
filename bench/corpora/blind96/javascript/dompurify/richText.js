import DOMPurify from 'dompurify';
import { marked } from 'marked';

const EMBED_CONFIG = { ADD_TAGS: ['iframe'], ADD_ATTR: ['srcdoc', 'allow'] };

// Each sanitized string below is changed or widened afterwards and parsed again by the caller.
export function commentHtml(raw) {
  // expect: xss
  const clean = DOMPurify.sanitize(raw);
  return clean.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export function embedHtml(block) {
  // expect: xss
  return DOMPurify.sanitize(block.html, EMBED_CONFIG);
}

export function previewMarkdown(markdown) {
  // expect: xss
  const safeSource = DOMPurify.sanitize(markdown, { USE_PROFILES: { html: true } });
  return marked.parse(safeSource);
}

export function highlight(text) {
  // expect: xss
  const sanitized = DOMPurify.sanitize(text, { ALLOWED_TAGS: ['mark', 'svg', 'math', 'style'] });
  return sanitized.replace(/\[\[(.+?)\]\]/g, '<mark>$1</mark>');
}

// Safe look-alikes: DOM results that are appended as nodes, never reparsed from a string.
export function commentNode(raw) {
  return DOMPurify.sanitize(raw, { RETURN_DOM_FRAGMENT: true });
}

export function signatureNode(raw) {
  return DOMPurify.sanitize(raw, { RETURN_DOM: true });
}

export function setupHooks() {
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') node.setAttribute('rel', 'noopener noreferrer');
  });
  return DOMPurify.isSupported;
}
