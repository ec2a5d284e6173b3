import type { Params } from '@feathersjs/feathers'
import { KnexService } from '@feathersjs/knex'
import type { KnexAdapterParams, KnexAdapterOptions } from '@feathersjs/knex'
import type { Application } from '../../declarations'
import type { Message, MessageData } from './messages.schema'

export type MessageParams = KnexAdapterParams<{ roomName?: string }>

export class MessageService<ServiceParams extends Params = MessageParams> extends KnexService<Message, MessageData, MessageParams> {
  async findInRoom(roomName: string, limit = 50) {
    return this.Model('messages').where({ roomName }).orderBy('createdAt', 'desc').limit(limit)
  }
}

export const getOptions = (app: Application): KnexAdapterOptions => ({
  paginate: app.get('paginate'),
  Model: app.get('postgresqlClient'),
  name: 'messages'
})
