import { WebSocket } from 'ws'
import Joi from 'joi'

import { IEventRepository } from '../repositories/event-repository'
import { SubscriptionFilter } from '../@types/subscription'
import { createLogger } from '../factories/logger-factory'
import { matchesSearch } from '../utils/search'

const debug = createLogger('subscribe-message-handler')

const filterSchema = Joi.object({
  ids: Joi.array().items(Joi.string().hex().max(64)).max(256),
  authors: Joi.array().items(Joi.string().hex().max(64)).max(256),
  kinds: Joi.array().items(Joi.number().integer().min(0)).max(20),
  since: Joi.number().integer().min(0),
  until: Joi.number().integer().min(0),
  limit: Joi.number().integer().min(0).max(5000),
  search: Joi.string().max(256),
}).pattern(/^#[a-zA-Z]$/, Joi.array().items(Joi.string().max(1024)).max(256))

export class SubscribeMessageHandler {
  public constructor(
    private readonly webSocket: WebSocket,
    private readonly eventRepository: IEventRepository,
    private readonly maxFilters: number,
  ) {}

  public async handleMessage(message: [string, string, ...SubscriptionFilter[]]): Promise<void> {
    const [, subscriptionId, ...rawFilters] = message
    if (rawFilters.length > this.maxFilters) {
      this.webSocket.send(JSON.stringify(['CLOSED', subscriptionId, 'error: too many filters']))
      return
    }

    const filters: SubscriptionFilter[] = []
    for (const raw of rawFilters) {
      const { error, value } = filterSchema.validate(raw)
      if (error) {
        this.webSocket.send(JSON.stringify(['CLOSED', subscriptionId, `invalid: ${error.message}`]))
        return
      }
      filters.push(value)
    }

    debug('subscription %s with %d filters', subscriptionId, filters.length)
    const events = await this.eventRepository.findByFilters(filters)
    for (const event of events) {
      const wanted = filters.some((filter) => !filter.search || matchesSearch(event.content, filter.search))
      if (wanted) {
        this.webSocket.send(JSON.stringify(['EVENT', subscriptionId, event]))
      }
    }
    this.webSocket.send(JSON.stringify(['EOSE', subscriptionId]))
  }
}
