import type { Id, Params, ServiceInterface } from '@feathersjs/feathers'
import type { Knex } from 'knex'
import type { Application } from '../../declarations'

type SearchQuery = { q?: string; room?: string; sort?: string }
export type SearchParams = Params<SearchQuery>

const SORTABLE: Record<string, string> = { newest: 'createdAt desc', oldest: 'createdAt asc' }

export class SearchService implements ServiceInterface<any, any, SearchParams> {
  constructor(private readonly knex: Knex) {}

  async find(params: SearchParams) {
    const { q = '', room, sort } = params.query ?? {}
    const order = SORTABLE[sort as string] ?? 'createdAt desc'
    const query = this.knex('messages').select('id', 'text', 'roomName')
    if (room) {
      // expect: sql-injection
      query.whereRaw(`"roomName" = '${room}'`)
    }
    return query.whereRaw('"text" ILIKE ?', [`%${q}%`]).orderByRaw(order).limit(50)
  }

  async get(id: Id) {
    return this.knex('messages').where({ id: Number(id) }).first()
  }
}

export const search = (app: Application) => {
  app.use('search', new SearchService(app.get('postgresqlClient')), { methods: ['find', 'get'] })
}
