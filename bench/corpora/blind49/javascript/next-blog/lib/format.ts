import sanitizeHtml from 'sanitize-html';

export function highlight(text: string, term: string): string {
  if (!term) return text;
  return text.split(term).join(`<mark>${term}</mark>`);
}

export function cleanHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ['b', 'i', 'em', 'strong', 'a', 'p', 'ul', 'li', 'code', 'pre', 'mark'],
    allowedAttributes: { a: ['href'] },
  });
}

export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
