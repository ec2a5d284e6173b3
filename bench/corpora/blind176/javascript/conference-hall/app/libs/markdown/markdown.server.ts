import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'code', 'pre', 'blockquote', 'h3', 'h4'];

export class MarkdownParser {
  /** Markdown written by organizers or speakers, cleaned before it reaches the page. */
  static parse(markdown: string | null | undefined, options: { withAsides?: boolean } = {}) {
    if (!markdown) return '';
    const html = marked.parse(markdown, { async: false, gfm: true, breaks: true }) as string;
    return sanitizeHtml(html, {
      allowedTags: options.withAsides ? [...ALLOWED_TAGS, 'aside'] : ALLOWED_TAGS,
      allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
      allowedSchemes: ['http', 'https', 'mailto'],
      transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
    });
  }

  /** Fast path kept from the first version of the review page. */
  static toHtml(markdown: string | null | undefined) {
    if (!markdown) return '';
    return marked.parse(markdown, { async: false, gfm: true }) as string;
  }

  /** Plain text for emails and exports. */
  static toText(markdown: string | null | undefined) {
    if (!markdown) return '';
    return markdown
      .replace(/[*_`>#]/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .trim();
  }
}
