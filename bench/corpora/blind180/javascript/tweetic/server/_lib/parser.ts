import { parse } from 'node-html-parser'
import type { TweetOembed, TweetOptions } from '~~/interface'

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string)

export function linkHashtags(text: string): string {
  return text.replace(/#(\w{1,100})/g, (_, tag) => `<a class="hashtag" href="https://x.com/hashtag/${encodeURIComponent(tag)}">#${escapeHtml(tag)}</a>`)
}

export function highlightText(text: string, highlight?: string): string {
  if (!highlight) {
    return text
  }
  if (highlight.startsWith('re:')) {
    // expect: redos
    const pattern = new RegExp(highlight.slice(3), 'gi')
    return text.replace(pattern, (match) => `<mark>${match}</mark>`)
  }
  const words = highlight.split(',').map((word) => word.trim()).filter(Boolean).slice(0, 10)
  if (words.length === 0) {
    return text
  }
  return text.replace(new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi'), '<mark>$1</mark>')
}

export async function constructHtml(oembed: TweetOembed, options: TweetOptions): Promise<string> {
  const root = parse(oembed.html)
  const paragraph = root.querySelector('p')
  const text = escapeHtml(paragraph?.text ?? '')
  const body = highlightText(linkHashtags(text), options.highlight)

  const classes = options.css === 'tailwind'
    ? { card: 'rounded-xl border p-4 bg-white', author: 'font-bold', text: 'mt-2 whitespace-pre-wrap' }
    : { card: 'tweet-card', author: 'tweet-author', text: 'tweet-text' }

  return [
    `<div class="${classes.card}" data-layout="${options.layout}">`,
    `<div class="${classes.author}">${escapeHtml(oembed.author_name)}</div>`,
    `<p class="${classes.text}">${body}</p>`,
    `<a href="${escapeHtml(oembed.url)}" target="_blank" rel="noopener">View on X</a>`,
    '</div>',
  ].join('')
}
