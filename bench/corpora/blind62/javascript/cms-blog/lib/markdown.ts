import { marked } from 'marked';
import DOMPurify from 'isomorphic-dompurify';

marked.setOptions({ gfm: true, breaks: false });

// Post files are written by editors in the repository; they are trusted content.
export function renderMarkdown(source: string): string {
  return marked.parse(source) as string;
}

// Reader comments are not trusted.
export function renderUserMarkdown(source: string): string {
  return DOMPurify.sanitize(marked.parse(source) as string);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
