import { type NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'

import { getSession } from '@/lib/auth'
import { createLogger } from '@/lib/logs/console/logger'
import { generateRequestId } from '@/lib/core/utils/request'

const logger = createLogger('ProxyAPI')

export const dynamic = 'force-dynamic'

const proxySchema = z.object({
  url: z.string().url(),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
  headers: z.record(z.string()).default({}),
  body: z.unknown().optional(),
})

/**
 * Executes the HTTP request of an API block on behalf of the editor, so that
 * browsers are not stopped by CORS when a user tests a block.
 */
export async function POST(request: NextRequest) {
  const requestId = generateRequestId()
  const session = await getSession()
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  }

  const parsed = proxySchema.safeParse(await request.json())
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid request', details: parsed.error.errors }, { status: 400 })
  }
  const { url, method, headers, body } = parsed.data

  const started = Date.now()
  try {
    // expect: ssrf
    const response = await fetch(url, { method, headers, body: body === undefined || method === 'GET' ? undefined : JSON.stringify(body) })
    const text = await response.text()
    let data: unknown = text
    try {
      data = JSON.parse(text)
    } catch {}
    logger.info(`[${requestId}] proxied ${method} in ${Date.now() - started}ms`, { status: response.status })
    return NextResponse.json({ success: response.ok, status: response.status, headers: Object.fromEntries(response.headers), data })
  } catch (error) {
    logger.error(`[${requestId}] proxy request failed`, { error: (error as Error).message })
    return NextResponse.json({ success: false, error: (error as Error).message }, { status: 502 })
  }
}
