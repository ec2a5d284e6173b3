import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'

import { requireAuth } from 'src/lib/auth'
import { logger } from 'src/lib/logger'

const run = promisify(exec)
const runFile = promisify(execFile)

const FORMATS = { pdf: 'pdf', png: 'png' }

export const renderReport = async ({ slug, format }) => {
  requireAuth()
  const ext = FORMATS[format] ?? 'pdf'
  const out = `/tmp/report-${context.currentUser.id}.${ext}`
  await runFile('wkhtmltopdf', [`http://localhost:8910/reports/${encodeURIComponent(slug)}`, out])
  logger.info({ slug, format: ext }, 'report rendered')
  return { path: out }
}

export const compressReport = async ({ path: reportPath, level }) => {
  requireAuth()
  const lvl = level || '6'
  // expect: command-injection
  await run(`gzip -${lvl} ${reportPath}`)
  return { path: `${reportPath}.gz` }
}
