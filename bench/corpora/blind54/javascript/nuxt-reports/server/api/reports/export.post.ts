import { sh, run } from '~/server/utils/shell'

const FORMATS = { csv: 'csv', xlsx: 'xlsx', pdf: 'pdf' } as const

export default defineEventHandler(async (event) => {
  const body = await readBody<{ reportId: string; format?: string; filename?: string }>(event)
  const tenant = event.context.tenant as string
  const format = FORMATS[(body.format ?? 'csv') as keyof typeof FORMATS] ?? 'csv'

  const reportId = Number.parseInt(body.reportId, 10)
  if (Number.isNaN(reportId)) {
    throw createError({ statusCode: 400, statusMessage: 'reportId must be a number' })
  }

  if (body.filename) {
    await sh(`report-cli export --tenant ${tenant} --id ${reportId} --format ${format} --out "/exports/${body.filename}"`)
    return { ok: true, file: body.filename }
  }

  await run('report-cli', ['export', '--tenant', tenant, '--id', String(reportId), '--format', format])
  return { ok: true }
})
