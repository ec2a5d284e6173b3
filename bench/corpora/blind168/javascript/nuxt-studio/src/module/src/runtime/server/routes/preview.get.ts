import { eventHandler, getQuery, setHeader } from 'h3'
import { useRuntimeConfig } from '#imports'

function escapeHtml(value: string) {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const STATUS_COPY: Record<string, string> = {
  loading: 'Loading your content…',
  syncing: 'Syncing the draft with GitHub…',
  ready: 'Ready',
}

function statusLine(status: string | undefined) {
  return STATUS_COPY[status ?? 'loading'] ?? STATUS_COPY.loading
}

/**
 * Small page shown in the preview iframe while the app boots.
 * `title` is the document being opened, `branch` the draft branch.
 */
export default eventHandler((event) => {
  const { title = 'Untitled', branch = 'main', status } = getQuery(event) as { title?: string; branch?: string; status?: string }
  const { studio } = useRuntimeConfig(event).public
  setHeader(event, 'Content-Type', 'text/html; charset=utf-8')
  setHeader(event, 'Cache-Control', 'no-store')
  const heading = `<h1 class="studio-preview-title">Opening ${escapeHtml(String(title))}</h1><p class="studio-preview-status">${statusLine(status)}</p>`
  // expect: xss
  return `<!doctype html><html><head><meta charset="utf-8"><title>Studio preview</title><link rel="stylesheet" href="${studio.assetsBase}/preview.css"></head><body>${heading}<p class="studio-preview-branch">Draft branch: ${branch}</p></body></html>`
})
