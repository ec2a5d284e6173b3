import { WebSocket } from 'ws'

import { Event } from '../@types/event'
import { LnurlService } from '../services/lnurl-service'
import { IEventRepository } from '../repositories/event-repository'
import { createLogger } from '../factories/logger-factory'
import { isEventSignatureValid, isEventIdValid } from '../utils/event'

const debug = createLogger('event-message-handler')

export class EventMessageHandler {
  public constructor(
    private readonly webSocket: WebSocket,
    private readonly eventRepository: IEventRepository,
    private readonly lnurlService: LnurlService,
    private readonly maxEventsPerPubkey: number,
  ) {}

  public async handleMessage(message: [string, Event]): Promise<void> {
    const [, event] = message

    if (!(await isEventIdValid(event)) || !(await isEventSignatureValid(event))) {
      this.webSocket.send(JSON.stringify(['OK', event.id, false, 'invalid: bad id or signature']))
      return
    }

    const count = await this.eventRepository.countByPubkey(event.pubkey)
    if (count >= this.maxEventsPerPubkey) {
      this.webSocket.send(JSON.stringify(['OK', event.id, false, 'rate-limited: too many events']))
      return
    }

    if (event.kind === 0) {
      await this.checkZapAddress(event)
    }

    this.webSocket.send(JSON.stringify(['OK', event.id, true, '']))
  }

  private async checkZapAddress(event: Event): Promise<void> {
    let metadata: { lud16?: unknown }
    try {
      metadata = JSON.parse(event.content)
    } catch {
      return
    }
    if (typeof metadata.lud16 !== 'string') {
      return
    }
    const endpoint = await this.lnurlService.getRecipientPayEndpoint(metadata.lud16)
    debug('zap capable %s: %o', event.pubkey, endpoint ? this.lnurlService.isZapCapable(endpoint) : false)
  }
}
