import { marked } from 'marked'
import DOMPurify from 'isomorphic-dompurify'

marked.setOptions({ gfm: true, breaks: false })

const ALLOWED_TAGS = [
  'p', 'a', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote',
  'h2', 'h3', 'h4', 'img', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]

/**
 * Renders editor markdown to HTML that is safe to place inside the admin preview.
 */
export function renderMarkdown(source: string): string {
  const unsafe = marked.parse(source, { async: false }) as string
  return DOMPurify.sanitize(unsafe, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'src', 'alt', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/)/i,
  })
}

export function excerpt(source: string, words = 40): string {
  const text = source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[#>*_`\[\]()!-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  return text.slice(0, words).join(' ') + (text.length > words ? '…' : '')
}

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80)
}
