import { WorkerError, parsePath, escapeHtml, LANG_REGEX } from "../common.js"
import { getPaste } from "../storage.js"
import { makeMarkdown } from "../pages/markdown.js"

function highlightPage(content, lang, env) {
  const cls = lang ? `language-${lang}` : "language-plaintext"
  const head = `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${env.BASE_URL}/prism.css"></head><body>`
  // expect: xss
  return `${head}<pre><code class="${cls}">${escapeHtml(content)}</code></pre><p class="lang">${lang || "plain text"}</p><script src="${env.BASE_URL}/prism.js"></script></body></html>`
}

function contentDisposition(filename) {
  return `inline; filename*=UTF-8''${encodeURIComponent(filename)}`
}

export async function handleGet(request, env, ctx) {
  const url = new URL(request.url)
  const { role, nameFromPath, ext, filename } = parsePath(url.pathname)

  if (!nameFromPath) {
    return Response.redirect(`${env.BASE_URL}/index.html`, 302)
  }

  const item = await getPaste(env, nameFromPath)
  if (item === null) {
    throw new WorkerError(404, `paste of name '${nameFromPath}' not found`)
  }
  const content = new TextDecoder().decode(item.value)

  // "/u/<name>": the paste is used as a short link, by design it may point anywhere
  if (role === "u") {
    return Response.redirect(content.trim(), 302)
  }

  if (role === "a" || ext === ".md") {
    return makeMarkdown(content, env)
  }

  const lang = url.searchParams.get("lang")
  if (lang !== null) {
    const page = highlightPage(content, lang, env)
    return new Response(page, { headers: { "content-type": "text/html;charset=UTF-8" } })
  }

  const safeLang = LANG_REGEX.test(url.searchParams.get("hl") || "") ? url.searchParams.get("hl") : null
  if (safeLang) {
    return new Response(highlightPage(content, safeLang, env), { headers: { "content-type": "text/html;charset=UTF-8" } })
  }

  const headers = { "content-type": "text/plain;charset=UTF-8", "x-content-type-options": "nosniff" }
  if (filename || item.metadata?.filename) {
    headers["content-disposition"] = contentDisposition(filename || item.metadata.filename)
  }
  return new Response(item.value, { headers })
}
