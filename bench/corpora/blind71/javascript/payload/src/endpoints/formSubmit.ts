import type { Endpoint } from 'payload'
import Handlebars from 'handlebars'

type SubmissionBody = {
  form?: string
  fields?: Record<string, string>
  confirmationTemplate?: string
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHTML(value: string): string {
  return String(value).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch])
}

const DEFAULT_CONFIRMATION = Handlebars.compile('<p>Thanks {{name}}, we received your message.</p>')

export const formSubmitEndpoint: Endpoint = {
  path: '/forms/:slug/submit',
  method: 'post',
  handler: async (req) => {
    const body = ((await req.json?.()) ?? {}) as SubmissionBody
    const slug = String(req.routeParams?.slug ?? '')
    const form = await req.payload.find({ collection: 'orders', where: { slug: { equals: slug } }, limit: 1 })
    const fields = body.fields ?? {}

    let html: string
    if (body.confirmationTemplate) {
      // expect: template-injection
      html = Handlebars.compile(body.confirmationTemplate)(fields)
    } else {
      html = DEFAULT_CONFIRMATION({ name: fields.name ?? 'there' })
    }

    const preview = `<div class="confirmation">${escapeHTML(fields.message ?? '')}</div>`
    return Response.json({ ok: true, found: form.totalDocs, html, preview })
  },
}
