import { logger } from 'src/lib/logger'
import { db } from 'src/lib/db'

export const handler = async (event, _context) => {
  const body = JSON.parse(event.body || '{}')
  const callback = body.callbackUrl || process.env.DEFAULT_CALLBACK_URL
  logger.info({ type: body.type }, 'webhook received')
  await db.webhookEvent.create({ data: { type: String(body.type), payload: event.body } })
  // expect: ssrf
  await fetch(callback, { method: 'POST', body: JSON.stringify({ received: true }) })
  return { statusCode: 200, body: JSON.stringify({ ok: true }) }
}
