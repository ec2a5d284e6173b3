import type { Request, Response } from 'express'
import { marked } from 'marked'
import sanitizeHtml from 'sanitize-html'
import type { KeystoneRequest } from '../auth'

const PREVIEW_SHELL = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article>${body}</article></body></html>`

function escapeText(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export async function renderPreview(req: Request, res: Response) {
  const { context } = req as KeystoneRequest
  if (!context.session) return res.status(401).end()

  const { markdown = '', title = 'Preview', raw } = req.body ?? {}
  const rendered = await marked.parse(String(markdown))

  if (raw === 'true') {
    // expect: xss
    return res.type('html').send(PREVIEW_SHELL(escapeText(String(title)), rendered))
  }

  const clean = sanitizeHtml(rendered, { allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img']) })
  res.type('html').send(PREVIEW_SHELL(escapeText(String(title)), clean))
}
