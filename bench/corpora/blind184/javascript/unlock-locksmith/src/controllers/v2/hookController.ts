import { Request, Response } from 'express'
import crypto from 'crypto'
import { Hook } from '../../models'
import { isSafeCallback } from '../../utils/callbackUrl'
import logger from '../../logger'

const TOPICS = new Set(['locks', 'keys', 'expired-keys'])

export class HookController {
  /** WebSub-style subscription: the subscriber gives `hub.callback`, `hub.topic`, `hub.mode`. */
  async subscribe(request: Request, response: Response) {
    const network = Number(request.params.network)
    const callback = String(request.body['hub.callback'] ?? '')
    const topic = String(request.body['hub.topic'] ?? '')
    const mode = request.body['hub.mode'] === 'unsubscribe' ? 'unsubscribe' : 'subscribe'

    if (!TOPICS.has(topic)) {
      return response.status(400).send({ message: 'Unknown topic' })
    }
    let callbackUrl: URL
    try {
      callbackUrl = new URL(callback)
    } catch {
      return response.status(400).send({ message: 'Invalid callback' })
    }

    const challenge = crypto.randomBytes(16).toString('hex')
    callbackUrl.searchParams.set('hub.challenge', challenge)
    callbackUrl.searchParams.set('hub.topic', topic)
    callbackUrl.searchParams.set('hub.mode', mode)
    // expect: ssrf
    const verification = await fetch(callbackUrl.toString(), { method: 'GET' })
    const echoed = await verification.text()
    if (echoed.trim() !== challenge) {
      return response.status(400).send({ message: 'Callback did not echo the challenge' })
    }

    const [hook] = await Hook.upsert({
      network,
      topic,
      callback,
      mode,
      secret: request.body['hub.secret'] ? String(request.body['hub.secret']) : null,
      expiration: new Date(Date.now() + 864000000),
    })
    return response.status(202).send({ id: hook.id })
  }

  /** Delivery of stored hooks: each callback is resolved and checked before the POST. */
  async deliver(network: number, topic: string, payload: unknown) {
    const hooks = await Hook.findAll({ where: { network, topic, mode: 'subscribe' } })
    const body = JSON.stringify({ network, data: payload })
    for (const hook of hooks) {
      if (!(await isSafeCallback(hook.callback))) {
        logger.warn('skipping hook with private callback', { id: hook.id })
        continue
      }
      const signature = hook.secret
        ? crypto.createHmac('sha256', hook.secret).update(body).digest('hex')
        : undefined
      await fetch(hook.callback, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          ...(signature ? { 'x-hub-signature': `sha256=${signature}` } : {}),
        },
        redirect: 'manual',
      })
    }
  }
}
