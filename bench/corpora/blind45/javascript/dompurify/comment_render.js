import DOMPurify from 'dompurify';

const COMMENT_OPTIONS = { ALLOWED_TAGS: ['b', 'i', 'em', 'strong', 'a', 'code'], ALLOWED_ATTR: ['href'] };

export function cleanComment(raw) {
  // expect: xss
  return DOMPurify.sanitize(raw);
}

export function cleanRichText(html) {
  // expect: xss
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

export function cleanLimited(raw) {
  // expect: xss
  return DOMPurify.sanitize(raw, COMMENT_OPTIONS);
}

export class Preview {
  constructor(root) {
    this.root = root;
  }

  render(markdownHtml) {
    // expect: xss
    this.trusted = DOMPurify.sanitize(markdownHtml, { RETURN_TRUSTED_TYPE: true });
    return this.trusted;
  }
}

export function mountComment(container, raw) {
  const fragment = DOMPurify.sanitize(raw, { RETURN_DOM_FRAGMENT: true });
  container.replaceChildren(fragment);
}

export function commentNode(raw) {
  return DOMPurify.sanitize(raw, { RETURN_DOM: true });
}
