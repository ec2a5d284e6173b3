import type { Endpoint, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import { ordersByStatus, ordersSummary, type ReportFilter } from '../lib/reporting'

function readFilter(req: PayloadRequest): ReportFilter {
  const params = req.searchParams
  return {
    status: params.get('status') ?? undefined,
    since: params.get('since') || undefined,
    groupBy: params.get('groupBy') ?? 'day',
  }
}

function toCsv(rows: Array<Record<string, unknown>>): string {
  if (!rows.length) return ''
  const header = Object.keys(rows[0])
  const lines = rows.map((row) => header.map((key) => JSON.stringify(row[key] ?? '')).join(','))
  return [header.join(','), ...lines].join('\n')
}

export const exportOrdersEndpoint: Endpoint = {
  path: '/orders/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) {
      throw new APIError('Unauthorized', 401)
    }
    const filter = readFilter(req)
    const rows = (await ordersByStatus(req.payload, filter)) as Array<Record<string, unknown>>
    return new Response(toCsv(rows), {
      headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="orders.csv"' },
    })
  },
}

export const orderSummaryEndpoint: Endpoint = {
  path: '/orders/summary',
  method: 'get',
  handler: async (req) => {
    if (!req.user) {
      throw new APIError('Unauthorized', 401)
    }
    const rows = await ordersSummary(req.payload, readFilter(req))
    return Response.json({ rows })
  },
}
