import { marked } from "marked"
import { escapeHtml } from "../common.js"

const STYLE = `body{max-width:48rem;margin:2rem auto;padding:0 1rem;font-family:system-ui,sans-serif;line-height:1.6}
pre{overflow:auto;background:#f6f8fa;padding:1rem}code{font-family:ui-monospace,monospace}`

function firstHeading(md) {
  const line = md.split("\n").find((l) => l.startsWith("# "))
  return line ? line.slice(2).trim() : null
}

/** Renders a paste as an HTML page ("/a/<name>" or a ".md" paste). */
export function makeMarkdown(content, env) {
  const title = escapeHtml(firstHeading(content) || "Untitled")
  const body = marked.parse(content, { gfm: true })
  const footer = env.FOOTER_HTML || ""

  // expect: xss
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body><article>${body}</article>${footer}</body></html>`
  return new Response(page, {
    headers: { "content-type": "text/html;charset=UTF-8", "cache-control": "public, max-age=300" },
  })
}

/** Short plain-text summary for link previews: tags stripped, then escaped. */
export function makeSummary(content) {
  const text = content.replace(/<[^>]*>/g, "").replace(/[#*_`>]/g, "").slice(0, 200)
  return escapeHtml(text.trim())
}

/** Error page for a paste that cannot be rendered; the name is escaped. */
export function makeRenderError(name, reason) {
  const page = `<!DOCTYPE html><html><body><p>Cannot render <code>${escapeHtml(name)}</code>: ${escapeHtml(reason)}</p></body></html>`
  return new Response(page, { status: 422, headers: { "content-type": "text/html;charset=UTF-8" } })
}
