import DOMPurify from 'dompurify';

export function escapeForAttribute(value: string): string {
  // expect: incomplete-sanitization
  return value.replace('"', '&quot;');
}

export function escapeText(input: string): string {
  return input
    // expect: incomplete-sanitization
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

export class CommentFormatter {
  format(body: string): string {
    let out = body.trim();
    // expect: incomplete-sanitization
    out = out.replace(/</g, '&lt;');
    return out;
  }
}

export const quoteSafe = (s: string): string =>
  // expect: incomplete-sanitization
  s.replace(/&/g, '&amp;').replaceAll("'", '&apos;');

export function sanitizeRichText(html: string): string {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function setCaption(el: HTMLElement, caption: string): void {
  el.textContent = caption.replaceAll('_', ' ');
}
