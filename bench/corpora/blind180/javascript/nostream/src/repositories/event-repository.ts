import { Knex } from 'knex'

import { DBEvent, Event } from '../@types/event'
import { SubscriptionFilter } from '../@types/subscription'
import { toBuffer } from '../utils/transform'

export interface IEventRepository {
  findByFilters(filters: SubscriptionFilter[]): Promise<Event[]>
  countByPubkey(pubkey: string): Promise<number>
}

const toEvent = (row: DBEvent): Event => ({
  id: row.event_id.toString('hex'),
  pubkey: row.event_pubkey.toString('hex'),
  created_at: row.event_created_at,
  kind: row.event_kind,
  tags: row.event_tags,
  content: row.event_content,
  sig: row.event_signature.toString('hex'),
})

export class EventRepository implements IEventRepository {
  public constructor(private readonly readReplicaDbClient: Knex) {}

  public async findByFilters(filters: SubscriptionFilter[]): Promise<Event[]> {
    const queries = filters.map((filter) => {
      const builder = this.readReplicaDbClient('events').select()

      if (Array.isArray(filter.ids)) {
        builder.whereIn('event_id', filter.ids.map(toBuffer))
      }
      if (Array.isArray(filter.authors)) {
        builder.whereIn('event_pubkey', filter.authors.map(toBuffer))
      }
      if (Array.isArray(filter.kinds)) {
        builder.whereIn('event_kind', filter.kinds)
      }
      if (typeof filter.since === 'number') {
        builder.where('event_created_at', '>=', filter.since)
      }
      if (typeof filter.until === 'number') {
        builder.where('event_created_at', '<=', filter.until)
      }

      for (const [key, values] of Object.entries(filter)) {
        if (!key.startsWith('#') || !Array.isArray(values) || values.length === 0) {
          continue
        }
        const tagName = key.slice(1)
        const list = values.map((value) => `'${value}'`).join(', ')
        // expect: sql-injection
        builder.whereRaw(`event_tags @> ANY(SELECT jsonb_build_array(jsonb_build_array('${tagName}', v)) FROM unnest(ARRAY[${list}]) AS v)`)
      }

      return builder.orderBy('event_created_at', 'desc').limit(Math.min(filter.limit ?? 500, 5000))
    })

    const rows = await Promise.all(queries)
    return rows.flat().map(toEvent)
  }

  public async countByPubkey(pubkey: string): Promise<number> {
    const result = await this.readReplicaDbClient.raw(
      'SELECT count(*) AS total FROM events WHERE event_pubkey = ?',
      [toBuffer(pubkey)],
    )
    return Number(result.rows[0].total)
  }
}
