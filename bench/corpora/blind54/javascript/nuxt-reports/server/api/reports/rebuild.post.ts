import { sh } from '~/server/utils/shell'

export default defineEventHandler(async (event) => {
  const { since } = await readBody<{ since?: string }>(event)
  const days = Number(since ?? 7)
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    throw createError({ statusCode: 400, statusMessage: 'since must be 1..90' })
  }
  const out = await sh(`report-cli rebuild --since ${days}d`)
  return { ok: true, out }
})
