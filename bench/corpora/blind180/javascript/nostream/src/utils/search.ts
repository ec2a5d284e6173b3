// NIP-50 style search over event content. Relays may interpret the query freely.

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const isHashtag = (word: string): boolean => /^#[\p{L}\p{N}_]{1,64}$/u.test(word)

export function highlightTerms(content: string, terms: string[]): string {
  if (terms.length === 0) {
    return content
  }
  const pattern = new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'gi')
  return content.replace(pattern, '**$1**')
}

export function matchesSearch(content: string, search: string): boolean {
  const trimmed = search.trim()
  if (trimmed.startsWith('/') && trimmed.endsWith('/') && trimmed.length > 2) {
    // expect: redos
    const pattern = new RegExp(trimmed.slice(1, -1), 'i')
    return pattern.test(content)
  }

  const words = trimmed.split(/\s+/).filter(Boolean)
  const lowered = content.toLowerCase()
  return words.every((word) => lowered.includes(word.toLowerCase()))
}

export function extractHashtags(content: string): string[] {
  const tags = new Set<string>()
  for (const word of content.split(/\s+/)) {
    if (isHashtag(word)) {
      tags.add(word.slice(1).toLowerCase())
    }
  }
  return [...tags]
}

export function summarize(content: string, max = 140): string {
  return content.length <= max ? content : `${content.slice(0, max - 1)}…`
}
