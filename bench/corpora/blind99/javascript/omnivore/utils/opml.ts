import { DOMParser } from '@xmldom/xmldom'

export interface OpmlFeed {
  title: string
  url: string
}

export const parseOPML = (text: string): OpmlFeed[] => {
  const doc = new DOMParser().parseFromString(text, 'text/xml')
  const outlines = Array.from(doc.getElementsByTagName('outline'))
  return outlines
    .filter((o) => o.getAttribute('xmlUrl'))
    .map((o) => ({ title: o.getAttribute('title') || '', url: o.getAttribute('xmlUrl') as string }))
}
